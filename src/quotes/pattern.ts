// Token patterns for the lexicons in data/quotes: space-separated slots, each a `|`-list of
// alternatives (`word`, `@lemma`, `word/POS`, `/POS`); a slot ending in `?` is optional.
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

/** Token index just after the longest match of `pattern` starting at `first` (not past `limit`), or -1. */
export function matchAt(pattern: Pattern, tokens: readonly Token[], first: number, limit: number): number {
  const start = tokens[first];
  if (pattern.starts && start && !pattern.starts.has(start.norm) && !pattern.starts.has(start.lemma.toLowerCase())) return -1;
  const from = (slot: number, at: number): number => {
    if (slot === pattern.slots.length) return at;
    const { alternatives, optional } = pattern.slots[slot]!;
    const token = tokens[at];
    const taken = at < limit && token !== undefined && alternatives.some((a) => fits(a, token)) ? from(slot + 1, at + 1) : -1;
    return optional ? Math.max(taken, from(slot + 1, at)) : taken;
  };
  const end = from(0, first);
  return end > first ? end : -1;
}

/** Patterns by the words they can start with; built once per lexicon. */
const byStart = new WeakMap<readonly Pattern[], Map<string, Pattern[]>>();

function startIndex(patterns: readonly Pattern[]): Map<string, Pattern[]> {
  let index = byStart.get(patterns);
  if (index) return index;
  index = new Map();
  for (const pattern of patterns) {
    // compilePattern leaves `starts` null only for patterns that can start anywhere: file them under ''.
    for (const start of pattern.starts ?? ['']) index.set(start, [...(index.get(start) ?? []), pattern]);
  }
  byStart.set(patterns, index);
  return index;
}

/** Leftmost-longest, non-overlapping matches of any of `patterns` within tokens [from, to). */
export function findPatterns(patterns: readonly Pattern[], tokens: readonly Token[], from: number, to: number): PatternHit[] {
  const index = startIndex(patterns);
  const anywhere = index.get('') ?? [];
  const hits: PatternHit[] = [];
  let at = from;
  while (at < to) {
    const token = tokens[at]!;
    const lemma = token.lemma.toLowerCase();
    const candidates = [...(index.get(token.norm) ?? []), ...(lemma === token.norm ? [] : (index.get(lemma) ?? [])), ...anywhere];
    let best: PatternHit | null = null;
    for (const pattern of candidates) {
      const end = matchAt(pattern, tokens, at, to);
      if (end > (best?.end ?? at)) best = { pattern, first: at, end };
    }
    if (best) hits.push(best);
    at = best ? best.end : at + 1;
  }
  return hits;
}
