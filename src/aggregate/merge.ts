// Merging events across articles: the rule of src/aggregate/README.md as a pure function over the
// events of one merge key (same source code, target code, CAMEO root and stance).
import { openStore } from '../store/open.ts';
import type { MergeCandidate, MergeGroup, Store } from '../store/types.ts';

/** Events up to this many days after the first of a cluster report the same happening. */
export const MERGE_WINDOW_DAYS = 1;

const DAY_MS = 86_400_000;
const STOP_WORDS = new Set(['a', 'an', 'the', 'to', 'of', 'with', 'on', 'in', 'for', 'and', 'by', 'at', 'from', 'its', 'their', 'his', 'her']);

function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** The Monday of the ISO week containing `day`. */
export function weekOf(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) mod 7 counts days since Monday.
  const monday = n - ((((n + 3) % 7) + 7) % 7);
  return new Date(monday * DAY_MS).toISOString().slice(0, 10);
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

function group(members: MergeCandidate[], day: string | null, precision: MergeGroup['precision']): MergeGroup {
  const ids = members.map((m) => m.id).sort((a, b) => a - b);
  return {
    id: ids[0]!,
    representative: representative(members).id,
    members: ids,
    day,
    week: day ? weekOf(day) : null,
    precision,
    numMentions: members.reduce((sum, m) => sum + m.mentions, 0),
    numArticles: new Set(members.map((m) => m.articleId)).size,
    // An article without a publisher counts as a source of its own.
    numSources: new Set(members.map((m) => m.publisher ?? `#${m.articleId}`)).size,
    isRoot: members.some((m) => m.inLead),
    added: members.map((m) => m.added).sort()[0]!,
  };
}

/**
 * Clusters the events of one merge key. Day-dated events (the sentence's own date or, lacking one,
 * the article's) merge within fixed windows of MERGE_WINDOW_DAYS from each window's first day;
 * events dated only to a month or year merge only with events of the same month or year; undated
 * events never merge. Inside a window, different codes merge when one is the root's generic code
 * or their triggers share a stem.
 */
export function clusterEvents(events: MergeCandidate[]): MergeGroup[] {
  const groups: MergeGroup[] = [];
  const dated = events
    .filter((e) => e.day !== null && (e.datePrecision === null || e.datePrecision === 'day'))
    .sort((a, b) => a.day!.localeCompare(b.day!) || a.id - b.id);
  for (let start = 0; start < dated.length; ) {
    const first = dayNumber(dated[start]!.day!);
    let end = start;
    while (end < dated.length && dayNumber(dated[end]!.day!) - first <= MERGE_WINDOW_DAYS) end++;
    for (const members of byCode(dated.slice(start, end))) {
      groups.push(group(members, members.map((m) => m.day!).sort()[0]!, 'day'));
    }
    start = end;
  }
  const buckets = new Map<string, MergeCandidate[]>();
  for (const e of events) {
    if (e.day === null) groups.push(group([e], null, null));
    else if (e.datePrecision === 'month' || e.datePrecision === 'year') {
      pushTo(buckets, `${e.datePrecision}:${e.dateValue}`, e);
    }
  }
  for (const members of buckets.values()) {
    for (const part of byCode(members)) groups.push(group(part, part[0]!.day, part[0]!.datePrecision));
  }
  return groups;
}

/** Merge keys re-clustered per transaction: few commits, yet short enough not to stall other writers. */
const KEYS_PER_TRANSACTION = 500;

/** Merges every event stored since the last merge; returns how many merge keys were re-clustered. */
export async function mergePending(store: Store): Promise<number> {
  const keys = await store.pendingMergeKeys();
  for (let start = 0; start < keys.length; start += KEYS_PER_TRANSACTION) {
    await store.remergeKeys(keys.slice(start, start + KEYS_PER_TRANSACTION), clusterEvents);
  }
  return keys.length;
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
