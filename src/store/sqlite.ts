// The default store: one SQLite file in WAL mode (readers never block the single writer).
import Database from 'better-sqlite3';
import type { Analysis } from '../types.ts';
import {
  ACTOR_COLUMNS,
  actorValues,
  ARTICLE_COLUMNS,
  articleValues,
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
  INSERT_MERGED,
  pendingKeyFromRow,
  MENTION_COLUMNS,
  mentionsSql,
  mentionValues,
  mergedParams,
  mergePlan,
  planDeletes,
  planSize,
  PENDING_KEYS,
  type Params,
  type Row,
  type Sql,
  UNMERGE_ARTICLE,
  withMentions,
} from './queries.ts';
import { articleRecord } from './record.ts';
import { MIGRATIONS_TABLE, migrations } from './schema.ts';
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
  MergePlan,
  Store,
  StoreCounts,
} from './types.ts';

function insertSql(table: string, columns: string[], conflict = ''): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${conflict}`;
}

const INSERT_ARTICLE = insertSql('articles', ARTICLE_COLUMNS, ' ON CONFLICT (hash) DO NOTHING RETURNING id');
const INSERT_ACTOR = insertSql('actors', ACTOR_COLUMNS);
const INSERT_EVENT = insertSql('events', EVENT_COLUMNS);
const INSERT_MENTION = insertSql('event_mentions', MENTION_COLUMNS);
const INSERT_COPY_ROW = insertSql('article_copies', COPY_COLUMNS);
const SET_MERGED = 'UPDATE events SET merged_id = @id WHERE id = @member';

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL loses no committed transaction when the process dies, only on power loss.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    // 64 MB of page cache (the default is 2 MB): the event indexes of a large corpus stay in memory.
    this.db.pragma('cache_size = -65536');
    // Statement journals in memory: on disk, every INSERT … SELECT of a merge wrote each page it
    // touched to a temporary file first (a dozen writes per merged event, most of the merge's time).
    this.db.pragma('temp_store = MEMORY');
  }

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private all(query: Sql | string, params: Params = {}): Row[] {
    const { sql, params: bound } = typeof query === 'string' ? { sql: query, params } : query;
    return this.prepared(sql).all(bound) as Row[];
  }

  async migrate(): Promise<number[]> {
    this.db.exec(MIGRATIONS_TABLE);
    const apply = this.db.transaction(() => {
      const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
      const applied: number[] = [];
      for (const migration of migrations('sqlite')) {
        if (done.has(migration.version)) continue;
        for (const statement of migration.statements) this.db.exec(statement);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(migration.version, migration.name, new Date().toISOString());
        applied.push(migration.version);
      }
      return applied;
    });
    // IMMEDIATE takes the write lock first, so two processes migrating at once cannot both apply a step.
    return apply.immediate();
  }

  async hasArticle(hash: string): Promise<boolean> {
    return this.prepared(HAS_ARTICLE).get({ hash }) !== undefined;
  }

  async saveArticle(analysis: Analysis, hash: string): Promise<boolean> {
    return this.saveRecord(articleRecord(analysis, hash));
  }

  private readonly insertRecord = (record: ArticleRecord): boolean => {
    const now = new Date().toISOString();
    const inserted = this.prepared(INSERT_ARTICLE).get(articleValues(record, now)) as { id: number } | undefined;
    if (!inserted) {
      this.addCopy(record.hash, record);
      return false;
    }
    const articleId = inserted.id;
    this.prepared(INSERT_COPY_ROW).run(copyValues(articleId, record, now));
    for (const values of actorValues(articleId, record)) this.prepared(INSERT_ACTOR).run(values);
    for (const event of record.events) this.prepared(INSERT_EVENT).run(eventValues(articleId, event));
    for (const values of mentionValues(articleId, record)) this.prepared(INSERT_MENTION).run(values);
    return true;
  };

  private readonly insertRecords = (records: ArticleRecord[]): boolean[] => records.map(this.insertRecord);

  async saveRecord(record: ArticleRecord): Promise<boolean> {
    return this.db.transaction(this.insertRecord).immediate(record);
  }

  async saveRecords(records: ArticleRecord[]): Promise<boolean[]> {
    return this.db.transaction(this.insertRecords).immediate(records);
  }

  private addCopy(hash: string, copy: ArticleCopy): 'added' | 'known' | 'missing' {
    const added = this.prepared(INSERT_COPY).get(copyParams(hash, copy)) as { article_id: number } | undefined;
    if (added) {
      this.prepared(UNMERGE_ARTICLE).run({ article: added.article_id });
      return 'added';
    }
    return this.prepared(HAS_ARTICLE).get({ hash }) ? 'known' : 'missing';
  }

  async recordCopy(hash: string, copy: ArticleCopy): Promise<'added' | 'known' | 'missing'> {
    // Most texts of a corpus are new: a read answers them without taking the write lock. A text
    // another process stores meanwhile is caught when its record is saved (a conflict, recorded as a copy).
    if (!this.prepared(HAS_ARTICLE).get({ hash })) return 'missing';
    return this.db.transaction(() => this.addCopy(hash, copy)).immediate();
  }

  async pendingMergeKeys(): Promise<PendingKey[]> {
    return this.all(PENDING_KEYS).map(pendingKeyFromRow);
  }

  /** Reads what the merger needs of one key and plans its merge. */
  private planKey(key: MergeKey, merger: Merger): MergePlan {
    const reads = mergePlan(key, merger);
    let step = reads.next();
    while (!step.done) step = reads.next(this.all(step.value));
    return step.value;
  }

  async remergeKeys(keys: MergeKey[], merger: Merger): Promise<number> {
    return this.db
      .transaction(() => {
        // Keys share no rows, so all can be planned before any is written: the events' merged ids are
        // then set in id order, page after page, where key by key they fell all over the table.
        const plans = keys.map((key) => this.planKey(key, merger));
        const assign: [number, number][] = [];
        for (const [i, plan] of plans.entries()) {
          for (const remove of planDeletes(keys[i]!, plan)) this.prepared(remove.sql).run(remove.params);
          for (const group of plan.groups) {
            for (const member of group.members) assign.push([member, group.id]);
            this.prepared(INSERT_MERGED).run(mergedParams(group));
          }
        }
        assign.sort((a, b) => a[0] - b[0]);
        const update = this.prepared(SET_MERGED);
        for (const [member, id] of assign) update.run({ id, member });
        return plans.reduce((sum, plan) => sum + planSize(plan), 0);
      })
      .immediate();
  }

  async dyadAggregates(query: DyadQuery): Promise<DyadAggregate[]> {
    const directions = query.directed ? [false] : [false, true];
    return directions.flatMap((reverse) => this.all(dyadSql(query, reverse)).map(dyadFromRow));
  }

  private attachMentions(rows: Row[]): MergedEvent[] {
    if (rows.length === 0) return [];
    // Not cached: the statement's shape changes with the number of ids.
    const query = mentionsSql(rows.map((row) => Number(row.id)));
    return withMentions(rows, this.db.prepare(query.sql).all(query.params) as Row[]);
  }

  async events(filter: EventFilter): Promise<MergedEvent[]> {
    return this.attachMentions(this.all(eventsSql(filter)));
  }

  async *allEvents(pageSize = 500): AsyncIterable<MergedEvent> {
    for (let after = 0; ; ) {
      const rows = this.all(EVENTS_PAGE, { after, limit: pageSize });
      if (rows.length === 0) return;
      yield* this.attachMentions(rows);
      after = Number(rows.at(-1)!.id);
    }
  }

  async counts(): Promise<StoreCounts> {
    const row = this.all(COUNTS)[0]!;
    return { articles: Number(row.articles), events: Number(row.events), merged: Number(row.merged) };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
