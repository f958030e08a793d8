// Token patterns for the lexicons in data/quotes: space-separated slots, each a `|`-list of
// alternatives (`word`, `@lemma`, `word/POS`, `/POS`, `/DATE` for a whole date); a slot ending in `?` is optional.
import type { Token } from '../language/types.ts';

interface Alternative {
  word: string | null;
  lemma: string | null;
  pos: string | null;
}

interface Slot {
  alternatives: Alternative[];
  optional: boolean;
}

export interface Pattern {
  text: string;
  slots: Slot[];
  /**
   * Words and lemmas a match can start with, or null when any token can start one (an optional or
   * part-of-speech-only first slot). Lexicons are tried at every token, so rejecting on this set first
   * keeps the quotes stage linear in practice.
   */
  starts: Set<string> | null;
}

export interface PatternHit {
  pattern: Pattern;
  /** First token of the match. */
  first: number;
  /** Token just after the match. */
  end: number;
}

function parseAlternative(text: string): Alternative {
  const slash = text.indexOf('/');
  const form = slash < 0 ? text : text.slice(0, slash);
  const pos = slash < 0 ? null : text.slice(slash + 1);
  const lemma = form.startsWith('@') ? form.slice(1) : null;
  return { word: lemma === null && form !== '' ? form : null, lemma, pos };
}

function startsOf(first: Slot | undefined): Set<string> | null {
  if (!first || first.optional) return null;
  const starts = new Set<string>();
  for (const alternative of first.alternatives) {
    const form = alternative.lemma ?? alternative.word;
    if (form === null) return null;
    starts.add(form);
  }
  return starts;
}

export function compilePattern(text: string): Pattern {
  const slots = text
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.length > 1 && part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      return { optional, alternatives: body.split('|').map(parseAlternative) };
    });
  return { text, slots, starts: startsOf(slots[0]) };
}

/** The form dictionary entries are written in: lower case, typographic apostrophes straightened (as `norm` is). */
export function keyOf(token: Token): string {
  return token.norm;
}

function fits(alternative: Alternative, token: Token): boolean {
  if (alternative.pos !== null && token.pos !== alternative.pos) return false;
  if (alternative.lemma !== null) return token.lemma.toLowerCase() === alternative.lemma || keyOf(token) === alternative.lemma;
  return alternative.word === null || keyOf(token) === alternative.word;
}

/** Which tokens belong to a date ("Tuesday", "last week"), for `/DATE` slots; without it such a slot matches nothing. */
export type DateTest = (token: number) => boolean;

/** Token index just after the longest match of `pattern` starting at `first` (not past `limit`), or -1. */
export function matchAt(pattern: Pattern, tokens: readonly Token[], first: number, limit: number, isDate?: DateTest): number {
  const start = tokens[first];
  if (pattern.starts && start && !pattern.starts.has(start.norm) && !pattern.starts.has(start.lemma.toLowerCase())) return -1;
  const end = matchFrom(pattern, tokens, limit, 0, first, isDate);
  return end > first ? end : -1;
}

/** The longest match of the pattern's slots from `slot` on, at token `at`: the token just after it, or -1. */
function matchFrom(pattern: Pattern, tokens: readonly Token[], limit: number, slot: number, at: number, isDate?: DateTest): number {
  if (slot === pattern.slots.length) return at;
  const { alternatives, optional } = pattern.slots[slot]!;
  const token = tokens[at];
  let taken = -1;
  if (at < limit && token !== undefined) {
    for (const alternative of alternatives) {
      // A date is one slot however many words it takes: "spoke out last week about".
      if (alternative.pos === 'DATE' && alternative.word === null && alternative.lemma === null) {
        if (!isDate?.(at)) continue;
        let past = at + 1;
        while (past < limit && isDate(past)) past++;
        taken = matchFrom(pattern, tokens, limit, slot + 1, past, isDate);
        break;
      }
      if (fits(alternative, token)) {
        taken = matchFrom(pattern, tokens, limit, slot + 1, at + 1, isDate);
        break;
      }
    }
  }
  return optional ? Math.max(taken, matchFrom(pattern, tokens, limit, slot + 1, at, isDate)) : taken;
}

/** Entries by the words their patterns can start with ('' for any word), each list in lexicon order; built once per lexicon. */
const byStart = new WeakMap<readonly object[], Map<string, object[]>>();

function startIndex<T extends object>(entries: readonly T[], patternOf: (entry: T) => Pattern): Map<string, T[]> {
  const known = byStart.get(entries) as Map<string, T[]> | undefined;
  if (known) return known;
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    // compilePattern leaves `starts` null only for patterns that can start anywhere: file them under ''.
    for (const start of patternOf(entry).starts ?? ['']) index.set(start, [...(index.get(start) ?? []), entry]);
  }
  byStart.set(entries, index);
  return index;
}

const NONE: never[] = [];

/**
 * The entries whose pattern can start at `token`, in lexicon order. Lexicons are tried at every
 * token, so looking candidates up by first word keeps the quotes stage linear in practice.
 */
export function startingAt<T extends object>(entries: readonly T[], patternOf: (entry: T) => Pattern, token: Token): readonly T[] {
  const index = startIndex(entries, patternOf);
  const lemma = token.lemma.toLowerCase();
  const byWord = index.get(token.norm);
  const byLemma = lemma === token.norm ? undefined : index.get(lemma);
  const anywhere = index.get('');
  // Most tokens start nothing or one list: no new array then.
  if (!byLemma && !anywhere) return byWord ?? NONE;
  if (!byWord && !anywhere) return byLemma!;
  if (!byWord && !byLemma) return anywhere!;
  const taken = new Set([...(byWord ?? []), ...(byLemma ?? []), ...(anywhere ?? [])]);
  return entries.filter((entry) => taken.has(entry));
}

const itself = (pattern: Pattern) => pattern;

/** Where the longest of `patterns` matching from token `first` ends, or 0 when none does. */
export function longestAt(patterns: readonly Pattern[], tokens: readonly Token[], first: number, limit: number): number {
  let end = 0;
  for (const pattern of startingAt(patterns, itself, tokens[first]!)) end = Math.max(end, matchAt(pattern, tokens, first, limit));
  return end;
}

/** Leftmost-longest, non-overlapping matches of any of `patterns` within tokens [from, to). */
export function findPatterns(patterns: readonly Pattern[], tokens: readonly Token[], from: number, to: number): PatternHit[] {
  const hits: PatternHit[] = [];
  let at = from;
  while (at < to) {
    let best: PatternHit | null = null;
    for (const pattern of startingAt(patterns, itself, tokens[at]!)) {
      const end = matchAt(pattern, tokens, at, to);
      if (end > (best?.end ?? at)) best = { pattern, first: at, end };
    }
    if (best) hits.push(best);
    at = best ? best.end : at + 1;
  }
  return hits;
}
