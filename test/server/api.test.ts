// The analysis endpoint and the API's guards: validation, size cap, token, URL address guard,
// error bodies and security headers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { Store } from '../../src/store/types.ts';
import type { Analysis } from '../../src/types.ts';
import { postJson, type TestApp, testApp } from './helpers.ts';

const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

async function errorOf(response: Response): Promise<string> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body = (await response.json()) as { error: string; status: number };
  assert.equal(body.status, response.status);
  assert.equal(typeof body.error, 'string');
  return body.error;
}

describe('POST /api/analyze', () => {
  test('returns the analysis contract for text', async () => {
    const response = await postJson(t.app, '/api/analyze', { text: SEED, published: '2024-11-15' });
    assert.equal(response.status, 200);
    const analysis = (await response.json()) as Analysis;
    assert.equal(analysis.schemaVersion, 1);
    assert.equal(analysis.article.published, '2024-11-15');
    const names = analysis.actors.map((actor) => actor.name);
    assert.ok(names.includes('Elon Musk') && names.includes('Amir Saeid Iravani'), names.join(', '));
    assert.ok(analysis.events.some((event) => event.cameo.startsWith('04')));
  });

  test('reads HTML and takes title and publisher from the body', async () => {
    const html = `<html><head><title>Page</title></head><body><article><h1>Talks resume</h1>
      <p>${'Iranian and American diplomats met in Oman on Monday to discuss the nuclear programme. '.repeat(3)}</p></article></body></html>`;
    const response = await postJson(t.app, '/api/analyze', { html, publisher: 'Test Wire', published: '2025-01-02' });
    assert.equal(response.status, 200);
    const analysis = (await response.json()) as Analysis;
    assert.equal(analysis.article.publisher, 'Test Wire');
    assert.match(analysis.article.text, /met in Oman/);
  });

  test('400 on a body that is not JSON', async () => {
    const response = await postJson(t.app, '/api/analyze', '{"text": "unterminated');
    assert.equal(response.status, 400);
    assert.match(await errorOf(response), /not valid JSON/);
  });

  test('400 on bodies without exactly one input', async () => {
    for (const body of [{}, [], 'null', { text: 'a', html: '<p>b</p>' }, { text: 42 }, { text: '   ' }]) {
      const response = await postJson(t.app, '/api/analyze', typeof body === 'string' ? body : body);
      assert.equal(response.status, 400, JSON.stringify(body));
      await errorOf(response);
    }
  });

  test('400 on a malformed publication date', async () => {
    const response = await postJson(t.app, '/api/analyze', { text: SEED, published: '15/11/2024' });
    assert.equal(response.status, 400);
    assert.match(await errorOf(response), /published/);
  });

  test('422 when the text is no article', async () => {
    const response = await postJson(t.app, '/api/analyze', { text: 'Too short.' });
    assert.equal(response.status, 422);
    assert.match(await errorOf(response), /no article body/);
  });

  test('405 for another method on a POST endpoint, 404 for an unknown one', async () => {
    assert.equal((await t.app.request('/api/analyze')).status, 405);
    const missing = await t.app.request('/api/nothing');
    assert.equal(missing.status, 404);
    await errorOf(missing);
  });
});

