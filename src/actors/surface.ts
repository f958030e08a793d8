// Token-level text helpers: dictionary keys of tokens, capitalisation, spelling distance.
import type { Token } from '../language/types.ts';

// Token norms are already lower-case, without combining marks and with ’ as '. The dictionary's keys
// (normalizeAlias) also fold letters NFD leaves alone, unify rarer apostrophes, and read dashes as spaces.
const PLAIN = /^[a-z0-9.']*$/;
const FOLD: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd' };
const FOLD_RE = /[øłđıßæœþð]/g;
const APOSTROPHES = /[\u201B\u02BB\u0060\u00B4\u2032]/g;
const DASHES = /[-\u2010-\u2015\u2212]/g;
const DASH_ONLY = /^[-\u2010-\u2015\u2212]+$/;

/** The token as the dictionary's alias keys spell it: "Erdoğan" → "erdogan", "co-chair" → "co chair". */
export function tokenKey(token: Token): string {
  const norm = token.norm;
  if (PLAIN.test(norm)) return norm;
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
