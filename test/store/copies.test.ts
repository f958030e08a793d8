import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergePending } from '../../src/aggregate/merge.ts';
import { articleRecord, contentHash } from '../../src/store/record.ts';
import type { ArticleRecord } from '../../src/store/types.ts';
import { type ArticleSpec, dayEvent, makeAnalysis } from './analyses.ts';
import { forEachStore } from './stores.ts';

/** A wire story as one outlet publishes it; other outlets carry the same text. */
function wire(publisher: string | null, url: string | null, published = '2024-09-12'): ArticleRecord {
  const spec: ArticleSpec = {
    title: 'Kenya and Ethiopia sign a water-sharing accord',
    publisher,
    published,
    url: url ?? undefined,
    events: [
      dayEvent('2024-09-11', {
        source: 'KENGOV',
        target: 'ETHGOV',
        cameo: '057',
        sentence: 'Kenya and Ethiopia signed an accord on the Omo river in Nairobi on Wednesday.',
        trigger: 'signed',
        alsoIn: [{ sentence: 'The accord was signed after two years of talks.', trigger: 'signed' }],
      }),
    ],
  };
  const analysis = makeAnalysis(spec);
  return articleRecord(analysis, contentHash(analysis.article.text));
}

forEachStore((open) => {
  test('two outlets carrying one wire text: one analysis stored, both counted as articles and sources', async () => {
    const { store } = await open();
    try {
      const first = wire('Nairobi Daily', 'https://nairobi.example.com/omo');
      const second = wire('Addis Tribune', 'https://addis.example.net/omo-accord');
      assert.equal(first.hash, second.hash);
      assert.equal(await store.saveRecord(first), true);
      assert.equal(await store.recordCopy(second.hash, second), 'added');
      assert.equal(await store.recordCopy(second.hash, second), 'known', 'the same copy read again is recorded once');
      assert.equal(await store.recordCopy('no-such-hash', second), 'missing');
      assert.deepEqual(await store.counts(), { articles: 1, events: 1, merged: 0 });
      await mergePending(store);
      const [event] = await store.events({ includeNegated: false });
      assert.equal(event!.numArticles, 2);
      assert.equal(event!.numSources, 2);
      assert.equal(event!.numMentions, 4, 'each copy reports the accord in two sentences');
    } finally {
      await store.close();
    }
  });

  test('a copy read after the merge updates the merged event, which keeps its id', async () => {
    const { store } = await open();
    try {
      await store.saveRecord(wire('Nairobi Daily', 'https://nairobi.example.com/omo'));
      await mergePending(store);
      const [before] = await store.events({ includeNegated: false });
      assert.equal(before!.numSources, 1);
      // The copy is seen a little later: the merged event still dates from the text's first storing.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const copy = wire('Horn Observer', 'https://horn.example.org/omo', '2024-09-13');
      assert.equal(await store.recordCopy(copy.hash, copy), 'added');
      assert.deepEqual(
        (await store.pendingMergeKeys()).map((key) => key.fresh),
        [1],
        'the new copy makes its one event merge again',
      );
      await mergePending(store);
      const [after] = await store.events({ includeNegated: false });
      assert.equal(after!.id, before!.id);
      assert.deepEqual([after!.numArticles, after!.numSources], [2, 2]);
      assert.equal(after!.added, before!.added);
    } finally {
      await store.close();
    }
  });

  test('copies without a publisher count as sources of their own; the same outlet twice counts once', async () => {
    const { store } = await open();
    try {
      await store.saveRecord(wire('Nairobi Daily', 'https://nairobi.example.com/omo'));
      for (const copy of [wire('Nairobi Daily', 'https://nairobi.example.com/omo?page=2'), wire(null, 'https://mirror.example.org/a'), wire(null, 'https://mirror.example.org/b')]) {
        assert.equal(await store.recordCopy(copy.hash, copy), 'added');
      }
      await mergePending(store);
      const [event] = await store.events({ includeNegated: false });
      assert.deepEqual([event!.numArticles, event!.numSources], [4, 3]);
    } finally {
      await store.close();
    }
  });

  test('a batch is stored in one transaction; a text twice in it is stored once and its copy recorded', async () => {
    const { store } = await open();
    try {
      const other = makeAnalysis({
        title: 'Chile and Peru discuss fishing quotas',
        publisher: 'Lima Post',
        published: '2024-09-12',
        events: [dayEvent('2024-09-12', { source: 'CHLGOV', target: 'PERGOV', cameo: '040', sentence: 'Chilean and Peruvian ministers met in Arica.', trigger: 'met' })],
      });
      const stored = await store.saveRecords([
        wire('Nairobi Daily', 'https://nairobi.example.com/omo'),
        articleRecord(other, contentHash(other.article.text)),
        wire('Addis Tribune', 'https://addis.example.net/omo-accord'),
        wire('Nairobi Daily', 'https://nairobi.example.com/omo'),
      ]);
      assert.deepEqual(stored, [true, true, false, false]);
      assert.deepEqual(await store.saveRecords([wire('Nairobi Daily', 'https://nairobi.example.com/omo')]), [false], 'a rerun stores nothing twice');
      assert.deepEqual(await store.counts(), { articles: 2, events: 2, merged: 0 });
      await mergePending(store);
      const accord = (await store.events({ includeNegated: false, code: '057' }))[0];
      assert.deepEqual([accord!.numArticles, accord!.numSources], [2, 2]);
    } finally {
      await store.close();
    }
  });

  test('text with tabs, backslashes and line breaks is stored and read back unchanged', async () => {
    const { store } = await open();
    try {
      const sentence = 'Officials in Kyiv said\tthe C:\\drafts\\deal file was "final" —\r\nand signed it \\N times.';
      const analysis = makeAnalysis({
        title: 'Tabs\tand\\slashes',
        publisher: 'Odesa\\Wire',
        published: '2024-09-12',
        events: [dayEvent('2024-09-12', { source: 'UKRGOV', target: 'POLGOV', cameo: '057', sentence, trigger: 'signed' })],
      });
      assert.equal(await store.saveArticle(analysis, contentHash(analysis.article.text)), true);
      await mergePending(store);
      const [event] = await store.events({ includeNegated: false });
      assert.equal(event!.mentions[0]!.sentenceText, sentence);
      assert.equal(event!.mentions[0]!.publisher, 'Odesa\\Wire');
      assert.equal(event!.mentions[0]!.title, 'Tabs\tand\\slashes');
    } finally {
      await store.close();
    }
  });
});
