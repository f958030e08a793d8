// A pool of worker threads running the analysis; the main thread keeps the database writer.
import { Worker } from 'node:worker_threads';
import type { ArticleTask } from './inputs.ts';
import type { TaskOptions } from './tasks.ts';
import type { ArticleCopy, ArticleRecord } from './types.ts';

export type ToWorker = { type: 'task'; id: number; task: ArticleTask } | { type: 'decision'; id: number; analyse: boolean };

export type FromWorker =
  | { type: 'hash'; id: number; hash: string; copy: ArticleCopy }
  | { type: 'duplicate'; id: number }
  | { type: 'record'; id: number; record: ArticleRecord }
  | { type: 'failed'; id: number; reason: string };

/** A failure carries the hash its task was analysing, if `decide` let it: copies of that text may be waiting on it. */
export type Outcome = { record: ArticleRecord } | { duplicate: true } | { failure: string; claimed?: string };

interface Slot {
  worker: Worker;
  inFlight: Set<number>;
}

interface Pending {
  slot: Slot;
  origin: string;
  resolve: (outcome: Outcome) => void;
  decide: Decide;
  /** The hash `decide` let this task analyse. */
  claimed?: string;
}

/** Whether to analyse the article with this hash; a copy of a text already stored is recorded instead. */
export type Decide = (hash: string, copy: ArticleCopy, origin: string) => Promise<boolean>;

/** Built to dist/ (`npm run build`), the worker is plain JavaScript; from src/ it needs tsx registered first. */
const RUNNING_COMPILED = import.meta.url.endsWith('.js');

/**
 * A worker's heap limit. V8 sizes a heap for its limit (about 4 GB by default on a large machine)
 * and lets it grow to about four times what is live before collecting it fully, so each worker's
 * heap wandered between 150 and 260 MB around a 60 MB live set and the ingest's RSS crept up over a
 * run. Under a 1 GB limit V8 grows it by less and the workers stay near their live set at the same
 * CPU cost; the largest article `--max-bytes` allows (5 MB) peaks under 300 MB.
 */
const WORKER_HEAP_MB = 1024;

/**
 * Tasks handed to a worker at once: one being analysed, one already let through and one whose hash
 * the main thread is deciding on, so a worker never waits on the main thread (busy writing a batch)
 * for its next article.
 */
const PER_WORKER = 3;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly options: TaskOptions,
  ) {}

  private spawn(): Slot {
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    const worker = RUNNING_COMPILED
      ? // Compiled, the worker needs none of the parent's loader flags (a bench run under tsx would
        // otherwise load tsx again in every worker).
        new Worker(new URL('./analyze-worker.js', import.meta.url), { workerData: { options: this.options }, resourceLimits, execArgv: [] })
      : new Worker(new URL('./tsx-worker.mjs', import.meta.url), {
          workerData: { module: new URL('./analyze-worker.ts', import.meta.url).href, options: this.options },
          resourceLimits,
        });
    const slot: Slot = { worker, inFlight: new Set() };
    worker.on('message', (message: FromWorker) => this.receive(slot, message));
    worker.on('error', (error) => this.crashed(slot, error.message));
    worker.on('exit', (code) => this.crashed(slot, `exited with code ${code}`));
    return slot;
  }

  private receive(slot: Slot, message: FromWorker): void {
    const entry = this.pending.get(message.id);
    if (!entry) return;
    if (message.type === 'hash') {
      entry.decide(message.hash, message.copy, entry.origin).then(
        (analyse) => {
          if (analyse) entry.claimed = message.hash;
          slot.worker.postMessage({ type: 'decision', id: message.id, analyse } satisfies ToWorker);
        },
        (error: unknown) => this.finish(message.id, { failure: `cannot check the store (${error instanceof Error ? error.message : error})` }),
      );
      return;
    }
    this.finish(
      message.id,
      message.type === 'record' ? { record: message.record } : message.type === 'duplicate' ? { duplicate: true } : { failure: message.reason },
    );
  }

  private finish(id: number, outcome: Outcome): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.pending.delete(id);
    entry.slot.inFlight.delete(id);
    entry.resolve('failure' in outcome && entry.claimed ? { ...outcome, claimed: entry.claimed } : outcome);
    this.waiting.shift()?.();
  }

  /** A crashed worker fails its articles and is replaced; the run goes on. */
  private crashed(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (this.closing || index < 0) return;
    this.slots.splice(index, 1, this.spawn());
    for (const id of [...slot.inFlight]) this.finish(id, { failure: `analysis worker crashed (${reason})` });
  }

  /** Resolves when a worker can take another task. */
  async acquire(): Promise<void> {
    // Workers start on the first article: a run whose inputs are all malformed loads no model.
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    while (!this.slots.some((slot) => slot.inFlight.size < PER_WORKER)) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Runs a task on the least busy worker; `decide` says whether an article with this hash is to be analysed. */
  run(task: ArticleTask, decide: Decide): Promise<Outcome> {
    const slot = this.slots.reduce((best, next) => (next.inFlight.size < best.inFlight.size ? next : best));
    const id = this.nextId++;
    slot.inFlight.add(id);
    return new Promise((resolve) => {
      this.pending.set(id, { slot, origin: task.origin, resolve, decide });
      slot.worker.postMessage({ type: 'task', id, task } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
