// `detente worker`: one of several processes sharing a PostgreSQL store through its job queue.
import { setTimeout as sleep } from 'node:timers/promises';
import { mergePending } from '../aggregate/merge.ts';
import { UsageError } from '../errors.ts';
import { isPostgresUrl, openStore, resolveDb } from '../store/open.ts';
import { type JobTally, PostgresStore } from '../store/postgres.ts';
import { runJobs } from '../store/queue-worker.ts';
import { parseCommandLine, parsePositiveInteger, TASK_OPTIONS, TASK_OPTIONS_HELP, taskOptions } from './args.ts';

const HELP = `usage: detente worker --db postgres://… [options]

Claims articles queued by 'detente ingest --enqueue', analyses and stores them. Run as many as
you like, on as many machines; a worker that dies mid-batch loses nothing. Without --watch a
worker exits once no job is pending.

  --db URL            the PostgreSQL store (or $DETENTE_DB)
  --batch N           articles claimed per transaction (default 8)
  --watch             keep polling for new jobs instead of exiting when the queue is empty
  --poll SECONDS      polling interval with --watch (default 2)
${TASK_OPTIONS_HELP}`;

/** How often a worker with nothing to claim looks again while other workers hold the last jobs. */
const LOCKED_POLL_MS = 250;

export async function runWorker(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    batch: { type: 'string' },
    watch: { type: 'boolean' },
    poll: { type: 'string' },
    ...TASK_OPTIONS,
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length) throw new UsageError(`worker takes options only, got '${positionals[0]}'`);
  const db = resolveDb(values.db);
  if (!isPostgresUrl(db)) throw new UsageError('worker needs a PostgreSQL database (--db postgres://…)');
  const batch = parsePositiveInteger(values.batch, '--batch') ?? 8;
  const pollMs = (parsePositiveInteger(values.poll, '--poll') ?? 2) * 1000;
  const options = taskOptions(values);
  const store = await openStore(db);
  if (!(store instanceof PostgresStore)) throw new UsageError('worker needs a PostgreSQL database');
  const total: JobTally = { claimed: 0, stored: 0, duplicates: 0, copies: 0, failed: 0 };
  try {
    for (;;) {
      const tally = await store.processJobs(batch, (jobs, isStored) => runJobs(jobs, isStored, options));
      for (const key of ['claimed', 'stored', 'duplicates', 'copies', 'failed'] as const) total[key] += tally[key];
      if (tally.claimed > 0) continue;
      // Jobs still pending are locked by another worker's batch: wait, in case that worker dies.
      const locked = ((await store.jobCounts()).pending ?? 0) > 0;
      if (!locked && !values.watch) break;
      if (!locked) await mergePending(store);
      await sleep(locked ? LOCKED_POLL_MS : pollMs);
    }
    await mergePending(store);
  } finally {
    await store.close();
  }
  process.stderr.write(
    `worker: stored ${total.stored}, skipped ${total.duplicates} already stored (${total.copies} of them new copies), failed ${total.failed}\n`,
  );
}
