// Language identification of the clean text (ISO 639-3), used to warn that coding is English-only.
import { franc } from 'franc';

/** Shorter texts are 'und': trigram statistics say little about them. */
const MIN_LENGTH = 50;
/** A few thousand characters identify a language as well as the whole text, at a fraction of the cost. */
const SAMPLE_LENGTH = 2000;

export function detectLanguage(text: string): string {
  return franc(text.slice(0, SAMPLE_LENGTH), { minLength: MIN_LENGTH });
}
