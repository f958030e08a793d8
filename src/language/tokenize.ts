// wink-nlp tokens, POS tags, lemmas and first-pass sentence boundaries for one paragraph.
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loading the model takes about a second, so it happens once per process.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** A token with offsets into the article text. */
export interface RawToken {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

const INVISIBLE = /^[\s\p{Cf}]*$/u;

/**
 * wink splits words at letters outside Latin-1 ("Erdoğan" → "Erdo", "ğ", "an"). Folding each accented
 * Latin letter to its one-character base keeps the offsets intact and the words whole.
 */
function foldLatin(text: string): string {
  return text.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, (letter) => {
    const base = letter.normalize('NFD').replace(/\p{M}/gu, '');
    return base.length === 1 ? base : letter;
  });
}

/** The sentences wink finds in `text.slice(start, end)`, each a non-empty list of tokens; whitespace tokens are dropped. */
export function winkSentences(text: string, start: number, end: number): RawToken[][] {
  const folded = foldLatin(text.slice(start, end));
  const doc = nlp.readDoc(folded);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with a signature `out` does not accept; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];

  // wink keeps every token's characters verbatim, so searching forward from the previous token finds its offset.
  const tokens: (RawToken | null)[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = folded.indexOf(value, cursor);
    if (at < 0) throw new Error(`language: token ${JSON.stringify(value)} not found after offset ${start + cursor}`);
    cursor = at + value.length;
    tokens.push(INVISIBLE.test(value) ? null : { start: start + at, end: start + cursor, pos: pos[i]!, lemma: lemmas[i]! });
  });

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  return spans
    .map(([first, last]) => tokens.slice(first, last + 1).filter((token): token is RawToken => token !== null))
    .filter((sentence) => sentence.length > 0);
}
