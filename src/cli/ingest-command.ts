// `detente ingest <inputs…>`: analyse a corpus into the store (or queue it for workers), then merge events.
import { availableParallelism } from 'node:os';
import { mergePending } from '../aggregate/merge.ts';
import { InputError, UsageError } from '../errors.ts';
import { type IngestSummary, ingestCorpus } from '../store/corpus-ingest.ts';
import { estimateArticles, type Failure, type InputOptions, readInputs } from '../store/inputs.ts';
import { isPostgresUrl, openStore, resolveDb } from '../store/open.ts';
import { PostgresStore } from '../store/postgres.ts';
import { encodeTask } from '../store/tasks.ts';
import type { Store } from '../store/types.ts';
import { parseCommandLine, parsePositiveInteger, TASK_OPTIONS, TASK_OPTIONS_HELP, taskOptions } from './args.ts';
import { createProgress } from './progress.ts';

const HELP = `usage: detente ingest <file|folder|url|feed|->... [options]

Reads text and HTML files, folders (recursively), JSONL and CSV files (columns url, title, text or
html, published, publisher), RSS/Atom feeds and URLs, analyses every article and stores it.

  --db FILE|URL       SQLite file (default ./detente.db, or $DETENTE_DB) or postgres://… URL
  --enqueue           PostgreSQL only: queue the articles for 'detente worker' processes
  --follow-links      for feed items, fetch the linked page instead of the item's content
  --jobs N            analysis threads (default: the number of cores)
${TASK_OPTIONS_HELP}

The same text published by several outlets is analysed once; each further copy (URL, publisher,
date) is recorded, and merged events count it among their articles and sources.`;

/** Failures listed in the summary; the rest are counted. */
const LISTED_FAILURES = 100;

export async function runIngest(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    enqueue: { type: 'boolean' },
    'follow-links': { type: 'boolean' },
    jobs: { type: 'string' },
    ...TASK_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input: a file, a folder, a URL or - for stdin');
  const db = resolveDb(values.db);
  if (values.enqueue && !isPostgresUrl(db)) throw new UsageError('--enqueue needs a PostgreSQL database (--db postgres://…)');
  const options: InputOptions = { followLinks: values['follow-links'] ?? false, ...taskOptions(values) };
  const workers = parsePositiveInteger(values.jobs, '--jobs') ?? availableParallelism();
  const store = await openStore(db);
  try {
    if (values.enqueue) await enqueue(store, positionals, options);
    else await ingest(store, positionals, options, workers);
  } finally {
    await store.close();
  }
}

async function ingest(store: Store, inputs: string[], options: InputOptions, workers: number): Promise<void> {
  const started = Date.now();
  const progress = createProgress(process.stderr, process.stderr.isTTY ? await estimateArticles(inputs) : null, 'ingest');
  const summary = await ingestCorpus(readInputs(inputs, options), store, {
    ...options,
    workers,
    onProgress: (s) => progress.update(s.stored + s.duplicates + s.failures.length, s.failures.length),
  });
  progress.finish();
  const merged = await mergePending(store);
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`${formatSummary(summary, seconds)}${merged.keys ? `; merged ${merged.events} events of ${merged.keys} merge keys` : ''}\n`);
  writeFailures(summary.failures);
  if (summary.stored + summary.duplicates === 0) {
    throw new InputError(inputs.join(' '), `nothing could be ingested (${summary.failures.length} failed)`);
  }
}

export function formatSummary(summary: IngestSummary, seconds: number): string {
  const rate = seconds > 0 ? (summary.stored / seconds).toFixed(1) : '0';
  const copies = summary.copies ? `, ${summary.copies} of them new copies from other URLs, outlets or dates` : '';
  return `read ${summary.read}, stored ${summary.stored}, skipped ${summary.duplicates} already stored${copies}, failed ${summary.failures.length} (${seconds.toFixed(1)} s, ${rate} articles/s)`;
}

function writeFailures(failures: Failure[]): void {
  for (const failure of failures.slice(0, LISTED_FAILURES)) process.stderr.write(`  failed: ${failure.origin}: ${failure.reason}\n`);
  if (failures.length > LISTED_FAILURES) process.stderr.write(`  … and ${failures.length - LISTED_FAILURES} more failures\n`);
}

/** Jobs are inserted in batches of this many. */
const ENQUEUE_BATCH = 200;

async function enqueue(store: Store, inputs: string[], options: InputOptions): Promise<void> {
  if (!(store instanceof PostgresStore)) throw new UsageError('--enqueue needs a PostgreSQL database');
  const failures: Failure[] = [];
  let batch: { origin: string; payload: string }[] = [];
  let queued = 0;
  for await (const item of readInputs(inputs, options)) {
    if ('failure' in item) failures.push(item.failure);
    else batch.push({ origin: item.task.origin, payload: encodeTask(item.task) });
    if (batch.length >= ENQUEUE_BATCH) {
      queued += await store.enqueue(batch);
      batch = [];
    }
  }
  queued += await store.enqueue(batch);
  process.stderr.write(`queued ${queued} articles for 'detente worker', failed ${failures.length}\n`);
  writeFailures(failures);
  if (queued === 0) throw new InputError(inputs.join(' '), `nothing could be queued (${failures.length} failed)`);
}
