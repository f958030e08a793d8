// Language identification of the clean text (ISO 639-3), used to warn that coding is English-only.
// franc-min knows the ~80 languages with 8M+ speakers (all news languages that matter here) and runs
// several times faster than full franc, which dominated ingest time.
import { franc } from 'franc-min';
import rules from '../../data/ingest/language.json' with { type: 'json' };

/** Shorter texts are 'und': trigram statistics say little about them. */
const MIN_LENGTH = 50;
/** A thousand characters identify a language as reliably as the whole text, at a fraction of the cost. */
const SAMPLE_LENGTH = 1000;
const ENGLISH_WORDS = new Set(rules.english.functionWords);
const WORD = /\p{L}+/gu;

/**
 * English prose is dense with function words no other language uses (data/ingest/language.json);
 * counting them costs a small fraction of franc's trigram comparison, which then only sees the rest.
 */
export function looksEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  const distinct = new Set<string>();
  for (const [word] of sample.matchAll(WORD)) {
    words++;
    const lower = word.toLowerCase();
    if (!ENGLISH_WORDS.has(lower)) continue;
    english++;
    distinct.add(lower);
  }
  const { minWords, minShare, minDistinct } = rules.english;
  return words >= minWords && english >= minShare * words && distinct.size >= minDistinct;
}

export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample.length >= MIN_LENGTH && looksEnglish(sample)) return 'eng';
  return franc(sample, { minLength: MIN_LENGTH });
}
