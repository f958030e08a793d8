// Recognises lone lines of page furniture (ads, share prompts, photo credits, bylines, timestamps).
// The patterns are data (data/ingest/furniture.json); this module only says how they apply.
import rules from '../../data/ingest/furniture.json' with { type: 'json' };

const lineRes = rules.lines.map((p) => new RegExp(`^(?:${p})$`, 'iu'));
const creditRes = [
  ...rules.credit.markers.map((p) => new RegExp(p, 'u')),
  ...rules.credit.labels.map((p) => new RegExp(`^(?:${p})`, 'iu')),
];
const bylinePrefix = new RegExp(rules.byline.prefix, 'u');
const bylineRe = new RegExp(rules.byline.prefix + rules.byline.names, 'u');
const dateWords = new Set(rules.dateline.dateWords);
const otherDatelineWords = new Set(rules.dateline.otherWords);
/** A year or a numeric date, either of which makes a line of numbers a date. */
const NUMERIC_DATE = /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** A final period that closes an initialism ("U.S.") rather than a sentence. */
const INITIALISM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}$/u;

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line) && !INITIALISM_END.test(line);
}

/** A credit line names a photo agency and reads as a label, not a sentence. */
function isPhotoCredit(line: string): boolean {
  return !endsSentence(line) && creditRes.some((re) => re.test(line));
}

/** A timestamp line: a date, and nothing besides date words, times and labels such as "Updated". */
function isTimestampLine(line: string): boolean {
  const words = (line.toLowerCase().match(/[\p{L}.]+/gu) ?? []).map((w) => w.replace(/^\.+|\.+$/g, ''));
  const known = words.every((w) => w === '' || dateWords.has(w) || otherDatelineWords.has(w));
  return known && (words.some((w) => dateWords.has(w)) || NUMERIC_DATE.test(line));
}

/** Whether a paragraph is page furniture rather than article text. */
export function isFurniture(line: string): boolean {
  if (line.length > rules.maxLength) return false;
  if (!/[\p{L}\p{N}]/u.test(line)) return true;
  return (
    lineRes.some((re) => re.test(line)) ||
    isPhotoCredit(line) ||
    isTimestampLine(line) ||
    bylineNames(line) !== null
  );
}

/** The names a byline line gives ("By Amina Yusuf and Daniel Ortega" → "Amina Yusuf and Daniel Ortega"), or null for another line. */
export function bylineNames(line: string): string | null {
  return !endsSentence(line) && bylineRe.test(line) ? line.replace(bylinePrefix, '') : null;
}
