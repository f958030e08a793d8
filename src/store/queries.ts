// SQL shared by both stores. Named parameters are written `@name` (SQLite's syntax); the
// PostgreSQL store rewrites them to `$n`. Insert column lists pair with row → values mappers.
import type { Precision } from '../types.ts';
import { CODED_COLUMNS } from './schema.ts';
import type {
  ArticleCopy,
  ArticleRecord,
  DyadAggregate,
  DyadQuery,
  EventFilter,
  EventRow,
  MergeCandidate,
  MergedEvent,
  Merger,
  MergeGroup,
  MergeKey,
  MergePlan,
  MentionRow,
  PendingKey,
  Stance,
  StoredMention,
} from './types.ts';

export type Params = Record<string, string | number | null>;
export type Value = string | number | null;

export interface Sql {
  sql: string;
  params: Params;
}

export const ARTICLE_COLUMNS = ['hash', 'url', 'title', 'publisher', 'published', 'language', 'text', 'analysis', 'ingested_at'];

export function articleValues(record: ArticleRecord, ingestedAt: string): (Value | Uint8Array)[] {
  return [record.hash, record.url, record.title, record.publisher, record.published, record.language, record.text, record.packedAnalysis, ingestedAt];
}

export const ACTOR_COLUMNS = ['article_id', 'local_id', 'name', 'code', 'country', 'agent', 'kind', 'mentions'];

export function actorValues(articleId: number, record: ArticleRecord): Value[][] {
  return record.actors.map((a) => [articleId, a.localId, a.name, a.code, a.country, a.agent, a.kind, a.mentions]);
}

export const EVENT_COLUMNS = [
  'article_id', 'local_id', ...CODED_COLUMNS, 'negated', 'modality', 'stance', 'attributed_to', 'date_value', 'date_precision',
  'day', 'sentence', 'sentence_text', 'trigger_start', 'trigger_end', 'trigger_text', 'confidence', 'mentions', 'in_lead',
];

export function eventValues(articleId: number, e: EventRow): Value[] {
  return [
    articleId, e.localId, e.sourceCode, e.sourceName, e.sourceCountry, e.sourceAgent, e.targetCode, e.targetName,
    e.targetCountry, e.targetAgent, e.cameo, e.root, e.goldstein, e.quadClass, e.plover, e.negated ? 1 : 0, e.modality, e.stance,
    e.attributedTo, e.dateValue, e.datePrecision, e.day, e.sentence, e.sentenceText, e.triggerStart, e.triggerEnd,
    e.triggerText, e.confidence, e.mentions.length, e.mentions.some((m) => m.paragraph === 0) ? 1 : 0,
  ];
}

export const MENTION_COLUMNS = ['article_id', 'event_local_id', 'sentence', 'paragraph', 'sentence_text', 'trigger_start', 'trigger_end', 'trigger_text'];

export function mentionValues(articleId: number, record: ArticleRecord): Value[][] {
  return record.events.flatMap((e) =>
    e.mentions.map((m: MentionRow) => [articleId, e.localId, m.sentence, m.paragraph, m.sentenceText, m.triggerStart, m.triggerEnd, m.triggerText]),
  );
}

export const HAS_ARTICLE = 'SELECT 1 AS found FROM articles WHERE hash = @hash';

export const COPY_COLUMNS = ['article_id', 'url', 'publisher', 'published', 'seen_at'];

export function copyValues(articleId: number, copy: ArticleCopy, seenAt: string): Value[] {
  return [articleId, copy.url, copy.publisher, copy.published, seenAt];
}

/** Records a copy of the text stored under @hash; the unique index turns a known copy into no row. */
export const INSERT_COPY = `INSERT INTO article_copies (${COPY_COLUMNS.join(', ')})
  SELECT id, @url, @publisher, @published, @seenAt FROM articles WHERE hash = @hash
  ON CONFLICT DO NOTHING RETURNING article_id`;

