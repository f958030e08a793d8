// Merging events across articles: the rule of src/aggregate/README.md as a pure function over the
// events of one merge key (same source code, target code, CAMEO root and stance).
import { openStore } from '../store/open.ts';
import type { MergeCandidate, MergeGroup, Merger, MergeKey, Store } from '../store/types.ts';

/** Events up to this many days after the first of a cluster report the same happening. */
export const MERGE_WINDOW_DAYS = 1;

const DAY_MS = 86_400_000;
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'with', 'on', 'in', 'for', 'and', 'by', 'at', 'from', 'its', 'their', 'his', 'her']);

/** Days since 1970-01-01 (and weeks below), cached: a merge asks for the same few thousand days over and over. */
const dayNumbers = new Map<string, number>();

function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
    dayNumbers.set(day, n);
  }
  return n;
}

const weeks = new Map<string, string>();

/** The Monday of the ISO week containing `day`. */
export function weekOf(day: string): string {
  let week = weeks.get(day);
  if (week === undefined) {
    const n = dayNumber(day);
    // 1970-01-01 was a Thursday: (n + 3) mod 7 counts days since Monday.
    week = new Date((n - ((((n + 3) % 7) + 7) % 7)) * DAY_MS).toISOString().slice(0, 10);
    weeks.set(day, week);
  }
  return week;
}

/** Crude stems of a trigger's content words: "meeting", "meets" → "meet"; "visited", "visit" → "visi". */
export function triggerStems(trigger: string): Set<string> {
  const stems = new Set<string>();
  for (const word of trigger.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    const bare = word.length > 4 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
    stems.add(bare.slice(0, 4));
  }
  return stems;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The root's generic code ("040": consult, not specified) is compatible with every code of the root. */
function isGeneric(code: string): boolean {
  return code.length === 3 && code === `${code.slice(0, 2)}0`;
}

/** Groups of candidates that report one happening, within one date window or bucket. */
function byCode(events: MergeCandidate[]): MergeCandidate[][] {
  const codes = [...new Set(events.map((e) => e.cameo))];
  const parent = codes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  const stems = codes.map((code) => new Set(events.filter((e) => e.cameo === code).flatMap((e) => [...triggerStems(e.triggerText)])));
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) {
      const shared = [...stems[i]!].some((stem) => stems[j]!.has(stem));
      if (isGeneric(codes[i]!) || isGeneric(codes[j]!) || shared) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, MergeCandidate[]>();
  for (const event of events) pushTo(groups, find(codes.indexOf(event.cameo)), event);
  return [...groups.values()];
}

/** The member whose code is most frequent in the group (then the most specific, then the oldest). */
function representative(members: MergeCandidate[]): MergeCandidate {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.cameo, (count.get(m.cameo) ?? 0) + 1);
  return [...members].sort(
    (a, b) => count.get(b.cameo)! - count.get(a.cameo)! || Number(isGeneric(a.cameo)) - Number(isGeneric(b.cameo)) || a.id - b.id,
  )[0]!;
}

function group(members: MergeCandidate[], window: string, day: string | null, precision: MergeGroup['precision']): MergeGroup {
  const ids = members.map((m) => m.id).sort((a, b) => a - b);
  // Counted over every published copy: a wire story in three outlets is three articles, three sources.
  const copies = new Set<number>();
  // A copy without a publisher counts as a source of its own.
  const sources = new Set<string>();
  let numMentions = 0;
  let added = members[0]!.added;
  for (const m of members) {
    for (const copy of m.copies) {
      copies.add(copy.id);
      sources.add(copy.publisher ?? `#${copy.id}`);
    }
    numMentions += m.mentions * m.copies.length;
    if (m.added < added) added = m.added;
  }
  return {
    id: ids[0]!,
    window,
    representative: members.length === 1 ? members[0]!.id : representative(members).id,
    members: ids,
    day,
    week: day ? weekOf(day) : null,
    precision,
    numMentions,
    numArticles: copies.size,
    numSources: sources.size,
    isRoot: members.some((m) => m.inLead),
    added,
  };
}

/** Placed on a day (its own date, its week's Monday, or else its article's), as opposed to a month, a year or nothing. */
function isDayDated(e: MergeCandidate): boolean {
  return e.day !== null && (e.datePrecision === null || e.datePrecision === 'day' || e.datePrecision === 'week');
}

function bucketOf(e: MergeCandidate): string {
  return `${e.datePrecision}:${e.dateValue}`;
}

/**
 * Cuts day-dated events (sorted by day, then id) into windows of MERGE_WINDOW_DAYS from each
 * window's first day and clusters each. A window's cut depends only on its first day and the events
 * after it, which is what lets a merge re-cluster from one window on and stop where it meets a
 * stored window again (`stopAt`: true for a first day where the rest is known to be unchanged).
 */
