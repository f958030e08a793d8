// wink-nlp tokens, POS tags, lemmas and first-pass sentence boundaries of an article, paragraph by paragraph.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Paragraph } from '../types.ts';
import type { Token } from './types.ts';

// Loading the model takes about a second, so it happens once per process.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;
// wink's typings declare `its.lemma` with a signature `out` does not accept; it works at run time.
const lemmaOf = its.lemma as unknown as ItsFunction<string>;

/**
 * What every token of one (folded) word form shares: most words recur from article to article, and wink
 * lemmatises every token anew. A contraction's part has no cached lemma: its lemma comes from the
 * contraction ("ca" of "can't" is "can").
 */
interface Form {
  /** normalize() of the form, which equals that of the unfolded text: folding only drops diacritics. */
  norm: string;
  /** Lemma by POS. */
  lemmas: Map<string, string>;
}
const forms = new Map<string, Form>();
/** Enough for a news vocabulary; the cache starts over when full rather than grow without bound. */
const FORM_CACHE_SIZE = 200_000;

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

function formOf(value: string): Form {
  let form = forms.get(value);
  if (form === undefined) {
    if (forms.size >= FORM_CACHE_SIZE) forms.clear();
    form = { norm: normalize(value), lemmas: new Map() };
    forms.set(value, form);
  }
  return form;
}

/**
 * The sentences wink finds in each paragraph of `text`, each a non-empty list of tokens with offsets into
 * `text`; whitespace tokens are dropped. `index` and `sentence` are left at 0 for the caller, which
 * numbers tokens once sentence boundaries are repaired.
 */
export function winkSentences(text: string, paragraphs: Paragraph[]): Token[][][] {
  // One document for the whole text: wink's per-document set-up costs more than its work on a short paragraph.
  const folded = foldLatin(text);
  const doc = nlp.readDoc(folded);
  const tokens = doc.tokens();
  const values = tokens.out();
  const pos = tokens.out(its.pos) as string[];
  const contractions = tokens.out(its.contractionFlag) as boolean[];
  // Without folded letters a token's text is wink's value itself, shared with every other token of that form.
  const unfolded = folded === text;

  // wink keeps every token's characters verbatim, so searching forward from the previous token finds its offset.
  // Sentence spans are inclusive token indexes, in order.
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const byParagraph: Token[][][] = paragraphs.map(() => []);
  let paragraph = 0;
  let cursor = 0;
  let i = 0;
  for (const [first, last] of spans) {
    let sentence: Token[] = [];
    for (; i <= last; i++) {
      const value = values[i]!;
      // Most tokens follow the previous one directly or after one space: no search needed.
      const at = folded.startsWith(value, cursor)
        ? cursor
        : folded.charCodeAt(cursor) === SPACE && folded.startsWith(value, cursor + 1)
          ? cursor + 1
          : folded.indexOf(value, cursor);
      if (at < 0) throw new Error(`language: token ${JSON.stringify(value)} not found after offset ${cursor}`);
      cursor = at + value.length;
      if (i < first || isInvisible(value)) continue;
      // Sentences never cross paragraphs: a sentence wink runs on over a blank line ends there.
      if (at >= paragraphs[paragraph]!.end) {
        if (sentence.length > 0) byParagraph[paragraph]!.push(sentence);
        sentence = [];
        while (at >= paragraphs[paragraph]!.end) paragraph++;
      }
      const tag = pos[i]!;
      const form = formOf(value);
      let lemma = contractions[i] ? undefined : form.lemmas.get(tag);
      if (lemma === undefined) {
        lemma = tokens.itemAt(i).out(lemmaOf);
        if (!contractions[i]) form.lemmas.set(tag, lemma);
      }
      sentence.push({
        index: 0,
        sentence: 0,
        start: at,
        end: cursor,
        pos: tag,
        lemma,
        text: unfolded ? value : text.slice(at, cursor),
        norm: form.norm,
      });
    }
    if (sentence.length > 0) byParagraph[paragraph]!.push(sentence);
  }
  return byParagraph;
}
