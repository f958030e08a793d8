import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterEvents, mergePending, triggerStems, weekOf } from '../../src/aggregate/merge.ts';
import { contentHash } from '../../src/store/record.ts';
import type { MergeCandidate, Store } from '../../src/store/types.ts';
import { type ArticleSpec, dayEvent, makeAnalysis } from '../store/analyses.ts';
import { forEachStore } from '../store/stores.ts';

function candidate(id: number, fields: Partial<MergeCandidate>): MergeCandidate {
  return {
    id,
    articleId: id,
    copies: [{ id, publisher: `Outlet ${id}` }],
    cameo: '040',
    day: '2024-05-06',
    dateValue: '2024-05-06',
    datePrecision: 'day',
    triggerText: 'met',
    mentions: 1,
    inLead: false,
    added: `2024-05-0${id}T00:00:00.000Z`,
    ...fields,
  };
}

test('weeks start on Monday', () => {
  assert.equal(weekOf('2024-05-06'), '2024-05-06');
  assert.equal(weekOf('2024-05-12'), '2024-05-06');
  assert.equal(weekOf('2024-05-13'), '2024-05-13');
  assert.equal(weekOf('2024-01-01'), '2024-01-01');
});

test('trigger stems match inflections', () => {
  assert.ok(triggerStems('meeting').has('meet'));
  assert.ok(triggerStems('meets').has('meet'));
  assert.ok(triggerStems('visited').has('visi') && triggerStems('made a visit to').has('visi'));
  assert.ok(!triggerStems('the talks').has('the'));
});

test('events within a day of the first of a window merge; the next day after that starts a new one', () => {
  const groups = clusterEvents([
    candidate(1, { day: '2024-05-06' }),
    candidate(2, { day: '2024-05-07', dateValue: null, datePrecision: null }),
    candidate(3, { day: '2024-05-08' }),
  ]);
  assert.deepEqual(
    groups.map((g) => [g.members, g.day]),
    [
      [[1, 2], '2024-05-06'],
      [[3], '2024-05-08'],
    ],
  );
});

test('different codes of one root merge only when one is generic or the triggers share a stem', () => {
  const groups = clusterEvents([
    candidate(1, { cameo: '042', triggerText: 'visited' }),
    candidate(2, { cameo: '043', triggerText: 'hosted a visit' }),
    candidate(3, { cameo: '046', triggerText: 'negotiated' }),
  ]);
  assert.deepEqual(groups.map((g) => g.members), [[1, 2], [3]]);
  const generic = clusterEvents([candidate(1, { cameo: '046', triggerText: 'negotiated' }), candidate(2, { cameo: '040', triggerText: 'consulted' })]);
  assert.deepEqual(generic.map((g) => g.members), [[1, 2]]);
  assert.equal(generic[0]!.representative, 1, 'the specific code represents the group');
});

test('month-dated events merge only within their month; undated events never merge', () => {
  const groups = clusterEvents([
    candidate(1, { day: '2024-04-01', dateValue: '2024-04', datePrecision: 'month' }),
    candidate(2, { day: '2024-04-01', dateValue: '2024-04', datePrecision: 'month' }),
    candidate(3, { day: '2024-04-01', dateValue: '2024-04-01', datePrecision: 'day' }),
    candidate(4, { day: null, dateValue: null, datePrecision: null }),
    candidate(5, { day: null, dateValue: null, datePrecision: null }),
  ]);
  assert.deepEqual(groups.map((g) => [g.members, g.precision]).sort(), [
    [[1, 2], 'month'],
    [[3], 'day'],
    [[4], null],
    [[5], null],
  ]);
});

test("a week-dated event sits on its Monday and merges with that day's reports", () => {
  const groups = clusterEvents([
    candidate(1, { day: '2024-11-04', dateValue: '2024-11-04', datePrecision: 'week' }),
    candidate(2, { day: '2024-11-04', dateValue: '2024-11-04', datePrecision: 'day' }),
    candidate(3, { day: '2024-11-11', dateValue: '2024-11-11', datePrecision: 'week' }),
  ]);
  assert.deepEqual(groups.map((g) => g.members).sort(), [[1, 2], [3]]);
});

test('counts: mentions summed, articles and publishers distinct', () => {
  const [group] = clusterEvents([
    candidate(1, { articleId: 10, copies: [{ id: 10, publisher: 'Wire' }], mentions: 2, inLead: true }),
    candidate(2, { articleId: 11, copies: [{ id: 11, publisher: 'Wire' }], mentions: 1 }),
    candidate(3, { articleId: 12, copies: [{ id: 12, publisher: null }], mentions: 1 }),
  ]);
  assert.equal(group!.numMentions, 4);
  assert.equal(group!.numArticles, 3);
  assert.equal(group!.numSources, 2);
  assert.equal(group!.isRoot, true);
  assert.equal(group!.added, '2024-05-01T00:00:00.000Z');
  assert.equal(group!.id, 1);
});

