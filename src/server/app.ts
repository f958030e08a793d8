// The HTTP JSON API (documented in README.md here) and the web app's static files, as a hono app
// that tests drive with app.request() and startServer() puts on a socket.
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { dyadSeries } from '../aggregate/dyad.ts';
import { mergePending } from '../aggregate/merge.ts';
import { InputError, UsageError } from '../errors.ts';
import { allCodes } from '../events/codebook.ts';
import { assertPublicHost, ingest, ingestHtml, ingestText } from '../ingest/index.ts';
import { formatBytes } from '../ingest/limits.ts';
import { analyzeArticle } from '../pipeline.ts';
import { articleCopy, contentHash } from '../store/record.ts';
import type { DyadQuery, EventFilter, Stance, Store } from '../store/types.ts';
import type { ArticleMeta } from '../types.ts';
import type { ArticleCatalog } from './catalog.ts';
import { badRequest, HttpError } from './http-error.ts';
import { type ArticleRequest, actorCode, cameoPrefix, choice, flag, integer, isoDate, parseArticleRequest } from './params.ts';
import { staticResponse } from './static.ts';

export interface AppOptions {
  store: Store;
  catalog: ArticleCatalog;
  /** Bearer token required on POST requests; defaults to $DETENTE_TOKEN; none when empty. */
  token?: string | null;
  /** Largest request body accepted, in bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Largest page fetched for a URL, in bytes (default 5 MB). */
  maxFetchBytes?: number;
  /** Deadline for fetching a URL (default 15 s). */
  fetchTimeoutMs?: number;
  /** Absolute path of the built web app (web/dist); the API alone when null. */
  webRoot?: string | null;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** No inline script or style anywhere: the built app loads one script and one stylesheet from 'self'. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const ALL_STANCES: Stance[] = ['asserted', 'reported', 'intended', 'attempted', 'demanded', 'hypothetical'];
const MAX_EVENTS = 1000;
/** With `until`, the store (which has no upper date bound) is asked for this many of the latest events. */
const UNTIL_SCAN = 20_000;

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares digests so that neither the token's content nor its length leaks through timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!.trim()), digest(token));
}

/** Drops the command-line hints ("use --allow-private…") from ingest's reasons: they mean nothing to an API client. */
function apiReason(reason: string): string {
  return reason.replace(/\s*\((?:use|raise it with) --[a-z-]+[^)]*\)/g, '');
}

function errorBody(c: Context, status: HttpError['status'], message: string) {
  return c.json({ error: message, status }, status);
}

