// Turns the inputs of `detente ingest` (files, folders, JSONL, CSV, RSS/Atom feeds, URLs, stdin)
// into a stream of article tasks, read lazily so memory stays flat however large the corpus.
// A malformed record becomes a failure naming its file and line; the stream goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse';
import { InputError } from '../errors.ts';
import { fetchUrl } from '../ingest/fetch.ts';
import { normaliseDate } from '../ingest/metadata.ts';
import { tooLarge } from '../ingest/limits.ts';

export interface TaskMeta {
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
}

export type TaskSource = { kind: 'bytes'; bytes: Uint8Array; name: string; contentType?: string } | { kind: 'url'; url: string };

/** One article to analyse; `origin` names where it came from ("feed.xml#3", "articles.jsonl:12"). */
export interface ArticleTask {
  origin: string;
  source: TaskSource;
  meta: TaskMeta;
}

export interface Failure {
  origin: string;
  reason: string;
}

export type InputItem = { task: ArticleTask } | { failure: Failure };

export interface InputOptions {
  /** For feed items, fetch the item's link instead of using its content or description. */
  followLinks: boolean;
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
}

const RECORD_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const FEED_EXTENSIONS = new Set(['.rss', '.atom', '.xml', '.rdf']);
/** Files a folder walk picks up (not .md: folders' READMEs are not articles); a named file is read whatever its extension. */
const FOLDER_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.shtml', '.csv', ...RECORD_EXTENSIONS, ...FEED_EXTENSIONS]);
const FEED_START = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/;
const NO_META: TaskMeta = { url: null, title: null, publisher: null, published: null };

function failure(origin: string, reason: string): InputItem {
  return { failure: { origin, reason } };
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.reason;
  return error instanceof Error ? error.message : String(error);
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

function looksLikeFeed(head: string): boolean {
  return FEED_START.test(head);
}

const optionalString = (value: unknown): value is string | null | undefined => value === undefined || value === null || typeof value === 'string';

/** A JSONL object or CSV row: `url`, `title`, `text` or `html`, `published`, `publisher`. */
export function recordItem(origin: string, record: unknown): InputItem {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return failure(origin, 'is not an object with text or html');
  const fields = record as Record<string, unknown>;
  for (const name of ['url', 'title', 'text', 'html', 'published', 'publisher']) {
    if (!optionalString(fields[name])) return failure(origin, `field "${name}" is not a string`);
  }
  const { url, title, text, html, published, publisher } = fields as Record<string, string | null | undefined>;
  const body = text?.trim() ? { text: text, type: 'text/plain' } : html?.trim() ? { text: html, type: 'text/html' } : null;
  if (!body) return failure(origin, 'has neither text nor html');
  const date = published?.trim() ? normaliseDate(published) : null;
  if (published?.trim() && date === null) return failure(origin, `field "published" is not a date: "${published}"`);
  return {
    task: {
      origin,
      source: { kind: 'bytes', bytes: Buffer.from(body.text), name: origin, contentType: `${body.type}; charset=utf-8` },
      meta: { url: url || null, title: title || null, publisher: publisher || null, published: date },
    },
  };
}

async function* jsonlLines(name: string, lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<InputItem> {
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const origin = `${name}:${number}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      yield failure(origin, `invalid JSON (${(error as Error).message})`);
      continue;
    }
    yield recordItem(origin, record);
  }
}

async function* csvRecords(path: string): AsyncGenerator<InputItem> {
  const skipped: InputItem[] = [];
  const parser = createReadStream(path).pipe(
    parseCsv({
      columns: (header: string[]) => header.map((column) => column.trim().toLowerCase()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        const line = error && typeof error.lines === 'number' ? error.lines : '?';
        skipped.push(failure(`${path}:${line}`, error?.message ?? 'malformed CSV row'));
        return undefined;
      },
    }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    yield* skipped.splice(0);
    yield recordItem(`${path}:${info.lines}`, record);
  }
  yield* skipped.splice(0);
}

function feedItems(name: string, xml: string, options: InputOptions): InputItem[] {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    return [failure(name, `is not a readable RSS or Atom feed (${reasonOf(error)})`)];
  }
  return feed.items.map((item, index): InputItem => {
    const origin = `${name}#${index + 1}`;
    const meta: TaskMeta = {
      url: item.url,
      title: item.title,
      publisher: feed.title,
      published: item.published ? item.published.toISOString().slice(0, 10) : null,
    };
    if (options.followLinks) {
      if (!item.url) return failure(origin, 'feed item has no link to follow');
      return { task: { origin, source: { kind: 'url', url: item.url }, meta } };
    }
    const html = item.content ?? item.description;
    if (!html?.trim()) return failure(origin, 'feed item has no content or description (try --follow-links)');
    return { task: { origin, source: { kind: 'bytes', bytes: Buffer.from(html), name: origin, contentType: 'text/html; charset=utf-8' }, meta } };
  });
}

