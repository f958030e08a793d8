// The corpus endpoints over a temporary SQLite store: storing articles, listing and reading them,
// events, dyad series, actors and labels; the static app; the server on a loopback socket.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createApp } from '../../src/server/app.ts';
import type { ArticlePage, StoredArticle } from '../../src/server/catalog.ts';
import { startServer } from '../../src/server/start.ts';
import type { MergedEvent } from '../../src/store/types.ts';
import { postJson, type TestApp, testApp } from './helpers.ts';

const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const SECOND = `Russia and Ukraine exchange prisoners

Russia and Ukraine exchanged 150 prisoners of war on Tuesday in a swap mediated by the United Arab Emirates.

Ukraine thanked the Emirati mediators. Russian Foreign Minister Sergei Lavrov said Moscow was open to further exchanges.`;

let t: TestApp;
let seedId: number;
before(async () => {
  t = await testApp();
  const response = await postJson(t.app, '/api/articles', { text: SEED, published: '2024-11-15', publisher: 'PJ Media' });
  assert.equal(response.status, 201);
  seedId = ((await response.json()) as { id: number }).id;
  assert.equal(response.headers.get('location'), `/api/articles/${seedId}`);
  assert.equal((await postJson(t.app, '/api/articles', { text: SECOND, published: '2025-02-05', publisher: 'Demo Wire' })).status, 201);
});
after(() => t.close());

const json = async <T>(path: string, status = 200): Promise<T> => {
  const response = await t.app.request(path);
  assert.equal(response.status, status, `${path}: ${response.status}`);
  return (await response.json()) as T;
};

