// Stance verbs the tagger took for nouns, in structures where only a verb fits: after an aside or a
// conjunction before an infinitive, after a quantity opening a relative clause or between commas.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);
const spanText = (text: string, span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);

test('"X, …, plans to …": a stance verb after an aside goes on with the subject before it', () => {
  const text = 'The fishermen’s union, formed in March in Gdansk, plans to block the harbour on Monday.';
  const plan = stanceWith(analyse(text), 'plans');
  assert.equal(plan?.text, 'to block the harbour on Monday');
});

test('"…, but plans to …": a stance verb after a conjunction before an infinitive', () => {
  const text = 'The minister has met many envoys, but plans to narrow the talks to two.';
  const result = analyse(text);
  const plan = stanceWith(result, 'plans');
  assert.equal(spanText(text, plan?.holderSpan ?? null), 'The minister');
  assert.equal(plan?.text, 'to narrow the talks to two');
});

test('"who many feel …": a quantity after a relative pronoun holds the stance', () => {
  const text = 'They backed Kovac, who many feel needs a clear win to stay in the race.';
  const feel = stanceWith(analyse(text), 'feel');
  assert.equal(spanText(text, feel?.holderSpan ?? null), 'many');
});

test('", many think, …": a quantity between commas is an aside about its sentence', () => {
  const text = 'A ceasefire in the north, many think, is only a matter of weeks.';
  const think = stanceWith(analyse(text), 'think');
  assert.equal(spanText(text, think?.holderSpan ?? null), 'many');
});

test('"believes, for example, that …": a short aside between commas does not hide the clause', () => {
  const text = 'The envoy believes, for instance, that the truce will not hold.';
  const belief = stanceWith(analyse(text), 'believes');
  assert.equal(belief?.text, 'the truce will not hold');
});
