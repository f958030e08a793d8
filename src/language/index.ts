// The language layer: paragraphs, sentences, tokens and dates of a clean article text.
import type { Paragraph, Sentence } from '../types.ts';
import { findDates } from './dates.ts';
import { repairSentences } from './sentences.ts';
import { winkSentences } from './tokenize.ts';
import type { LanguageLayer, LanguageOptions, Token } from './types.ts';

export type { LanguageLayer, LanguageOptions, PosTag, Token } from './types.ts';

/** Paragraphs are separated by blank lines; their spans exclude surrounding whitespace. */
function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r]*\n))*/g)) {
    const start = match.index;
    const end = start + match[0].trimEnd().length;
    paragraphs.push({ index: paragraphs.length, start, end });
  }
  return paragraphs;
}

/** Lower-case, without diacritics, with typographic apostrophes as "'", for dictionary look-ups. */
function normalize(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ]/g, "'").toLowerCase();
}

/** Splits a clean article text (paragraphs separated by blank lines) and finds its dates; every offset is into `text`. */
export function analyzeLanguage(text: string, options: LanguageOptions): LanguageLayer {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Sentences never cross paragraphs: each paragraph is split on its own.
  for (const paragraph of paragraphs) {
    const split = repairSentences(text, paragraph.start, winkSentences(text, paragraph.start, paragraph.end));
    for (const group of split) {
      const sentence = sentences.length;
      const start = group[0]!.start;
      const end = group.at(-1)!.end;
      sentences.push({ index: sentence, paragraph: paragraph.index, start, end, text: text.slice(start, end) });
      for (const raw of group) {
        const tokenText = text.slice(raw.start, raw.end);
        tokens.push({ index: tokens.length, sentence, ...raw, text: tokenText, norm: normalize(tokenText) });
      }
    }
  }
  return { paragraphs, sentences, tokens, dates: findDates(text, sentences, tokens, options.published) };
}
