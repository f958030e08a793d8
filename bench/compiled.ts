// Benchmarks measure what `npx detente` runs: the modules `npm run build` compiled to dist/.
import { buildIsCurrent, DIST } from '../bin/build-state.js';

if (!buildIsCurrent()) {
  console.error('bench: dist/ is missing or older than src/; run `npm run build` (`npm run bench` does)');
  process.exit(1);
}

/** The compiled counterpart of `src/<path>`, typed as its source: `compiled<typeof import('../src/x.ts')>('x.ts')`. */
export function compiled<Module>(path: string): Promise<Module> {
  return import(new URL(path.replace(/\.ts$/, '.js'), DIST).href) as Promise<Module>;
}