/** A whole document already read: a feed, JSONL on stdin, or one article. */
async function* fromBytes(name: string, bytes: Uint8Array, options: InputOptions, contentType?: string, url?: string): AsyncGenerator<InputItem> {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8');
  if (looksLikeFeed(head)) {
    yield* feedItems(name, Buffer.from(bytes).toString('utf8'), options);
    return;
  }
  if (name === 'stdin' && head.trimStart().startsWith('{')) {
    yield* jsonlLines(name, Buffer.from(bytes).toString('utf8').split('\n'));
    return;
  }
  yield { task: { origin: name, source: { kind: 'bytes', bytes, name, contentType }, meta: { ...NO_META, url: url ?? null } } };
}

async function* fromFile(path: string, options: InputOptions): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (RECORD_EXTENSIONS.has(ext)) {
    yield* jsonlLines(path, createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY }));
    return;
  }
  if (ext === '.csv') {
    yield* csvRecords(path);
    return;
  }
  const size = (await stat(path)).size;
  // Feeds hold many articles, so only single articles are held to the per-article limit.
  if (!FEED_EXTENSIONS.has(ext) && size > options.maxBytes) {
    yield failure(path, tooLarge(options.maxBytes, size));
    return;
  }
  yield* fromBytes(path, await readFile(path), options);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* fromInput(input: string, options: InputOptions): AsyncGenerator<InputItem> {
  if (input === '-') {
    yield* fromBytes('stdin', await readStdin(), options);
    return;
  }
  if (isUrl(input)) {
    try {
      const fetched = await fetchUrl(input, { ...options, acceptFeeds: true });
      yield* fromBytes(input, fetched.bytes, options, fetched.contentType, fetched.url);
    } catch (error) {
      yield failure(input, reasonOf(error));
    }
    return;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield failure(input, code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : reasonOf(error));
    return;
  }
  const files = info.isDirectory() ? walk(input) : [input];
  for await (const file of files) {
    try {
      yield* fromFile(file, options);
    } catch (error) {
      yield failure(file, reasonOf(error));
    }
  }
}

/** Every article task (or failure) of the inputs, in order. */
export async function* readInputs(inputs: string[], options: InputOptions): AsyncGenerator<InputItem> {
  for (const input of inputs) yield* fromInput(input, options);
}

/** Rough number of articles in the inputs, for the progress bar's ETA; null when it cannot tell. */
export async function estimateArticles(inputs: string[]): Promise<number | null> {
  let total = 0;
  for (const input of inputs) {
    if (input === '-' || isUrl(input)) return null;
    const info = await stat(input).catch(() => null);
    if (!info) continue;
    const files = info.isDirectory() ? walk(input) : [input];
    for await (const file of files) total += await countArticles(file);
  }
  return total;
}

async function countArticles(path: string): Promise<number> {
  const ext = extname(path).toLowerCase();
  if (!RECORD_EXTENSIONS.has(ext) && ext !== '.csv' && !FEED_EXTENSIONS.has(ext)) return 1;
  let lines = 0;
  let items = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8' })) {
    const text = chunk as string;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    items += text.match(/<(?:item|entry)\b/g)?.length ?? 0;
  }
  if (FEED_EXTENSIONS.has(ext)) return items || 1;
  return ext === '.csv' ? Math.max(0, lines - 1) : lines;
}
