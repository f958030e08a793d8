import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exportsEvent, formatEvent, header } from '../../src/aggregate/export.ts';
import { GDELT_COLUMNS } from '../../src/aggregate/gdelt.ts';
import { mergePending } from '../../src/aggregate/merge.ts';
import { contentHash } from '../../src/store/record.ts';
import type { MergedEvent } from '../../src/store/types.ts';
import { dayEvent, makeAnalysis } from '../store/analyses.ts';
import { forEachStore } from '../store/stores.ts';

test('the GDELT 2.0 event table has 61 columns in codebook order', () => {
  assert.equal(GDELT_COLUMNS.length, 61);
  assert.equal(new Set(GDELT_COLUMNS).size, 61);
  const at = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name) + 1;
  assert.equal(at('GlobalEventID'), 1);
  assert.equal(at('FractionDate'), 5);
  assert.equal(at('Actor1Code'), 6);
  assert.equal(at('Actor2Code'), 16);
  assert.equal(at('IsRootEvent'), 26);
  assert.equal(at('EventCode'), 27);
  assert.equal(at('GoldsteinScale'), 31);
  assert.equal(at('NumMentions'), 32);
  assert.equal(at('AvgTone'), 35);
  assert.equal(at('Actor1Geo_Type'), 36);
  assert.equal(at('ActionGeo_FeatureID'), 59);
  assert.equal(at('DATEADDED'), 60);
  assert.equal(at('SOURCEURL'), 61);
});

forEachStore((open) => {
  test('exports: GDELT rows, CSV and JSONL from the stored events', async () => {
    const { store } = await open();
    const events: MergedEvent[] = [];
    try {
      const analysis = makeAnalysis({
        title: 'Strike',
        publisher: 'Example Wire',
        published: '2024-03-02',
        url: 'https://wire.example.org/strike',
        events: [
          dayEvent('2024-03-02', { source: 'USAMIL', target: 'IRNMIL', cameo: '190', sentence: 'US forces struck a base, "officials" said, in the east.', trigger: 'struck' }),
          { source: 'USA', target: 'IRN', cameo: '172', sentence: 'Sanctions may follow.', trigger: 'Sanctions', modality: 'hypothetical' },
        ],
      });
      await store.saveArticle(analysis, contentHash(analysis.article.text));
      await mergePending(store);
      for await (const event of store.allEvents()) events.push(event);
    } finally {
      await store.close();
    }
    assert.equal(events.length, 2);
    const strike = events.find((e) => e.cameo === '190')!;
    const row = formatEvent('gdelt', strike).split('\t');
    assert.equal(row.length, 61);
    const cell = (name: (typeof GDELT_COLUMNS)[number]) => row[GDELT_COLUMNS.indexOf(name)];
    assert.equal(cell('GlobalEventID'), String(strike.id));
    assert.equal(cell('Day'), '20240302');
    assert.equal(cell('MonthYear'), '202403');
    assert.equal(cell('Year'), '2024');
    assert.equal(cell('FractionDate'), (2024 + 62 / 365).toFixed(4));
    assert.equal(cell('Actor1Code'), 'USAMIL');
    assert.equal(cell('Actor1CountryCode'), 'USA');
    assert.equal(cell('Actor1Type1Code'), 'MIL');
    assert.equal(cell('Actor2Code'), 'IRNMIL');
    assert.equal(cell('IsRootEvent'), '1');
    assert.equal(cell('EventCode'), '190');
    assert.equal(cell('EventBaseCode'), '190');
    assert.equal(cell('EventRootCode'), '19');
    assert.equal(cell('QuadClass'), '4');
    assert.equal(cell('GoldsteinScale'), '-10');
    assert.equal(cell('NumMentions'), '1');
    assert.equal(cell('NumSources'), '1');
    assert.equal(cell('NumArticles'), '1');
    assert.equal(cell('AvgTone'), '');
    assert.match(cell('DATEADDED')!, /^\d{14}$/);
    assert.equal(cell('SOURCEURL'), 'https://wire.example.org/strike');
    assert.deepEqual(events.map((e) => exportsEvent('gdelt', e)).sort(), [false, true], 'GDELT gets asserted events only');

    const columns = header('csv')!.split(',');
    const csv = formatEvent('csv', strike);
    assert.ok(csv.endsWith('"US forces struck a base, ""officials"" said, in the east."'), csv);
    assert.equal(columns.length, 21);
    assert.equal(JSON.parse(formatEvent('jsonl', strike)).mentions[0].trigger.text, 'struck');
  });
});
