// The corpus store's contract: what an article becomes in the database and the queries the
// aggregate layer and the CLI ask of it. SQLite and PostgreSQL implement it alike.
import type { Analysis, Modality, Precision } from '../types.ts';

/** One sentence reporting an event, with its article for provenance. */
export interface MentionRow {
  sentence: number;
  paragraph: number;
  sentenceText: string;
  triggerStart: number;
  triggerEnd: number;
  triggerText: string;
}

/** negated, or else the modality: events of different stances never merge. */
export type Stance = Modality | 'negated';

export interface EventRow {
  localId: string;
  sourceCode: string;
  sourceName: string;
  sourceCountry: string | null;
  sourceAgent: string | null;
  /** '' when the event has no target, so that key comparisons in SQL need no NULL handling. */
  targetCode: string;
  targetName: string | null;
  targetCountry: string | null;
  targetAgent: string | null;
  cameo: string;
  root: string;
  goldstein: number;
  quadClass: number;
  plover: string | null;
  negated: boolean;
  modality: Modality;
  stance: Stance;
  /** The name of the source the event is attributed to ("officials"), when any. */
  attributedTo: string | null;
  dateValue: string | null;
  datePrecision: Precision | null;
  /** The resolved day (see resolveDay), or null when neither the sentence nor the article dates it. */
  day: string | null;
  sentence: number;
  sentenceText: string;
  triggerStart: number;
  triggerEnd: number;
  triggerText: string;
  confidence: number;
  mentions: MentionRow[];
}

export interface ActorRow {
  localId: string;
  name: string;
  code: string;
  country: string | null;
  agent: string | null;
  kind: string;
  mentions: number;
}

/** Where one copy of a text was published: syndicated wire copies share a text, not a copy. */
export interface ArticleCopy {
  url: string | null;
  publisher: string | null;
  published: string | null;
}

/** An analysis flattened into rows, ready to be written in one transaction. */
export interface ArticleRecord {
  hash: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  language: string;
  text: string;
  /** The `Analysis`, packed by `packAnalysis`. */
  packedAnalysis: Uint8Array;
  actors: ActorRow[];
  events: EventRow[];
}

/** Events that may merge share this key (see src/aggregate/README.md). */
export interface MergeKey {
  sourceCode: string;
  targetCode: string;
  root: string;
  stance: Stance;
}

/** A merge key with events not merged yet, and how many. */
export interface PendingKey extends MergeKey {
  fresh: number;
}

/** What clustering needs of one stored event. */
export interface MergeCandidate {
  id: number;
  articleId: number;
  /** Every published copy of its article's text (id, publisher), the first one read included. */
  copies: { id: number; publisher: string | null }[];
  cameo: string;
  day: string | null;
  dateValue: string | null;
  datePrecision: Precision | null;
  triggerText: string;
  mentions: number;
  /** Reported in the article's first paragraph. */
  inLead: boolean;
  /** When its article was stored (ISO timestamp). */
  added: string;
}

/** One merged event as clustering decides it: its id is its smallest member id. */
export interface MergeGroup {
  id: number;
  /** The window it was clustered in: its first day, a month or year bucket, or its lone undated event. */
  window: string;
  /** The member whose codes and names the merged event takes. */
  representative: number;
  members: number[];
  day: string | null;
  week: string | null;
  precision: Precision | null;
  numMentions: number;
  numArticles: number;
  numSources: number;
  isRoot: boolean;
  added: string;
}

/** The events of one merge key that a merge re-clusters, as the store reads them. */
export interface MergeInput {
  /** The key's events not merged yet (new, or with a new copy of their article). */
  fresh: MergeCandidate[];
  /**
   * Day-dated events from the stored window holding the first fresh day on (all of them if none
   * does), up to a stored window after the last fresh day or to the end; null when no day window is
   * stored from there on, so that the fresh ones are all there is.
   */
  dayEvents: MergeCandidate[] | null;
  /** First days of the stored day windows among dayEvents, and of the one that bounds them. */
  storedWindows: Set<string>;
  /** Every event of the month and year buckets of the fresh events. */
  bucketEvents: MergeCandidate[];
}

