import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from '../../bench/corpus.ts';
import { mergePending } from '../../src/aggregate/merge.ts';
import { articleRecord, contentHash } from '../../src/store/record.ts';
import type { ArticleCopy, ArticleRecord, Store } from '../../src/store/types.ts';
import { type EventSpec, makeAnalysis } from '../store/analyses.ts';
import { forEachStore } from '../store/stores.ts';

const PAIRS = [
  ['USAGOV', 'IRNGOV'],
  ['RUSGOV', 'UKRGOV'],
  ['CHNGOV', 'FRAGOV'],
] as const;
const CODES = [
  ['040', 'consulted'],
  ['042', 'visited'],
  ['043', 'hosted a visit'],
  ['046', 'negotiated'],
  ['036', 'met'],
] as const;
const OUTLETS = ['Andes Herald', 'Baltic Courier', 'Cape Ledger', null];

const day = (n: number) => `2024-06-${String(n).padStart(2, '0')}`;

/** One article with one event: dated to a day, a month, by its publication day only, or not at all. */
function article(n: number, next: () => number): ArticleRecord {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const [source, target] = pick(PAIRS);
  const [cameo, trigger] = pick(CODES);
  const when = next();
  const published = when < 0.05 ? null : day(1 + Math.floor(next() * 24));
  const date = when < 0.1 ? null : when < 0.15 ? { value: '2024-06', precision: 'month' as const } : { value: day(1 + Math.floor(next() * 24)), precision: 'day' as const };
  const event: EventSpec = { source, target, cameo, sentence: `Report ${n}: the delegations ${trigger} in Geneva.`, trigger, date, negated: next() < 0.1 };
  const analysis = makeAnalysis({ title: `Report ${n}`, publisher: pick(OUTLETS), published, url: `https://news.example.org/${n}`, events: [event] });
  return articleRecord(analysis, contentHash(analysis.article.text));
}

type Step = { save: ArticleRecord } | { copy: { hash: string; copy: ArticleCopy } } | { merge: true };

/** Articles arriving out of date order, later copies of some, and merges in between. */
function history(seed: number): Step[] {
  const next = seededRandom(seed);
  const steps: Step[] = [];
  const saved: ArticleRecord[] = [];
  for (let n = 0; n < 160; n++) {
    const record = article(n, next);
    saved.push(record);
    steps.push({ save: record });
    if (next() < 0.15) {
      const earlier = saved[Math.floor(next() * saved.length)]!;
      steps.push({ copy: { hash: earlier.hash, copy: { url: `https://copy.example.net/${n}`, publisher: next() < 0.5 ? 'Delta Wire' : null, published: earlier.published } } });
    }
    if (next() < 0.2) steps.push({ merge: true });
  }
  return steps;
}

async function replay(store: Store, steps: Step[], mergeAlong: boolean): Promise<void> {
  for (const step of steps) {
    if ('save' in step) await store.saveRecord(step.save);
    else if ('copy' in step) await store.recordCopy(step.copy.hash, step.copy.copy);
    // A handful of fresh events per transaction, so that merges along also span several transactions.
    else if (mergeAlong) await mergePending(store, 5);
  }
  await mergePending(store);
}

async function snapshot(store: Store): Promise<string[]> {
  const rows: string[] = [];
  for await (const e of store.allEvents(50)) {
    const members = [...new Set(e.mentions.map((m) => m.articleId))].sort((a, b) => a - b);
    rows.push(JSON.stringify([e.id, e.cameo, e.stance, e.day, e.precision, e.numMentions, e.numArticles, e.numSources, e.isRoot, members]));
  }
  return rows;
}

/** Daily meetings between two parties, one article each. */
function meeting(n: number, on: string): ArticleRecord {
  const analysis = makeAnalysis({
    title: `Round ${n}`,
    publisher: 'Andes Herald',
    published: on,
    events: [{ source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: `Round ${n} of talks: the envoys consulted in Oman.`, trigger: 'consulted', date: { value: on, precision: 'day' } }],
  });
  return articleRecord(analysis, contentHash(analysis.article.text));
}

forEachStore((open) => {
  test('merging after every few articles gives what one merge of everything gives', async () => {
    for (const seed of [3, 17]) {
      const steps = history(seed);
      const { store: along } = await open();
      const { store: once } = await open();
      try {
        await replay(along, steps, true);
        await replay(once, steps, false);
        const expected = await snapshot(once);
        assert.ok(expected.length > 40, `${expected.length} merged events`);
        assert.ok(
          expected.some((row) => JSON.parse(row)[6] > 1),
          'some events merge across articles',
        );
        assert.deepEqual(await snapshot(along), expected, `seed ${seed}`);
      } finally {
        await along.close();
        await once.close();
      }
    }
  });

  test('a report dated before the whole history shifts every window, as a merge from scratch does', async () => {
    const { store: along } = await open();
    const { store: once } = await open();
    try {
      // Daily rounds on the 2nd to the 29th (windows 2–3, 4–5, …), then one on the 1st (1–2, 3–4, …:
      // no window after it starts where a stored one does), then one on the 16th.
      const late = [meeting(29, day(1)), meeting(30, day(16))];
      for (let n = 1; n <= 28; n++) {
        await along.saveRecord(meeting(n, day(n + 1)));
        await once.saveRecord(meeting(n, day(n + 1)));
      }
      assert.deepEqual(await mergePending(along), { keys: 1, events: 28 });
      await along.saveRecord(late[0]!);
      assert.deepEqual(await mergePending(along), { keys: 1, events: 29 });
      await along.saveRecord(late[1]!);
      // The 16th joins 15–16; from the 17th on the cut is the stored one.
      assert.deepEqual(await mergePending(along), { keys: 1, events: 3 });
      for (const record of late) await once.saveRecord(record);
      await mergePending(once);
      assert.equal((await snapshot(once)).length, 15);
      assert.deepEqual(await snapshot(along), await snapshot(once));
    } finally {
      await along.close();
      await once.close();
    }
  });

  test('a new report re-clusters only the windows it falls in', async () => {
    const { store } = await open();
    try {
      for (let n = 1; n <= 30; n++) await store.saveRecord(meeting(n, day(n)));
      assert.deepEqual(await mergePending(store), { keys: 1, events: 30 });
      // Windows are 1–2, 3–4, …, 29–30: a report of the 30th joins the last one alone.
      await store.saveRecord(meeting(31, day(30)));
      assert.deepEqual(await mergePending(store), { keys: 1, events: 3 });
      // A late report of the 7th re-clusters 7–8, and the window from the 9th on is known unchanged.
      await store.saveRecord(meeting(32, day(7)));
      assert.deepEqual(await mergePending(store), { keys: 1, events: 3 });
      const merged = await store.events({ includeNegated: false, limit: 100 });
      assert.equal(merged.length, 15);
      assert.deepEqual(
        merged.filter((e) => e.numArticles > 2).map((e) => [e.day, e.numArticles]),
        [
          ['2024-06-29', 3],
          ['2024-06-07', 3],
        ],
      );
    } finally {
      await store.close();
    }
  });
});
