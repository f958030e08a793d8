// The demo database: the bundled illustrative corpus (data/demo) ingested into a fresh SQLite file
// with the corpus engineer's ingest path, then merged, ready for the dashboard.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { mergePending } from '../aggregate/merge.ts';
import { ingestCorpus, type IngestSummary } from '../store/corpus-ingest.ts';
import { readInputs } from '../store/inputs.ts';
import { openStore } from '../store/open.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../ingest/limits.ts';
import { REPO_ROOT } from './web-build.ts';

export const DEMO_CORPUS = join(REPO_ROOT, 'data', 'demo', 'articles.jsonl');

/** Writes the demo corpus into a new SQLite database at `path` (replacing any file there). */
export async function buildDemoDatabase(path: string): Promise<IngestSummary> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
  const store = await openStore(path);
  try {
    const options = { followLinks: false, maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, allowPrivate: false };
    // One analysis thread: the corpus is small and a second thread would load the models twice.
    const summary = await ingestCorpus(readInputs([DEMO_CORPUS], options), store, { ...options, workers: 1 });
    if (summary.failures.length > 0) {
      const first = summary.failures[0]!;
      throw new Error(`the demo corpus did not ingest cleanly: ${first.origin}: ${first.reason}`);
    }
    await mergePending(store);
    return summary;
  } finally {
    await store.close();
  }
}
