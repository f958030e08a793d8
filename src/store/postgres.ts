// The PostgreSQL store: the same schema and queries as SQLite, plus the job queue that lets
// several `detente worker` processes share one database.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import pgCopy from 'pg-copy-streams';
import type { Analysis } from '../types.ts';
import {
  ACTOR_COLUMNS,
  actorValues,
  ARTICLE_COLUMNS,
  articleValues,
  CLUSTER_COLUMNS,
  COPY_COLUMNS,
  COUNTS,
  copyParams,
  copyValues,
  dyadFromRow,
  dyadSql,
  EVENT_COLUMNS,
  EVENTS_PAGE,
  eventsSql,
  eventValues,
  HAS_ARTICLE,
  INSERT_COPY,
  pendingKeyFromRow,
  MENTION_COLUMNS,
  mentionsSql,
  mentionValues,
  mergedParams,
  mergePlan,
  PENDING_KEYS,
  type Params,
  planDeletes,
  planSize,
  type Row,
  type Sql,
  UNMERGE_ARTICLE,
  type Value,
  withMentions,
} from './queries.ts';
import { articleRecord } from './record.ts';
import { CODED_COLUMNS, MIGRATIONS_TABLE, migrations } from './schema.ts';
import type {
  ArticleCopy,
  ArticleRecord,
  DyadAggregate,
  DyadQuery,
  EventFilter,
  MergedEvent,
  Merger,
  MergeKey,
  PendingKey,
  Store,
  StoreCounts,
} from './types.ts';

/** Advisory lock ids (first key of the two-int form) so unrelated locks in the same database do not collide. */
const LOCK_SPACE = 0x6465_7465;
const MIGRATE_LOCK = 1;
const MERGE_LOCK = 2;

const DEADLOCK = '40P01';

/** PostgreSQL takes at most 65535 parameters per statement. */
const MAX_PARAMETERS = 60_000;

