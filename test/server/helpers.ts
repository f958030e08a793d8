// A fresh store and catalog (a temporary SQLite file unless told otherwise), and JSON request helpers for app.request().
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp } from '../../src/server/app.ts';
import { type ArticleCatalog, openCatalog } from '../../src/server/catalog.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  catalog: ArticleCatalog;
  close(): Promise<void>;
}

/** `db`: a postgres:// URL or a SQLite path; a temporary SQLite file by default. */
export async function testApp(options: Partial<AppOptions> = {}, db = join(mkdtempSync(join(tmpdir(), 'detente-api-')), 'test.db')): Promise<TestApp> {
  const store = await openStore(db);
  const catalog = openCatalog(db);
  const app = createApp({ store, catalog, token: null, ...options });
  return { app, store, catalog, close: async () => void (await Promise.all([catalog.close(), store.close()])) };
}

export function postJson(app: TestApp['app'], path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
