// Noun phrases from part-of-speech tags: the speaker before or after a cue, the person told, appositives.
import type { Doc, TokenRange } from './doc.ts';
import {
  anonymousNouns,
  closingMarks,
  definiteDeterminers,
  documentNouns,
  fractions,
  freeRelatives,
  listenerPrepositions,
  nameLinks,
  negations,
  openingMarks,
  organisationWords,
  outletWords,
  peopleNouns,
  phrasePrepositions,
  references,
  respondentParticiples,
  stanceVerbs,
  subjectPronouns,
  subjectTrailers,
  titles,
} from './lexicon.ts';

/** Tags a noun phrase is made of; PART only as a possessive ending. */
const NOMINAL = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'NOUN', 'PART']);
const HEAD = new Set(['NOUN', 'PROPN', 'NUM']);
/** Dashes that set off an aside or a clause. */
export const DASHES = new Set(['—', '–', '--', '-', '―']);
/** Tags of a verb or auxiliary: a clause's predicate. */
export const PREDICATE: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** The possessive ending, whatever tag it gets ("Sanders’" may come out as punctuation). */
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", "'"]);

/** A hyphen or slash written inside a word ("just-released", "Iranian-backed", "NBC News/Wall Street Journal"). */
export function isInnerHyphen(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  const previous = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return (token?.text === '-' || token?.text === '/') && previous?.end === token.start && next?.start === token.end;
}

/** Whether token `i` can be part of a noun phrase. */
export function isNominal(doc: Doc, i: number): boolean {
  const pos = doc.pos(i);
  if (pos === 'PART' || POSSESSIVE.has(doc.key(i))) {
    const previous = doc.tokens[i - 1];
    return POSSESSIVE.has(doc.key(i)) && previous?.end === doc.tokens[i]!.start && /\p{L}$/u.test(previous.text);
  }
  if (NOMINAL.has(pos)) return true;
  // Hyphenated compounds are one word whatever their parts are tagged; an adverb may grade an adjective ("a very senior official").
  if (isInnerHyphen(doc, i) || isInnerHyphen(doc, i - 1) || isInnerHyphen(doc, i + 1)) return true;
  if (pos === 'ADV') return doc.pos(i + 1) === 'ADJ' || isInnerHyphen(doc, i + 1);
  // wink tags some capitalised parts of names as verbs ("Downing Street", "Ways and Means Committee").
  const token = doc.tokens[i];
  return token !== undefined && /^\p{Lu}/u.test(token.text) && i > 0 && doc.tokens[i - 1]!.sentence === token.sentence && doc.pos(i + 1) === 'PROPN';
}

function isPreposition(doc: Doc, i: number, allowed: ReadonlySet<string>): boolean {
  return doc.pos(i) === 'ADP' && allowed.has(doc.key(i));
}


/**
 * Whether token `i` closes a quote that opened inside a phrase, after a word ("a “sociopath,”",
 * "the co-author of “Going Viral,”"), not one opening the sentence or a clause ("“…,” said X").
 */
function closesInnerQuote(doc: Doc, i: number, floor: number): boolean {
  if (!closingMarks.has(doc.tokens[i]?.text ?? '')) return false;
  let open = i - 1;
  while (open > floor && !openingMarks.has(doc.tokens[open]!.text)) open--;
  return open > floor && doc.pos(open - 1) !== 'PUNCT';
}

/** Whether a comma comes before the opening mark of the quote that token `i` closes, in the same sentence. */
function opensAfterComma(doc: Doc, i: number, floor: number): boolean {
  let k = i - 1;
  while (k > floor && !openingMarks.has(doc.tokens[k]!.text)) k--;
  while (k > floor && doc.key(k) !== ',') k--;
  return k > floor;
}

/** Closing bracket or dash → the mark that opens the aside. */
const BRACKETS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['—', '—'],
  ['–', '–'],
  ['-', '-'],
  ['--', '--'],
]);

