// A worker thread of the ingest pool: ingests the tasks the main thread sends, asks it whether
// each content hash is already stored, analyses the ones it lets through and sends back rows
// ready to write.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline.ts';
import type { ArticleMeta } from '../types.ts';
import type { FromWorker, ToWorker } from './pool.ts';
import { articleCopy, articleRecord, contentHash } from './record.ts';
import { failureReason, ingestTask, type TaskOptions } from './tasks.ts';

const port = parentPort!;
const options = (workerData as { options: TaskOptions }).options;
/** Ingested articles whose hash the main thread is deciding on. */
const undecided = new Map<number, { article: ArticleMeta; hash: string }>();
/** Articles the main thread let through, analysed in the order decided. */
const ready: { id: number; article: ArticleMeta; hash: string }[] = [];
let scheduled = false;

function send(message: FromWorker): void {
  port.postMessage(message);
}

/**
 * Ingest is cheap next to analysis: every task is ingested and its hash sent as soon as it arrives,
 * so the main thread decides on the next articles while this one is analysed, and a stored text
 * (whose copy is recorded instead) never reaches the analysis.
 */
async function prepare({ id, task }: Extract<ToWorker, { type: 'task' }>): Promise<void> {
  try {
    const article = await ingestTask(task, options);
    const hash = contentHash(article.text);
    undecided.set(id, { article, hash });
    send({ type: 'hash', id, hash, copy: articleCopy(article) });
  } catch (error) {
    send({ type: 'failed', id, reason: failureReason(error) });
  }
}

/** One analysis per turn of the event loop: tasks and decisions that arrived meanwhile are handled between two. */
function analyseNext(): void {
  scheduled = false;
  const next = ready.shift();
  if (!next) return;
  try {
    send({ type: 'record', id: next.id, record: articleRecord(analyzeArticle(next.article), next.hash) });
  } catch (error) {
    send({ type: 'failed', id: next.id, reason: failureReason(error) });
  }
  schedule();
}

function schedule(): void {
  if (scheduled || ready.length === 0) return;
  scheduled = true;
  setImmediate(analyseNext);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'task') {
    void prepare(message);
    return;
  }
  const entry = undecided.get(message.id);
  undecided.delete(message.id);
  if (!entry) return;
  if (!message.analyse) send({ type: 'duplicate', id: message.id });
  else {
    ready.push({ id: message.id, ...entry });
    schedule();
  }
});
