// Running one article task, the same in a worker thread and in a `detente worker` process, and
// the task's JSON form for the PostgreSQL job queue.
import { InputError } from '../errors.ts';
import { ingest } from '../ingest/index.ts';
import type { ArticleMeta } from '../types.ts';
import type { ArticleTask, TaskSource } from './inputs.ts';

export interface TaskOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
}

export function ingestTask(task: ArticleTask, options: TaskOptions): Promise<ArticleMeta> {
  return ingest(task.source, { ...options, ...task.meta });
}

/** The one-line reason reported for a failed article (its origin is reported beside it). */
export function failureReason(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

type EncodedSource = { kind: 'bytes'; base64: string; name: string; contentType?: string } | { kind: 'url'; url: string };

export function encodeTask(task: ArticleTask): string {
  const source: EncodedSource =
    task.source.kind === 'bytes'
      ? { kind: 'bytes', base64: Buffer.from(task.source.bytes).toString('base64'), name: task.source.name, contentType: task.source.contentType }
      : task.source;
  return JSON.stringify({ origin: task.origin, source, meta: task.meta });
}

export function decodeTask(payload: string): ArticleTask {
  const parsed = JSON.parse(payload) as { origin: string; source: EncodedSource; meta: ArticleTask['meta'] };
  const source: TaskSource =
    parsed.source.kind === 'bytes'
      ? { kind: 'bytes', bytes: Buffer.from(parsed.source.base64, 'base64'), name: parsed.source.name, contentType: parsed.source.contentType }
      : parsed.source;
  return { origin: parsed.origin, source, meta: parsed.meta };
}