/** The noun phrase ending with token `last`, not reaching before `floor`. A pronoun stands alone. */
export function phraseEndingAt(doc: Doc, last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  // A pronoun after a phrase's preposition ends that phrase: "a source close to him".
  const objectPronoun = doc.pos(last) === 'PRON' && last - 2 >= floor && isPreposition(doc, last - 1, phrasePrepositions) && ['NOUN', 'ADJ'].includes(doc.pos(last - 2));
  // A quantity stands for its group: "Some say …", "many think …".
  if ((doc.pos(last) === 'PRON' && !objectPronoun) || (doc.isQuantitySubject(last) && !HEAD.has(doc.pos(last + 1)))) return { first: last, end: last + 1 };
  if (!HEAD.has(doc.pos(last)) && !fractions.has(doc.key(last)) && !objectPronoun) return null;
  let first = last;
  for (let i = last - 1; i >= floor; i--) {
    // A capitalised determiner after a name is inside it: "CBS This Morning co-anchor Jane Doe".
    if (doc.pos(first) === 'DET' && HEAD.has(doc.pos(i)) && !(doc.pos(i) === 'PROPN' && /^\p{Lu}/u.test(doc.tokens[first]!.text))) break;
    // A free relative opens a clause, not the phrase: "in what analysts called a bid".
    if (freeRelatives.has(doc.key(i))) break;
    if (isNominal(doc, i)) first = i;
    // A subject pronoun is no possessive: "which Democrats say".
    else if (doc.pos(i) === 'PRON' && subjectPronouns.has(doc.key(i))) break;
    else if (doc.pos(i) === 'PRON') {
      // A possessive opens the phrase ("his spokesman"), or a prepositional phrase in it ("sources close to her campaign").
      first = i;
      if (!(i - 1 > floor && isPreposition(doc, i - 1, phrasePrepositions) && ['NOUN', 'PROPN', 'ADJ'].includes(doc.pos(i - 2)))) break;
    } else if (isPreposition(doc, i, phrasePrepositions) && i > floor && ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(doc.pos(i - 1))) first = i;
    // A quantity standing alone opens the phrase of its group: "most in both states", "many in the party".
    else if (isPreposition(doc, i, phrasePrepositions) && i > floor && doc.isQuantitySubject(i - 1)) {
      first = i - 1;
      break;
    } else break;
  }
  // Nor does a phrase open with the "'s" of a word outside it ("It's a dynamic Greenberg said …").
  while (first < last && (doc.pos(first) === 'ADP' || doc.pos(first) === 'PART' || POSSESSIVE.has(doc.key(first)))) first++;
  return { first, end: last + 1 };
}

/** The noun phrase starting at token `first`, not reaching `limit`; a listener's phrase takes fewer prepositional phrases. */
export function phraseStartingAt(doc: Doc, first: number, limit: number, listener = false): TokenRange | null {
  if (first >= limit) return null;
  const prepositions = listener ? listenerPrepositions : phrasePrepositions;
  const pronoun = doc.pos(first) === 'PRON';
  // A pronoun stands alone unless it is a possessive before a noun phrase ("its acting chairman").
  if (pronoun && !(first + 1 < limit && isNominal(doc, first + 1) && doc.pos(first + 1) !== 'DET')) return { first, end: first + 1 };
  if (!pronoun && !isNominal(doc, first)) return null;
  let end = first + 1;
  while (end < limit) {
    // A determiner after a noun starts another phrase ("told Reuters that troops …", with "that" tagged DET).
    if (doc.pos(end) === 'DET' && (HEAD.has(doc.pos(end - 1)) || doc.pos(end - 1) === 'PRON')) break;
    if (isNominal(doc, end)) end++;
    else if (isPreposition(doc, end, prepositions) && end + 1 < limit && isNominal(doc, end + 1)) end += 2;
    // A possessive may open the prepositional phrase: "a statement from his office".
    else if (isPreposition(doc, end, prepositions) && end + 2 < limit && doc.pos(end + 1) === 'PRON' && isNominal(doc, end + 2) && doc.pos(end + 2) !== 'DET') end += 3;
    else break;
  }
  while (end > first + 1 && !HEAD.has(doc.pos(end - 1))) end--;
  return HEAD.has(doc.pos(end - 1)) ? { first, end } : null;
}

/** The head word: the last noun before any prepositional phrase ("spokesman" in "a spokesman for the ministry"). */
export function headOf(doc: Doc, phrase: TokenRange): number {
  let head = phrase.first;
  for (let i = phrase.first; i < phrase.end; i++) {
    if (doc.pos(i) === 'ADP') break;
    if (HEAD.has(doc.pos(i)) || doc.pos(i) === 'PRON') head = i;
  }
  return head;
}

