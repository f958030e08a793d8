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

export function compilePattern(text: string): Pattern {
  const slots = text
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.length > 1 && part.endsWith('?');
      const body = optional ? part.slice(0, -1) : part;
      return { optional, alternatives: body.split('|').map(parseAlternative) };
    });
  return { text, slots };
}

/** The form dictionary entries are written in: lower case, typographic apostrophes straightened. */
export function keyOf(token: Token): string {
  return token.norm.replace(/[’‘ʼ]/g, "'");
}

function fits(alternative: Alternative, token: Token): boolean {
  if (alternative.pos !== null && token.pos !== alternative.pos) return false;
  if (alternative.lemma !== null) return token.lemma.toLowerCase() === alternative.lemma || keyOf(token) === alternative.lemma;
  return alternative.word === null || keyOf(token) === alternative.word;
}

/** Token index just after the longest match of `pattern` starting at `first` (not past `limit`), or -1. */
export function matchAt(pattern: Pattern, tokens: readonly Token[], first: number, limit: number): number {
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

/** Leftmost-longest, non-overlapping matches of any of `patterns` within tokens [from, to). */
export function findPatterns(patterns: readonly Pattern[], tokens: readonly Token[], from: number, to: number): PatternHit[] {
  const hits: PatternHit[] = [];
  let at = from;
  while (at < to) {
    let best: PatternHit | null = null;
    for (const pattern of patterns) {
      const end = matchAt(pattern, tokens, at, to);
      if (end > (best?.end ?? at)) best = { pattern, first: at, end };
    }
    if (best) hits.push(best);
    at = best ? best.end : at + 1;
  }
  return hits;
}
