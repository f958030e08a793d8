// Bytes to text: BOM, then the HTTP charset, then an HTML <meta> declaration, else UTF-8
// with a windows-1252 fallback for bytes that are not valid UTF-8.
import iconv from 'iconv-lite';

/** How far into a document to look for a <meta charset> declaration. */
const PRESCAN_BYTES = 4096;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** Labels that browsers decode as windows-1252, its superset (WHATWG Encoding). */
const AS_WINDOWS_1252 = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252']);

function bomCharset(bytes: Uint8Array): string | null {
  const found = BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b));
  return found ? found[1] : null;
}

function declaredCharset(bytes: Uint8Array, contentType: string | undefined): string | null {
  const header = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '')?.[1];
  if (header) return header;
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const meta = /<meta[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
  // A document that can be read this way is ASCII-compatible, so a UTF-16 declaration is a mistake.
  return meta && !/^utf-?16/i.test(meta) ? meta : null;
}

/** Decodes bytes to a string; `contentType` is the HTTP header when there is one. */
export function decodeBytes(bytes: Uint8Array, contentType?: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = bomCharset(bytes);
  if (bom) return iconv.decode(buffer, bom);
  let charset = declaredCharset(bytes, contentType)?.toLowerCase() ?? 'utf-8';
  if (AS_WINDOWS_1252.has(charset)) charset = 'windows-1252';
  if (charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) return iconv.decode(buffer, charset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'windows-1252');
  }
}

/** C0 controls other than tab, newline, form feed and carriage return; DEL; the replacement character. */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f || code === 0xfffd;
}

/** NULs, or more than a few control characters, mean the bytes were never text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) controls++;
  return controls > sample.length * 0.05;
}
