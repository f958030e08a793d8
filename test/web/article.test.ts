// The article view in Chromium: the seed article pasted and analysed, a chip clicked, and an
// article carrying script-injection attempts shown as inert text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../src/server/app.ts';
import type { RunningServer } from '../../src/server/start.ts';
import { launchBrowser, openPage, screenshot, serve, tempDb, type WatchedPage } from './browser.ts';

const SEED = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

const HOSTILE = `Envoys meet in Geneva

Officials from Iran and the United States met in Geneva on Monday, diplomats said. A placard read <script>alert('script')</script> in large letters.

Another note said <img src=x onerror=alert('img')> and was passed around the room. The two delegations agreed to meet again next week to continue the talks.`;

let browser: Browser;
let server: RunningServer;
let watched: WatchedPage;
before(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serve(tempDb())]);
  watched = await openPage(browser);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the page is served with the CSP and loads without violations', async () => {
  const response = await fetch(`${server.url}/`);
  assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.doesNotMatch(await response.text(), /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script in index.html');
});

test('pasting the seed article highlights Musk and Iravani and shows the meeting chip', async () => {
  const { page, problems } = watched;
  await page.goto(`${server.url}/`);
  await page.fill('textarea[name=article]', SEED);
  await page.fill('input[name=published]', '2024-11-15');
  await page.click('button[type=submit]');
  await page.waitForSelector('.article-view .sentence-row', { timeout: 60_000 });

  const musk = page.locator('.sentence .actor', { hasText: 'Elon Musk' }).first();
  assert.match((await musk.getAttribute('title')) ?? '', /USAGOV/);
  assert.match((await musk.getAttribute('class')) ?? '', /kind-person/);
  const iravani = page.locator('.sentence .actor', { hasText: 'Amir Saeid Iravani' }).first();
  assert.match((await iravani.getAttribute('title')) ?? '', /IRNGOV/);

  const chip = page.locator('button.chip[data-cameo^="04"]').first();
  assert.ok(await chip.isVisible());
  assert.match((await chip.textContent()) ?? '', /Consult|Meet/i);
  assert.ok((await page.locator('button.chip.negated').count()) > 0, 'negated events are marked');
  assert.ok((await page.locator('.sources .source').count()) > 0);
  const stance = page.locator('.stances-panel .stance', { hasText: 'favor' });
  assert.match((await stance.textContent()) ?? '', /Pezeshkian.*favor.*negotiating/);
  await screenshot(page, 'article-seed');

  await chip.click();
  const row = page.locator('.sentence-row.highlighted').first();
  assert.match((await row.textContent()) ?? '', /met secretly/);
  assert.ok((await row.locator('.arg-source').count()) > 0, 'the source is marked');
  assert.ok((await row.locator('.arg-target').count()) > 0, 'the target is marked');
  await screenshot(page, 'article-seed-selected');
  assert.deepEqual(problems, []);
});

test('script and image-handler injections in an article render as text', async () => {
  const { page, problems, dialogs } = watched;
  const saved = await fetch(`${server.url}/api/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: HOSTILE, published: '2025-03-03' }),
  });
  assert.equal(saved.status, 201);
  const { id } = (await saved.json()) as { id: number };
  await page.goto(`${server.url}/#/article/${id}`);
  await page.waitForSelector('.article-view .sentence-row');
  await page.getByText("<img src=x onerror=alert('img')>").waitFor();
  await page.getByText("<script>alert('script')</script>", { exact: false }).waitFor();
  assert.equal(await page.locator('.article-view img, .article-view script').count(), 0);

  // The same text pasted into the analyse form.
  await page.goto(`${server.url}/#/`);
  await page.fill('textarea[name=article]', HOSTILE);
  await page.click('button[type=submit]');
  await page.waitForSelector('.article-view .sentence-row', { timeout: 60_000 });
  await page.getByText("<img src=x onerror=alert('img')>").waitFor();
  assert.equal(await page.locator('.article-view img, .article-view script').count(), 0);
  await page.waitForTimeout(300);
  await screenshot(page, 'article-injection');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
});