/** Rewrites `@name` parameters to `$n`. */
export function toPositional(sql: string, params: Params): { text: string; values: Value[] } {
  const names: string[] = [];
  const text = sql.replace(/@(\w+)/g, (_, name: string) => {
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: names.map((name) => params[name] ?? null) };
}

/** Multi-row INSERT, for the rows whose generated ids the caller needs back (RETURNING). */
async function insertMany(client: pg.ClientBase, table: string, columns: string[], rows: (Value | Uint8Array)[][], suffix = ''): Promise<Row[]> {
  const returned: Row[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const tuples = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    returned.push(...(await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`, chunk.flat())).rows);
  }
  return returned;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A field in COPY's text format: \N for NULL; backslash, tab and line breaks escaped. */
function copyField(value: Value): string {
  if (value === null) return '\\N';
  return typeof value === 'number' ? String(value) : value.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);
}

/** COPY sends rows in chunks of about this many characters. */
const COPY_CHUNK = 1 << 16;

function* copyText(rows: Value[][]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(copyField).join('\t')}\n`;
    if (chunk.length >= COPY_CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Bulk rows go in with COPY … FROM STDIN, inside the caller's transaction. */
async function copyRows(client: pg.ClientBase, table: string, columns: string[], rows: Value[][]): Promise<void> {
  if (rows.length === 0) return;
  await pipeline(Readable.from(copyText(rows)), client.query(pgCopy.from(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

/** A claimed job: its payload is what `detente ingest --enqueue` stored. */
export interface Job {
  id: number;
  origin: string;
  payload: string;
}

/** A duplicate is a text already stored: its copy (url, publisher, date) is recorded in its place. */
export type JobOutcome =
  | { job: number; record: ArticleRecord }
  | { job: number; failure: string }
  | { job: number; duplicate: true; hash: string; copy: ArticleCopy };

export interface JobTally {
  claimed: number;
  stored: number;
  duplicates: number;
  /** Duplicates that were new copies of their text (another URL, outlet or date). */
  copies: number;
  failed: number;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly client: pg.Client;
  private connected: Promise<unknown> | null = null;
  /** One connection, one transaction at a time: calls queue here instead of interleaving. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(readonly url: string) {
    // Named by process id, so an operator (or a test) can tell the workers apart in pg_stat_activity.
    this.client = new pg.Client({ connectionString: url, application_name: `detente-${process.pid}` });
    // A dropped connection surfaces on the next query; without a listener it would crash the process.
    this.client.on('error', () => {});
  }

  private serial<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const run = this.tail.then(async () => {
      this.connected ??= this.client.connect();
      await this.connected;
      return work(this.client);
    });
    this.tail = run.catch(() => {});
    return run;
  }

  private async transaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    try {
      const result = await work();
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  private async all(client: pg.ClientBase, query: Sql | string, params: Params = {}): Promise<Row[]> {
    const { sql, params: bound } = typeof query === 'string' ? { sql: query, params } : query;
    const { text, values } = toPositional(sql, bound);
    return (await client.query(text, values)).rows as Row[];
  }

  migrate(): Promise<number[]> {
    return this.serial(async (client) => {
      // Several workers may start together: the lock makes them apply each migration once.
      await client.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, MIGRATE_LOCK]);
      try {
        await client.query(MIGRATIONS_TABLE);
        const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
        const applied: number[] = [];
        for (const migration of migrations('postgres')) {
          if (done.has(migration.version)) continue;
          await this.transaction(client, async () => {
            for (const statement of migration.statements) await client.query(statement);
            await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
              migration.version,
              migration.name,
              new Date().toISOString(),
            ]);
          });
          applied.push(migration.version);
        }
        return applied;
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, MIGRATE_LOCK]);
      }
    });
  }

  hasArticle(hash: string): Promise<boolean> {
    return this.serial(async (client) => (await this.all(client, HAS_ARTICLE, { hash })).length > 0);
  }

  saveArticle(analysis: Analysis, hash: string): Promise<boolean> {
    return this.saveRecord(articleRecord(analysis, hash));
  }

  /**
   * Writes the rows of several articles inside the caller's transaction: the articles with one
   * INSERT (a hash already stored adds no row, only its copy), everything else with COPY.
   */
  private async insertRecords(client: pg.ClientBase, records: ArticleRecord[]): Promise<boolean[]> {
    const now = new Date().toISOString();
    const inserted = await insertMany(client, 'articles', ARTICLE_COLUMNS, records.map((record) => articleValues(record, now)), ' ON CONFLICT (hash) DO NOTHING RETURNING id, hash');
    const ids = new Map(inserted.map((row) => [String(row.hash), Number(row.id)]));
    // A hash twice in one batch is inserted once, by its first record.
    const stored = records.map((record, i) => ids.has(record.hash) && records.findIndex((r) => r.hash === record.hash) === i);
    const fresh = records.flatMap((record, i) => (stored[i] ? [{ id: ids.get(record.hash)!, record }] : []));
    await copyRows(client, 'article_copies', COPY_COLUMNS, fresh.map(({ id, record }) => copyValues(id, record, now)));
    // After the new articles' own copies, so that the same copy twice in a batch is recognised.
    for (const [i, record] of records.entries()) if (!stored[i]) await this.addCopy(client, record.hash, record);
    await copyRows(client, 'actors', ACTOR_COLUMNS, fresh.flatMap(({ id, record }) => actorValues(id, record)));
    await copyRows(client, 'events', EVENT_COLUMNS, fresh.flatMap(({ id, record }) => record.events.map((e) => eventValues(id, e))));
    await copyRows(client, 'event_mentions', MENTION_COLUMNS, fresh.flatMap(({ id, record }) => mentionValues(id, record)));
    return stored;
  }

  saveRecord(record: ArticleRecord): Promise<boolean> {
    return this.saveRecords([record]).then(([stored]) => stored!);
  }

  saveRecords(records: ArticleRecord[]): Promise<boolean[]> {
    if (records.length === 0) return Promise.resolve([]);
    return this.serial((client) => this.transaction(client, () => this.insertRecords(client, records)));
  }

  private async addCopy(client: pg.ClientBase, hash: string, copy: ArticleCopy): Promise<'added' | 'known' | 'missing'> {
    const [added] = await this.all(client, INSERT_COPY, copyParams(hash, copy));
    if (added) {
      await this.all(client, UNMERGE_ARTICLE, { article: Number(added.article_id) });
      return 'added';
    }
    return (await this.all(client, HAS_ARTICLE, { hash })).length ? 'known' : 'missing';
  }

  recordCopy(hash: string, copy: ArticleCopy): Promise<'added' | 'known' | 'missing'> {
    return this.serial((client) => this.transaction(client, () => this.addCopy(client, hash, copy)));
  }

  pendingMergeKeys(): Promise<PendingKey[]> {
    return this.serial(async (client) => (await this.all(client, PENDING_KEYS)).map(pendingKeyFromRow));
  }

  remergeKeys(keys: MergeKey[], merger: Merger): Promise<number> {
    return this.serial((client) =>
      this.transaction(client, async () => {
        // Workers finishing together may merge the same keys: one at a time, each seeing the other's result.
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, MERGE_LOCK]);
        let events = 0;
        for (const key of keys) events += await this.mergeKey(client, key, merger);
        return events;
      }),
    );
  }

  /** Reads what the merger needs of one key, applies its plan; returns the events re-clustered. */
  private async mergeKey(client: pg.ClientBase, key: MergeKey, merger: Merger): Promise<number> {
    const reads = mergePlan(key, merger);
    let step = reads.next();
    while (!step.done) step = reads.next(await this.all(client, step.value));
    const plan = step.value;
    for (const remove of planDeletes(key, plan)) await this.all(client, remove);
    const groups = plan.groups;
    if (groups.length === 0) return 0;
    await client.query(
      `UPDATE events SET merged_id = m.merged FROM unnest($1::bigint[], $2::bigint[]) AS m(event, merged) WHERE events.id = m.event`,
      [groups.flatMap((g) => g.members), groups.flatMap((g) => g.members.map(() => g.id))],
    );
    const params = groups.map(mergedParams);
    // The arrays' types follow CLUSTER_COLUMNS: day, week, precision, the three counts, is_root, added, window.
    await client.query(
      `INSERT INTO merged_events (id, ${CODED_COLUMNS.join(', ')}, stance, ${CLUSTER_COLUMNS.join(', ')})
        SELECT g.id, ${CODED_COLUMNS.map((column) => `e.${column}`).join(', ')}, e.stance, ${CLUSTER_COLUMNS.map((column) => `g.${column}`).join(', ')}
        FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::text[], $11::text[])
          AS g(id, representative, ${CLUSTER_COLUMNS.join(', ')})
        JOIN events e ON e.id = g.representative`,
      ['id', 'representative', ...CLUSTER_COLUMNS].map((column) => params.map((p) => p[column])),
    );
    return planSize(plan);
  }

  dyadAggregates(query: DyadQuery): Promise<DyadAggregate[]> {
    return this.serial(async (client) => {
      const directions = query.directed ? [false] : [false, true];
      const results: DyadAggregate[] = [];
      for (const reverse of directions) results.push(...(await this.all(client, dyadSql(query, reverse))).map(dyadFromRow));
      return results;
    });
  }

  private async attachMentions(client: pg.ClientBase, rows: Row[]): Promise<MergedEvent[]> {
    if (rows.length === 0) return [];
    return withMentions(rows, await this.all(client, mentionsSql(rows.map((row) => Number(row.id)))));
  }

  events(filter: EventFilter): Promise<MergedEvent[]> {
    return this.serial(async (client) => this.attachMentions(client, await this.all(client, eventsSql(filter))));
  }

  async *allEvents(pageSize = 500): AsyncIterable<MergedEvent> {
    for (let after = 0; ; ) {
      const page = await this.serial(async (client) => {
        const rows = await this.all(client, EVENTS_PAGE, { after, limit: pageSize });
        return { last: rows.length ? Number(rows.at(-1)!.id) : null, events: await this.attachMentions(client, rows) };
      });
      if (page.last === null) return;
      yield* page.events;
      after = page.last;
    }
  }

  counts(): Promise<StoreCounts> {
    return this.serial(async (client) => {
      const row = (await this.all(client, COUNTS))[0]!;
      return { articles: Number(row.articles), events: Number(row.events), merged: Number(row.merged) };
    });
  }

  /** Adds ingest jobs; workers claim them in id order. */
  enqueue(jobs: { origin: string; payload: string }[]): Promise<number> {
    if (jobs.length === 0) return Promise.resolve(0);
    const now = new Date().toISOString();
    return this.serial(async (client) => {
      await copyRows(client, 'jobs', ['origin', 'payload', 'created_at'], jobs.map((job) => [job.origin, job.payload, now]));
      return jobs.length;
    });
  }

  /**
   * Claims up to `limit` pending jobs, runs them and stores their results in one transaction. The row
   * locks taken by FOR UPDATE SKIP LOCKED hide the jobs from other workers until the commit; if this
   * process dies first, PostgreSQL rolls the transaction back when the connection drops and the jobs
   * are pending again.
   */
  processJobs(limit: number, run: (jobs: Job[], isStored: (hash: string) => Promise<boolean>) => Promise<JobOutcome[]>): Promise<JobTally> {
    return this.serial((client) =>
      this.transaction(client, async () => {
        const jobs = (
          await client.query(`SELECT id, origin, payload FROM jobs WHERE status = 'pending' ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit])
        ).rows.map((row) => ({ id: Number(row.id), origin: String(row.origin), payload: String(row.payload) }));
        const tally: JobTally = { claimed: jobs.length, stored: 0, duplicates: 0, copies: 0, failed: 0 };
        if (jobs.length === 0) return tally;
        const isStored = async (hash: string) => (await this.all(client, HAS_ARTICLE, { hash })).length > 0;
        for (const outcome of await run(jobs, isStored)) {
          let status: string;
          let error: string | null = null;
          if ('failure' in outcome) {
            status = 'failed';
            error = outcome.failure;
          } else {
            // A savepoint keeps one bad article from undoing the rest of the batch.
            await client.query('SAVEPOINT article');
            try {
              const stored = await this.storeOutcome(client, outcome);
              await client.query('RELEASE SAVEPOINT article');
              if (stored === 'retry') continue;
              if (stored === 'copy') tally.copies++;
              status = stored === 'stored' ? 'stored' : 'duplicate';
            } catch (failure) {
              await client.query('ROLLBACK TO SAVEPOINT article');
              // Two workers storing the same text in crossing orders deadlock; the loser's job stays
              // pending and is claimed again once the winner has committed, to be found a duplicate.
              if ((failure as { code?: string }).code === DEADLOCK) continue;
              status = 'failed';
              error = failure instanceof Error ? failure.message : String(failure);
            }
          }
          tally[status === 'stored' ? 'stored' : status === 'duplicate' ? 'duplicates' : 'failed']++;
          await client.query('UPDATE jobs SET status = $2, error = $3, finished_at = $4 WHERE id = $1', [outcome.job, status, error, new Date().toISOString()]);
        }
        return tally;
      }),
    );
  }

  /**
   * Stores a job's article, or the copy a duplicate is: 'retry' when the copy's text, analysed in
   * this batch, could not be stored (the job stays pending and finds it stored next time).
   */
  private async storeOutcome(
    client: pg.ClientBase,
    outcome: Exclude<JobOutcome, { failure: string }>,
  ): Promise<'stored' | 'duplicate' | 'copy' | 'retry'> {
    if ('record' in outcome) return (await this.insertRecords(client, [outcome.record]))[0] ? 'stored' : 'duplicate';
    const copy = await this.addCopy(client, outcome.hash, outcome.copy);
    return copy === 'missing' ? 'retry' : copy === 'added' ? 'copy' : 'duplicate';
  }

  /** Jobs by status, for progress and summaries. */
  jobCounts(): Promise<Record<string, number>> {
    return this.serial(async (client) => {
      const rows = (await client.query('SELECT status, COUNT(*) AS n FROM jobs GROUP BY status')).rows;
      return Object.fromEntries(rows.map((row) => [String(row.status), Number(row.n)]));
    });
  }

  async close(): Promise<void> {
    await this.tail;
    if (this.connected) await this.client.end();
  }
}
