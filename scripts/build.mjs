// `npm run build` (also run by `npm install` through `prepare`): compiles src/ to dist/ with tsc.
// The CLI and the ingest workers run from dist/ because tsx keeps function names by wrapping every
// function it compiles, which costs the hot analysis code about half its speed.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { BUILD_STAMP, DIST } from '../bin/build-state.js';

rmSync(DIST, { recursive: true, force: true });
const result = spawnSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
  cwd: new URL('..', import.meta.url),
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(BUILD_STAMP, `${new Date().toISOString()}\n`);
