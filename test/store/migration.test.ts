// A database written by an older schema opens, migrates and still reads: built here at schema
// version 2, whose `analysis` column held the plain JSON, then opened by the current store.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openCatalog } from '../../src/server/catalog.ts';
import { openStore } from '../../src/store/open.ts';
import { contentHash } from '../../src/store/record.ts';
import { type Dialect, MIGRATIONS_TABLE, migrations } from '../../src/store/schema.ts';
import { makeAnalysis } from './analyses.ts';
import { type PostgresServer, startPostgres } from './postgres-server.ts';

const LEGACY_VERSION = 2;

const legacy = makeAnalysis({
  title: 'Ministers meet in Nairobi',
  publisher: 'Old Wire',
  published: '2023-06-01',
  events: [{ source: 'KENGOV', target: 'ETHGOV', cameo: '040', sentence: 'Kenyan and Ethiopian ministers met in Nairobi.', trigger: 'met' }],
});
const fresh = makeAnalysis({
  title: 'Talks resume in Doha',
  publisher: 'New Wire',
  published: '2024-02-01',
  events: [{ source: 'QATGOV', target: 'AFGGOV', cameo: '043', sentence: 'Qatari envoys hosted Afghan officials in Doha.', trigger: 'hosted' }],
});

/** The statements that built a database at `LEGACY_VERSION`, and an article stored the way it stored one. */
function legacyScript(dialect: Dialect): { sql: string; params: unknown[] }[] {
  const steps = migrations(dialect).filter((migration) => migration.version <= LEGACY_VERSION);
  const placeholders = (count: number) => Array.from({ length: count }, (_, i) => (dialect === 'postgres' ? `$${i + 1}` : '?')).join(', ');
  return [
    { sql: MIGRATIONS_TABLE, params: [] },
    ...steps.flatMap((migration) => migration.statements.map((sql) => ({ sql, params: [] }))),
    ...steps.map((migration) => ({
      sql: `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${placeholders(3)})`,
      params: [migration.version, migration.name, '2024-01-01T00:00:00Z'],
    })),
    {
      sql: `INSERT INTO articles (hash, title, publisher, published, language, text, analysis, ingested_at) VALUES (${placeholders(8)})`,
      params: [contentHash(legacy.article.text), legacy.article.title, legacy.article.publisher, legacy.article.published, 'eng', legacy.article.text, JSON.stringify(legacy), '2024-01-01T00:00:00Z'],
    },
  ];
}

async function checkMigrated(db: string): Promise<void> {
  const store = await openStore(db);
  await store.saveArticle(fresh, contentHash(fresh.article.text));
  await store.close();
  const catalog = openCatalog(db);
  try {
    const oldId = await catalog.idByHash(contentHash(legacy.article.text));
    const newId = await catalog.idByHash(contentHash(fresh.article.text));
    assert.equal((await catalog.get(oldId!))?.analysis.article.title, 'Ministers meet in Nairobi', 'the JSON stored before the migration');
    assert.equal((await catalog.get(newId!))?.analysis.article.title, 'Talks resume in Doha', 'the gzipped analysis stored after it');
    assert.deepEqual((await catalog.get(newId!))?.analysis.events, fresh.events);
  } finally {
    await catalog.close();
  }
}

describe('a schema version 2 database migrates and keeps its analyses readable', () => {
  test('sqlite', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'detente-migrate-')), 'old.db');
    const db = new Database(path);
    for (const { sql, params } of legacyScript('sqlite')) db.prepare(sql).run(...params);
    db.close();
    await checkMigrated(path);
  });

  describe('postgres', () => {
    let server: PostgresServer;
    before(async () => {
      server = await startPostgres();
    });
    after(() => server?.stop());
    test('postgres', async () => {
      const url = await server.database('legacy');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const { sql, params } of legacyScript('postgres')) await client.query(sql, params);
      await client.end();
      await checkMigrated(url);
    });
  });
});