/** Whether a head word can name a source: a proper noun, or a noun for officials, outlets, organisations or documents. */
export function isSourceNoun(doc: Doc, head: number): boolean {
  if (isProper(doc, head)) return true;
  const lemma = doc.tokens[head]?.lemma.toLowerCase() ?? '';
  return [anonymousNouns, documentNouns, organisationWords.nouns, outletWords.nouns].some((words) => words.has(lemma));
}

/** Whether a head word is a noun naming a kind of source: officials, outlets, organisations, documents, people ("poll", "insiders"). */
export function isCommonSourceNoun(doc: Doc, head: number): boolean {
  const lemmas = doc.lemmas(head);
  return [anonymousNouns, documentNouns, organisationWords.nouns, outletWords.nouns, peopleNouns].some((words) => lemmas.some((lemma) => words.has(lemma)));
}

/** Capitalised words that can be part of a name ("African" in "the African Union"), and hyphens inside one. */
function inName(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (!token) return false;
  if (isInnerHyphen(doc, i) || isInnerHyphen(doc, i - 1) || isInnerHyphen(doc, i + 1)) return true;
  if (!/^\p{Lu}/u.test(token.text)) return false;
  // wink may tag a capitalised word inside a name as a verb ("the Associated Press").
  return ['PROPN', 'ADJ', 'NOUN', 'NUM'].includes(token.pos) || (token.pos === 'VERB' && isProper(doc, i + 1));
}

/** A proper noun, or a capitalised noun inside a sentence that wink took for a common one ("the Sydney Morning Herald"). */
function isProper(doc: Doc, i: number): boolean {
  const token = doc.tokens[i];
  if (!token) return false;
  if (doc.pos(i) === 'PROPN') return true;
  return doc.pos(i) === 'NOUN' && /^\p{Lu}/u.test(token.text) && doc.tokens[i - 1]?.sentence === token.sentence;
}

/**
 * The proper name the phrase is headed by ("Steven Cheung" in "communications director Steven
 * Cheung", "Bank of England"), or null when its head is no proper noun.
 */
export function properName(doc: Doc, phrase: TokenRange): TokenRange | null {
  const head = headOf(doc, phrase);
  if (!isProper(doc, head)) return null;
  let first = head;
  while (first > phrase.first && isProper(doc, first - 1) && !titles.has(doc.key(first - 1))) first--;
  // A one-word name takes the capitalised words before it ("African Union"); a longer one is whole
  // already, and capitalised words before it are titles ("Colombian President Gustavo Petro").
  if (first === head) while (first > phrase.first && inName(doc, first - 1) && !titles.has(doc.key(first - 1))) first--;
  let end = head + 1;
  for (;;) {
    if (end < phrase.end && inName(doc, end)) end++;
    else if (end + 1 < phrase.end && nameLinks.has(doc.key(end)) && inName(doc, end + 1)) end += 2;
    else break;
  }
  return { first, end };
}

/** Whether token `i` is a relative pronoun standing for the phrase before it ("who", "which"). */
export function isRelativePronoun(doc: Doc, i: number): boolean {
  return doc.pos(i) === 'PRON' && references.get(doc.key(i)) === 'antecedent';
}

/** Whether the phrase is a bare pronoun; its reference kind if so. */
export function pronounOf(doc: Doc, phrase: TokenRange): ReturnType<typeof references.get> {
  const reference = phrase.end - phrase.first === 1 && doc.pos(phrase.first) === 'PRON' ? references.get(doc.key(phrase.first)) : undefined;
  // In an interview's questions and answers the first person is whoever asks or answers.
  return reference === 'author' && doc.inInterview(phrase.first) ? 'person' : reference;
}

