// Ingests a stream of article tasks into a store: analysis in worker threads, the writes on this
// thread, a few articles per transaction, keyed by content hash so reruns add nothing twice.
import type { Failure, InputItem } from './inputs.ts';
import { AnalysisPool, type Outcome } from './pool.ts';
import type { TaskOptions } from './tasks.ts';
import type { ArticleCopy, ArticleRecord, Store } from './types.ts';

export interface IngestSummary {
  /** Articles and records read, the malformed ones included. */
  read: number;
  stored: number;
  /** Texts already stored (or read twice in this run): not analysed again. */
  duplicates: number;
  /** Duplicates that were new copies of their text: another URL, outlet or date. */
  copies: number;
  failures: Failure[];
}

export interface CorpusOptions extends TaskOptions {
  workers: number;
  onProgress?: (summary: IngestSummary) => void;
}

/**
 * Analysed articles are written together, up to this many per transaction or after this long:
 * a commit per article costs SQLite's writer about as much CPU as the article's rows. Only
 * committed articles are reported stored, so a crash loses none reported and a rerun redoes the rest.
 */
const BATCH_ARTICLES = 32;
const BATCH_WAIT_MS = 200;

export async function ingestCorpus(items: AsyncIterable<InputItem>, store: Store, options: CorpusOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, copies: 0, failures: [] };
  const progress = () => options.onProgress?.(summary);
  const addCopy = async (hash: string, copy: ArticleCopy) => {
    if ((await store.recordCopy(hash, copy)) === 'added') summary.copies++;
  };
  // Hashes being analysed or written, with the copies of them read meanwhile: a second copy in
  // the same run is a duplicate before its text is stored, and is recorded once it is.
  const claimed = new Map<string, { copy: ArticleCopy; origin: string }[]>();
  // A copy counted as a duplicate turns out a failure.
  const failCopy = (origin: string, reason: string) => {
    summary.duplicates--;
    summary.failures.push({ origin, reason });
  };
  const release = async (hash: string) => {
    const waiting = claimed.get(hash) ?? [];
    claimed.delete(hash);
    for (const { copy, origin } of waiting) {
      await addCopy(hash, copy).catch((error: unknown) => failCopy(origin, `cannot record the copy (${error instanceof Error ? error.message : error})`));
    }
  };
  // The text could not be analysed or stored: neither can its copies.
  const abandon = (hash: string, failed: string) => {
    for (const { origin } of claimed.get(hash) ?? []) failCopy(origin, `same text as ${failed}, which failed`);
    claimed.delete(hash);
  };
  const decide = async (hash: string, copy: ArticleCopy, origin: string) => {
    const waiting = claimed.get(hash);
    if (waiting) {
      waiting.push({ copy, origin });
      return false;
    }
    claimed.set(hash, []);
    const known = await store.recordCopy(hash, copy).catch((error: unknown) => {
      abandon(hash, origin);
      throw error;
    });
    if (known === 'missing') return true;
    if (known === 'added') summary.copies++;
    await release(hash);
    return false;
  };

  let batch: { origin: string; record: ArticleRecord }[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  const write = async (records: { origin: string; record: ArticleRecord }[]) => {
    // true stored, false already stored, null refused by the database.
    let stored: (boolean | null)[];
    try {
      stored = await store.saveRecords(records.map((r) => r.record));
    } catch {
      // One article the database refuses must not take the others with it: store them one by one.
      stored = [];
      for (const { origin, record } of records) {
        try {
          stored.push(await store.saveRecord(record));
        } catch (error) {
          stored.push(null);
          summary.failures.push({ origin, reason: `cannot store (${error instanceof Error ? error.message : error})` });
        }
      }
    }
    for (const [i, { origin, record }] of records.entries()) {
      if (stored[i] === null) abandon(record.hash, origin);
      else {
        if (stored[i]) summary.stored++;
        else summary.duplicates++;
        await release(record.hash);
      }
    }
    progress();
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    const records = batch;
    batch = [];
    if (records.length) writing = writing.then(() => write(records));
    return writing;
  };
  const settle = (origin: string, outcome: Outcome) => {
    if ('record' in outcome) {
      batch.push({ origin, record: outcome.record });
      if (batch.length >= BATCH_ARTICLES) void flush();
      else timer ??= setTimeout(flush, BATCH_WAIT_MS);
      return;
    }
    if ('duplicate' in outcome) summary.duplicates++;
    else {
      summary.failures.push({ origin, reason: outcome.failure });
      if (outcome.claimed) abandon(outcome.claimed, origin);
    }
    progress();
  };

  const pool = new AnalysisPool(options.workers, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, allowPrivate: options.allowPrivate });
  const running = new Set<Promise<void>>();
  try {
    for await (const item of items) {
      summary.read++;
      if ('failure' in item) {
        summary.failures.push(item.failure);
        progress();
        continue;
      }
      await pool.acquire();
      const done = pool.run(item.task, decide).then((outcome) => settle(item.task.origin, outcome));
      running.add(done);
      void done.finally(() => running.delete(done));
    }
    await Promise.all(running);
    await flush();
  } finally {
    clearTimeout(timer);
    await pool.close();
  }
  return summary;
}
