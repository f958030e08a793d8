// A worker thread of the ingest pool: ingests and analyses the tasks the main thread sends, asks
// it whether each content hash is already stored, and sends back rows ready to write.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline.ts';
import type { FromWorker, ToWorker } from './pool.ts';
import { articleCopy, articleRecord, contentHash } from './record.ts';
import { failureReason, ingestTask, type TaskOptions } from './tasks.ts';

const port = parentPort!;
const options = (workerData as { options: TaskOptions }).options;
const queue: Extract<ToWorker, { type: 'task' }>[] = [];
const decisions = new Map<number, (analyse: boolean) => void>();
let busy = false;

function send(message: FromWorker): void {
  port.postMessage(message);
}

async function handle({ id, task }: Extract<ToWorker, { type: 'task' }>): Promise<void> {
  try {
    const article = await ingestTask(task, options);
    const hash = contentHash(article.text);
    // Ingest is cheap next to analysis: a stored text is recognised (and this copy of it recorded) before it is analysed.
    const analyse = await new Promise<boolean>((resolve) => {
      decisions.set(id, resolve);
      send({ type: 'hash', id, hash, copy: articleCopy(article) });
    });
    if (!analyse) send({ type: 'duplicate', id });
    else send({ type: 'record', id, record: articleRecord(analyzeArticle(article), hash) });
  } catch (error) {
    send({ type: 'failed', id, reason: failureReason(error) });
  }
}

async function drain(): Promise<void> {
  if (busy) return;
  busy = true;
  while (queue.length) await handle(queue.shift()!);
  busy = false;
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'task') {
    queue.push(message);
    void drain();
  } else {
    decisions.get(message.id)?.(message.analyse);
    decisions.delete(message.id);
  }
});
