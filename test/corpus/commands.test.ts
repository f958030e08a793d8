import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { contentHash } from '../../src/store/record.ts';
import { dayEvent, makeAnalysis } from '../store/analyses.ts';
import { forEachStore } from '../store/stores.ts';
import { detente } from './cli.ts';

const scratch = mkdtempSync(join(tmpdir(), 'detente-commands-'));

forEachStore((open, kind) => {
  test('dyad, events and export read the stored corpus', async () => {
    const { store, db } = await open();
    try {
      const reports = [
        { publisher: 'Wire', day: '2024-01-10', source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: 'Envoys met in Oman on Wednesday.', trigger: 'met' },
        { publisher: 'Ledger', day: '2024-01-10', source: 'USAGOV', target: 'IRNGOV', cameo: '040', sentence: 'The two delegations met in Muscat.', trigger: 'met' },
        { publisher: 'Wire', day: '2024-02-03', source: 'IRNMIL', target: 'USAMIL', cameo: '190', sentence: 'Iranian forces fired on a US drone.', trigger: 'fired' },
      ];
      for (const [i, r] of reports.entries()) {
        const analysis = makeAnalysis({
          title: `Report ${i}`,
          publisher: r.publisher,
          published: r.day,
          url: `https://example.org/${i}`,
          events: [dayEvent(r.day, { source: r.source, target: r.target, cameo: r.cameo, sentence: r.sentence, trigger: r.trigger })],
        });
        await store.saveArticle(analysis, contentHash(analysis.article.text));
      }
    } finally {
      await store.close();
    }

    const dyad = detente(['dyad', 'USA', 'IRN', '--db', db, '--format', 'json']);
    assert.equal(dyad.code, 0, dyad.stderr);
    const series = JSON.parse(dyad.stdout);
    assert.deepEqual(
      series.periods.map((p: { period: string; quad: number[]; tension: number }) => [p.period, p.quad, p.tension]),
      [
        ['2024-01', [1, 0, 0, 0], -0.5],
        ['2024-02', [0, 0, 0, 1], 1],
      ],
    );
    const table = detente(['dyad', 'usa', 'irn', '--db', db, '--by', 'month']);
    assert.match(table.stdout, /^USA ↔ IRN by month \(asserted events; negated events excluded\)\nperiod +events +v\.coop/);
    assert.ok(!table.stdout.includes('tension  '), 'no chart when stdout is not a terminal');

    const events = detente(['events', '--db', db, '--dyad', 'USA,IRN', '--code', '04']);
    assert.equal(events.code, 0, events.stderr);
    assert.match(events.stdout, /USAGOV \(United States\) → IRNGOV \(Iran\)/);
    assert.match(events.stdout, /2 mention\(s\) in 2 article\(s\) from 2 source\(s\)/);
    assert.match(events.stdout, /s0: The two delegations met in Muscat\./);

    const out = join(scratch, `${kind}.tsv`);
    const exported = detente(['export', '--db', db, '--format', 'gdelt', '--out', out]);
    assert.equal(exported.code, 0, exported.stderr);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
    assert.deepEqual(rows.map((row) => [row.length, row[26], row[31], row[33]]), [
      [61, '040', '2', '2'],
      [61, '190', '1', '1'],
    ]);
  });
});

test('a database that cannot be opened is an input error; bad options are usage errors', () => {
  const missing = detente(['dyad', 'USA', 'IRN', '--db', join(scratch, 'no', 'such', 'dir.db')]);
  assert.equal(missing.code, 3, missing.stderr);
  assert.match(missing.stderr, /cannot open the database/);
  const unreachable = detente(['events', '--db', 'postgres://someone:secret@127.0.0.1:1/none']);
  assert.equal(unreachable.code, 3);
  assert.ok(!unreachable.stderr.includes('secret'), 'the password is not echoed');
  assert.equal(detente(['dyad', 'USA']).code, 2);
  assert.equal(detente(['dyad', 'USA', 'IRN', '--by', 'year']).code, 2);
  assert.equal(detente(['events', '--dyad', 'USA']).code, 2);
  assert.equal(detente(['export']).code, 2);
});
