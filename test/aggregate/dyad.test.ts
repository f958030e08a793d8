import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSeries, dyadSeries, nextPeriod, tensionIndex } from '../../src/aggregate/dyad.ts';
import { mergePending } from '../../src/aggregate/merge.ts';
import { contentHash } from '../../src/store/record.ts';
import type { DyadQuery, Store } from '../../src/store/types.ts';
import { dayEvent, type EventSpec, makeAnalysis } from '../store/analyses.ts';
import { forEachStore } from '../store/stores.ts';

test('the tension index runs from −1 (all material cooperation) to +1 (all material conflict)', () => {
  assert.equal(tensionIndex([0, 3, 0, 0]), -1);
  assert.equal(tensionIndex([0, 0, 0, 2]), 1);
  assert.equal(tensionIndex([1, 0, 1, 0]), 0);
  assert.equal(tensionIndex([2, 0, 1, 1]), (2 + 1 - 2) / 8);
  assert.equal(tensionIndex([0, 0, 0, 0]), null);
});

test('periods step by day, ISO week and month', () => {
  assert.equal(nextPeriod('2024-02-28', 'day'), '2024-02-29');
  assert.equal(nextPeriod('2024-12-30', 'week'), '2025-01-06');
  assert.equal(nextPeriod('2024-12', 'month'), '2025-01');
});

test('a series sums both directions, weights Goldstein by mentions and fills empty periods', () => {
  const series = buildSeries(
    [
      { period: '2024-01', quadClass: 4, events: 1, mentions: 3, goldsteinSum: -30 },
      { period: '2024-03', quadClass: 1, events: 2, mentions: 2, goldsteinSum: 2 },
      { period: '2024-01', quadClass: 1, events: 1, mentions: 1, goldsteinSum: 1 },
    ],
    'month',
  );
  assert.deepEqual(series.map((p) => p.period), ['2024-01', '2024-02', '2024-03']);
  assert.deepEqual(series[0]!.quad, [1, 0, 0, 1]);
  assert.equal(series[0]!.goldsteinSum, -29);
  assert.equal(series[0]!.goldsteinMean, -29 / 4);
  assert.equal(series[0]!.tension, (2 - 1) / 4);
  assert.deepEqual(series[1], { period: '2024-02', quad: [0, 0, 0, 0], events: 0, mentions: 0, goldsteinMean: null, goldsteinSum: 0, tension: null });
});

let articles = 0;
async function report(store: Store, publisher: string, day: string, event: Omit<EventSpec, 'date'>): Promise<void> {
  const analysis = makeAnalysis({ title: `Report ${++articles}`, publisher, published: day, events: [dayEvent(day, event)] });
  await store.saveArticle(analysis, contentHash(analysis.article.text));
}

forEachStore((open) => {
  test('dyad series: quad classes per month, prefixes, directions, negation and modality', async () => {
    const { store } = await open();
    try {
      // January: a meeting reported twice (one merged event, two mentions) and a threat; March: an assault.
      await report(store, 'Wire', '2024-01-10', { source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: `Envoys met in Oman (${articles}).`, trigger: 'met' });
      await report(store, 'Ledger', '2024-01-10', { source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: `The two sides met in Oman (${articles}).`, trigger: 'met' });
      await report(store, 'Wire', '2024-01-20', { source: 'IRNMIL', target: 'USA', cameo: '138', sentence: `Iran's army threatened war (${articles}).`, trigger: 'threatened' });
      await report(store, 'Wire', '2024-03-02', { source: 'USAMIL', target: 'IRN', cameo: '190', sentence: `US forces struck Iranian positions (${articles}).`, trigger: 'struck' });
      // Excluded by default: negated, hypothetical; and another dyad.
      await report(store, 'Wire', '2024-03-05', { source: 'USA', target: 'IRN', cameo: '190', sentence: `The US did not strike (${articles}).`, trigger: 'strike', negated: true });
      await report(store, 'Wire', '2024-03-06', { source: 'USA', target: 'IRN', cameo: '172', sentence: `The US may impose sanctions (${articles}).`, trigger: 'impose sanctions', modality: 'hypothetical' });
      await report(store, 'Wire', '2024-01-10', { source: 'RUS', target: 'UKR', cameo: '190', sentence: `Russia shelled Ukraine (${articles}).`, trigger: 'shelled' });
      await mergePending(store);

      const query: DyadQuery = { a: 'USA', b: 'IRN', directed: false, stances: ['asserted'], by: 'month' };
      const series = await dyadSeries(store, query);
      assert.deepEqual(series.map((p) => [p.period, p.quad, p.mentions]), [
        ['2024-01', [1, 0, 1, 0], 3],
        ['2024-02', [0, 0, 0, 0], 0],
        ['2024-03', [0, 0, 0, 1], 1],
      ]);
      // January: consult (+1.0) × 2 mentions, threaten with war (−7.0) × 1.
      assert.equal(series[0]!.goldsteinSum, 2 * 1 - 7);
      assert.equal(series[0]!.goldsteinMean, (2 * 1 - 7) / 3);
      assert.equal(series[0]!.tension, 0);
      assert.equal(series[2]!.tension, 1);

      const directed = await dyadSeries(store, { ...query, directed: true });
      assert.deepEqual(directed.map((p) => [p.period, p.quad]), [
        ['2024-01', [1, 0, 0, 0]],
        ['2024-02', [0, 0, 0, 0]],
        ['2024-03', [0, 0, 0, 1]],
      ]);
      const all = await dyadSeries(store, { ...query, from: '2024-03-01', stances: ['asserted', 'hypothetical'] });
      assert.deepEqual(all.map((p) => [p.period, p.quad]), [['2024-03', [0, 0, 0, 2]]]);
      const actorLevel = await dyadSeries(store, { ...query, a: 'USAGOV', b: 'IRNGOV', by: 'day', to: '2024-01-31' });
      assert.deepEqual(actorLevel.map((p) => [p.period, p.events]), [['2024-01-10', 1]]);
      const weekly = await dyadSeries(store, { ...query, by: 'week', to: '2024-01-31' });
      assert.deepEqual(weekly.map((p) => [p.period, p.events]), [
        ['2024-01-08', 1],
        ['2024-01-15', 1],
      ]);
    } finally {
      await store.close();
    }
  });

  test('codes matching both prefixes are counted once', async () => {
    const { store } = await open();
    try {
      await report(store, 'Wire', '2024-02-01', { source: 'USAGOV', target: 'USAMIL', cameo: '040', sentence: `The White House met the generals (${articles}).`, trigger: 'met' });
      await mergePending(store);
      const series = await dyadSeries(store, { a: 'USA', b: 'USA', directed: false, stances: ['asserted'], by: 'month' });
      assert.deepEqual(series.map((p) => p.events), [1]);
    } finally {
      await store.close();
    }
  });
});
