import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { evaluate, formatReport, gsrType, parseGold } from '../../src/events/evaluate.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/gold/', import.meta.url));

test('detects PETRARCH XML and reads sentences, dates and codings', () => {
  const set = parseGold(readFileSync(`${FIXTURES}petrarch-sample.xml`, 'utf8'), FIXTURES);
  assert.equal(set.format, 'petrarch');
  assert.equal(set.docs.length, 3);
  assert.equal(set.docs[0]!.text, 'The Russian foreign minister visited Iran on Tuesday.');
  assert.equal(set.docs[0]!.published, '2015-01-01');
  assert.deepEqual(set.docs[1]!.events[0]!.codes, ['163']);
  assert.deepEqual(set.docs[1]!.events[0]!.source, ['FRA']);
});

test('scores PETRARCH XML at root, code and dyad level', () => {
  const report = evaluate(parseGold(readFileSync(`${FIXTURES}petrarch-sample.xml`, 'utf8'), FIXTURES));
  assert.equal(report.levels.dyad.gold, 3);
  assert.ok(report.levels.dyad.found >= 2, formatReport(report));
  assert.match(formatReport(report), /dyad\s+\d/);
});

test('detects PLOVER records and reports type and country accuracy', () => {
  const records = [
    { id: 'r1', event: 'SANCTION', text: 'Russia expelled two Polish diplomats.', source: [{ code: 'RUS' }], target: [{ code: 'POL' }] },
    { id: 'r2', event: 'DISAPPROVE', text: 'Iran accused Israel of espionage.', source: [{ code: 'IRN' }], target: [{ code: 'ISR' }] },
    { id: 'doc', event: 'DOCUMENT', comment: 'no text: skipped' },
  ];
  const set = parseGold(JSON.stringify(records), FIXTURES);
  assert.equal(set.format, 'plover');
  assert.equal(set.docs.length, 2);
  const report = evaluate(set);
  assert.deepEqual(report.plover, { records: 2, coded: 2, type: 2, source: 2, target: 2, targetRecords: 2 });
  assert.match(formatReport(report), /event type accuracy:\s+2\/2/);
});

test('maps CAMEO codes to the 2016 PLOVER vocabulary by longest prefix', () => {
  assert.equal(gsrType('1125'), 'DISAPPROVE');
  assert.equal(gsrType('0841'), 'RETREAT');
  assert.equal(gsrType('081'), 'CONCEDE');
  assert.equal(gsrType('190'), 'FIGHT');
  assert.equal(gsrType('010'), null);
});

test('detects our own gold format', () => {
  const set = parseGold(readFileSync(`${FIXTURES}seed-gold.json`, 'utf8'), FIXTURES);
  assert.equal(set.format, 'detente');
  assert.equal(set.docs[0]!.events.length, 11);
  assert.equal(set.docs[0]!.mustNot.length, 3);
  assert.ok(set.docs[0]!.mustNot[0]!.allowNegated);
});

test('compares countries through the aliases: old CAMEO codes, CAMEO TMP for East Timor, NGO as IGO (no country)', () => {
  const records = [
    { id: 'r1', event: 'DEMAND', text: 'Amnesty International demanded that Sudan free the journalists.', source: [{ code: 'IGO' }], target: [{ code: 'SDN' }] },
    { id: 'r2', event: 'PROTEST', text: 'Thousands of East Timorese demonstrated in Dili.', source: [{ code: 'TLS' }] },
  ];
  const report = evaluate(parseGold(JSON.stringify(records), FIXTURES));
  assert.equal(report.plover!.source, 2, formatReport(report));
});
