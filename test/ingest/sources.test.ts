import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { InputError, UsageError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'detente-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const seed = new URL('../fixtures/seed-article.txt', import.meta.url).pathname;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const refused = (reason: RegExp) => (e: unknown) => e instanceof InputError && reason.test(e.reason);

test('a text file is read as plain text', async () => {
  const article = await ingest({ kind: 'file', path: seed }, { published: '2024-11-15' });
  assert.equal(article.title, "Musk Met With Iran's UN Ambassador Looking to 'Defuse Tensions' With the U.S.");
  assert.equal(article.published, '2024-11-15');
  assert.equal(article.url, null);
});

test('HTML is recognised by extension, by content type and by its first tag', async () => {
  const html = '<!DOCTYPE html><html><head><title>Envoys meet in Oslo</title></head><body><article><p>Envoys from the two governments met in Oslo on Friday for the first direct talks in a year, officials said.</p></article></body></html>';
  const byName = await ingest({ kind: 'file', path: file('page.htm', html) });
  const bySniff = await ingest({ kind: 'file', path: file('page', html) });
  const byType = await ingest({ kind: 'bytes', bytes: Buffer.from(html), name: 'x.txt', contentType: 'text/html' });
  for (const article of [byName, bySniff, byType]) {
    assert.equal(article.title, 'Envoys meet in Oslo');
    assert.ok(article.text.startsWith('Envoys from the two governments'));
  }
  const asText = await ingest({ kind: 'bytes', bytes: Buffer.from(html), name: 'page.html', contentType: 'text/plain' });
  assert.ok(asText.text.includes('<article>'));
});

test('a UTF-16 file with a byte order mark is decoded', async () => {
  const text = '\ufeffTalks resume in Doha\n\nNegotiators returned to Doha on Monday to resume talks on a ceasefire and the exchange of prisoners.';
  const article = await ingest({ kind: 'file', path: file('utf16.txt', Buffer.from(text, 'utf16le')) });
  assert.equal(article.title, 'Talks resume in Doha');
});

test('empty, whitespace-only and binary files are refused', async () => {
  await assert.rejects(ingest({ kind: 'file', path: file('empty.txt', '') }), refused(/^is empty$/));
  await assert.rejects(ingest({ kind: 'file', path: file('blank.txt', ' \n\n\t ') }), refused(/^is empty$/));
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  await assert.rejects(ingest({ kind: 'file', path: file('image.png', png) }), refused(/binary/));
});

test('a file over the byte cap is refused with its size, the cap and --max-bytes', async () => {
  const path = file('big.txt', 'x'.repeat(3000));
  await assert.rejects(ingest({ kind: 'file', path }, { maxBytes: 2048 }), (e: unknown) => {
    assert.ok(e instanceof InputError);
    assert.equal(e.input, path);
    assert.equal(e.reason, 'is 2.9 KB (3000 bytes), over the 2 KB limit (raise it with --max-bytes)');
    return true;
  });
  await assert.rejects(ingest({ kind: 'bytes', bytes: new Uint8Array(10), name: 'b' }, { maxBytes: 5 }), refused(/--max-bytes/));
});

test('missing files and directories are refused', async () => {
  await assert.rejects(ingest({ kind: 'file', path: join(dir, 'nope.txt') }), refused(/^no such file$/));
  await assert.rejects(ingest({ kind: 'file', path: dir }), refused(/directory/));
});

test('an unreadable --published value is a usage error', async () => {
  await assert.rejects(ingest({ kind: 'file', path: seed }, { published: 'last week' }), UsageError);
});