/** First token of the auxiliaries, adverbs and negations just before token `verb` ("has also said"). */
export function auxiliariesBefore(doc: Doc, verb: number, floor: number): number {
  let first = verb;
  for (;;) {
    const pos = doc.pos(first - 1);
    // A quantity is the subject, not an adverb: "most believe".
    // "has since said": a subordinator between auxiliary and verb is an adverb.
    const adverb = (pos === 'ADV' && !doc.isQuantitySubject(first - 1)) || (pos === 'SCONJ' && doc.pos(first - 2) === 'AUX');
    if (first <= floor || !(pos === 'AUX' || adverb || (pos === 'PART' && negations.has(doc.key(first - 1))))) return first;
    first--;
  }
}

/**
 * A comma-bounded stretch read as an appositive: noun phrases (coordinated), perhaps followed by a
 * bracketed aside, a relative clause, a present participle or a prepositional phrase ("a former
 * governor who ran in 2016"); `phrase` is then its noun phrase. (A past participle after the phrase
 * would look like a clause's verb: "Cheung declined".) An aside has no phrase: a relative clause, a
 * participle ("led by …") or a prepositional phrase alone, adverbs, stray punctuation. Null otherwise.
 */
function appositive(doc: Doc, stretchFirst: number, stretchEnd: number, floor: number): { phrase: TokenRange | null } | null {
  // An abbreviation's period ends no aside: "Sen. Rand Paul, R-Ky., told".
  let first = stretchFirst;
  let end = stretchEnd;
  while (end > first + 1 && doc.key(end - 1) === '.') end--;
  // What follows a quoted title's comma continues the aside: "the co-author of “Going Viral,” about the spread of …".
  while (first < end && doc.key(first - 1) === ',' && closesInnerQuote(doc, first, floor)) first++;
  // A conjunction opening the sentence is no part of its subject: "But Sen. Durbin (D-Ill.), noting …, said".
  while (first === stretchFirst && first === floor && first < end && doc.pos(first) === 'CCONJ') first++;
  if (first >= end) return null;
  let minor = true;
  for (let i = first; i < end; i++) if (doc.pos(i) !== 'ADV' && doc.pos(i) !== 'PUNCT') minor = false;
  const opensWithParticiple = doc.pos(first) === 'VERB' && /(?:ed|ing)$/.test(doc.key(first));
  if (minor || opensWithParticiple || references.get(doc.key(first)) === 'antecedent' || doc.pos(first) === 'ADP') return { phrase: null };
  let i = first;
  let last: TokenRange | null = null;
  while (i < end) {
    const phrase = phraseStartingAt(doc, i, end);
    if (!phrase) break;
    last = phrase;
    i = phrase.end;
    if (i < end && doc.pos(i) === 'CCONJ') i++;
    else break;
  }
  if (!last) return null;
  // Words the phrase left out that still belong to the aside: an adjective used as a noun ("a
  // policy-focused conservative"), a capitalised word inside a name ("One Wisconsin Now").
  while (i < end && (isNominal(doc, i) || (/^\p{Lu}/u.test(doc.tokens[i]!.text) && doc.pos(i - 1) === 'PROPN'))) i++;
  const phrase = { first, end: i };
  const next = doc.key(i);
  const bracketed = next === '(' && doc.key(end - 1) === ')';
  const participle = doc.pos(i) === 'VERB' && next.endsWith('ing');
  // An adverb may open the prepositional phrase: "one of the few co-authors still on Capitol Hill".
  const prepositional = doc.pos(i) === 'ADP' || (doc.pos(i) === 'ADV' && doc.pos(i + 1) === 'ADP');
  // A quoted title may close the phrase: "a contestant on the reality show “The Apprentice,”".
  const tail = bracketed || participle || prepositional || openingMarks.has(doc.tokens[i]?.text ?? '') || references.get(next) === 'antecedent';
  return i >= end || tail ? { phrase } : null;
}

/** A past participle: not the base form, not an "-ing" form ("released", "published", "shown"). */
function isParticiple(doc: Doc, i: number): boolean {
  const key = doc.key(i);
  return key !== doc.tokens[i]!.lemma.toLowerCase() && !key.endsWith('ing') && !key.endsWith('s');
}

function previousComma(doc: Doc, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (doc.key(i) === ',') return i;
  return -1;
}

