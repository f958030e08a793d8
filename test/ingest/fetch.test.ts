// Every request goes to a server on 127.0.0.1 that this file starts; nothing else is contacted.
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { InputError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';
import { fetchUrl as fetchRaw } from '../../src/ingest/fetch.ts';

const page = `<!DOCTYPE html><html><head><title>Summit ends without deal - Wire</title>
<meta property="article:published_time" content="2024-06-02T10:00:00Z"></head>
<body><article><h1>Summit ends without deal</h1>
<p>The two-day summit in Vilnius ended on Sunday without agreement on a new security framework, diplomats said.</p>
<p>Ministers will meet again in Brussels next month to try to narrow their differences over troop deployments.</p>
</article></body></html>`;

const routes: Record<string, (res: ServerResponse) => void> = {
  '/article': (res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
  '/gzip': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
  '/latin': (res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(iconv.encode(page.replace('Vilnius', 'Liège'), 'windows-1252')),
  '/plain': (res) =>
    res.writeHead(200, { 'content-type': 'text/plain' }).end('Summit ends without deal\n\nThe two-day summit in Vilnius ended on Sunday without agreement, diplomats said.'),
  '/feed': (res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><title>Wire</title></channel></rss>'),
  '/image': (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50])),
  '/missing': (res) => res.writeHead(404, 'Not Found').end('gone'),
  '/broken': (res) => res.writeHead(500, 'Internal Server Error').end(),
  '/big': (res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    for (let i = 0; i < 64; i++) res.write(`<p>${'filler text '.repeat(100)}</p>`);
    res.end();
  },
  '/declared-big': (res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': '999999' }).end(),
  '/hang': () => {},
  '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
  '/to-ftp': (res) => res.writeHead(301, { location: 'ftp://127.0.0.1/file' }).end(),
};

const server = createServer((req, res) => {
  const path = req.url ?? '/';
  const hops = /^\/hops\/(\d+)$/.exec(path);
  if (hops) {
    const left = Number(hops[1]);
    res.writeHead(302, { location: left > 0 ? `/hops/${left - 1}` : '/article' }).end();
    return;
  }
  const route = routes[path];
  if (route) route(res);
  else res.writeHead(404).end();
});
let base = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const local = { allowPrivate: true };
const fetchUrl = (path: string, options = {}) => ingest({ kind: 'url', url: `${base}${path}` }, { ...local, ...options });
const refused = (reason: RegExp) => (e: unknown) => e instanceof InputError && reason.test(e.reason);

test('an HTML page is fetched, extracted and keeps its URL', async () => {
  const article = await fetchUrl('/article');
  assert.equal(article.title, 'Summit ends without deal');
  assert.equal(article.published, '2024-06-02');
  assert.equal(article.url, `${base}/article`);
  assert.equal(article.text.split('\n\n').length, 2);
});

test('gzip bodies, HTTP charsets and plain text are handled', async () => {
  assert.equal((await fetchUrl('/gzip')).title, 'Summit ends without deal');
  assert.ok((await fetchUrl('/latin')).text.includes('summit in Liège ended'));
  assert.equal((await fetchUrl('/plain')).title, 'Summit ends without deal');
});

test('redirects are followed up to five hops, and the final URL is kept', async () => {
  const article = await fetchUrl('/hops/4');
  assert.equal(article.url, `${base}/article`);
  await assert.rejects(fetchUrl('/hops/5'), refused(/too many redirects/));
  await assert.rejects(fetchUrl('/loop'), refused(/too many redirects/));
  await assert.rejects(fetchUrl('/to-ftp'), refused(/only http and https/));
});

test('HTTP error statuses and unreadable content types are refused', async () => {
  await assert.rejects(fetchUrl('/missing'), refused(/^HTTP error 404 Not Found$/));
  await assert.rejects(fetchUrl('/broken'), refused(/^HTTP error 500/));
  await assert.rejects(fetchUrl('/image'), refused(/content type image\/png/));
});

test('feed types are fetched only when feeds are asked for', async () => {
  const options = { maxBytes: 100_000, timeoutMs: 5000, allowPrivate: true };
  await assert.rejects(fetchRaw(`${base}/feed`, options), refused(/content type application\/rss\+xml/));
  const fetched = await fetchRaw(`${base}/feed`, { ...options, acceptFeeds: true });
  assert.match(Buffer.from(fetched.bytes).toString('utf8'), /<rss version="2.0">/);
});

test('bodies over the byte cap are refused, declared or streamed', async () => {
  await assert.rejects(fetchUrl('/big', { maxBytes: 10_000 }), refused(/over the 9.8 KB limit \(raise it with --max-bytes\)/));
  await assert.rejects(fetchUrl('/declared-big', { maxBytes: 10_000 }), refused(/is 976.6 KB \(999999 bytes\), over/));
});

test('a server that never answers times out', async () => {
  await assert.rejects(fetchUrl('/hang', { timeoutMs: 300 }), refused(/^timed out after 0.3 s$/));
});

test('unreachable hosts and bad URLs are refused', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  closed.close();
  await assert.rejects(ingest({ kind: 'url', url: `http://127.0.0.1:${port}/` }, local), refused(/unreachable \(connection refused\)/));
  await assert.rejects(ingest({ kind: 'url', url: 'not a url' }, local), refused(/not a valid URL/));
  await assert.rejects(ingest({ kind: 'url', url: 'file:///etc/passwd' }, local), refused(/only http and https/));
});

test('loopback addresses are refused unless private addresses are allowed', async () => {
  await assert.rejects(ingest({ kind: 'url', url: `${base}/article` }), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.input, `${base}/article`);
    assert.match(e.reason, /127\.0\.0\.1.*--allow-private/);
    return true;
  });
  const port = (server.address() as AddressInfo).port;
  await assert.rejects(ingest({ kind: 'url', url: `http://localhost:${port}/article` }), refused(/--allow-private/));
});
