// Shared set-up for the browser tests: one headless Chromium per test file, a server started
// in-process on a loopback port with a temporary SQLite database, and screenshots kept as artefacts.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chromium from '@sparticuz/chromium';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { type RunningServer, startServer } from '../../src/server/start.ts';

export const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts');

const CHROMIUM_LOCK = join(tmpdir(), 'detente-chromium-lock');

/**
 * The first call unpacks Chromium into the temp directory and later calls reuse it, so two test
 * files starting together must not both unpack (one would launch a half-written binary).
 */
async function chromiumPath(): Promise<string> {
  for (;;) {
    try {
      mkdirSync(CHROMIUM_LOCK);
      break;
    } catch {
      const since = statSync(CHROMIUM_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
      if (Date.now() - since > 120_000) rmSync(CHROMIUM_LOCK, { force: true, recursive: true });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await chromium.executablePath();
  } finally {
    rmSync(CHROMIUM_LOCK, { force: true, recursive: true });
  }
}

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({ executablePath: await chromiumPath(), args: chromium.args, headless: true });
}

/** A database path in a fresh temporary directory. */
export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'detente-web-')), 'test.db');
}

export function serve(db: string): Promise<RunningServer> {
  return startServer({ db, host: '127.0.0.1', port: 0, token: null });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught page errors, CSP violations and dialogs seen so far. */
  problems: string[];
  dialogs: string[];
}

/**
 * A page that records what must never happen: script errors, CSP violations, dialogs. Tests share
 * one page per file: Chromium runs with --single-process here, and closing a page can end it.
 */
export async function openPage(browser: Browser): Promise<WatchedPage> {
  // A fixed locale: the host's ("en-US@posix" under LANG=C) is not a valid tag for Intl.
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  const problems: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, problems, dialogs };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
