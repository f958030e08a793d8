// The language layer: paragraphs, sentences, tokens and dates of a clean article text.
import type { Paragraph, Sentence } from '../types.ts';
import { findDates } from './dates.ts';
import { tagVerbNames } from './names.ts';
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

/**
 * Cuts the sentence that runs across `offset` there: the wire dateline ("KHARTOUM, June 12 (Reuters) -")
 * is a sentence of its own, so the lede's subject opens its sentence.
 */
function splitAt(groups: Token[][], offset: number): Token[][] {
  return groups.flatMap((group) => {
    const cut = group.findIndex((token) => token.start >= offset);
    return cut > 0 ? [group.slice(0, cut), group.slice(cut)] : [group];
  });
}

/** Splits a clean article text (paragraphs separated by blank lines) and finds its dates; every offset is into `text`. */
export function analyzeLanguage(text: string, options: LanguageOptions): LanguageLayer {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const byParagraph = winkSentences(text, paragraphs);
  for (const paragraph of paragraphs) {
    const repaired = repairSentences(text, paragraph.start, byParagraph[paragraph.index]!);
    const split = options.dateline ? splitAt(repaired, options.dateline.end) : repaired;
    for (const group of split) {
      const sentence = sentences.length;
      const start = group[0]!.start;
      const end = group.at(-1)!.end;
      sentences.push({ index: sentence, paragraph: paragraph.index, start, end, text: text.slice(start, end) });
      for (const token of group) {
        token.index = tokens.length;
        token.sentence = sentence;
        tokens.push(token);
      }
    }
  }
  tagVerbNames(tokens);
  return { paragraphs, sentences, tokens, dates: findDates(text, sentences, tokens, options.published) };
}
