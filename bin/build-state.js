// Whether dist/ holds a build of the current src/: the launcher and the benchmarks run the build only then.
import { existsSync, readdirSync, statSync } from 'node:fs';

export const DIST = new URL('../dist/', import.meta.url);
export const BUILD_STAMP = new URL('.built', DIST);
const SRC = new URL('../src/', import.meta.url);

/** True when dist/ was built after the last change to any file under src/. */
export function buildIsCurrent() {
  if (!existsSync(BUILD_STAMP)) return false;
  const built = statSync(BUILD_STAMP).mtimeMs;
  return readdirSync(SRC, { recursive: true }).every((name) => statSync(new URL(name, SRC)).mtimeMs <= built);
}
