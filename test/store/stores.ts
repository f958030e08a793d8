// Runs a test suite once against SQLite and once against PostgreSQL (one embedded server per test
// file, a fresh database per store opened).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { type PostgresServer, startPostgres } from './postgres-server.ts';

export type StoreKind = 'sqlite' | 'postgres';

/** Opens a fresh, migrated store; `db` is its --db value for the CLI. */
export type OpenFresh = () => Promise<{ store: Store; db: string }>;

export function forEachStore(suite: (open: OpenFresh, kind: StoreKind) => void): void {
  describe('sqlite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detente-store-'));
    let count = 0;
    suite(async () => {
      const db = join(dir, `store-${++count}.db`);
      return { store: await openStore(db), db };
    }, 'sqlite');
  });
  describe('postgres', () => {
    let server: PostgresServer;
    let count = 0;
    before(async () => {
      server = await startPostgres();
    });
    after(() => server?.stop());
    suite(async () => {
      const db = await server.database(`store_${++count}`);
      return { store: await openStore(db), db };
    }, 'postgres');
  });
}