export function createApp(options: AppOptions) {
  const { store, catalog } = options;
  const token = options.token === undefined ? process.env.DETENTE_TOKEN || null : options.token || null;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const webRoot = options.webRoot ?? null;
  let cameoLabels: Record<string, string> | undefined;

  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });

  app.onError((error, c) => {
    if (error instanceof HttpError) return errorBody(c, error.status, error.message);
    if (error instanceof InputError) return errorBody(c, 422, apiReason(error.message));
    if (error instanceof UsageError) return errorBody(c, 400, error.message);
    // Our bug: logged here, never sent (no stack, no internals).
    process.stderr.write(`detente serve: ${c.req.method} ${c.req.path}: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    return errorBody(c, 500, 'internal error');
  });

  app.notFound((c) => errorBody(c, 404, `no such endpoint: ${c.req.method} ${c.req.path}`));

  const requireToken = async (c: Context, next: () => Promise<void>) => {
    if (token && !tokenMatches(c.req.header('authorization'), token)) {
      c.header('www-authenticate', 'Bearer realm="detente"');
      return errorBody(c, 401, 'this endpoint needs the header Authorization: Bearer <DETENTE_TOKEN>');
    }
    await next();
  };

  const limitBody = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => errorBody(c, 413, `the request body is over the ${formatBytes(maxBodyBytes)} limit`),
  });

  async function readArticle(request: ArticleRequest): Promise<ArticleMeta> {
    const meta = { published: request.published ?? null, title: request.title ?? null, publisher: request.publisher ?? null };
    const { input } = request;
    if (input.kind === 'text') return ingestText(input.text, meta);
    if (input.kind === 'html') return ingestHtml(input.html, meta);
    await refuseNonPublic(input.url);
    return ingest(
      { kind: 'url', url: input.url },
      { ...meta, allowPrivate: false, maxBytes: options.maxFetchBytes, timeoutMs: options.fetchTimeoutMs },
    );
  }

  async function readBody(c: Context): Promise<ArticleRequest> {
    return parseArticleRequest(await c.req.text());
  }

  app.get('/api/health', async (c) => {
    const counts = await store.counts();
    return c.json({ status: 'ok', store: store.kind, ...counts, auth: token !== null });
  });

  app.post('/api/analyze', requireToken, limitBody, async (c) => {
    const request = await readBody(c);
    return c.json(analyzeArticle(await readArticle(request)));
  });

  app.post('/api/articles', requireToken, limitBody, async (c) => {
    const article = await readArticle(await readBody(c));
    const hash = contentHash(article.text);
    // The hash needs only the clean text, so a known article is not analysed again; another outlet's
    // copy of it is recorded, since merged events count distinct sources over copies.
    const copy = await store.recordCopy(hash, articleCopy(article));
    const known = copy === 'missing' ? null : await catalog.idByHash(hash);
    if (known !== null) {
      if (copy === 'added') await mergePending(store);
      return c.json({ id: known, created: false, title: article.title }, 200);
    }
    const analysis = analyzeArticle(article);
    const created = await store.saveArticle(analysis, hash);
    if (created) await mergePending(store);
    const id = await catalog.idByHash(hash);
    if (id === null) throw new Error(`article ${hash} was saved but cannot be found`);
    c.header('location', `/api/articles/${id}`);
    return c.json({ id, created, title: article.title, events: analysis.events.length }, created ? 201 : 200);
  });

  app.get('/api/articles', async (c) => {
    const q = c.req.query();
    const page = await catalog.list({
      q: q.q?.slice(0, 200),
      publisher: q.publisher || undefined,
      actor: actorCode(q.actor, 'actor'),
      since: isoDate(q.since, 'since'),
      until: isoDate(q.until, 'until'),
      page: integer(q.page, 'page', 1, 1, 100_000),
      pageSize: integer(q.pageSize, 'pageSize', 20, 1, 100),
    });
    return c.json(page);
  });

  app.get('/api/articles/:id', async (c) => {
    const id = integer(c.req.param('id'), 'article id', 0, 1, Number.MAX_SAFE_INTEGER);
    const article = await catalog.get(id);
    if (!article) throw new HttpError(404, `no article with id ${id}`);
    return c.json(article);
  });

  app.get('/api/events', async (c) => {
    const q = c.req.query();
    const dyad = q.dyad ? q.dyad.split(',') : undefined;
    if (dyad && dyad.length !== 2) throw badRequest(`dyad must be two codes separated by a comma, e.g. USA,IRN; got '${q.dyad}'`);
    const limit = integer(q.limit, 'limit', 100, 1, MAX_EVENTS);
    const until = isoDate(q.until, 'until');
    const filter: EventFilter = {
      actor: actorCode(q.actor, 'actor'),
      dyad: dyad ? [actorCode(dyad[0], 'dyad')!, actorCode(dyad[1], 'dyad')!] : undefined,
      code: cameoPrefix(q.code, 'code'),
      since: isoDate(q.since, 'since'),
      includeNegated: flag(q.negated, 'negated'),
      limit: until ? UNTIL_SCAN : limit,
    };
    let events = await store.events(filter);
    if (until) events = events.filter((event) => event.day !== null && event.day <= until).slice(0, limit);
    return c.json({ items: events });
  });

  app.get('/api/dyads/:a/:b/series', async (c) => {
    const q = c.req.query();
    const query: DyadQuery = {
      a: actorCode(c.req.param('a'), 'actor A')!,
      b: actorCode(c.req.param('b'), 'actor B')!,
      directed: flag(q.directed, 'directed'),
      stances: choice(q.modalities, 'modalities', ['asserted', 'all'] as const, 'asserted') === 'all' ? ALL_STANCES : ['asserted'],
      from: isoDate(q.from, 'from'),
      to: isoDate(q.to, 'to'),
      by: choice(q.by, 'by', ['day', 'week', 'month'] as const, 'week'),
    };
    return c.json({ ...query, periods: await dyadSeries(store, query) });
  });

  app.get('/api/actors', async (c) => {
    return c.json({ items: await catalog.actors(integer(c.req.query('limit'), 'limit', 200, 1, 2000)) });
  });

  app.get('/api/cameo', (c) => {
    cameoLabels ??= Object.fromEntries(allCodes().map((info) => [info.code, info.label]));
    c.header('cache-control', 'public, max-age=3600');
    return c.json({ labels: cameoLabels });
  });

  // Known endpoints asked with another method: 405 rather than a misleading 404.
  for (const path of ['/api/analyze', '/api/articles', '/api/health', '/api/events', '/api/actors', '/api/cameo']) {
    app.all(path, (c) => errorBody(c, 405, `${c.req.method} is not allowed on ${path}`));
  }

  app.get('*', async (c, next) => {
    if (!webRoot || c.req.path.startsWith('/api/')) return next();
    return (await staticResponse(webRoot, c.req.path)) ?? next();
  });

  return app;
}

/** Refuses a URL whose host is not a public address, with a message meant for API clients. */
async function refuseNonPublic(input: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw badRequest(`"url" is not a valid URL: '${input}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest('"url" must be an http or https URL');
  try {
    await assertPublicHost(url.hostname);
  } catch (error) {
    if (error instanceof InputError && /non-public address/.test(error.reason)) {
      throw new HttpError(422, `${input}: refused: the host is a private, loopback or otherwise non-public address, which the API never fetches`);
    }
    throw error;
  }
}