export function copyParams(hash: string, copy: ArticleCopy): Params {
  return { hash, url: copy.url, publisher: copy.publisher, published: copy.published, seenAt: new Date().toISOString() };
}

/** A new copy changes its article's events' counts: they are merged again. */
export const UNMERGE_ARTICLE = 'UPDATE events SET merged_id = NULL WHERE article_id = @article AND merged_id IS NOT NULL';

export const PENDING_KEYS = `SELECT source_code, target_code, root, stance, COUNT(*) AS fresh FROM events WHERE merged_id IS NULL
  GROUP BY source_code, target_code, root, stance`;

const KEY_WHERE = 'source_code = @source AND target_code = @target AND root = @root AND stance = @stance';

export function keyParams(key: MergeKey): Params {
  return { source: key.sourceCode, target: key.targetCode, root: key.root, stance: key.stance };
}

/**
 * One row per event and copy of its article (see candidatesFromRows), in day order. When the article
 * was stored is its first copy's seen_at (written with the same time), not articles.ingested_at: on
 * SQLite that column comes after the article's text and analysis, a chain of overflow pages to walk
 * per event, which made these reads most of a merge's time.
 */
function candidatesSql(where: string): string {
  return `SELECT e.id, e.article_id, c.id AS copy_id, c.publisher, c.seen_at, e.cameo, e.day, e.date_value, e.date_precision,
      e.trigger_text, e.mentions, e.in_lead
    FROM events e JOIN article_copies c ON c.article_id = e.article_id
    WHERE e.source_code = @source AND e.target_code = @target AND e.root = @root AND e.stance = @stance AND ${where}
    ORDER BY e.day, e.id, c.id`;
}

const FRESH_CANDIDATES = candidatesSql('e.merged_id IS NULL');
const DAY_DATED = "e.day >= @from AND (e.date_precision IS NULL OR e.date_precision IN ('day', 'week'))";
const DAY_CANDIDATES = candidatesSql(DAY_DATED);
const DAY_CANDIDATES_BEFORE = candidatesSql(`${DAY_DATED} AND e.day < @to`);
const BUCKET_CANDIDATES = candidatesSql('e.date_precision = @precision AND e.date_value = @value');

const ANY_MERGED = `SELECT 1 AS found FROM merged_events WHERE ${KEY_WHERE} LIMIT 1`;
const DAY_WINDOWS = `FROM merged_events WHERE ${KEY_WHERE} AND precision = 'day'`;
/** The stored day window holding @day: the last one starting on or before it. */
const WINDOW_BEFORE = `SELECT MAX(merge_window) AS day ${DAY_WINDOWS} AND merge_window <= @day`;
const WINDOWS_BETWEEN = `SELECT merge_window ${DAY_WINDOWS} AND merge_window >= @from AND merge_window <= @last GROUP BY merge_window`;
/** The first @limit stored day windows after @last. */
const WINDOWS_AFTER = `SELECT merge_window ${DAY_WINDOWS} AND merge_window > @last GROUP BY merge_window ORDER BY merge_window LIMIT @limit`;
const DELETE_DAY_WINDOWS = `DELETE ${DAY_WINDOWS} AND merge_window >= @from`;
const DELETE_DAY_WINDOWS_BEFORE = `${DELETE_DAY_WINDOWS} AND merge_window < @to`;
const DELETE_WINDOW = `DELETE FROM merged_events WHERE ${KEY_WHERE} AND merge_window = @window`;

/**
 * The reads of one key's merge and its plan, as a generator of queries answered with their rows, so
 * that the synchronous SQLite store and the asynchronous PostgreSQL one take the same steps.
 *
 * Day-dated events are read from the stored window holding the first fresh day up to a stored window
 * after the last fresh one, where the re-clustered cut may meet the stored cut again: the first such
 * window, then twice as many each time the cut has not met it by then (a report dated before a long
 * history can shift every window after it; most meet it at once). A plan that stops before the bound
 * read all it needed: the windows it replaces hold only days before the stop.
 */
