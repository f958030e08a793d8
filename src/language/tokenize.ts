// wink-nlp tokens, POS tags, lemmas and first-pass sentence boundaries for one paragraph.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './types.ts';

// Loading the model takes about a second, so it happens once per process.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// wink's typings declare `its.lemma` with a signature `out` does not accept; it works at run time.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

/**
 * Lemmas by POS and word: wink lemmatises every token anew, though most words recur from article to article.
 * A contraction's part is left out: its lemma comes from the contraction ("ca" of "can't" is "can").
 */
const lemmaCache = new Map<string, Map<string, string>>();
let lemmaCacheSize = 0;
/** Enough for a news vocabulary; the cache starts over when full rather than grow without bound. */
const LEMMA_CACHE_SIZE = 200_000;

const INVISIBLE = /^[\s\p{Cf}]*$/u;
const ACCENTED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/g;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /[’‘ʼ]/g;
const SPACE = 0x20;

/**
 * wink splits words at letters outside Latin-1 ("Erdoğan" → "Erdo", "ğ", "an"). Folding each accented
 * Latin letter to its one-character base keeps the offsets intact and the words whole.
 */
function foldLatin(text: string): string {
  return text.replace(ACCENTED_LATIN, (letter) => {
    const base = letter.normalize('NFD').replace(MARKS, '');
    return base.length === 1 ? base : letter;
  });
}

/** Whether every character is printable ASCII, which needs no folding (most tokens; a loop beats a regex here). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Lower-case, without diacritics, with typographic apostrophes as "'", for dictionary look-ups. */
function normalize(text: string): string {
  if (isPlainAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, "'").toLowerCase();
}

/** Whitespace and format characters only; a token starting with a visible ASCII character is never that. */
function isInvisible(value: string): boolean {
  const first = value.charCodeAt(0);
  return !(first > SPACE && first < 0x7f) && INVISIBLE.test(value);
}

function cachedLemma(pos: string, value: string, compute: () => string): string {
  let byWord = lemmaCache.get(pos);
  const cached = byWord?.get(value);
  if (cached !== undefined) return cached;
  if (lemmaCacheSize >= LEMMA_CACHE_SIZE) {
    lemmaCache.clear();
    lemmaCacheSize = 0;
    byWord = undefined;
  }
  if (!byWord) {
    byWord = new Map();
    lemmaCache.set(pos, byWord);
  }
  const lemma = compute();
  byWord.set(value, lemma);
  lemmaCacheSize++;
  return lemma;
}

/**
 * The sentences wink finds in `text.slice(start, end)`, each a non-empty list of tokens with offsets into
 * `text`; whitespace tokens are dropped. `index` and `sentence` are left at 0 for the caller, which
 * numbers tokens once sentence boundaries are repaired.
 */
export function winkSentences(text: string, start: number, end: number): Token[][] {
  const folded = foldLatin(text.slice(start, end));
  const doc = nlp.readDoc(folded);
  const tokens = doc.tokens();
  const values = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const contractions = tokens.out(its.contractionFlag) as boolean[];
  const lemma = (i: number) =>
    contractions[i] ? tokens.itemAt(i).out(lemmaOf) : cachedLemma(pos[i]!, values[i]!, () => tokens.itemAt(i).out(lemmaOf));

  // wink keeps every token's characters verbatim, so searching forward from the previous token finds its offset.
  // Sentence spans are inclusive token indexes, in order.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Token[][] = [];
  let cursor = 0;
  let i = 0;
  for (const [first, last] of spans) {
    const sentence: Token[] = [];
    for (; i <= last; i++) {
      const value = values[i]!;
      // Most tokens follow the previous one directly or after one space: no search needed.
      const at = folded.startsWith(value, cursor)
        ? cursor
        : folded.charCodeAt(cursor) === SPACE && folded.startsWith(value, cursor + 1)
          ? cursor + 1
          : folded.indexOf(value, cursor);
      if (at < 0) throw new Error(`language: token ${JSON.stringify(value)} not found after offset ${start + cursor}`);
      cursor = at + value.length;
      if (i < first || isInvisible(value)) continue;
      const tokenText = text.slice(start + at, start + cursor);
      sentence.push({
        index: 0,
        sentence: 0,
        start: start + at,
        end: start + cursor,
        pos: pos[i]!,
        lemma: lemma(i),
        text: tokenText,
        norm: normalize(tokenText),
      });
    }
    if (sentence.length > 0) sentences.push(sentence);
  }
  return sentences;
}
