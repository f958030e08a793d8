// The ingest stage: reads an article from a file, URL, stdin or bytes and returns its clean text
// and metadata, or throws InputError with a one-line reason.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError, UsageError } from '../errors.ts';
import type { ArticleMeta } from '../types.ts';
import { findDateline } from './dateline.ts';
import { decodeBytes, looksBinary } from './decode.ts';
import { fetchUrl } from './fetch.ts';
import { bylineNames } from './furniture.ts';
import { extractArticle, parseDocument } from './html.ts';
import { detectLanguage } from './language.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, tooLarge } from './limits.ts';
import { normaliseDate, readMetadata } from './metadata.ts';
import { type CleanText, cleanBlocks, textBlocks } from './text.ts';

export { assertPublicHost, isPublicAddress } from './address-guard.ts';

export type IngestSource =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin' }
  | { kind: 'bytes'; bytes: Uint8Array; name: string; contentType?: string };

export interface IngestOptions {
  /** Publication date that overrides the one found in the page. */
  published?: string | null;
  /** Largest input read, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Allow URLs that resolve to private, loopback or otherwise non-public addresses. */
  allowPrivate?: boolean;
  /** Deadline for fetching a URL, redirects included (default 15 s). */
  timeoutMs?: number;
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
}

/** Fewer words than this once furniture is gone means there is no article to analyse. */
const MIN_BODY_WORDS = 10;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i;

interface Input {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  url?: string;
}

async function readFileInput(path: string, maxBytes: number): Promise<Input> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file');
    if (info.size > maxBytes) throw new InputError(path, tooLarge(maxBytes, info.size));
    return { name: path, bytes: await readFile(path) };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error));
  }
}

async function readStdin(maxBytes: number): Promise<Input> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new InputError('stdin', tooLarge(maxBytes));
    chunks.push(chunk as Buffer);
  }
  return { name: 'stdin', bytes: Buffer.concat(chunks) };
}

async function readSource(source: IngestSource, options: IngestOptions): Promise<Input> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (source.kind) {
    case 'file':
      return readFileInput(source.path, maxBytes);
    case 'stdin':
      return readStdin(maxBytes);
    case 'bytes':
      if (source.bytes.length > maxBytes) throw new InputError(source.name, tooLarge(maxBytes, source.bytes.length));
      return { name: source.name, bytes: source.bytes, contentType: source.contentType };
    case 'url': {
      const fetched = await fetchUrl(source.url, {
        maxBytes,
        timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        allowPrivate: options.allowPrivate ?? false,
      });
      return { name: source.url, ...fetched };
    }
  }
}

/** HTML or plain text: the content type decides, then the file extension, then the first tag. */
function isHtml(input: Input, text: string): boolean {
  const mime = input.contentType?.split(';')[0]?.trim() ?? '';
  if (mime) return HTML_TYPES.test(mime);
  const ext = extname(input.name).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  return HTML_START.test(text.slice(0, 2048));
}

/** Reads and analyses the input's metadata and body; see IngestSource for the kinds of input. */
export async function ingest(source: IngestSource, options: IngestOptions = {}): Promise<ArticleMeta> {
  const input = await readSource(source, options);
  if (input.bytes.length === 0) throw new InputError(input.name, 'is empty');
  const text = decodeBytes(input.bytes, input.contentType);
  if (looksBinary(text)) throw new InputError(input.name, 'is a binary file, not text');
  const withUrl = { ...options, url: options.url ?? input.url ?? null };
  return isHtml(input, text) ? htmlArticle(input.name, text, withUrl) : textArticle(input.name, text, withUrl);
}

/** Analyses text already in memory as plain text (the body of a JSONL record, say). */
export function ingestText(text: string, options: IngestOptions = {}): ArticleMeta {
  return textArticle('text', text, options);
}

/** Analyses an HTML page already in memory. */
export function ingestHtml(html: string, options: IngestOptions = {}): ArticleMeta {
  return htmlArticle('html', html, options);
}

function textArticle(name: string, text: string, options: IngestOptions): ArticleMeta {
  if (text.trim() === '') throw new InputError(name, 'is empty');
  const clean = cleanBlocks(textBlocks(text), { detectTitle: true, title: options.title });
  return article(name, clean, {
    byline: clean.furniture.map(bylineNames).find((names) => names !== null) ?? null,
    publisher: options.publisher ?? null,
    published: publishedOption(options),
    url: options.url ?? null,
  });
}

function htmlArticle(name: string, html: string, options: IngestOptions): ArticleMeta {
  if (html.trim() === '') throw new InputError(name, 'is empty');
  const document = parseDocument(html);
  const meta = readMetadata(document);
  const extracted = extractArticle(document);
  if (!extracted) throw new InputError(name, 'has no article body in its HTML');
  const written = meta.byline ?? extracted.byline;
  const byline = written ? (bylineNames(written) ?? written) : null;
  const clean = cleanBlocks(extracted.blocks, {
    detectTitle: true,
    title: options.title ?? meta.title ?? extracted.title,
    authors: byline?.split(/\s*(?:,|&|\band\b)\s*/).filter((name) => name.includes(' ')) ?? [],
  });
  return article(name, clean, {
    byline,
    publisher: options.publisher ?? meta.publisher ?? extracted.siteName,
    published: publishedOption(options) ?? normaliseDate(meta.published) ?? normaliseDate(extracted.publishedTime),
    url: options.url ?? meta.url,
  });
}

function publishedOption(options: IngestOptions): string | null {
  if (!options.published) return null;
  const date = normaliseDate(options.published);
  if (date === null) throw new UsageError(`--published: cannot read "${options.published}" as a date (use YYYY-MM-DD)`);
  return date;
}

/** Whether `text` holds at least `count` whitespace-separated words; stops counting there. */
function hasWords(text: string, count: number): boolean {
  let words = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++words >= count) return true;
  return false;
}

function article(name: string, clean: CleanText, meta: Pick<ArticleMeta, 'byline' | 'publisher' | 'published' | 'url'>): ArticleMeta {
  if (!hasWords(clean.text, MIN_BODY_WORDS)) {
    throw new InputError(name, clean.furniture.length ? 'has no article text, only page furniture' : 'has no article body');
  }
  const dateline = findDateline(clean.text);
  const language = detectLanguage(clean.text);
  const notes: string[] = [];
  if (language !== 'eng' && language !== 'und') notes.push(`coding is English-only; language detected: ${language}`);
  if (language === 'und') notes.push('text too short to identify its language');
  if (meta.published === null) notes.push('no publication date found');
  return {
    title: clean.title,
    ...meta,
    // A wire story names its agency in the dateline: the publisher when nothing else names one.
    publisher: meta.publisher ?? dateline?.agency ?? null,
    language,
    text: clean.text,
    furniture: clean.furniture,
    blockQuotes: clean.blockQuotes,
    dateline,
    notes,
  };
}