/** Four reports of one meeting between the US and Iran, from three outlets. */
const REPORTS: ArticleSpec[] = [
  {
    title: 'Envoys meet in Oman',
    publisher: 'Example Wire',
    published: '2024-05-06',
    events: [
      dayEvent('2024-05-06', {
        source: 'USAGOV',
        target: 'IRNGOV',
        cameo: '040',
        sentence: 'American and Iranian envoys met in Muscat on Monday.',
        trigger: 'met',
        alsoIn: [{ sentence: 'They met again after lunch.', trigger: 'met' }],
      }),
    ],
  },
  {
    title: 'US and Iran hold talks',
    publisher: 'Example Ledger',
    published: '2024-05-06',
    events: [dayEvent('2024-05-06', { source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: 'US officials held talks with Iranian diplomats in Oman.', trigger: 'held talks' })],
  },
  {
    // No date in the sentence: the publication day, a day later, places it.
    title: 'Quiet diplomacy in Muscat',
    publisher: 'Example Gazette',
    published: '2024-05-07',
    events: [{ source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: 'The American delegation consulted Iranian counterparts.', trigger: 'consulted' }],
  },
  {
    title: 'Envoys meet in Oman (updated)',
    publisher: 'Example Wire',
    published: '2024-05-07',
    events: [dayEvent('2024-05-06', { source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: 'The envoys of both countries met on Monday in Muscat.', trigger: 'met' })],
  },
];

async function save(store: Store, spec: ArticleSpec): Promise<void> {
  const analysis = makeAnalysis(spec);
  assert.equal(await store.saveArticle(analysis, contentHash(analysis.article.text)), true);
}

forEachStore((open) => {
  test('several articles about one meeting merge into one event with GDELT counts and every mention', async () => {
    const { store } = await open();
    try {
      for (const report of REPORTS) await save(store, report);
      await mergePending(store);
      const events = await store.events({ includeNegated: true });
      assert.equal(events.length, 1);
      const [event] = events;
      assert.equal(event!.numMentions, 5);
      assert.equal(event!.numArticles, 4);
      assert.equal(event!.numSources, 3);
      assert.equal(event!.day, '2024-05-06');
      assert.deepEqual(event!.mentions.map((m) => m.trigger.text).sort(), ['consulted', 'held talks', 'met', 'met', 'met']);
      assert.ok(event!.mentions.every((m) => m.sentenceText.includes(m.trigger.text)));
    } finally {
      await store.close();
    }
  });

  test('a later report joins the merged event, which keeps its id', async () => {
    const { store } = await open();
    try {
      await save(store, REPORTS[0]!);
      await mergePending(store);
      const [before] = await store.events({ includeNegated: false });
      await save(store, REPORTS[1]!);
      assert.equal((await store.pendingMergeKeys()).length, 1);
      await mergePending(store);
      const after = await store.events({ includeNegated: false });
      assert.equal(after.length, 1);
      assert.equal(after[0]!.id, before!.id);
      assert.equal(after[0]!.numArticles, 2);
    } finally {
      await store.close();
    }
  });

  test('meetings a week apart, or between other parties, stay distinct', async () => {
    const { store } = await open();
    try {
      const meet = (day: string, source: string, target: string, title: string): ArticleSpec => ({
        title,
        publisher: 'Example Wire',
        published: day,
        events: [dayEvent(day, { source, target, cameo: '040', sentence: `${title}: the delegations met in Geneva.`, trigger: 'met' })],
      });
      await save(store, meet('2024-05-06', 'USAGOV', 'IRNGOV', 'First round'));
      await save(store, meet('2024-05-13', 'USAGOV', 'IRNGOV', 'Second round'));
      await save(store, meet('2024-05-06', 'RUSGOV', 'UKRGOV', 'Other talks'));
      await save(store, meet('2024-05-06', 'IRNGOV', 'USAGOV', 'Reverse direction'));
      await mergePending(store);
      const events = await store.events({ includeNegated: false });
      assert.equal(events.length, 4);
      assert.ok(events.every((e) => e.numArticles === 1));
    } finally {
      await store.close();
    }
  });

  test('negated and hypothetical reports never merge with asserted ones', async () => {
    const { store } = await open();
    try {
      const base = { source: 'USAGOV', target: 'IRNGOV', cameo: '040' };
      await save(store, { title: 'Met', publisher: 'A', published: '2024-05-06', events: [dayEvent('2024-05-06', { ...base, sentence: 'The envoys met in Muscat.', trigger: 'met' })] });
      await save(store, {
        title: 'Did not meet',
        publisher: 'B',
        published: '2024-05-06',
        events: [dayEvent('2024-05-06', { ...base, sentence: 'The envoys did not meet in Muscat.', trigger: 'meet', negated: true })],
      });
      await save(store, {
        title: 'Might meet',
        publisher: 'C',
        published: '2024-05-06',
        events: [dayEvent('2024-05-06', { ...base, sentence: 'The envoys might meet in Muscat.', trigger: 'meet', modality: 'hypothetical' })],
      });
      await mergePending(store);
      const events = await store.events({ includeNegated: true });
      assert.deepEqual(events.map((e) => e.stance).sort(), ['asserted', 'hypothetical', 'negated']);
      assert.ok(events.every((e) => e.numArticles === 1));
    } finally {
      await store.close();
    }
  });
});
