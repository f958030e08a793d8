// The PostgreSQL store: the same schema and queries as SQLite, plus the job queue that lets
// several `detente worker` processes share one database.
import pg from 'pg';
import type { Analysis } from '../types.ts';
import {
  ACTOR_COLUMNS,
  actorValues,
  ARTICLE_COLUMNS,
  articleValues,
  COUNTS,
  candidateFromRow,
  DELETE_KEY_MERGED,
  dyadFromRow,
  dyadSql,
  EVENT_COLUMNS,
  EVENTS_PAGE,
  eventsSql,
  eventValues,
  HAS_ARTICLE,
  KEY_CANDIDATES,
  keyFromRow,
  keyParams,
  MENTION_COLUMNS,
  mentionsSql,
  mentionValues,
  PENDING_KEYS,
  type Params,
  type Row,
  type Sql,
  type Value,
  withMentions,
} from './queries.ts';
import { articleRecord } from './record.ts';
import { MIGRATIONS_TABLE, migrations } from './schema.ts';
import type {
  ArticleRecord,
  DyadAggregate,
  DyadQuery,
  EventFilter,
  MergeCandidate,
  MergedEvent,
  MergeGroup,
  MergeKey,
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

async function insertMany(client: pg.ClientBase, table: string, columns: string[], rows: Value[][], suffix = ''): Promise<pg.QueryResult> {
  let result: pg.QueryResult | undefined;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const tuples = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
    result = await client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}${suffix}`, chunk.flat());
  }
  return result!;
}

/** A claimed job: its payload is what `detente ingest --enqueue` stored. */
export interface Job {
  id: number;
  origin: string;
  payload: string;
}

export type JobOutcome = { job: number; record: ArticleRecord } | { job: number; failure: string } | { job: number; duplicate: true };

export interface JobTally {
  claimed: number;
  stored: number;
  duplicates: number;
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

  /** Writes the rows of one article inside the caller's transaction; false when its hash is stored. */
  private async insertRecord(client: pg.ClientBase, record: ArticleRecord): Promise<boolean> {
    const inserted = await insertMany(client, 'articles', ARTICLE_COLUMNS, [articleValues(record, new Date().toISOString())], ' ON CONFLICT (hash) DO NOTHING RETURNING id');
    if (inserted.rowCount === 0) return false;
    const articleId = Number(inserted.rows[0].id);
    const actors = actorValues(articleId, record);
    if (actors.length) await insertMany(client, 'actors', ACTOR_COLUMNS, actors);
    if (record.events.length) await insertMany(client, 'events', EVENT_COLUMNS, record.events.map((e) => eventValues(articleId, e)));
    const mentions = mentionValues(articleId, record);
    if (mentions.length) await insertMany(client, 'event_mentions', MENTION_COLUMNS, mentions);
    return true;
  }

  saveRecord(record: ArticleRecord): Promise<boolean> {
    return this.serial((client) => this.transaction(client, () => this.insertRecord(client, record)));
  }

  pendingMergeKeys(): Promise<MergeKey[]> {
    return this.serial(async (client) => (await this.all(client, PENDING_KEYS)).map(keyFromRow));
  }

  remergeKeys(keys: MergeKey[], cluster: (events: MergeCandidate[]) => MergeGroup[]): Promise<void> {
    return this.serial((client) =>
      this.transaction(client, async () => {
        // Workers finishing together may merge the same keys: one at a time, each seeing the other's result.
        await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, MERGE_LOCK]);
        for (const key of keys) await this.remergeKey(client, key, cluster);
      }),
    );
  }

  private async remergeKey(client: pg.ClientBase, key: MergeKey, cluster: (events: MergeCandidate[]) => MergeGroup[]): Promise<void> {
    const groups = cluster((await this.all(client, KEY_CANDIDATES, keyParams(key))).map(candidateFromRow));
    await this.all(client, DELETE_KEY_MERGED, keyParams(key));
    if (groups.length === 0) return;
    await client.query(
      `UPDATE events SET merged_id = m.merged FROM unnest($1::bigint[], $2::bigint[]) AS m(event, merged) WHERE events.id = m.event`,
      [groups.flatMap((g) => g.members), groups.flatMap((g) => g.members.map(() => g.id))],
    );
    await client.query(
      `INSERT INTO merged_events (id, source_code, source_name, source_country, source_agent, target_code, target_name,
          target_country, target_agent, cameo, root, goldstein, quad_class, plover, stance, day, week, precision,
          num_mentions, num_articles, num_sources, is_root, added)
        SELECT g.id, e.source_code, e.source_name, e.source_country, e.source_agent, e.target_code, e.target_name,
          e.target_country, e.target_agent, e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.stance, g.day, g.week,
          g.precision, g.mentions, g.articles, g.sources, g.is_root, g.added
        FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[], $10::text[])
          AS g(id, representative, day, week, precision, mentions, articles, sources, is_root, added)
        JOIN events e ON e.id = g.representative`,
      [
        groups.map((g) => g.id),
        groups.map((g) => g.representative),
        groups.map((g) => g.day),
        groups.map((g) => g.week),
        groups.map((g) => g.precision),
        groups.map((g) => g.numMentions),
        groups.map((g) => g.numArticles),
        groups.map((g) => g.numSources),
        groups.map((g) => (g.isRoot ? 1 : 0)),
        groups.map((g) => g.added),
      ],
    );
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
      await insertMany(client, 'jobs', ['origin', 'payload', 'created_at'], jobs.map((job) => [job.origin, job.payload, now]));
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
        const tally: JobTally = { claimed: jobs.length, stored: 0, duplicates: 0, failed: 0 };
        if (jobs.length === 0) return tally;
        const isStored = async (hash: string) => (await this.all(client, HAS_ARTICLE, { hash })).length > 0;
        for (const outcome of await run(jobs, isStored)) {
          let status = 'failed';
          let error: string | null = null;
          if ('record' in outcome) {
            // A savepoint keeps one bad article from undoing the rest of the batch.
            await client.query('SAVEPOINT article');
            try {
              status = (await this.insertRecord(client, outcome.record)) ? 'stored' : 'duplicate';
              await client.query('RELEASE SAVEPOINT article');
            } catch (failure) {
              await client.query('ROLLBACK TO SAVEPOINT article');
              // Two workers storing the same text in crossing orders deadlock; the loser's job stays
              // pending and is claimed again once the winner has committed, to be found a duplicate.
              if ((failure as { code?: string }).code === DEADLOCK) continue;
              error = failure instanceof Error ? failure.message : String(failure);
            }
          } else if ('duplicate' in outcome) status = 'duplicate';
          else error = outcome.failure;
          if (status === 'stored') tally.stored++;
          else if (status === 'duplicate') tally.duplicates++;
          else tally.failed++;
          await client.query('UPDATE jobs SET status = $2, error = $3, finished_at = $4 WHERE id = $1', [outcome.job, status, error, new Date().toISOString()]);
        }
        return tally;
      }),
    );
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
