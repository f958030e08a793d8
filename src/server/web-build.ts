// Builds the web app with Vite when web/dist is missing or older than its sources, so `detente serve`
// and `detente demo` work right after `npm install` with no separate build step. A lock directory
// keeps two processes (parallel test files, say) from building into web/dist at once.
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIR = join(REPO_ROOT, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');

const LOCK = join(WEB_DIR, '.build-lock');
/** A lock older than this was left by a build that died. */
const STALE_LOCK_MS = 5 * 60_000;
const POLL_MS = 250;

async function mtime(path: string): Promise<number> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return 0;
  }
}

async function newestIn(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestIn(path) : await mtime(path));
  }
  return newest;
}

/** Whether web/dist was built after the last change to the app's sources and build config. */
export async function webBuildIsFresh(): Promise<boolean> {
  const built = await mtime(join(WEB_DIST, 'index.html'));
  if (built === 0) return false;
  const sources = Math.max(
    await mtime(join(WEB_DIR, 'index.html')),
    await newestIn(join(WEB_DIR, 'src')),
    await mtime(join(REPO_ROOT, 'vite.config.ts')),
  );
  return built >= sources;
}

async function takeLock(): Promise<boolean> {
  try {
    await mkdir(LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (Date.now() - (await mtime(LOCK)) > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
    return false;
  }
}

export interface WebBuildOptions {
  log?: (line: string) => void;
}

/** Makes sure web/dist is up to date and returns its path. */
export async function ensureWebBuild(options: WebBuildOptions = {}): Promise<string> {
  while (!(await webBuildIsFresh())) {
    if (!(await takeLock())) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      // Checked again under the lock: another process may have just finished the build.
      if (!(await webBuildIsFresh())) {
        options.log?.('building the web app (web/dist)…');
        const { build } = await import('vite');
        await build({ configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'warn' });
      }
    } finally {
      await rm(LOCK, { recursive: true, force: true });
    }
  }
  return WEB_DIST;
}
