// The founding article through the real stages (ingest, language, actors, quotes, events), scored
// against our own gold file test/fixtures/gold/seed-gold.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { codeDoc, evaluate, parseGold } from '../../src/events/evaluate.ts';

const GOLD = fileURLToPath(new URL('../fixtures/gold/seed-gold.json', import.meta.url));
const gold = parseGold(readFileSync(GOLD, 'utf8'), fileURLToPath(new URL('../fixtures/gold/', import.meta.url)));
const coded = codeDoc(gold.docs[0]!);
const report = evaluate(gold, () => coded);

test('every seed event is found with the right dyad and code', () => {
  assert.equal(report.levels.dyad.gold, 11);
  assert.deepEqual(report.misses, []);
  assert.equal(report.levels.dyad.found, 11);
});

test('attribution and dates of the seed events are right', () => {
  assert.equal(report.attributes.checked, 4);
  assert.equal(report.attributes.right, 4);
});

test('every must-not holds', () => {
  assert.deepEqual(report.violations, []);
  assert.equal(report.mustNot.checked, 3);
});

test('the assurance sentence yields an assurance and only a negated killing', () => {
  const index = coded.sentences.findIndex((s) => s.text.includes('would not have Trump killed'));
  const here = coded.events.filter((e) => e.mentions.some((m) => m.sentence === index));
  const assurance = here.find((e) => e.root === '03');
  assert.ok(assurance);
  assert.equal(assurance.date?.value, '2024-10');
  assert.equal(assurance.attributedTo, 'Wall Street Journal');
  for (const e of here.filter((x) => x.root === '18')) assert.equal(e.negated, true);
});

test('the warning is dated September 2024', () => {
  const warning = coded.events.find((e) => e.cameo === '130');
  assert.equal(warning?.date?.value, '2024-09');
  assert.equal(warning?.date?.precision, 'month');
});

test('the story-level rule merges the two reports of the killing', () => {
  const killing = coded.events.filter((e) => e.root === '18' && e.target?.text.includes('Suleimani'));
  assert.equal(killing.length, 1);
  assert.equal(killing[0]!.mentions.length, 2);
});
