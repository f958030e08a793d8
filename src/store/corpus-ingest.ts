// Ingests a stream of article tasks into a store: analysis in worker threads, every article
// written by this thread in its own transaction, keyed by content hash so reruns add nothing twice.
import type { Failure, InputItem } from './inputs.ts';
import { AnalysisPool, type Outcome } from './pool.ts';
import type { TaskOptions } from './tasks.ts';
import type { Store } from './types.ts';

export interface IngestSummary {
  /** Articles and records read, the malformed ones included. */
  read: number;
  stored: number;
  duplicates: number;
  failures: Failure[];
}

export interface CorpusOptions extends TaskOptions {
  workers: number;
  onProgress?: (summary: IngestSummary) => void;
}

export async function ingestCorpus(items: AsyncIterable<InputItem>, store: Store, options: CorpusOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, stored: 0, duplicates: 0, failures: [] };
  const progress = () => options.onProgress?.(summary);
  // Hashes being analysed right now: a second copy in the same run is a duplicate before it is stored.
  const claimed = new Set<string>();
  const decide = async (hash: string) => {
    if (claimed.has(hash) || (await store.hasArticle(hash))) return false;
    claimed.add(hash);
    return true;
  };
  const settle = async (origin: string, outcome: Outcome) => {
    if ('record' in outcome) {
      try {
        if (await store.saveRecord(outcome.record)) summary.stored++;
        else summary.duplicates++;
      } catch (error) {
        summary.failures.push({ origin, reason: `cannot store (${error instanceof Error ? error.message : error})` });
      } finally {
        claimed.delete(outcome.record.hash);
      }
    } else if ('duplicate' in outcome) summary.duplicates++;
    else summary.failures.push({ origin, reason: outcome.failure });
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
  } finally {
    await pool.close();
  }
  return summary;
}
