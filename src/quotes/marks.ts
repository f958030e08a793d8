// Finds quoted passages from their quotation marks (data/quotes/marks.json), paragraph by paragraph.
import type { Paragraph } from '../types.ts';
import { quoteMarks } from './lexicon.ts';

export type Level = 'double' | 'single';

export interface QuotedSpan {
  level: Level;
  /** Offset of the opening mark. */
  open: number;
  /** The quoted words, between the marks. */
  start: number;
  end: number;
  /** Offset just after the closing mark; null when the quote runs unclosed to a paragraph end. */
  close: number | null;
  firstParagraph: number;
  lastParagraph: number;
}

interface Mark {
  at: number;
  length: number;
  role: 'open' | 'close' | 'either';
}

interface OpenQuote {
  mark: Mark;
  firstParagraph: number;
  lastParagraph: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A transcript's speaker label in capitals ("PENCE:", "SEN. WARREN:"): a paragraph opening with one starts a new quote. */
const TURN_LABEL = /^\p{Lu}[\p{Lu}.' -]*\p{Lu}:/u;
const TURN_LABEL_LENGTH = 40;
const SPACE = /\s/u;

function markSet(level: Level): { text: string; role: Mark['role'] }[] {
  const set = quoteMarks[level];
  return [
    ...set.open.map((text) => ({ text, role: 'open' as const })),
    ...set.close.map((text) => ({ text, role: 'close' as const })),
    ...set.either.map((text) => ({ text, role: 'either' as const })),
  ].sort((a, b) => b.text.length - a.text.length);
}

const MARKS = { double: markSet('double'), single: markSet('single') };
/** Characters a mark can start with, searched for so that other characters are passed over at once. */
const firstChars = (level: Level) => new RegExp(`[${[...new Set(MARKS[level].map((m) => m.text[0]))].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
const FIRST_CHARS = { double: firstChars('double'), single: firstChars('single') };

function marksIn(text: string, paragraph: Paragraph, level: Level, taken: ReadonlySet<number>): Mark[] {
  const candidates = MARKS[level];
  const search = FIRST_CHARS[level];
  const found: Mark[] = [];
  search.lastIndex = paragraph.start;
  for (let next = search.exec(text); next && next.index < paragraph.end; next = search.exec(text)) {
    const at = next.index;
    if (taken.has(at)) continue;
    const hit = candidates.find((c) => text.startsWith(c.text, at));
    if (!hit) continue;
    found.push({ at, length: hit.text.length, role: hit.role });
    search.lastIndex = at + hit.text.length;
  }
  return found;
}

/** A mark opens a quote after a boundary and before a non-space. */
function canOpen(text: string, mark: Mark, paragraph: Paragraph): boolean {
  const previous = mark.at === paragraph.start ? '' : text[mark.at - 1]!;
  const next = text[mark.at + mark.length] ?? '';
  const boundary =
    previous === '' ||
    quoteMarks.openingContext.includes(previous) ||
    quoteMarks.double.open.includes(previous) ||
    quoteMarks.single.open.includes(previous);
  return boundary && next !== '' && !SPACE.test(next);
}

/** A mark closes after a non-space; a single mark between letters is an apostrophe ("Iran’s"). */
function canClose(text: string, mark: Mark, level: Level): boolean {
  const previous = text[mark.at - 1] ?? '';
  const next = text[mark.at + mark.length] ?? '';
  if (previous === '' || SPACE.test(previous)) return false;
  return level === 'double' || !WORD_CHAR.test(next);
}

/** Single marks that may close a quote nested in a double one. */
const SINGLE_CLOSERS = new Set([...quoteMarks.single.close, ...quoteMarks.single.either]);

/**
 * 'a disgrace, " Trump said': a straight mark set off by spaces closes after closing punctuation, past the
 * closing mark of a quote nested at its end ('like, 'Oh, this is it,' " she said').
 */
function closesAfterSpace(text: string, mark: Mark): boolean {
  const previous = text[mark.at - 1] ?? '';
  const next = text[mark.at + mark.length] ?? ' ';
  let before = endBefore(text, mark.at);
  if (before > 0 && SINGLE_CLOSERS.has(text[before - 1]!)) before--;
  return mark.role === 'either' && SPACE.test(previous) && SPACE.test(next) && before > 0 && quoteMarks.closingPunctuation.includes(text[before - 1]!);
}

/** "workers’ rights": a single closing mark after an s and before a word may be a plural possessive. */
function mayBePossessive(text: string, mark: Mark, level: Level): boolean {
  return level === 'single' && text[mark.at - 1] === 's' && text[mark.at + mark.length] === ' ';
}

/** The offset where the text before `at` stops, whitespace excluded. */
function endBefore(text: string, at: number): number {
  let end = at;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  return end;
}

export function findQuotedSpans(text: string, paragraphs: readonly Paragraph[]): QuotedSpan[] {
  const taken = new Set<number>();
  const doubles = scanLevel(text, paragraphs, 'double', taken);
  // Characters of double marks ('' in wire copy) are not single marks; singles inside doubles are nested quotes.
  for (const p of paragraphs) for (const m of marksIn(text, p, 'double', new Set())) for (let i = 0; i < m.length; i++) taken.add(m.at + i);
  const singles = scanLevel(text, paragraphs, 'single', taken).filter(
    (s) => !doubles.some((d) => d.open <= s.open && s.start <= (d.close ?? d.end)),
  );
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function scanLevel(text: string, paragraphs: readonly Paragraph[], level: Level, taken: ReadonlySet<number>): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open: OpenQuote | null = null;

  const finish = (quote: OpenQuote, end: number, close: number | null) => {
    spans.push({
      level,
      open: quote.mark.at,
      start: quote.mark.at + quote.mark.length,
      end,
      close,
      firstParagraph: quote.firstParagraph,
      lastParagraph: quote.lastParagraph,
    });
  };
  // An unclosed double quote ends where the next one opens or with its paragraph; an unclosed single
  // mark was most likely an apostrophe.
  const abandon = (quote: OpenQuote, end = paragraphs[quote.lastParagraph]!.end) => {
    if (level === 'double') finish(quote, end, null);
  };

  for (const paragraph of paragraphs) {
    const marks = marksIn(text, paragraph, level, taken);
    let first = 0;
    if (open) {
      // News style: a quote running on into the next paragraph reopens it without closing the previous one.
      const reopening = marks[0];
      const turn = reopening && TURN_LABEL.test(text.slice(reopening.at + reopening.length, reopening.at + reopening.length + TURN_LABEL_LENGTH));
      if (reopening && reopening.at === paragraph.start && reopening.role !== 'close' && canOpen(text, reopening, paragraph) && !turn) {
        open.lastParagraph = paragraph.index;
        first = 1;
      } else {
        abandon(open);
        open = null;
      }
    }
    for (let i = first; i < marks.length; i++) {
      const mark = marks[i]!;
      // An opening mark typed where a closing one belongs (‘…here,“ said’) closes.
      const misused = mark.role === 'open' && canClose(text, mark, level) && !WORD_CHAR.test(text[mark.at + mark.length] ?? '');
      const closes = (mark.role !== 'open' && canClose(text, mark, level)) || misused;
      // A closing double mark that cannot close, set before a word, was typed for an opening one (”Fear. I am …).
      const reversed = mark.role === 'close' && level === 'double' && !closes && canOpen(text, mark, paragraph);
      const opens = mark.role === 'open' ? !misused && !SPACE.test(text[mark.at + mark.length] ?? ' ') : (mark.role === 'either' || reversed) && canOpen(text, mark, paragraph);
      if (open) {
        // A later, surer closing mark before the next opening one: then this one was a possessive.
        const nextOpen = marks.findIndex((m, k) => k > i && m.role === 'open');
        const laterClose = marks
          .slice(i + 1, nextOpen < 0 ? undefined : nextOpen)
          .some((m) => m.role !== 'open' && canClose(text, m, level) && !mayBePossessive(text, m, level));
        if (closesAfterSpace(text, mark)) {
          finish(open, endBefore(text, mark.at), mark.at + mark.length);
          open = null;
        } else if (closes && !(mayBePossessive(text, mark, level) && laterClose)) {
          finish(open, mark.at, mark.at + mark.length);
          open = null;
        } else if (mark.role === 'open' && opens) {
          abandon({ ...open, lastParagraph: paragraph.index }, endBefore(text, mark.at));
          open = { mark, firstParagraph: paragraph.index, lastParagraph: paragraph.index };
        }
      } else if (opens) {
        open = { mark, firstParagraph: paragraph.index, lastParagraph: paragraph.index };
      }
    }
  }
  if (open) abandon(open);
  return spans;
}
