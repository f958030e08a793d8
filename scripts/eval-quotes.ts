// Scores the quotes stage on PolNeAR (../shared/data/polnear): hand-annotated Source, Cue and Content
// spans of attributions in US political news. The stage runs on each raw text as is, so the .ann
// offsets apply unchanged. Reports precision, recall and F1 per role, with exact and overlap matching.
//
//   node --import tsx scripts/eval-quotes.ts [--split dev|train] [--dir PATH] [--misses N [--context] [--why]]
// --misses lists the first N gold spans nothing matched and the first N predicted spans that matched no gold;
// --context shows each in its surrounding text; --why tags each spurious span with where it lies in the gold
// annotation (text the annotators discarded or flagged for discussion, inside a gold content or source of
// another attribution, over a gold span another prediction matched) and counts the tags.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeLanguage } from '../src/language/index.ts';
import { findAttributions } from '../src/quotes/index.ts';
import type { ArticleMeta, Span } from '../src/types.ts';

type Role = 'Source' | 'Cue' | 'Content';
const ROLES: Role[] = ['Source', 'Cue', 'Content'];
/** Spans the annotators set aside (boilerplate: editor's notes, captions) or flagged for discussion; not scored. */
type Mark = 'Discard' | 'Discuss';

interface Annotated {
  role: Role | Mark;
  /** Discontinuous spans have several fragments. */
  fragments: Span[];
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

const root = option('dir', fileURLToPath(new URL('../../shared/data/polnear', import.meta.url)));
const split = option('split', 'dev');
const showMisses = Number(option('misses', '0'));
const showContext = process.argv.includes('--context');
const showWhy = process.argv.includes('--why');

/** A missed span bracketed within the 80 characters either side, on one line. */
function inContext(text: string, fragments: readonly Span[]): string {
  const start = fragments[0]!.start;
  const end = fragments[fragments.length - 1]!.end;
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(Math.max(0, start - 80), start))}[${flat(text.slice(start, end))}]${flat(text.slice(end, end + 80))}`;
}

function readAnnotations(path: string): Annotated[] {
  const found: Annotated[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^T\d+\t(Source|Cue|Content|Discard|Discuss) ([\d ;]+)\t/.exec(line);
    if (!match) continue;
    const fragments = match[2]!.split(';').map((part) => {
      const [start, end] = part.trim().split(' ').map(Number);
      return { start: start!, end: end! };
    });
    found.push({ role: match[1] as Role | Mark, fragments });
  }
  return found;
}

/**
 * Offsets of the letters and digits in a span: two spans overlap when they share a word character. A
 * span with none (the colon of "Lynch: No outside influence") counts its other visible characters.
 */
function wordChars(text: string, spans: readonly Span[]): Set<number> {
  const chars = new Set<number>();
  for (const { start, end } of spans) for (let i = start; i < end; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) chars.add(i);
  if (chars.size === 0) for (const { start, end } of spans) for (let i = start; i < end; i++) if (/\S/u.test(text[i]!)) chars.add(i);
  return chars;
}

/** Spans equal once punctuation and spaces at their edges are set aside. */
function trimmed(text: string, spans: readonly Span[]): string {
  return spans
    .map((s) => text.slice(s.start, s.end))
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

interface Tally {
  predicted: number;
  gold: number;
  exact: number;
  overlapPredicted: number;
  overlapGold: number;
}

/**
 * Where a spurious span lies in the annotation: in text the annotators discarded or flagged, inside a gold
 * content or source of another role (PolNeAR gives each word one role in one attribution, so an attribution
 * nested there is not annotated), over a gold span of its own role that another prediction matched (a span
 * split in two or given twice), over a gold span of another role, or over no gold at all.
 */
function why(text: string, span: Span, role: Role, gold: Annotated[], all: Annotated[], matchedGold: Set<number>): string {
  const chars = wordChars(text, [span]);
  const overlaps = (a: Annotated) => {
    const other = wordChars(text, a.fragments);
    for (const c of chars) if (other.has(c)) return true;
    return false;
  };
  const over = all.filter(overlaps);
  if (over.some((a) => a.role === 'Discard')) return 'discarded text';
  if (over.some((a) => a.role === 'Discuss')) return 'flagged for discussion';
  if (gold.some((g, i) => matchedGold.has(i) && overlaps(g))) return `over a gold ${role} another prediction matched`;
  if (role !== 'Content' && over.some((a) => a.role === 'Content')) return 'inside a gold Content';
  if (role !== 'Source' && over.some((a) => a.role === 'Source')) return 'inside a gold Source';
  if (over.some((a) => a.role !== role)) return 'over a gold span of another role';
  return 'no gold span';
}

/** One-to-one matching, largest overlaps first. */
function score(text: string, role: Role, predicted: Span[], gold: Annotated[], tally: Tally, misses: string[], spurious: string[], all: Annotated[], reasons: Map<string, number>): void {
  tally.predicted += predicted.length;
  tally.gold += gold.length;
  const goldText = gold.map((g) => trimmed(text, g.fragments));
  const usedGold = new Set<number>();
  for (const p of predicted) {
    const i = goldText.findIndex((g, k) => !usedGold.has(k) && g === trimmed(text, [p]));
    if (i >= 0) usedGold.add(i);
  }
  tally.exact += usedGold.size;

  const goldChars = gold.map((g) => wordChars(text, g.fragments));
  const pairs: { p: number; g: number; size: number }[] = [];
  predicted.forEach((p, pi) => {
    const chars = wordChars(text, [p]);
    goldChars.forEach((g, gi) => {
      let size = 0;
      for (const c of chars) if (g.has(c)) size++;
      if (size > 0) pairs.push({ p: pi, g: gi, size });
    });
  });
  const matchedP = new Set<number>();
  const matchedG = new Set<number>();
  for (const pair of pairs.sort((a, b) => b.size - a.size)) {
    if (matchedP.has(pair.p) || matchedG.has(pair.g)) continue;
    matchedP.add(pair.p);
    matchedG.add(pair.g);
  }
  tally.overlapPredicted += matchedP.size;
  tally.overlapGold += matchedG.size;
  predicted.forEach((p, i) => {
    if (matchedP.has(i)) return;
    const shown = showContext ? inContext(text, [p]) : trimmed(text, [p]).slice(0, 100);
    const reason = showWhy ? why(text, p, role, gold, all, matchedG) : '';
    if (showWhy) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    spurious.push(showWhy ? `(${reason}) ${shown}` : shown);
  });
  gold.forEach((g, i) => {
    if (!matchedG.has(i)) misses.push(showContext ? inContext(text, g.fragments) : goldText[i]!.slice(0, 100));
  });
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const textDir = join(root, split, 'text');
const annotationDir = join(root, split, 'attributions');
if (!existsSync(textDir) || !existsSync(annotationDir)) {
  console.error(`eval-quotes: no PolNeAR ${split} split under ${root}`);
  process.exit(2);
}
const annotationFiles = readdirSync(annotationDir).sort();
const tallies = new Map<Role, Tally>(ROLES.map((r) => [r, { predicted: 0, gold: 0, exact: 0, overlapPredicted: 0, overlapGold: 0 }]));
const misses = new Map<Role, string[]>(ROLES.map((r) => [r, []]));
const spurious = new Map<Role, string[]>(ROLES.map((r) => [r, []]));
const reasons = new Map<Role, Map<string, number>>(ROLES.map((r) => [r, new Map()]));
let articles = 0;
const started = performance.now();

for (const file of readdirSync(textDir).sort()) {
  const name = file.replace(/\.txt$/, '');
  // Articles annotated by several annotators are scored against the first annotation only.
  const annotation = annotationFiles.find((a) => a.startsWith(`${name}_`));
  if (!annotation) continue;
  const text = readFileSync(join(textDir, file), 'utf8');
  const article: ArticleMeta = {
    title: null,
    byline: null,
    publisher: null,
    published: null,
    url: null,
    language: 'eng',
    text,
    furniture: [],
    blockQuotes: [],
    dateline: null,
    notes: [],
  };
  const result = findAttributions(article, analyzeLanguage(text, { published: null }), []);
  // Scare quotes nobody is said to have spoken are not attributions. PolNeAR gives each word one role in
  // one attribution, so a claim reported inside another's content ("X said Y thinks …") is not scored.
  // PolNeAR attributes beliefs and intentions too, so quotes and stances are scored together.
  const attributed = [
    ...result.quotes.filter((q) => q.kind !== 'partial' || q.speaker !== null),
    ...result.stances.map((s) => ({ ...s, speakerSpan: s.holderSpan })),
  ];
  const claims = attributed.filter((q) => !attributed.some((outer) => outer !== q && q.cueSpan && outer.start <= q.cueSpan.start && q.cueSpan.end <= outer.end));
  const unique = (spans: (Span | null)[]) => [...new Map(spans.filter((s): s is Span => s !== null).map((s) => [`${s.start}:${s.end}`, s])).values()];
  const predicted: Record<Role, Span[]> = {
    Source: unique(claims.map((q) => q.speakerSpan)),
    Cue: unique(claims.map((q) => q.cueSpan)),
    Content: unique(claims.map((q) => ({ start: q.start, end: q.end }))),
  };
  const gold = readAnnotations(join(annotationDir, annotation));
  for (const role of ROLES) {
    score(
      text,
      role,
      predicted[role],
      gold.filter((g) => g.role === role),
      tallies.get(role)!,
      misses.get(role)!,
      spurious.get(role)!,
      gold,
      reasons.get(role)!,
    );
  }
  articles++;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log(`PolNeAR ${split}: quotes and stances scored together; ${articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log('role      gold  pred | exact P     R    F1 | overlap P     R    F1');
for (const role of ROLES) {
  const t = tallies.get(role)!;
  const ep = t.exact / (t.predicted || 1);
  const er = t.exact / (t.gold || 1);
  const op = t.overlapPredicted / (t.predicted || 1);
  const or = t.overlapGold / (t.gold || 1);
  console.log(
    `${role.padEnd(8)} ${String(t.gold).padStart(5)} ${String(t.predicted).padStart(5)} |  ${pct(ep)} ${pct(er)} ${pct(f1(ep, er))} |  ${pct(op)} ${pct(or)} ${pct(f1(op, or))}`,
  );
}
if (showMisses > 0) {
  for (const role of ROLES) {
    console.log(`\nmissed ${role} (first ${showMisses}):`);
    for (const miss of misses.get(role)!.slice(0, showMisses)) console.log(`  ${miss}`);
  }
  for (const role of ROLES) {
    console.log(`\nspurious ${role} (first ${showMisses}):`);
    for (const extra of spurious.get(role)!.slice(0, showMisses)) console.log(`  ${extra}`);
  }
  if (showWhy) {
    for (const role of ROLES) {
      console.log(`\nspurious ${role} by where they lie:`);
      for (const [reason, count] of [...reasons.get(role)!].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${reason}`);
    }
  }
}
