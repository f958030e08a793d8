import type { DateMention, Paragraph, Sentence, Span } from '../types.ts';

/** Universal POS tags as wink-nlp emits them (PROPN, NOUN, VERB, AUX, ADP, DET, PUNCT, …). */
export type PosTag = string;

export interface Token {
  /** Position in the article-wide token list. */
  index: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with diacritics removed and typographic apostrophes as "'", for dictionary lookups. */
  norm: string;
  pos: PosTag;
  /** Lemma (base form) of the token: "met" → "meet". */
  lemma: string;
}

/** What the language layer knows about the clean article text. */
export interface LanguageLayer {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
}

export interface LanguageOptions {
  /** Publication date (YYYY-MM-DD) that relative dates resolve against; today when null. */
  published: string | null;
  /** The wire dateline opening the text (ArticleMeta.dateline): it becomes a sentence of its own. */
  dateline?: Span | null;
}
