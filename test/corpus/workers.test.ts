import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { generateCorpus } from '../../bench/corpus.ts';
import { type PostgresServer, startPostgres } from '../store/postgres-server.ts';
import { detente, exited, startDetente } from './cli.ts';

let server: PostgresServer;
before(async () => {
  server = await startPostgres();
});
after(() => server?.stop());

test('workers share one PostgreSQL queue; one killed mid-batch loses nothing and duplicates nothing', async () => {
  const db = await server.database('queue');
  const corpus = join(mkdtempSync(join(tmpdir(), 'detente-workers-')), 'corpus.jsonl');
  const articles = generateCorpus(48, 250, 5);
  writeFileSync(corpus, `${articles.map((a, i) => JSON.stringify({ ...a, publisher: `Outlet ${i % 4}` })).join('\n')}\n`);
  const queued = detente(['ingest', '--db', db, '--enqueue', corpus]);
  assert.equal(queued.code, 0, queued.stderr);
  assert.match(queued.stderr, /queued 48 articles/);

  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const workers = [0, 1, 2].map(() => startDetente(['worker', '--db', db, '--batch', '4']));
    const victim = workers[0]!;
    // Kill the first worker while it holds a claimed batch in an open transaction.
    for (;;) {
      const { rows } = await client.query('SELECT state FROM pg_stat_activity WHERE application_name = $1', [`detente-${victim.pid}`]);
      if (rows[0]?.state === 'idle in transaction') break;
      assert.equal(victim.exitCode, null, 'the worker was meant to be killed mid-batch');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    victim.kill('SIGKILL');
    assert.equal(await exited(victim), 'SIGKILL');
    for (const worker of workers.slice(1)) assert.equal(await exited(worker), 0);

    const jobs = await client.query('SELECT status, COUNT(*)::int AS n FROM jobs GROUP BY status');
    assert.deepEqual(jobs.rows, [{ status: 'stored', n: 48 }]);
    const stored = await client.query('SELECT COUNT(*)::int AS n, COUNT(DISTINCT hash)::int AS hashes FROM articles');
    assert.deepEqual(stored.rows[0], { n: 48, hashes: 48 });
    const unmerged = await client.query('SELECT COUNT(*)::int AS n FROM events WHERE merged_id IS NULL');
    assert.equal(unmerged.rows[0].n, 0, 'the last worker out merges the events');
  } finally {
    await client.end();
  }
});

test('a worker records a wire text queued from two outlets once, with both copies', async () => {
  const db = await server.database('copies');
  const corpus = join(mkdtempSync(join(tmpdir(), 'detente-workers-')), 'copies.jsonl');
  const [wire, other] = generateCorpus(2, 150, 31);
  const lines = [
    { ...wire, publisher: 'Manila Bulletin Wire', url: 'https://manila.example.com/w' },
    { ...other, publisher: 'Manila Bulletin Wire', url: 'https://manila.example.com/o' },
    { ...wire, publisher: 'Jakarta Ledger', url: 'https://jakarta.example.net/w' },
  ];
  writeFileSync(corpus, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  assert.equal(detente(['ingest', '--db', db, '--enqueue', corpus]).code, 0);
  const worker = detente(['worker', '--db', db, '--batch', '2']);
  assert.equal(worker.code, 0, worker.stderr);
  assert.match(worker.stderr, /stored 2, skipped 1 already stored \(1 of them new copies\), failed 0/);
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const counts = await client.query('SELECT (SELECT COUNT(*)::int FROM articles) AS articles, (SELECT COUNT(*)::int FROM article_copies) AS copies');
    assert.deepEqual(counts.rows[0], { articles: 2, copies: 3 });
  } finally {
    await client.end();
  }
});

test('worker refuses a SQLite store', () => {
  const result = detente(['worker', '--db', join(tmpdir(), 'not-postgres.db')]);
  assert.equal(result.code, 2);
});