function clusterDays(dated: MergeCandidate[], stopAt: (day: string) => boolean): { groups: MergeGroup[]; stoppedAt: string | null } {
  const groups: MergeGroup[] = [];
  for (let start = 0; start < dated.length; ) {
    const window = dated[start]!.day!;
    if (start > 0 && stopAt(window)) return { groups, stoppedAt: window };
    const first = dayNumber(window);
    let end = start;
    while (end < dated.length && dayNumber(dated[end]!.day!) - first <= MERGE_WINDOW_DAYS) end++;
    for (const members of byCode(dated.slice(start, end))) {
      groups.push(group(members, window, members.map((m) => m.day!).sort()[0]!, 'day'));
    }
    start = end;
  }
  return { groups, stoppedAt: null };
}

function clusterBuckets(events: MergeCandidate[]): MergeGroup[] {
  const buckets = new Map<string, MergeCandidate[]>();
  for (const e of events) pushTo(buckets, bucketOf(e), e);
  return [...buckets].flatMap(([window, members]) => byCode(members).map((part) => group(part, window, part[0]!.day, part[0]!.datePrecision)));
}

/** An undated event merges with nothing: its window is its own. */
function single(e: MergeCandidate): MergeGroup {
  return group([e], `event:${e.id}`, null, null);
}

const freshDays = (fresh: MergeCandidate[]) => fresh.filter(isDayDated).map((e) => e.day!).sort();

// Days are ISO dates: code-unit order is date order (localeCompare, through ICU, cost more than the clustering).
const byDay = (a: MergeCandidate, b: MergeCandidate) => (a.day! < b.day! ? -1 : a.day! > b.day! ? 1 : a.id - b.id);

/**
 * The incremental merge of one key: the same groups a full re-clustering would give, computed from
 * the stored window where the fresh events start and stopped at the first stored window after the
 * last fresh day (the cut from there on cannot have changed); buckets and undated events only where
 * fresh events fall.
 */
const MERGER: Merger = {
  freshDays(fresh) {
    const days = freshDays(fresh);
    return days.length ? { first: days[0]!, last: days.at(-1)! } : null;
  },
  buckets(fresh) {
    const seen = new Map<string, { precision: string; value: string }>();
    for (const e of fresh) if (e.datePrecision === 'month' || e.datePrecision === 'year') seen.set(bucketOf(e), { precision: e.datePrecision, value: e.dateValue! });
    return [...seen.values()];
  },
  plan({ fresh, dayEvents, storedWindows, bucketEvents }) {
    const lastFresh = freshDays(fresh).at(-1) ?? null;
    const dated = (dayEvents ?? fresh.filter(isDayDated)).sort(byDay);
    const days = dated.length && lastFresh !== null ? clusterDays(dated, (day) => day > lastFresh && storedWindows.has(day)) : null;
    const undated = fresh.filter((e) => e.day === null).map(single);
    const buckets = clusterBuckets(bucketEvents);
    return {
      groups: [...(days?.groups ?? []), ...undated, ...buckets],
      days: days ? { from: dated[0]!.day!, to: days.stoppedAt } : null,
      windows: [...new Set([...undated, ...buckets].map((g) => g.window))],
    };
  },
  cluster: (events) => clusterEvents(events),
};

/**
 * Clusters every event of one merge key, as a merge with all of them fresh does. Day-dated events
 * (the sentence's own date or, lacking one, the article's) merge within fixed windows of
 * MERGE_WINDOW_DAYS from each window's first day; events dated only to a month or year merge only
 * with events of the same month or year; undated events never merge. Inside a window, different
 * codes merge when one is the root's generic code or their triggers share a stem.
 */
export function clusterEvents(events: MergeCandidate[]): MergeGroup[] {
  const bucketEvents = events.filter((e) => e.datePrecision === 'month' || e.datePrecision === 'year');
  return MERGER.plan({ fresh: events, dayEvents: null, storedWindows: new Set(), bucketEvents }).groups;
}

/**
 * Fresh events merged per transaction, about. Each commit writes every page it changed, and a key's
 * events lie all over the events table, so few large transactions cost much less than many small
 * ones; this many take a few seconds, short enough not to stall other writers.
 */
const EVENTS_PER_TRANSACTION = 50_000;

export interface MergeSummary {
  /** Merge keys with fresh events. */
  keys: number;
  /** Events re-clustered: the fresh ones and their neighbours in the windows they touch. */
  events: number;
}

/** Merges every event stored (or given a new copy) since the last merge, a few merge keys per transaction. */
export async function mergePending(store: Store, eventsPerTransaction = EVENTS_PER_TRANSACTION): Promise<MergeSummary> {
  const keys = await store.pendingMergeKeys();
  let events = 0;
  let chunk: MergeKey[] = [];
  let fresh = 0;
  for (const [i, key] of keys.entries()) {
    chunk.push(key);
    fresh += key.fresh;
    if (fresh < eventsPerTransaction && i < keys.length - 1) continue;
    events += await store.remergeKeys(chunk, MERGER);
    chunk = [];
    fresh = 0;
  }
  return { keys: keys.length, events };
}

/** Opens the store named by `db` with every stored event merged, ready for corpus queries. */
export async function openMergedStore(db: string): Promise<Store> {
  const store = await openStore(db);
  try {
    await mergePending(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
