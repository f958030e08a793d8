import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const SEED_GOLD = fileURLToPath(new URL('../fixtures/gold/seed-gold.json', import.meta.url));

function detente(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('eval scores the seed gold at root, code and dyad level', () => {
  const { code, stdout, stderr } = detente(['eval', SEED_GOLD]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^root\s+100\.0%\s+100\.0%\s+100\.0%/m);
  assert.match(stdout, /must-not rules: 3\/3 hold/);
});

test('eval --show 0 lists no misses or false alarms', () => {
  const { code, stdout } = detente(['eval', SEED_GOLD, '--show', '0']);
  assert.equal(code, 0);
  assert.doesNotMatch(stdout, /^(misses|false alarms)/m);
});

test('eval rejects a negative --show as a usage error', () => {
  assert.equal(detente(['eval', SEED_GOLD, '--show=-1']).code, 2);
});
