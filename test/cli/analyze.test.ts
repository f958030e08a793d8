import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../../src/types.ts';

const BIN = fileURLToPath(new URL('../../bin/detente.js', import.meta.url));
const SEED = fileURLToPath(new URL('../fixtures/seed-article.txt', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'detente-cli-'));

function detente(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

test('analyze prints the JSON contract for the seed article', () => {
  const { code, stdout, stderr } = detente(['analyze', SEED, '--published', '2024-11-15']);
  assert.equal(code, 0, stderr);
  const analysis = JSON.parse(stdout) as Analysis;
  assert.equal(analysis.schemaVersion, 1);
  assert.equal(analysis.article.title, "Musk Met With Iran's UN Ambassador Looking to 'Defuse Tensions' With the U.S.");
  assert.equal(analysis.article.published, '2024-11-15');
  for (const line of ['Premium', 'Office of the Iranian Supreme Leader via AP', 'Recommended', 'Trending on PJ Media Videos', 'Advertisement']) {
    assert.ok(analysis.article.furniture.includes(line), `furniture lists ${line}`);
    assert.ok(!analysis.article.text.includes(line), `text is free of ${line}`);
  }
  for (const sentence of analysis.sentences) assert.equal(analysis.article.text.slice(sentence.start, sentence.end), sentence.text);
  const dateOf = (text: string) => analysis.dates.find((date) => date.text.includes(text));
  assert.equal(dateOf('last month')?.value, '2024-10');
  assert.equal(dateOf('Oct. 7')?.value, '2023-10-07');
});

test('analyze reads stdin and writes --out', () => {
  const out = join(scratch, 'out.json');
  const { code, stderr } = detente(['analyze', '-', '--out', out, '--published', '2024-11-15'], readFileSync(SEED));
  assert.equal(code, 0, stderr);
  assert.equal((JSON.parse(readFileSync(out, 'utf8')) as Analysis).article.published, '2024-11-15');
});

test('--format pretty prints a readable report', () => {
  const { code, stdout } = detente(['analyze', SEED, '--format', 'pretty', '--published', '2024-11-15']);
  assert.equal(code, 0);
  assert.match(stdout, /^Musk Met With Iran's UN Ambassador/);
  assert.match(stdout, /published 2024-11-15 .*\d+ sentences/);
  assert.match(stdout, /Furniture removed \(\d+\)/);
});

const badInputs: [string, () => string[], RegExp][] = [
  ['an empty file', () => [scratchFile('empty.txt', '')], /empty/i],
  ['a binary file', () => [scratchFile('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]))], /binary/i],
  ['a file over the size cap', () => [scratchFile('big.txt', 'War and peace. '.repeat(200)), '--max-bytes', '1000'], /1000|max-bytes/],
  ['HTML with no article body', () => [scratchFile('nobody.html', '<html><head><title>x</title></head><body><nav><a href="/">Home</a></nav></body></html>')], /body|article/i],
  ['a missing file', () => [join(scratch, 'does-not-exist.txt')], /not found|no such|does not exist/i],
  ['an unreachable URL', () => ['http://127.0.0.1:9/article', '--allow-private', '--timeout', '2'], /unreachable|refused|could not/i],
  ['a private-address URL', () => ['http://10.0.0.1/article'], /private|allow-private/i],
];

for (const [what, args, reason] of badInputs) {
  test(`${what} exits 3 with one clear line and no stack trace`, () => {
    const input = args();
    const { code, stderr } = detente(['analyze', ...input]);
    assert.equal(code, 3, stderr);
    assert.match(stderr, reason);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.ok(stderr.includes(input[0]!), 'the message names the input');
    assert.doesNotMatch(stderr, /\n\s+at /);
  });
}

const usageErrors: [string, string[]][] = [
  ['an unknown option', ['analyze', SEED, '--frobnicate']],
  ['an unknown command', ['analyse-everything']],
  ['a malformed --published', ['analyze', SEED, '--published', '15/11/2024']],
  ['a bad --format', ['analyze', SEED, '--format', 'xml']],
  ['no input', ['analyze']],
];

for (const [what, args] of usageErrors) {
  test(`${what} exits 2 with usage`, () => {
    const { code, stderr } = detente(args);
    assert.equal(code, 2);
    assert.match(stderr, /^detente: .+\nusage:/);
  });
}