/** A phrase with the phrases coordinated before it at the start of its clause: "he and Mr. Allen", "Clinton and her aides". */
export function coordinated(doc: Doc, phrase: TokenRange | null, floor: number): TokenRange | null {
  if (!phrase || phrase.first - 2 < floor || doc.pos(phrase.first - 1) !== 'CCONJ') return phrase;
  const opensClause = (item: TokenRange | null): item is TokenRange => item !== null && (item.first === floor || ['PUNCT', 'CCONJ', 'SCONJ'].includes(doc.pos(item.first - 1)));
  const before = phraseEndingAt(doc, phrase.first - 2, floor);
  if (!opensClause(before)) return phrase;
  // Earlier items of a list: "Saudi Arabia, the Emirates and Qatar" (not a date: "Last week, Iran and Russia").
  let first = before.first;
  for (let item = phraseEndingAt(doc, first - 2, floor); doc.key(first - 1) === ',' && opensClause(item) && !doc.isDate(item.end - 1); item = phraseEndingAt(doc, first - 2, floor)) first = item.first;
  return { first, end: phrase.end };
}

/**
 * The phrase opening the sentence when `phrase` ends a relative clause on it: "Hawkins and others who
 * want to ban abortion said", "The official who leaked the memo said" (not "the memo").
 */
function antecedentOf(doc: Doc, phrase: TokenRange | null, floor: number): TokenRange | null {
  if (!phrase) return phrase;
  let verb = false;
  for (let i = phrase.first - 1; i > floor; i--) {
    const key = doc.key(i);
    if (key === ',' || key === ';' || doc.pos(i) === 'CCONJ') return phrase;
    if (PREDICATE.has(doc.pos(i))) verb = true;
    // The relative clause holds a verb before the phrase: "who want to ban abortion", not "which officials".
    if (references.get(key) !== 'antecedent' || !verb) continue;
    let first = floor;
    while (first < i && (doc.pos(first) === 'CCONJ' || doc.pos(first) === 'ADV')) first++;
    const antecedent = coordinated(doc, phraseEndingAt(doc, i - 1, floor), floor);
    return antecedent && antecedent.first === first ? antecedent : phrase;
  }
  return phrase;
}

/**
 * The object of a stance participle describing the subject is part of the subject: "Democrats
 * supporting Mrs. Clinton have said", not "Mrs. Clinton".
 */
function withParticipleBefore(doc: Doc, phrase: TokenRange | null, floor: number): TokenRange | null {
  const participle = phrase ? phrase.first - 1 : -1;
  const stance = participle > floor && doc.pos(participle) === 'VERB' && doc.key(participle).endsWith('ing') && stanceVerbs.get(doc.tokens[participle]!.lemma.toLowerCase())?.object;
  if (!phrase || !stance || !HEAD.has(doc.pos(participle - 1))) return phrase;
  const subject = phraseEndingAt(doc, participle - 1, floor);
  return subject ? { first: subject.first, end: phrase.end } : phrase;
}

/**
 * A phrase without the date after its head: "a poll last month", "a poll Jan. 17-23", "the governor on Tuesday";
 * not a date among its modifiers ("a September poll", "a USA TODAY poll").
 */
export function beforeDate(doc: Doc, phrase: TokenRange): TokenRange {
  const dated = (i: number) => (doc.isDate(i) || (doc.pos(i) === 'ADP' && doc.isDate(i + 1))) && (doc.pos(i - 1) === 'NOUN' || (doc.pos(i - 1) === 'PROPN' && doc.pos(i) !== 'PROPN'));
  let end = phrase.first + 1;
  while (end < phrase.end && !dated(end)) end++;
  return { first: phrase.first, end };
}

/**
 * The subject that ends just before token `end`, skipping adverbs and dates, and appositives or
 * relative clauses between commas ("Karoline Leavitt, the transition spokeswoman, said"). Of a
 * common noun and a proper name in apposition, the name is the speaker.
 */
