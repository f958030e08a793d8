// Lists test files explicitly: on Node 20 `node --test` with a glob silently runs zero tests.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : findTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const files = findTests('test').sort();
if (files.length === 0) {
  console.error('no test files found under test/');
  process.exit(1);
}
// The build first: the CLI tests run bin/detente.js, which runs dist/ as `npx detente` does.
run(process.execPath, ['scripts/build.mjs']);
run('npx', ['tsc', '--noEmit']);
run('npx', ['tsc', '--noEmit', '-p', 'web']);
run('npx', ['biome', 'lint', 'src', 'test', 'bench', 'scripts', 'bin', 'web', 'vite.config.ts']);
run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]);