describe('POST /api/articles', () => {
  test('storing the same text again returns the stored id without a second copy', async () => {
    const again = await postJson(t.app, '/api/articles', { text: SEED, published: '2024-11-15' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { id: seedId, created: false, title: "Musk Met With Iran's UN Ambassador Looking to 'Defuse Tensions' With the U.S." });
    assert.equal((await json<{ articles: number }>('/api/health')).articles, 2);
  });

  test("another outlet's copy of a stored text is counted as a second source, not stored twice", async () => {
    const before = (await json<{ items: MergedEvent[] }>('/api/events?actor=UKR')).items;
    assert.ok(before.length > 0 && before.every((event) => event.numSources === 1));
    const copy = await postJson(t.app, '/api/articles', { text: SECOND, published: '2025-02-05', publisher: 'Other Wire' });
    assert.equal(copy.status, 200);
    assert.equal(((await copy.json()) as { created: boolean }).created, false);
    assert.equal((await json<{ articles: number }>('/api/health')).articles, 2);
    const after = (await json<{ items: MergedEvent[] }>('/api/events?actor=UKR')).items;
    assert.equal(after.length, before.length);
    assert.ok(after.every((event) => event.numSources === 2));
  });
});

describe('GET /api/articles', () => {
  test('lists newest first with totals and pages', async () => {
    const page = await json<ArticlePage>('/api/articles?pageSize=1');
    assert.equal(page.total, 2);
    assert.equal(page.items.length, 1);
    assert.equal(page.items[0]!.published, '2025-02-05');
    const second = await json<ArticlePage>('/api/articles?pageSize=1&page=2');
    assert.equal(second.items[0]!.id, seedId);
    assert.ok(second.items[0]!.events > 0);
    assert.match(second.items[0]!.snippet, /^Elon Musk/);
  });

  test('searches title and text, and filters by publisher, actor and date', async () => {
    const ids = async (query: string) => (await json<ArticlePage>(`/api/articles?${query}`)).items.map((item) => item.id);
    assert.deepEqual(await ids('q=IRAVANI'), [seedId]);
    assert.deepEqual(await ids('q=100%25'), []);
    assert.deepEqual(await ids('publisher=PJ%20Media'), [seedId]);
    assert.deepEqual(await ids('actor=irngov'), [seedId]);
    assert.equal((await ids('actor=UKR')).length, 1);
    assert.deepEqual(await ids('until=2024-12-31'), [seedId]);
    assert.equal((await ids('since=2025-01-01')).length, 1);
  });

  test('400 for malformed parameters', async () => {
    for (const query of ['page=0', 'pageSize=500', 'since=yesterday', 'actor=U$A']) await json(`/api/articles?${query}`, 400);
  });
});

describe('GET /api/articles/:id', () => {
  test('returns the stored analysis', async () => {
    const stored = await json<StoredArticle>(`/api/articles/${seedId}`);
    assert.equal(stored.id, seedId);
    assert.equal(stored.analysis.schemaVersion, 1);
    assert.equal(stored.analysis.article.publisher, 'PJ Media');
    assert.match(stored.hash, /^[0-9a-f]{64}$/);
  });

  test('404 for an unknown id, 400 for a malformed one', async () => {
    await json('/api/articles/9999', 404);
    await json('/api/articles/abc', 400);
  });
});

describe('GET /api/events', () => {
  test('filters by actor, dyad, code and dates', async () => {
    const all = (await json<{ items: MergedEvent[] }>('/api/events')).items;
    assert.ok(all.length > 5);
    const meeting = (await json<{ items: MergedEvent[] }>('/api/events?dyad=USA,IRN&code=04')).items;
    assert.ok(meeting.some((event) => event.cameo === '040' && event.mentions[0]!.articleId === seedId));
    for (const event of meeting) assert.ok(event.cameo.startsWith('04'));
    const ukraine = (await json<{ items: MergedEvent[] }>('/api/events?actor=UKR')).items;
    assert.ok(ukraine.length > 0);
    for (const event of ukraine) assert.ok(event.source.code.startsWith('UKR') || event.target?.code.startsWith('UKR'));
    const early = (await json<{ items: MergedEvent[] }>('/api/events?until=2024-12-31')).items;
    const late = (await json<{ items: MergedEvent[] }>('/api/events?since=2025-01-01')).items;
    assert.ok(early.length > 0 && late.length > 0);
    assert.ok(early.every((event) => event.day !== null && event.day <= '2024-12-31'));
    assert.ok(late.every((event) => event.day !== null && event.day >= '2025-01-01'));
    assert.equal((await json<{ items: MergedEvent[] }>('/api/events?limit=2')).items.length, 2);
  });

  test('negated events only when asked for', async () => {
    const without = (await json<{ items: MergedEvent[] }>('/api/events?limit=1000')).items;
    const withNegated = (await json<{ items: MergedEvent[] }>('/api/events?limit=1000&negated=true')).items;
    assert.ok(without.every((event) => event.stance !== 'negated'));
    assert.ok(withNegated.some((event) => event.stance === 'negated'));
  });

  test('400 for malformed filters', async () => {
    for (const query of ['dyad=USA', 'code=abc', 'limit=0', 'negated=maybe']) await json(`/api/events?${query}`, 400);
  });
});

describe('GET /api/dyads/:a/:b/series', () => {
  test('periods of the dyad with quad counts and tension', async () => {
    const series = await json<{ by: string; periods: { period: string; quad: number[]; tension: number | null }[] }>(
      '/api/dyads/rus/ukr/series?by=month',
    );
    assert.equal(series.by, 'month');
    assert.deepEqual(
      series.periods.map((p) => p.period),
      ['2025-02'],
    );
    assert.ok(series.periods[0]!.quad[1]! > 0, 'the exchange of prisoners is material cooperation');
    assert.ok(series.periods[0]!.tension! < 0);
    const weekly = await json<{ by: string }>('/api/dyads/USA/IRN/series');
    assert.equal(weekly.by, 'week');
  });

  test('400 for a bad period or code', async () => {
    await json('/api/dyads/USA/IRN/series?by=year', 400);
    await json('/api/dyads/USA/I-N/series', 400);
  });
});

describe('GET /api/actors and /api/cameo', () => {
  test('actor codes by article count, and CAMEO labels', async () => {
    const actors = (await json<{ items: { code: string; articles: number }[] }>('/api/actors')).items;
    assert.ok(actors.some((actor) => actor.code === 'IRNGOV'));
    const { labels } = await json<{ labels: Record<string, string> }>('/api/cameo');
    assert.match(labels['040'] ?? '', /consult/i);
  });
});

describe('the web app files', () => {
  test('served from the web root with the security headers; nothing outside it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'detente-webroot-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'app-1.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'outside.txt'), 'secret');
    const app = createApp({ store: t.store, catalog: t.catalog, token: null, webRoot: root });
    const index = await app.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /text\/html/);
    assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    const asset = await app.request('/assets/app-1.js');
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await app.request('/%2e%2e/outside.txt')).status, 404);
    assert.equal((await app.request('/assets/..%2f..%2foutside.txt')).status, 404);
    assert.equal((await app.request('/api/nothing')).status, 404);
  });
});

describe('startServer', () => {
  test('listens on loopback on a free port and closes cleanly', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'detente-serve-')), 'serve.db');
    const server = await startServer({ db, port: 0, noWeb: true, token: null });
    try {
      assert.equal(server.host, '127.0.0.1');
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/health`);
      assert.equal(response.status, 200);
      assert.equal(((await response.json()) as { articles: number }).articles, 0);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    } finally {
      await server.close();
    }
  });
});