export function subjectBefore(doc: Doc, end: number, floor: number): TokenRange | null {
  let i = end - 1;
  for (;;) {
    while (i >= floor && (doc.isDate(i) || (doc.pos(i) === 'ADV' && !doc.isQuantitySubject(i)) || (doc.pos(i) === 'ADP' && doc.isDate(i + 1)) || subjectTrailers.has(doc.key(i)))) i--;
    // An aside in brackets or dashes: "Governor Mary Fallin (R-OK) said", "Many speakers — including … — said".
    const closer = BRACKETS.get(doc.key(i));
    if (closer === undefined || isInnerHyphen(doc, i)) break;
    let open = i - 1;
    while (open > floor && doc.key(open) !== closer) open--;
    if (open <= floor) return null;
    i = open - 1;
  }
  // A comma inside the closing quote of a quoted title or word ends the aside: "Humphrey, who calls Trump a “sociopath,” said".
  // Not a quote right after the subject, which is what the subject says: "Clinton “drew well,” said Beck".
  if (i > floor && doc.key(i - 1) === ',' && closesInnerQuote(doc, i, floor) && opensAfterComma(doc, i, floor)) i--;
  if (i < floor) return null;
  // A participle and its date between the subject and the cue: "A poll released Monday shows", "a report published Wednesday said".
  if (i < end - 1 && i > floor && doc.pos(i) === 'VERB' && isParticiple(doc, i) && HEAD.has(doc.pos(i - 1))) return phraseEndingAt(doc, i - 1, floor);
  // Respondents: "those surveyed said", "Cuban-Americans polled said".
  if (i > floor && respondentParticiples.has(doc.key(i))) {
    const respondents = definiteDeterminers.has(doc.key(i - 1)) ? { first: i - 1, end: i } : phraseEndingAt(doc, i - 1, floor);
    return respondents && { first: respondents.first, end: i + 1 };
  }
  if (doc.key(i) !== ',') {
    const phrase = phraseEndingAt(doc, i, floor);
    // A prepositional phrase between a relative pronoun and its verb is an adjunct: "who through his office declined", "who for weeks had argued".
    const relative = phrase && doc.pos(phrase.first - 1) === 'ADP' ? phrase.first - 2 : -1;
    if (relative >= floor && isRelativePronoun(doc, relative)) return { first: relative, end: relative + 1 };
    return antecedentOf(doc, coordinated(doc, withParticipleBefore(doc, phrase, floor), floor), floor);
  }

  // Comma-bounded stretches, nearest first: appositives and asides ("who …", "in a statement released on Thursday").
  const appositives: TokenRange[] = [];
  let links = 0;
  let outermost = -1;
  let comma = i;
  for (;;) {
    const previous = previousComma(doc, comma, floor);
    const first = previous < 0 ? floor : previous + 1;
    // A relative pronoun standing alone before asides is its clause's subject: "Turry, who, like his brothers, recalled".
    if (appositives.length === 0 && comma === first + 1 && isRelativePronoun(doc, first)) return { first, end: comma };
    const link = appositive(doc, first, comma, floor);
    if (!link || (!link.phrase && first === floor)) break;
    links++;
    // An aside before the chain's phrases opens no phrase: "On Monday, however, the director, James Comey, said".
    if (link.phrase) {
      appositives.push(link.phrase);
      outermost = first;
    } else if (appositives.length === 0) outermost = first;
    if (previous < 0) break;
    comma = previous;
  }
  if (outermost < 0) return null;

  // The phrase just before the chain is the subject unless it is a preposition's object ("In Tehran, …");
  // otherwise the chain's first phrase is, when more follow it.
  const before = phraseEndingAt(doc, outermost - 2, floor);
  const beforeIsSubject = before !== null && !(before.first > floor && doc.pos(before.first - 1) === 'ADP');
  const first = appositives.at(-1);
  const head = beforeIsSubject ? before : first && first.first === outermost && links > 1 ? first : null;
  if (head && properName(doc, head)) return head;
  // A place after a place ("in San Bernardino, California,") is no speaker.
  if (!head && before) return null;
  // Of a common noun and a proper name in apposition, the name is the speaker.
  return appositives.find((p) => properName(doc, p) !== null) ?? head;
}

/**
 * The entry of a participle the tagger took for an adjective or noun ("those supporting deportation",
 * "with the general saying …"), looked up by its stem in `entries`.
 */
export function mistaggedParticiple<T>(doc: Doc, i: number, entries: ReadonlyMap<string, T>): T | undefined {
  const key = doc.key(i);
  if (!key.endsWith('ing') || !['ADJ', 'NOUN'].includes(doc.pos(i))) return undefined;
  const stem = key.slice(0, -3);
  return entries.get(stem) ?? entries.get(`${stem}e`);
}
