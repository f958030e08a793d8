// The API answers the same over PostgreSQL as over SQLite: the article catalog, events, dyad series and
// actors are read with each backend's own SQL, so every endpoint is compared on the same stored articles.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { type PostgresServer, startPostgres } from '../store/postgres-server.ts';
import { postJson, type TestApp, testApp } from './helpers.ts';

const ARTICLES = [
  { text: readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8'), published: '2024-11-15', publisher: 'PJ Media' },
  { text: readFileSync(new URL('../fixtures/wire/india-pakistan.txt', import.meta.url), 'utf8'), published: '2025-04-29' },
  { text: readFileSync(new URL('../fixtures/wire/sudan.txt', import.meta.url), 'utf8'), published: '2025-06-12', publisher: 'Example Wire' },
];

let server: PostgresServer;
let sqlite: TestApp;
let postgres: TestApp;
before(async () => {
  server = await startPostgres();
  sqlite = await testApp();
  postgres = await testApp({}, await server.database('api'));
  for (const app of [sqlite, postgres]) {
    for (const article of ARTICLES) assert.equal((await postJson(app.app, '/api/articles', article)).status, 201);
  }
});
after(async () => {
  await Promise.all([sqlite?.close(), postgres?.close()]);
  await server?.stop();
});

/** The endpoint's JSON without the times of storing, which differ between the two stores. */
const STAMPS = new Set(['ingestedAt', 'added']);
async function answer(app: TestApp, path: string): Promise<unknown> {
  const response = await app.app.request(path);
  assert.equal(response.status, 200, `${path}: ${response.status}`);
  return JSON.parse(await response.text(), (key, value) => (STAMPS.has(key) ? undefined : value));
}

test('every read endpoint gives the same answer from PostgreSQL as from SQLite', async () => {
  // Health names its backend; the rest of it must agree.
  const { store, ...health } = (await answer(postgres, '/api/health')) as { store: string };
  const { store: sqliteStore, ...sqliteHealth } = (await answer(sqlite, '/api/health')) as { store: string };
  assert.deepEqual([store, sqliteStore], ['postgres', 'sqlite']);
  assert.deepEqual(health, sqliteHealth);
  const paths = [
    '/api/articles',
    '/api/articles?pageSize=1&page=2',
    '/api/articles?q=kashmir',
    '/api/articles?actor=SDN',
    '/api/articles?since=2025-01-01',
    '/api/articles/1',
    '/api/articles/3',
    '/api/events?limit=1000',
    '/api/events?limit=1000&negated=true',
    '/api/events?actor=PAK',
    '/api/events?dyad=USA,IRN&code=04',
    '/api/events?code=19&since=2025-01-01',
    '/api/dyads/USA/IRN/series?by=month',
    '/api/dyads/IND/PAK/series?by=day',
    '/api/actors',
  ];
  for (const path of paths) assert.deepEqual(await answer(postgres, path), await answer(sqlite, path), path);
  // The comparison means something only if the answers hold data.
  const pakistan = (await answer(postgres, '/api/events?actor=PAK')) as { items: unknown[] };
  assert.ok(pakistan.items.length >= 3, `${pakistan.items.length} events with Pakistan`);
  const found = (await answer(postgres, '/api/articles?q=kashmir')) as { items: { id: number }[] };
  assert.deepEqual(
    found.items.map((item) => item.id),
    [2],
  );
});
