// HTTP(S) GET for article URLs: every redirect hop is checked against the address guard,
// the body is capped while it streams, and the whole exchange shares one deadline.
import type { LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { InputError } from '../errors.ts';
import { assertPublicHost } from './address-guard.ts';
import { tooLarge } from './limits.ts';

export interface FetchOptions {
  maxBytes: number;
  timeoutMs: number;
  allowPrivate: boolean;
  /** Also accept RSS/Atom and XML responses (for feed URLs given to `detente ingest`). */
  acceptFeeds?: boolean;
}

export interface Fetched {
  bytes: Uint8Array;
  contentType: string | undefined;
  /** The URL after redirects. */
  url: string;
}

const MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']);
const HEADERS = {
  'user-agent': 'detente/0.1 (news event coding)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
  'accept-encoding': 'gzip, deflate, br',
};

/** Network error codes worth naming in a one-line reason. */
const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

function parseUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new Error('is not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('only http and https URLs can be fetched');
  return url;
}

/** A lookup that hands the connection the addresses already checked, so a second DNS answer cannot differ. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

async function get(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const addresses = options.allowPrivate ? null : await assertPublicHost(url.hostname);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const lookup = addresses ? pinnedLookup(addresses) : undefined;
    client.get(url, { headers: HEADERS, signal, lookup }, resolve).on('error', reject);
  });
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decoded(response);
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw new Error(tooLarge(maxBytes));
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function follow(start: URL, options: FetchOptions, signal: AbortSignal): Promise<Fetched> {
  let url = start;
  for (let hop = 0; ; hop++) {
    const response = await get(url, options, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects (more than ${MAX_REDIRECTS})`);
      url = parseUrl(new URL(location, url).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new Error(`HTTP error ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
    }
    const contentType = response.headers['content-type'];
    const mime = contentType?.split(';')[0]?.trim().toLowerCase();
    if (mime && !ACCEPTED_TYPES.has(mime) && !(options.acceptFeeds && FEED_TYPES.has(mime))) {
      response.resume();
      throw new Error(`has content type ${mime}; only HTML${options.acceptFeeds ? ', feeds' : ''} and plain text can be read`);
    }
    const declared = Number(response.headers['content-length']);
    if (declared > options.maxBytes) {
      response.destroy();
      throw new Error(tooLarge(options.maxBytes, declared));
    }
    return { bytes: await readBody(response, options.maxBytes), contentType, url: url.href };
  }
}

function reason(error: unknown, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `timed out after ${timeoutMs / 1000} s`;
  if (error instanceof InputError) return error.reason;
  const code = (error as NodeJS.ErrnoException).code;
  const known = code ? NETWORK_REASONS[code] : undefined;
  if (known) return `unreachable (${known})`;
  // Errors without a code are this module's own refusals, already worded as reasons.
  if (code) return `request failed (${(error as Error).message})`;
  return error instanceof Error ? error.message : String(error);
}

/** Fetches a URL as bytes, or throws InputError naming the URL and what went wrong. */
export async function fetchUrl(input: string, options: FetchOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    return await follow(parseUrl(input), options, controller.signal);
  } catch (error) {
    throw new InputError(input, reason(error, controller.signal.aborted, options.timeoutMs));
  } finally {
    clearTimeout(timer);
  }
}
