// Repairs wink's sentence boundaries inside one paragraph: abbreviations and closing quotes it splits on wrongly.
import abbreviations from '../../data/language/abbreviations.json' with { type: 'json' };
import punctuation from '../../data/language/punctuation.json' with { type: 'json' };
import type { Token } from './types.ts';

const TITLES = new Set(abbreviations.titles);
const BEFORE_NUMBER = new Set(abbreviations.beforeNumber);
const CLOSING = new Set(punctuation.closing);
const STRAIGHT = new Set(punctuation.straight);
const INSIDE_WORD = new RegExp(abbreviations.insideWord, 'u');
const WHITESPACE = /\s/;
const OPENING = /^[\p{Ps}\p{Pi}"']+/u;

/** The last whitespace-delimited word of a sentence, lower-cased, without opening brackets or quotes. */
function lastWord(text: string, sentence: Token[]): string {
  // The sentence ends on a token, so its last word starts after the last whitespace within it.
  const first = sentence[0]!.start;
  const end = sentence.at(-1)!.end;
  let start = end;
  while (start > first && !WHITESPACE.test(text[start - 1]!)) start--;
  return text.slice(start, end).replace(OPENING, '').toLowerCase();
}

/** A straight quote closes when an odd number of the same mark precede it in the paragraph. */
function isClosing(text: string, paragraphStart: number, token: Token): boolean {
  const mark = text.slice(token.start, token.end);
  if (CLOSING.has(mark)) return true;
  if (!STRAIGHT.has(mark)) return false;
  return text.slice(paragraphStart, token.start).split(mark).length % 2 === 0;
}

/** Whether any whitespace lies between offsets `from` and `to`. */
function spaced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (WHITESPACE.test(text[i]!)) return true;
  return false;
}

/** Whether `next` cannot start a sentence after `previous`. */
function continues(text: string, previous: Token[], next: Token[]): boolean {
  const first = text.slice(next[0]!.start, next[0]!.end);
  // A sentence never starts lower-case or with inner punctuation: "“Is it over?” asked Smith."
  if (/^[\p{Ll},;:]/u.test(first)) return true;
  const word = lastWord(text, previous);
  if (INSIDE_WORD.test(word) && !spaced(text, previous.at(-1)!.end, next[0]!.start)) return true;
  return TITLES.has(word) || (BEFORE_NUMBER.has(word) && /^\d/.test(first));
}

/** Merges sentences split after an abbreviation and moves closing quotes to the sentence they close. */
export function repairSentences(text: string, paragraphStart: number, sentences: Token[][]): Token[][] {
  const repaired: Token[][] = [];
  for (const sentence of sentences) {
    const previous = repaired.at(-1);
    if (!previous) {
      repaired.push(sentence);
      continue;
    }
    let lead = 0;
    while (lead < sentence.length && isClosing(text, paragraphStart, sentence[lead]!)) lead++;
    const rest = sentence.slice(lead);
    if (rest.length === 0 || continues(text, previous, rest)) {
      previous.push(...sentence);
    } else {
      previous.push(...sentence.slice(0, lead));
      repaired.push(rest);
    }
  }
  return repaired;
}
