import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergePending } from '../../src/aggregate/merge.ts';
import { articleRecord, contentHash, resolveDay, unpackAnalysis } from '../../src/store/record.ts';
import { dayEvent, makeAnalysis } from './analyses.ts';
import { forEachStore } from './stores.ts';

const meeting = makeAnalysis({
  title: 'Envoys meet in Geneva',
  publisher: 'Example Wire',
  published: '2024-03-05',
  url: 'https://wire.example.org/1',
  events: [
    dayEvent('2024-03-04', {
      source: 'USAGOV',
      target: 'IRNGOV',
      cameo: '040',
      sentence: 'American and Iranian envoys met in Geneva on Monday.',
      trigger: 'met',
      alsoIn: [{ sentence: 'The envoys met for three hours.', trigger: 'met' }],
    }),
    { source: 'IRNGOV', target: 'USAGOV', cameo: '112', sentence: 'Iran accused Washington of bad faith.', trigger: 'accused', negated: true },
  ],
});

test('the content hash ignores whitespace and Unicode normalisation differences', () => {
  assert.equal(contentHash('Caf\u00e9  talks\n\nresume '), contentHash('Cafe\u0301 talks resume'));
  assert.notEqual(contentHash('talks resume'), contentHash('Talks resume'));
});

test('events are placed on their own day, else their month, else the publication day', () => {
  assert.equal(resolveDay({ value: '2024-03-04', precision: 'day' }, '2024-03-09'), '2024-03-04');
  assert.equal(resolveDay({ value: '2024-02', precision: 'month' }, '2024-03-09'), '2024-02-01');
  assert.equal(resolveDay({ value: '2023', precision: 'year' }, '2024-03-09'), '2023-01-01');
  assert.equal(resolveDay(null, '2024-03-09'), '2024-03-09');
  assert.equal(resolveDay(null, null), null);
});

test('an analysis flattens into rows with every mention and its sentence', () => {
  const record = articleRecord(meeting, 'h1');
  assert.equal(record.events.length, 2);
  const [met, accused] = record.events;
  assert.equal(met!.sourceCountry, 'USA');
  assert.equal(met!.targetName, 'Iran');
  assert.equal(met!.stance, 'asserted');
  assert.deepEqual(
    met!.mentions.map((m) => [m.sentence, m.triggerText, m.sentenceText]),
    [
      [0, 'met', 'American and Iranian envoys met in Geneva on Monday.'],
      [1, 'met', 'The envoys met for three hours.'],
    ],
  );
  assert.equal(accused!.stance, 'negated');
  assert.equal(accused!.day, '2024-03-05', 'an undated event takes the publication day');
  assert.equal(unpackAnalysis(record.packedAnalysis).article.title, 'Envoys meet in Geneva');
  assert.deepEqual([...record.packedAnalysis.subarray(0, 2)], [0x1f, 0x8b], 'the analysis is stored gzipped');
});

forEachStore((open) => {
  test('migrations are numbered and applied once', async () => {
    const { store } = await open();
    try {
      assert.deepEqual(await store.migrate(), [], 'openStore already applied every migration');
      assert.deepEqual(await store.counts(), { articles: 0, events: 0, merged: 0 });
    } finally {
      await store.close();
    }
  });

  test('an article is stored once per content hash, with its events and mentions', async () => {
    const { store } = await open();
    try {
      const hash = contentHash(meeting.article.text);
      assert.equal(await store.hasArticle(hash), false);
      assert.equal(await store.saveArticle(meeting, hash), true);
      assert.equal(await store.hasArticle(hash), true);
      assert.equal(await store.saveArticle(meeting, hash), false, 'the same text again adds nothing');
      assert.deepEqual(await store.counts(), { articles: 1, events: 2, merged: 0 });
      await mergePending(store);
      assert.deepEqual(await store.counts(), { articles: 1, events: 2, merged: 2 });
      assert.deepEqual(await store.pendingMergeKeys(), []);

      const [event] = await store.events({ dyad: ['USA', 'IRN'], includeNegated: false });
      assert.equal(event!.cameo, '040');
      assert.equal(event!.day, '2024-03-04');
      assert.deepEqual(event!.source, { code: 'USAGOV', name: 'United States', country: 'USA', agent: 'GOV' });
      assert.equal(event!.numMentions, 2);
      assert.equal(event!.isRoot, true);
      assert.deepEqual(
        event!.mentions.map((m) => [m.publisher, m.url, m.sentence, m.trigger.text]),
        [
          ['Example Wire', 'https://wire.example.org/1', 0, 'met'],
          ['Example Wire', 'https://wire.example.org/1', 1, 'met'],
        ],
      );
      const withNegated = await store.events({ includeNegated: true });
      assert.deepEqual(withNegated.map((e) => e.stance).sort(), ['asserted', 'negated']);
      assert.equal((await store.events({ includeNegated: true, code: '11' }))[0]?.cameo, '112');
      assert.equal((await store.events({ includeNegated: false, actor: 'IRNGOV' })).length, 1);
      assert.equal((await store.events({ includeNegated: false, since: '2024-03-05' })).length, 0);
    } finally {
      await store.close();
    }
  });

  test('all events are read in pages, in id order', async () => {
    const { store } = await open();
    try {
      // A week apart: visits on consecutive days would merge.
      for (let i = 1; i <= 5; i++) {
        const day = `2024-04-${String(i * 7 - 6).padStart(2, '0')}`;
        const analysis = makeAnalysis({
          title: `Visit ${i}`,
          publisher: 'Example Wire',
          published: day,
          events: [dayEvent(day, { source: 'FRA', target: 'CHN', cameo: '042', sentence: `France made visit number ${i} to China.`, trigger: 'made visit' })],
        });
        await store.saveArticle(analysis, contentHash(analysis.article.text));
      }
      await mergePending(store);
      const ids: number[] = [];
      for await (const event of store.allEvents(2)) ids.push(event.id);
      assert.equal(ids.length, 5);
      assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
    } finally {
      await store.close();
    }
  });
});