export function* mergePlan(key: MergeKey, merger: Merger): Generator<Sql, MergePlan, Row[]> {
  const params = keyParams(key);
  const fresh = candidatesFromRows(yield { sql: FRESH_CANDIDATES, params });
  // A key never merged (a new corpus is all such keys) has every event fresh and nothing stored to replace.
  if ((yield { sql: ANY_MERGED, params }).length === 0) return { groups: merger.cluster(fresh), days: null, windows: [] };
  const bucketEvents: MergeCandidate[] = [];
  for (const bucket of merger.buckets(fresh)) bucketEvents.push(...candidatesFromRows(yield { sql: BUCKET_CANDIDATES, params: { ...params, ...bucket } }));
  const days = merger.freshDays(fresh);
  if (days === null) return merger.plan({ fresh, dayEvents: [], storedWindows: new Set(), bucketEvents });
  const [before] = yield { sql: WINDOW_BEFORE, params: { ...params, day: days.first } };
  // No stored window starts on or before the first fresh day: every day window is re-clustered.
  const from = text(before?.day) ?? '';
  const between = (yield { sql: WINDOWS_BETWEEN, params: { ...params, from, last: days.last } }).map((row) => String(row.merge_window));
  for (let reach = 1; ; reach *= 2) {
    const after = (yield { sql: WINDOWS_AFTER, params: { ...params, last: days.last, limit: reach } }).map((row) => String(row.merge_window));
    const storedWindows = new Set([...between, ...after]);
    // Without a stored window from there on, no day-dated event there was merged: all are fresh.
    if (storedWindows.size === 0) return merger.plan({ fresh, dayEvents: null, storedWindows, bucketEvents });
    const to = after.length === reach ? after.at(-1)! : null;
    const read = to === null ? { sql: DAY_CANDIDATES, params: { ...params, from } } : { sql: DAY_CANDIDATES_BEFORE, params: { ...params, from, to } };
    const plan = merger.plan({ fresh, dayEvents: candidatesFromRows(yield read), storedWindows, bucketEvents });
    if (to === null || plan.days?.to) return plan;
  }
}

/** Deletes the stored merged events a plan replaces. */
export function planDeletes(key: MergeKey, plan: MergePlan): Sql[] {
  const params = keyParams(key);
  const deletes: Sql[] = plan.windows.map((window) => ({ sql: DELETE_WINDOW, params: { ...params, window } }));
  if (plan.days) {
    const { from, to } = plan.days;
    deletes.push(to === null ? { sql: DELETE_DAY_WINDOWS, params: { ...params, from } } : { sql: DELETE_DAY_WINDOWS_BEFORE, params: { ...params, from, to } });
  }
  return deletes;
}

/** Events a plan re-clustered. */
export function planSize(plan: MergePlan): number {
  return plan.groups.reduce((sum, group) => sum + group.members.length, 0);
}

/** Merged-event columns filled by clustering; the others are copied from the representative event. */
export const CLUSTER_COLUMNS = ['day', 'week', 'precision', 'num_mentions', 'num_articles', 'num_sources', 'is_root', 'added', 'merge_window'];

/** Copies the representative's codes and names; counts and dates come from clustering. */
export const INSERT_MERGED = `INSERT INTO merged_events (id, ${CODED_COLUMNS.join(', ')}, stance, ${CLUSTER_COLUMNS.join(', ')})
  SELECT @id, ${CODED_COLUMNS.join(', ')}, stance, ${CLUSTER_COLUMNS.map((column) => `@${column}`).join(', ')}
  FROM events WHERE id = @representative`;

export function mergedParams(group: MergeGroup): Params {
  return {
    id: group.id,
    representative: group.representative,
    day: group.day,
    week: group.week,
    precision: group.precision,
    num_mentions: group.numMentions,
    num_articles: group.numArticles,
    num_sources: group.numSources,
    is_root: group.isRoot ? 1 : 0,
    added: group.added,
    merge_window: group.window,
  };
}

/** The smallest string above every code starting with `prefix`: codes are ASCII, compared byte-wise. */
function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

