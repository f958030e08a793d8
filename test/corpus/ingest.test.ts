import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { generateCorpus } from '../../bench/corpus.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../../src/ingest/limits.ts';
import { ingestCorpus } from '../../src/store/corpus-ingest.ts';
import { readInputs } from '../../src/store/inputs.ts';
import { openStore } from '../../src/store/open.ts';
import type { ArticleRecord } from '../../src/store/types.ts';
import { forEachStore } from '../store/stores.ts';
import { detente, exited, FIXTURES, startDetente } from './cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'detente-corpus-'));
const MIXED = ['summit.txt', 'talks.html', 'wire.jsonl', 'digest.csv', 'folder', 'feed.xml'].map((name) => join(FIXTURES, name));
const MALFORMED = [
  `${join(FIXTURES, 'digest.csv')}:4: field "published" is not a date: "the ides of March"`,
  `${join(FIXTURES, 'wire.jsonl')}:3: invalid JSON`,
  `${join(FIXTURES, 'wire.jsonl')}:5: has neither text nor html`,
];

forEachStore((open) => {
  test('mixed inputs are ingested once: a rerun stores nothing twice; malformed records are listed by line', async () => {
    const { store, db } = await open();
    await store.close();
    const first = detente(['ingest', '--jobs', '1', '--db', db, ...MIXED]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /read 15, stored 12, skipped 0 already stored, failed 3/);
    for (const line of MALFORMED) assert.ok(first.stderr.includes(`failed: ${line}`), `${line} in\n${first.stderr}`);
    assert.ok(!first.stderr.includes('notes.bin'), 'the folder walk skips files that are not articles');

    const second = detente(['ingest', '--jobs', '1', '--db', db, ...MIXED]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /read 15, stored 0, skipped 12 already stored, failed 3/);

    const reopened = await openStore(db);
    try {
      assert.equal((await reopened.counts()).articles, 12);
      // Which events the coder finds is its business; that each keeps its provenance is the store's.
      const mentions = (await reopened.events({ includeNegated: true, limit: 1000 })).flatMap((e) => e.mentions);
      const outlets = [null, 'Example Wire', 'Example Digest', 'Example Gazette World', 'The Example Ledger'];
      for (const mention of mentions) {
        assert.ok(outlets.includes(mention.publisher), `publisher ${mention.publisher}`);
        assert.ok(mention.sentenceText.includes(mention.trigger.text), `${mention.trigger.text} in ${mention.sentenceText}`);
      }
    } finally {
      await reopened.close();
    }
  });
});

