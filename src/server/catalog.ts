// Article listing and lookup for the API. The corpus Store writes articles and queries events but
// does not list or read articles back, so this adapter reads the same tables over its own
// connection (a read-only one for SQLite; WAL lets it read while the store writes).
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../store/open.ts';
import { toPositional } from '../store/postgres.ts';
import { codeRange, type Params, type Row } from '../store/queries.ts';
import { unpackAnalysis } from '../store/record.ts';
import type { Analysis } from '../types.ts';

export interface ArticleQuery {
  /** Words searched for in the title and text (case-insensitive substring). */
  q?: string;
  publisher?: string;
  /** Articles with an actor whose code starts with this ("USA" covers USAGOV). */
  actor?: string;
  /** Publication date bounds, inclusive (YYYY-MM-DD). */
  since?: string;
  until?: string;
  page: number;
  pageSize: number;
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  language: string;
  /** The start of the text, for a list entry. */
  snippet: string;
  events: number;
  ingestedAt: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface StoredArticle {
  id: number;
  hash: string;
  ingestedAt: string;
  analysis: Analysis;
}

export interface ActorCount {
  code: string;
  name: string;
  articles: number;
}

export interface ArticleCatalog {
  list(query: ArticleQuery): Promise<ArticlePage>;
  get(id: number): Promise<StoredArticle | null>;
  idByHash(hash: string): Promise<number | null>;
  /** Actor codes found in the corpus, most widely reported first. */
  actors(limit: number): Promise<ActorCount[]>;
  close(): Promise<void>;
}


interface Reader {
  all(sql: string, params: Params): Promise<Row[]>;
  close(): Promise<void>;
}

const SNIPPET_CHARS = 240;

function sqliteReader(path: string): Reader {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return {
    all: async (sql, params) => db.prepare(sql).all(params) as Row[],
    close: async () => {
      db.close();
    },
  };
}

function postgresReader(url: string): Reader {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // A dropped connection surfaces on the next query; without a listener it would crash the process.
  pool.on('error', () => {});
  return {
    all: async (sql, params) => {
      const { text, values } = toPositional(sql, params);
      return (await pool.query(text, values)).rows as Row[];
    },
    close: () => pool.end(),
  };
}

/** LIKE pattern for a substring, with the pattern characters escaped. */
function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function whereClause(query: ArticleQuery, params: Params): string {
  const where: string[] = [];
  if (query.q?.trim()) {
    params.q = containsPattern(query.q.trim());
    where.push("(lower(coalesce(a.title, '')) LIKE @q ESCAPE '\\' OR lower(a.text) LIKE @q ESCAPE '\\')");
  }
  if (query.publisher) {
    params.publisher = query.publisher;
    where.push('a.publisher = @publisher');
  }
  if (query.actor) {
    where.push(`EXISTS (SELECT 1 FROM actors ac WHERE ac.article_id = a.id AND ${codeRange('ac.code', 'actor', query.actor, params)})`);
  }
  if (query.since) {
    params.since = query.since;
    where.push('a.published >= @since');
  }
  if (query.until) {
    params.until = query.until;
    where.push('a.published <= @until');
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

function summary(row: Row): ArticleSummary {
  return {
    id: Number(row.id),
    title: text(row.title),
    publisher: text(row.publisher),
    published: text(row.published),
    url: text(row.url),
    language: String(row.language),
    snippet: String(row.snippet).replace(/\s+/g, ' ').trim(),
    events: Number(row.events),
    ingestedAt: String(row.ingested_at),
  };
}

/** Opens the catalog for a --db value: a postgres:// URL or a SQLite file (which must exist). */
export function openCatalog(db: string): ArticleCatalog {
  const reader = isPostgresUrl(db) ? postgresReader(db) : sqliteReader(db);
  return {
    async list(query) {
      const params: Params = {};
      const where = whereClause(query, params);
      const [count] = await reader.all(`SELECT COUNT(*) AS total FROM articles a ${where}`, params);
      const rows = await reader.all(
        `SELECT a.id, a.title, a.publisher, a.published, a.url, a.language, a.ingested_at,
            substr(a.text, 1, ${SNIPPET_CHARS}) AS snippet,
            (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events
          FROM articles a ${where}
          ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT @limit OFFSET @offset`,
        { ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      );
      return { items: rows.map(summary), total: Number(count?.total ?? 0), page: query.page, pageSize: query.pageSize };
    },
    async get(id) {
      const [row] = await reader.all('SELECT id, hash, ingested_at, analysis FROM articles WHERE id = @id', { id });
      if (!row) return null;
      return { id: Number(row.id), hash: String(row.hash), ingestedAt: String(row.ingested_at), analysis: unpackAnalysis(row.analysis) };
    },
    async idByHash(hash) {
      const [row] = await reader.all('SELECT id FROM articles WHERE hash = @hash', { hash });
      return row ? Number(row.id) : null;
    },
    async actors(limit) {
      const rows = await reader.all(
        `SELECT code, MIN(name) AS name, COUNT(DISTINCT article_id) AS articles FROM actors
          GROUP BY code ORDER BY articles DESC, code LIMIT @limit`,
        { limit },
      );
      return rows.map((row) => ({ code: String(row.code), name: String(row.name), articles: Number(row.articles) }));
    },
    close: () => reader.close(),
  };
}