/** A byte-wise prefix range over a code column ("USA" covers USAGOV, USAMIL…), so the code index serves it. */
export function codeRange(column: string, name: string, prefix: string, params: Params): string {
  params[`${name}From`] = prefix;
  params[`${name}To`] = prefixEnd(prefix);
  return `${column} >= @${name}From AND ${column} < @${name}To`;
}

function stanceList(stances: Stance[], params: Params): string {
  stances.forEach((stance, i) => {
    params[`stance${i}`] = stance;
  });
  return `stance IN (${stances.map((_, i) => `@stance${i}`).join(', ')})`;
}

/**
 * Per period and quad class for one direction of a dyad. The reverse direction, when asked for,
 * is a second query that leaves out what the first counted (codes can match both prefixes).
 */
export function dyadSql(query: DyadQuery, reverse: boolean): Sql {
  const params: Params = {};
  const period = query.by === 'day' ? 'day' : query.by === 'week' ? 'week' : 'substr(day, 1, 7)';
  const [from, to] = reverse ? [query.b, query.a] : [query.a, query.b];
  const where = [
    codeRange('source_code', 'src', from, params),
    codeRange('target_code', 'tgt', to, params),
    'day IS NOT NULL',
    stanceList(query.stances, params),
  ];
  if (reverse) {
    codeRange('source_code', 'fwdSrc', query.a, params);
    codeRange('target_code', 'fwdTgt', query.b, params);
    where.push('NOT (source_code >= @fwdSrcFrom AND source_code < @fwdSrcTo AND target_code >= @fwdTgtFrom AND target_code < @fwdTgtTo)');
  }
  if (query.from) {
    params.from = query.from;
    where.push('day >= @from');
  }
  if (query.to) {
    params.to = query.to;
    where.push('day <= @to');
  }
  return {
    sql: `SELECT ${period} AS period, quad_class, COUNT(*) AS events, SUM(num_mentions) AS mentions, SUM(goldstein * num_mentions) AS goldstein_sum
      FROM merged_events WHERE ${where.join(' AND ')} GROUP BY ${period}, quad_class ORDER BY 1, 2`,
    params,
  };
}

export function eventsSql(filter: EventFilter): Sql {
  const params: Params = {};
  const where: string[] = [];
  if (filter.actor) {
    where.push(`((${codeRange('source_code', 'actorSrc', filter.actor, params)}) OR (${codeRange('target_code', 'actorTgt', filter.actor, params)}))`);
  }
  if (filter.dyad) {
    const [a, b] = filter.dyad;
    const forward = `${codeRange('source_code', 'fSrc', a, params)} AND ${codeRange('target_code', 'fTgt', b, params)}`;
    const backward = `${codeRange('source_code', 'bSrc', b, params)} AND ${codeRange('target_code', 'bTgt', a, params)}`;
    where.push(`((${forward}) OR (${backward}))`);
  }
  if (filter.code) where.push(codeRange('cameo', 'code', filter.code, params));
  if (filter.since) {
    params.since = filter.since;
    where.push('day >= @since');
  }
  if (!filter.includeNegated) where.push("stance <> 'negated'");
  params.limit = filter.limit ?? 100;
  return {
    sql: `SELECT * FROM merged_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY day DESC, id DESC LIMIT @limit`,
    params,
  };
}

export const EVENTS_PAGE = 'SELECT * FROM merged_events WHERE id > @after ORDER BY id LIMIT @limit';

/** Mentions of the given merged events, with their articles. */
export function mentionsSql(mergedIds: number[]): Sql {
  const params: Params = {};
  mergedIds.forEach((id, i) => {
    params[`m${i}`] = id;
  });
  return {
    sql: `SELECT e.merged_id, e.attributed_to, a.id AS article_id, a.url, a.title, a.publisher, a.published,
        m.sentence, m.paragraph, m.sentence_text, m.trigger_start, m.trigger_end, m.trigger_text
      FROM events e
      JOIN event_mentions m ON m.article_id = e.article_id AND m.event_local_id = e.local_id
      JOIN articles a ON a.id = e.article_id
      WHERE e.merged_id IN (${mergedIds.map((_, i) => `@m${i}`).join(', ')})
      ORDER BY e.merged_id, a.id, m.sentence, m.trigger_start`,
    params,
  };
}