forEachStore((open) => {
  test('a wire text carried by several outlets is analysed once and counted for each of them', async () => {
    const { store, db } = await open();
    await store.close();
    const [wire, other] = generateCorpus(2, 200, 23);
    const copies = join(scratch, `wire-${db.replace(/\W+/g, '-').slice(-20)}.jsonl`);
    const lines = [
      { ...wire, publisher: 'Lagos Courier', url: 'https://lagos.example.com/story' },
      { ...wire, publisher: 'Accra Mirror', url: 'https://accra.example.net/wire/77' },
      { ...other, publisher: 'Lagos Courier', url: 'https://lagos.example.com/other' },
    ];
    writeFileSync(copies, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
    const first = detente(['ingest', '--jobs', '1', '--db', db, copies]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /read 3, stored 2, skipped 1 already stored, 1 of them new copies from other URLs, outlets or dates, failed 0/);
    const again = detente(['ingest', '--jobs', '1', '--db', db, copies]);
    assert.match(again.stderr, /read 3, stored 0, skipped 3 already stored, failed 0/);
    const later = join(scratch, `later-${db.replace(/\W+/g, '-').slice(-20)}.jsonl`);
    writeFileSync(later, `${JSON.stringify({ ...wire, publisher: 'Nairobi Standard', url: 'https://nairobi.example.org/a' })}\n`);
    assert.match(detente(['ingest', '--jobs', '1', '--db', db, later]).stderr, /read 1, stored 0, skipped 1 already stored, 1 of them new copies/);

    const reopened = await openStore(db);
    try {
      assert.equal((await reopened.counts()).articles, 2);
      const events = await reopened.events({ includeNegated: true, limit: 1000 });
      const wireOnly = events.filter((e) => e.mentions.every((m) => m.title === wire!.title));
      assert.ok(wireOnly.length > 0, 'the wire story has events of its own');
      for (const event of wireOnly) assert.deepEqual([event.numArticles, event.numSources], [3, 3]);
    } finally {
      await reopened.close();
    }
  });
});

test('an article the database refuses fails alone, and so do the copies of its text waiting on it', async () => {
  const [refused, fine] = generateCorpus(2, 120, 41);
  const input = join(scratch, 'refused.jsonl');
  const lines = [
    { ...refused, title: 'Refused: Mali and Niger talks', publisher: 'Bamako Wire' },
    { ...refused, title: 'Refused: Mali and Niger talks', publisher: 'Niamey Daily' },
    { ...fine, publisher: 'Bamako Wire' },
  ];
  writeFileSync(input, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
  const inner = await openStore(join(scratch, 'refused.db'));
  const refuse = (record: ArticleRecord) => {
    if (record.title?.startsWith('Refused')) throw new Error('disk quota exceeded');
  };
  // The database refuses one article: in a batch (all or none) and alone.
  const store = new Proxy(inner, {
    get(target, name, receiver) {
      if (name === 'saveRecords') {
        return async (records: ArticleRecord[]) => {
          records.forEach(refuse);
          return target.saveRecords(records);
        };
      }
      if (name === 'saveRecord') {
        return async (record: ArticleRecord) => {
          refuse(record);
          return target.saveRecord(record);
        };
      }
      return Reflect.get(target, name, receiver);
    },
  });
  try {
    const options = { followLinks: false, maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, allowPrivate: false };
    const summary = await ingestCorpus(readInputs([input], options), store, { ...options, workers: 1 });
    assert.deepEqual([summary.read, summary.stored, summary.duplicates, summary.copies], [3, 1, 0, 0]);
    assert.deepEqual(summary.failures[0], { origin: `${input}:1`, reason: 'cannot store (disk quota exceeded)' });
    // Waiting on the first copy, or (on a slow machine) analysed after its failure and refused in turn.
    assert.equal(summary.failures[1]?.origin, `${input}:2`);
    assert.match(summary.failures[1]!.reason, new RegExp(`^same text as ${input}:1, which failed$|^cannot store`));
    assert.equal(summary.failures.length, 2);
    assert.equal((await inner.counts()).articles, 1);
  } finally {
    await inner.close();
  }
});

test('nothing ingestible is exit code 3, with every failure listed', () => {
  const bad = join(scratch, 'bad.jsonl');
  writeFileSync(bad, '{"title": "no body"}\n\nnot json\n');
  const result = detente(['ingest', '--db', join(scratch, 'bad.db'), bad, join(scratch, 'missing.txt')]);
  assert.equal(result.code, 3, result.stderr);
  assert.ok(result.stderr.includes(`failed: ${bad}:1: has neither text nor html`), result.stderr);
  assert.ok(result.stderr.includes(`failed: ${bad}:3: invalid JSON`), result.stderr);
  assert.ok(result.stderr.includes(`failed: ${join(scratch, 'missing.txt')}: no such file or folder`), result.stderr);
});

test('usage errors are exit code 2', () => {
  assert.equal(detente(['ingest']).code, 2);
  assert.equal(detente(['ingest', '--db', join(scratch, 'x.db'), '--enqueue', MIXED[0]!]).code, 2);
});

test('articles on stdin as JSONL', () => {
  const db = join(scratch, 'stdin.db');
  const lines = generateCorpus(3, 80, 7).map((a, i) => JSON.stringify({ ...a, publisher: 'Stdin Wire', url: `https://stdin.example.org/${i}` }));
  const result = detente(['ingest', '--jobs', '1', '--db', db, '-'], { input: `${lines.join('\n')}\n` });
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stderr, /read 3, stored 3/);
});

test('a run killed midway resumes without loss: every article is stored exactly once', async () => {
  const corpus = join(scratch, 'corpus.jsonl');
  const articles = generateCorpus(80, 300, 11);
  writeFileSync(corpus, `${articles.map((a, i) => JSON.stringify({ ...a, publisher: `Outlet ${i % 5}` })).join('\n')}\n`);
  const db = join(scratch, 'killed.db');
  const child = startDetente(['ingest', '--db', db, corpus]);
  const stored = () => {
    try {
      const reader = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (reader.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
      } finally {
        reader.close();
      }
    } catch {
      return 0;
    }
  };
  for (;;) {
    if (stored() >= 3) break;
    assert.equal(child.exitCode, null, 'the run was meant to be killed before it finished');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  assert.equal(await exited(child), 'SIGKILL');
  const killedAt = stored();
  assert.ok(killedAt >= 3 && killedAt < articles.length, `killed after ${killedAt} of ${articles.length} articles`);

  const rerun = detente(['ingest', '--db', db, corpus]);
  assert.equal(rerun.code, 0, rerun.stderr);
  assert.match(rerun.stderr, new RegExp(`stored ${articles.length - killedAt}, skipped ${killedAt} already stored, failed 0`));
  const reader = new Database(db, { readonly: true });
  try {
    const row = reader.prepare('SELECT COUNT(*) AS n, COUNT(DISTINCT hash) AS hashes, COUNT(DISTINCT title) AS titles FROM articles').get();
    assert.deepEqual(row, { n: articles.length, hashes: articles.length, titles: new Set(articles.map((a) => a.title)).size });
  } finally {
    reader.close();
  }
});
