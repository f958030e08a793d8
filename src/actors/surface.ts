// Token-level text helpers: dictionary keys of tokens, capitalisation, spelling distance.
import type { Token } from '../language/types.ts';

// Token norms are already lower-case, without combining marks and with ’ as '. The dictionary's keys
// (normalizeAlias) also fold letters NFD leaves alone, unify rarer apostrophes, and read dashes as spaces.
const FOLD: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };
const FOLD_RE = /[øłđıßæœþð]/g;
const APOSTROPHES = /[\u201B\u02BB\u0060\u00B4\u2032]/g;
const DASHES = /[-\u2010-\u2015\u2212]/g;
const DASH_ONLY = /^[-\u2010-\u2015\u2212]+$/;
// Any character the replacements below would change; punctuation and numbers mostly have none.
const NEEDS_WORK = /[øłđıßæœþð\u201B\u02BB\u0060\u00B4\u2032\-\u2010-\u2015\u2212\s]/;

/** Only a-z, digits, "." and "'": most tokens, already spelt as the keys are (a loop beats a regex here). */
function plain(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 39)) return false;
  }
  return true;
}

/** The token as the dictionary's alias keys spell it: "Erdoğan" → "erdogan", "co-chair" → "co chair". */
export function tokenKey(token: Token): string {
  const norm = token.norm;
  if (plain(norm) || !NEEDS_WORK.test(norm)) return norm;
  return norm
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A hyphen or dash standing alone as a token ("president - elect"). */
export function isDash(token: Token): boolean {
  return token.text.length <= 2 && DASH_ONLY.test(token.text);
}

/** Whether whitespace separates the token from the one before it. */
export function spaced(tokens: readonly Token[], index: number): boolean {
  return index > 0 && tokens[index]!.start > tokens[index - 1]!.end;
}

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const SPACE_RE = /\s/;

/** Starts with a letter (ASCII tested without a regex: nearly every token). */
export function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  if (c >= 97 && c <= 122) return true;
  return text.charCodeAt(0) >= 128 && LETTER.test(text[0]!);
}

/** Whitespace runs as single spaces; most texts have none to change, and are returned as they are. */
export function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const other = c === 32 ? text.charCodeAt(i + 1) === 32 : (c >= 9 && c <= 13) || (c >= 128 && SPACE_RE.test(text[i]!));
    if (other) return text.replace(/\s+/g, ' ');
  }
  return text;
}

const LOWER = /\p{Ll}/u;

/** Starts with a capital letter. */
export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return UPPER.test(text);
}

/** Has a capital letter and no small one ("NATO", "U.S."). */
export function allCaps(text: string): boolean {
  return capitalised(text) && !LOWER.test(text);
}

export function hasCapital(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 128 && UPPER.test(text[i]!))) return true;
  }
  return false;
}

/** Levenshtein distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Two spellings of one surname ("Suleimani"/"Soleimani", "Zelensky"/"Zelenskyy"): same first letter,
 * both at least six letters, and at most `limit` edits apart.
 */
export function variantSpelling(a: string, b: string, limit: number): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || a[0] !== b[0]) return false;
  return editDistance(a, b, limit) <= limit;
}

// ---- Key hashes: scanning tokens against dictionary keys without building a string per step

// Hashes stay within 30 bits, small integers for V8, and compose: hash(a + b) = joinHash(hash(a), hash(b), hashPower(b)).
const HASH_MASK = 0x3fffffff;
const HASH_BASE = 31;
const SPACE = 32;

export function stringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(i)) & HASH_MASK;
  return h;
}

/** HASH_BASE to the length of the text, the factor that shifts a hash over it. */
export function hashPower(text: string): number {
  let p = 1;
  for (let i = 0; i < text.length; i++) p = Math.imul(p, HASH_BASE) & HASH_MASK;
  return p;
}

export function joinHash(left: number, right: number, rightPower: number): number {
  return (Math.imul(left, rightPower) + right) & HASH_MASK;
}

export function spaceHash(left: number): number {
  return (Math.imul(left, HASH_BASE) + SPACE) & HASH_MASK;
}

/**
 * Which hashes belong to a set of keys, and to their prefixes that can end a token: a scan goes on only
 * while its hash is such a prefix's. Tokens split a run of letters or of digits nowhere, so prefixes ending
 * inside one are left out. Bit filters rather than sets, as they are looked up at nearly every token: a
 * false "yes" (one in sixteen at most) only makes the scan try one more word or check one more key.
 */
export interface KeyHashes {
  prefixes: Uint32Array;
  keys: Uint32Array;
}

/**
 * A hash's bit in a filter: Fibonacci hashing spreads the polynomial hash over the filter. Its size in bits
 * is a power of two, 2^(36 - clz32(length)), so the top bits of the product pick the slot: a shift rather
 * than a division, as this runs several times per token.
 */
function slotOf(filter: Uint32Array, hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (Math.clz32(filter.length) - 4);
}

/** Whether a hash may be in a filter of KeyHashes. */
export function mayHave(filter: Uint32Array, hash: number): boolean {
  const slot = slotOf(filter, hash);
  return (filter[slot >>> 5]! & (1 << (slot & 31))) !== 0;
}

function addTo(filter: Uint32Array, hash: number): void {
  const slot = slotOf(filter, hash);
  filter[slot >>> 5]! |= 1 << (slot & 31);
}

function charClass(c: number): number {
  if (c >= 97 && c <= 122) return 1;
  if (c >= 48 && c <= 57) return 2;
  return 0;
}

export function keyHashes(keys: Iterable<string>): KeyHashes {
  const prefixes: number[] = [];
  const full: number[] = [];
  for (const key of keys) {
    let h = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h = (Math.imul(h, HASH_BASE) + c) & HASH_MASK;
      const run = charClass(c);
      if (i + 1 === key.length || run === 0 || run !== charClass(key.charCodeAt(i + 1))) prefixes.push(h);
    }
    full.push(h);
  }
  return { prefixes: filterOf(prefixes), keys: filterOf(full) };
}

/** A bit filter of sixteen to thirty-two bits per hash, a power of two in size. */
function filterOf(hashes: readonly number[]): Uint32Array {
  const filter = new Uint32Array(Math.max(32, 2 ** Math.ceil(Math.log2(Math.max(1, hashes.length >> 1)))));
  for (const h of hashes) addTo(filter, h);
  return filter;
}