describe('request size cap', () => {
  test('413 for a body over the cap, whether or not it declares its length', async () => {
    const small = await testApp({ maxBodyBytes: 1024 });
    try {
      const body = JSON.stringify({ text: 'word '.repeat(1000) });
      const declared = await postJson(small.app, '/api/analyze', body, { 'content-length': String(Buffer.byteLength(body)) });
      assert.equal(declared.status, 413);
      assert.match(await errorOf(declared), /over the 1 KB limit/);
      const streamed = await small.app.request('/api/articles', {
        method: 'POST',
        body: new Blob([body]).stream(),
        // @ts-expect-error: Node's fetch needs duplex for a stream body; the DOM typings do not know it.
        duplex: 'half',
      });
      assert.equal(streamed.status, 413);
    } finally {
      await small.close();
    }
  });

  test('the default cap is 2 MB', async () => {
    const response = await postJson(t.app, '/api/analyze', { text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    assert.equal(response.status, 413);
  });
});

describe('URL inputs', () => {
  let server: Server;
  let port: number;
  let hits = 0;
  before(async () => {
    server = createServer((_request, response) => {
      hits++;
      response.end('<html><body><p>private page</p></body></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('refuses loopback and private addresses without fetching', async () => {
    for (const url of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`, `http://[::1]:${port}/`, 'http://10.1.2.3/', 'http://169.254.169.254/latest/meta-data']) {
      const response = await postJson(t.app, '/api/analyze', { url });
      assert.equal(response.status, 422, url);
      const message = await errorOf(response);
      assert.match(message, /refused/, url);
      assert.match(message, /non-public address/, url);
      assert.doesNotMatch(message, /--allow-private/);
    }
    const stored = await postJson(t.app, '/api/articles', { url: `http://127.0.0.1:${port}/` });
    assert.equal(stored.status, 422);
    assert.equal(hits, 0);
  });

  test('400 for URLs that are not http(s)', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a', 'not a url']) {
      const response = await postJson(t.app, '/api/analyze', { url });
      assert.equal(response.status, 400, url);
    }
  });
});

describe('write token', () => {
  test('POST needs the bearer token when one is configured; GET does not', async () => {
    const guarded = await testApp({ token: 'sesame' });
    try {
      const missing = await postJson(guarded.app, '/api/analyze', { text: SEED });
      assert.equal(missing.status, 401);
      assert.match(missing.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.match(await errorOf(missing), /Authorization: Bearer/);
      const wrong = await postJson(guarded.app, '/api/articles', { text: SEED }, { authorization: 'Bearer open' });
      assert.equal(wrong.status, 401);
      const right = await postJson(guarded.app, '/api/analyze', { text: SEED }, { authorization: 'Bearer sesame' });
      assert.equal(right.status, 200);
      assert.equal((await guarded.app.request('/api/health')).status, 200);
    } finally {
      await guarded.close();
    }
  });

  test('the token defaults to DETENTE_TOKEN, and a missing token is refused before the body is read', async () => {
    const saved = process.env.DETENTE_TOKEN;
    process.env.DETENTE_TOKEN = 'from-env';
    try {
      const app = createApp({ store: t.store, catalog: t.catalog, maxBodyBytes: 16 });
      const response = await postJson(app, '/api/articles', { text: SEED });
      assert.equal(response.status, 401);
      const health = (await (await app.request('/api/health')).json()) as { auth: boolean };
      assert.equal(health.auth, true);
    } finally {
      if (saved === undefined) delete process.env.DETENTE_TOKEN;
      else process.env.DETENTE_TOKEN = saved;
    }
  });
});

describe('responses', () => {
  test('every response carries the CSP and nosniff headers, errors included', async () => {
    for (const response of [await t.app.request('/api/health'), await t.app.request('/api/nothing'), await postJson(t.app, '/api/analyze', '{')]) {
      assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'/);
      assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self'(;|$)/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  test('500 without internals when something breaks', async () => {
    const broken = { kind: 'sqlite', counts: async () => Promise.reject(new Error('disk on fire at /var/secret/db')) } as unknown as Store;
    const app = createApp({ store: broken, catalog: t.catalog, token: null });
    const write = process.stderr.write;
    const logged: string[] = [];
    process.stderr.write = ((chunk: string) => {
      logged.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    let response: Response;
    try {
      response = await app.request('/api/health');
    } finally {
      process.stderr.write = write;
    }
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.deepEqual(JSON.parse(text), { error: 'internal error', status: 500 });
    assert.ok(logged.join('').includes('disk on fire'), 'the cause is logged on the server');
  });
});