/** What a merge of one key replaces: the stored merged events of these windows give way to `groups`. */
export interface MergePlan {
  groups: MergeGroup[];
  /** Day windows starting from `from` and before `to` (to the end when null). */
  days: { from: string; to: string | null } | null;
  /** Bucket and undated windows, replaced one by one. */
  windows: string[];
}

/** The merge rule as the stores apply it, key by key, inside their transactions. */
export interface Merger {
  /**
   * The first and last days of the fresh day-dated events, which bound what must be re-read (from the
   * stored window holding the first); null when none.
   */
  freshDays(fresh: MergeCandidate[]): { first: string; last: string } | null;
  /** Month and year buckets of the fresh events, as precision and value. */
  buckets(fresh: MergeCandidate[]): { precision: string; value: string }[];
  plan(input: MergeInput): MergePlan;
  /** Clusters every event of a key, as a merge with all of them fresh and none stored does. */
  cluster(events: MergeCandidate[]): MergeGroup[];
}

export interface DyadQuery {
  a: string;
  b: string;
  directed: boolean;
  stances: Stance[];
  from?: string;
  to?: string;
  by: 'day' | 'week' | 'month';
}

/** Merged events of one period and quad class. */
export interface DyadAggregate {
  period: string;
  quadClass: number;
  events: number;
  mentions: number;
  /** Σ Goldstein × mentions. */
  goldsteinSum: number;
}

export interface EventFilter {
  actor?: string;
  dyad?: [string, string];
  code?: string;
  since?: string;
  includeNegated: boolean;
  limit?: number;
}

export interface StoredMention {
  articleId: number;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  sentence: number;
  paragraph: number;
  sentenceText: string;
  trigger: { start: number; end: number; text: string };
  attributedTo: string | null;
}

/** An event merged across articles, with every mention kept. */
export interface MergedEvent {
  id: number;
  day: string | null;
  precision: Precision | null;
  source: { code: string; name: string; country: string | null; agent: string | null };
  target: { code: string; name: string | null; country: string | null; agent: string | null } | null;
  cameo: string;
  root: string;
  goldstein: number;
  quadClass: number;
  plover: string | null;
  stance: Stance;
  numMentions: number;
  numArticles: number;
  numSources: number;
  /** The event appears in an article's first paragraph (GDELT's IsRootEvent). */
  isRoot: boolean;
  /** When the first of its articles was stored (ISO timestamp). */
  added: string;
  mentions: StoredMention[];
}

export interface StoreCounts {
  articles: number;
  events: number;
  merged: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies the migrations not yet applied; returns their numbers. */
  migrate(): Promise<number[]>;
  hasArticle(hash: string): Promise<boolean>;
  /**
   * Stores one article in one transaction; false when an article with this hash is already stored
   * (its copy, the record's url, publisher and date, is recorded all the same).
   */
  saveArticle(analysis: Analysis, hash: string): Promise<boolean>;
  saveRecord(record: ArticleRecord): Promise<boolean>;
  /** Stores several articles in one transaction: all or none. One boolean per record, as saveRecord. */
  saveRecords(records: ArticleRecord[]): Promise<boolean[]>;
  /**
   * Records one more published copy of a stored text without analysing it again: 'added', 'known'
   * when this copy was recorded already, 'missing' when no article has this hash.
   */
  recordCopy(hash: string, copy: ArticleCopy): Promise<'added' | 'known' | 'missing'>;
  /** Keys of events not yet merged. */
  pendingMergeKeys(): Promise<PendingKey[]>;
  /** Merges the fresh events of each key, the keys given in one transaction; returns how many events it re-clustered. */
  remergeKeys(keys: MergeKey[], merger: Merger): Promise<number>;
  dyadAggregates(query: DyadQuery): Promise<DyadAggregate[]>;
  events(filter: EventFilter): Promise<MergedEvent[]>;
  /** Every merged event in id order, read in pages so memory stays flat. */
  allEvents(pageSize?: number): AsyncIterable<MergedEvent>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
