// Chooses the store from `--db` or DETENTE_DB: a postgres:// URL, else a SQLite file path.
import { InputError } from '../errors.ts';
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export const DEFAULT_DB = './detente.db';

export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/** The database named by the option, else by DETENTE_DB, else ./detente.db. */
export function resolveDb(option: string | undefined): string {
  return option ?? process.env.DETENTE_DB ?? DEFAULT_DB;
}

/** The database as named in messages: a URL's password is not echoed to logs. */
function shown(db: string): string {
  if (!isPostgresUrl(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return 'the PostgreSQL URL';
  }
}

/** Opens the store and brings its schema up to date; an unreachable database is an InputError. */
export async function openStore(db: string): Promise<Store> {
  let store: Store | undefined;
  try {
    store = isPostgresUrl(db) ? new PostgresStore(db) : new SqliteStore(db);
    await store.migrate();
    return store;
  } catch (error) {
    await store?.close().catch(() => {});
    throw new InputError(shown(db), `cannot open the database (${error instanceof Error ? error.message : error})`);
  }
}
