// The dyad dashboard and the article list in Chromium, on the demo database.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildDemoDatabase } from '../../src/server/demo.ts';
import type { RunningServer } from '../../src/server/start.ts';
import { launchBrowser, openPage, screenshot, serve, tempDb, type WatchedPage } from './browser.ts';

let browser: Browser;
let server: RunningServer;
let watched: WatchedPage;
before(async () => {
  const db = tempDb();
  [browser] = await Promise.all([launchBrowser(), buildDemoDatabase(db)]);
  server = await serve(db);
  watched = await openPage(browser);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the dashboard draws the USA–IRN series and lists its events', async () => {
  const { page, problems } = watched;
  await page.goto(`${server.url}/#/dyad?a=USA&b=IRN&by=month`);
  const canvas = page.locator('.dyad-chart canvas');
  await canvas.waitFor();
  const box = await canvas.boundingBox();
  assert.ok(box && box.width > 100 && box.height > 100, `canvas size ${JSON.stringify(box)}`);
  // Something was drawn: the plot has pixels of more than one colour.
  const colours = await canvas.evaluate((element) => {
    const canvas = element as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  });
  assert.ok(colours > 3, `only ${colours} colours on the canvas`);
  const rows = page.locator('.event-row');
  await rows.first().waitFor();
  assert.ok((await rows.count()) >= 5);
  assert.match((await page.locator('.summary').textContent()) ?? '', /cooperative and \d+ conflictual events over 6 months/);
  await screenshot(page, 'dashboard-usa-irn');

  // An event's link opens its article with the reporting sentence highlighted.
  const link = rows.first().locator('a.article-link');
  const sentence = (await rows.first().locator('.sentence-text').textContent()) ?? '';
  await link.click();
  await page.waitForSelector('.sentence-row.highlighted');
  assert.equal(await page.locator('.sentence-row.highlighted .sentence').textContent(), sentence);
  assert.deepEqual(problems, []);
});

test('the form switches dyads and periods', async () => {
  const { page, problems } = watched;
  await page.goto(`${server.url}/#/dyad`);
  await page.fill('input[name=a]', 'rus');
  await page.fill('input[name=b]', 'ukr');
  await page.selectOption('select[name=by]', 'week');
  await page.click('button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('a=rus') && document.querySelector('.dyad-page h2')?.textContent?.includes('RUS'));
  await page.locator('.dyad-chart canvas').waitFor();
  assert.match((await page.locator('.dyad-page h2').textContent()) ?? '', /RUS ↔ UKR by week/);
  assert.ok((await page.locator('.event-row').count()) >= 5);
  await screenshot(page, 'dashboard-rus-ukr');
  assert.deepEqual(problems, []);
});

test('the article list searches the corpus', async () => {
  const { page, problems } = watched;
  await page.goto(`${server.url}/#/articles`);
  await page.waitForSelector('.article-table tbody tr');
  assert.equal(await page.locator('.article-table tbody tr').count(), 17);
  await page.fill('input[name=q]', 'tanker');
  await page.click('.filters button[type=submit]');
  // The page starts afresh for the new query, so wait for the new, shorter table rather than for any change.
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll('.article-table tbody tr').length;
    return rows > 0 && rows < 17;
  });
  const titles = await page.locator('.article-table tbody tr a').allTextContents();
  assert.ok(titles.length >= 1 && titles.some((title) => /tanker/i.test(title)), titles.join(' | '));
  await screenshot(page, 'articles-search');
  assert.deepEqual(problems, []);
});