export const COUNTS = `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM events) AS events,
  (SELECT COUNT(*) FROM merged_events) AS merged`;

/** A database row: PostgreSQL returns BIGINT and COUNT as strings, hence Number() on every number. */
export type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

export function pendingKeyFromRow(row: Row): PendingKey {
  return { sourceCode: String(row.source_code), targetCode: String(row.target_code), root: String(row.root), stance: row.stance as Stance, fresh: Number(row.fresh) };
}

/** Folds the rows of candidatesSql (one per event and copy, an event's rows adjacent) into candidates. */
function candidatesFromRows(rows: Row[]): MergeCandidate[] {
  const candidates: MergeCandidate[] = [];
  for (const row of rows) {
    const copy = { id: Number(row.copy_id), publisher: text(row.publisher) };
    const last = candidates.at(-1);
    if (last?.id === Number(row.id)) {
      last.copies.push(copy);
      continue;
    }
    // Copies come in id order: the first is the one stored with the article.
    candidates.push({
      id: Number(row.id),
      articleId: Number(row.article_id),
      copies: [copy],
      cameo: String(row.cameo),
      day: text(row.day),
      dateValue: text(row.date_value),
      datePrecision: text(row.date_precision) as Precision | null,
      triggerText: String(row.trigger_text),
      mentions: Number(row.mentions),
      inLead: Number(row.in_lead) === 1,
      added: String(row.seen_at),
    });
  }
  return candidates;
}

export function dyadFromRow(row: Row): DyadAggregate {
  return {
    period: String(row.period),
    quadClass: Number(row.quad_class),
    events: Number(row.events),
    mentions: Number(row.mentions),
    goldsteinSum: Number(row.goldstein_sum),
  };
}

export function mentionFromRow(row: Row): StoredMention {
  return {
    articleId: Number(row.article_id),
    url: text(row.url),
    title: text(row.title),
    publisher: text(row.publisher),
    published: text(row.published),
    sentence: Number(row.sentence),
    paragraph: Number(row.paragraph),
    sentenceText: String(row.sentence_text),
    trigger: { start: Number(row.trigger_start), end: Number(row.trigger_end), text: String(row.trigger_text) },
    attributedTo: text(row.attributed_to),
  };
}

export function mergedFromRow(row: Row, mentions: StoredMention[]): MergedEvent {
  const target = String(row.target_code);
  return {
    id: Number(row.id),
    day: text(row.day),
    precision: text(row.precision) as Precision | null,
    source: { code: String(row.source_code), name: String(row.source_name), country: text(row.source_country), agent: text(row.source_agent) },
    target: target ? { code: target, name: text(row.target_name), country: text(row.target_country), agent: text(row.target_agent) } : null,
    cameo: String(row.cameo),
    root: String(row.root),
    goldstein: Number(row.goldstein),
    quadClass: Number(row.quad_class),
    plover: text(row.plover),
    stance: row.stance as Stance,
    numMentions: Number(row.num_mentions),
    numArticles: Number(row.num_articles),
    numSources: Number(row.num_sources),
    isRoot: Number(row.is_root) === 1,
    added: String(row.added),
    mentions,
  };
}

/** Attaches mention rows (ordered by merged id) to their merged event rows. */
export function withMentions(rows: Row[], mentionRows: Row[]): MergedEvent[] {
  const byEvent = new Map<number, StoredMention[]>();
  for (const row of mentionRows) {
    const id = Number(row.merged_id);
    const list = byEvent.get(id) ?? [];
    list.push(mentionFromRow(row));
    byEvent.set(id, list);
  }
  return rows.map((row) => mergedFromRow(row, byEvent.get(Number(row.id)) ?? []));
}
