// Index over the language layer: token ranges per sentence, offset look-ups, date tokens.
import type { LanguageLayer, Token } from '../language/types.ts';
import type { Paragraph, Sentence, Span } from '../types.ts';
import { clauseLinks, cueVerbs, expletives, fractions, interviewLeadIns, messages, negations, pluralNouns, possessiveDeterminers, publisherNotes, quoteMarks, references, respondentParticiples, stanceNouns, subjectPronouns, subjectTrailers, titles, vagueQuantities, verbLemmas } from './lexicon.ts';
import { keyOf, longestAt } from './pattern.ts';
import { POSSESSIVE } from './phrases.ts';

export interface TokenRange {
  /** First token. */
  first: number;
  /** Token just after the range. */
  end: number;
}

/** Double quotation marks that open a quote (or may): what follows a verb before one is its content. */
const OPENING_QUOTES = new Set([...quoteMarks.double.open, ...quoteMarks.double.either]);

/** A sentence shorter than this many words is too short to tell title case from names ("Modi: 240"). */
const TITLE_WORDS = 4;

/** Articles: a preposition between one and a noun modifies the noun. */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Tags that can open a verb's complement (besides a gerund and "to"): a clause or an object. */
const COMPLEMENT_START = new Set(['DET', 'PRON', 'SCONJ', 'PROPN']);

/**
 * The cue or stance verb a token is a form of, from its lemma or, where the tagger took it for a noun or adjective and
 * kept its form as lemma, from its form less an inflection: "disavows", "mocking", "chiding", "worries", "planning".
 */
function verbLemmaOf(token: Token): string | null {
  const lemma = token.lemma.toLowerCase();
  if (verbLemmas.has(lemma)) return lemma;
  const stem = keyOf(token).replace(/(?:ing|ed|e?s)$/u, '');
  if (stem === keyOf(token)) return null;
  return [stem, `${stem}e`, stem.replace(/(\p{Ll})\1$/u, '$1'), stem.replace(/i$/u, 'y')].find((l) => verbLemmas.has(l)) ?? null;
}

export class Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  private readonly ranges: TokenRange[];
  private readonly dateTokens = new Set<number>();
  /** Paragraphs opening with an interview's "Q:" or "A:". */
  private readonly interview = new Set<number>();
  /** Sentences of a publisher's note ("Editor's note: …", "Correction: …"), no part of the report. */
  private readonly notes = new Set<number>();
  private readonly titleCase = new Map<number, boolean>();
  /** Part-of-speech tags, with cue and stance verbs the tagger took for nouns set right. */
  private readonly tags: string[];

  /** Tokens inside mentions of states and seats of government. */
  private readonly places = new Set<number>();

  constructor(text: string, layer: LanguageLayer, places: readonly Span[] = []) {
    this.text = text;
    this.tokens = layer.tokens;
    this.sentences = layer.sentences;
    this.paragraphs = layer.paragraphs;
    this.ranges = layer.sentences.map(() => ({ first: 0, end: 0 }));
    for (const token of layer.tokens) {
      const range = this.ranges[token.sentence]!;
      if (range.end === 0) range.first = token.index;
      range.end = token.index + 1;
    }
    for (const range of this.ranges) {
      if (range.end - range.first > 1 && interviewLeadIns.has(this.key(range.first)) && this.tokens[range.first + 1]!.text === ':') this.interview.add(this.sentences[this.tokens[range.first]!.sentence]!.paragraph);
      if (range.end > range.first && longestAt(publisherNotes, this.tokens, range.first, range.end) > 0) this.notes.add(this.tokens[range.first]!.sentence);
    }
    // Dates first: a verb after a participle and its date is told by them ("voters polled Monday support …").
    for (const date of layer.dates) {
      const first = this.tokenAt(date.start);
      for (let i = first; i < this.tokens.length && this.tokens[i]!.start < date.end; i++) this.dateTokens.add(i);
      // "in late August": an adjective before the date belongs to it.
      if (this.tokens[first - 1]?.pos === 'ADJ') this.dateTokens.add(first - 1);
    }
    this.tags = layer.tokens.map((token, i) =>
      this.isMistaggedVerb(i) || this.isMistaggedParticiple(i) || this.isMistaggedPast(i) || this.isMistaggedPresent(i) || this.isHeadlineVerb(i) ? 'VERB' : this.isMistaggedName(i) ? 'PROPN' : this.isMistaggedGerund(i) || this.isOwnedStanceNoun(i) || this.isAdjectiveHead(i) || this.isFractionHead(i) ? 'NOUN' : this.isParticipleModifier(i) || this.opensCompound(i) ? 'ADJ' : token.pos,
    );
    // A verb the tagger took for a noun or adjective kept its form as lemma ("disavows", "mocking"): give it the verb's.
    this.tokens = layer.tokens.map((token, i) => (this.tags[i] === 'VERB' && token.pos !== 'VERB' ? { ...token, lemma: verbLemmaOf(token) ?? token.lemma } : token));
    for (const place of places) for (let i = this.tokenAt(place.start); i < this.tokens.length && this.tokens[i]!.start < place.end; i++) this.places.add(i);
  }

  /**
   * A cue or stance verb tagged as a noun right after its subject's head and followed by its
   * complement: "members of the government favor negotiating", "the administration plans to", "voters who support Trump".
   * An "-s" form does not follow a plural; a finite verb after it makes it a noun ("the campaign plan said");
   * "…, the reports show." closes a clause.
   */
  private isMistaggedVerb(i: number): boolean {
    // A word between the subject and its verb is skipped: "Polls there show", "voters overall want".
    // So is a sentence adverb between commas: "Trump, however, paints herself as …".
    const aside = this.tokens[i - 1]?.text === ',' && this.tokens[i - 2]?.pos === 'ADV' && this.tokens[i - 3]?.text === ',';
    const b = aside ? i - 4 : this.tokens[i - 1] && subjectTrailers.has(keyOf(this.tokens[i - 1]!)) ? i - 2 : i - 1;
    const [before, token, after] = [this.tokens[b], this.tokens[i]!, this.tokens[i + 1]];
    // A cue far more often a noun is a verb only as a document's, before "that": "the document states that …".
    if (token.pos === 'NOUN' && before?.pos === 'NOUN' && messages.nouns.has(before.lemma.toLowerCase()) && keyOf(after ?? token) === 'that') {
      const stem = keyOf(token).replace(/s$/u, '');
      if (stem !== keyOf(token) && cueVerbs.get(stem)?.noun) return true;
    }
    const lemma = verbLemmaOf(token);
    if (token.pos !== 'NOUN' || !before || before.sentence !== token.sentence || lemma === null) return false;
    // Nothing but a verb follows a subject pronoun ("who favor consumption taxes"), or a quantity standing alone
    // as the subject ("Some say", "Many think"); a number ends a subject too: "six in 10 say", "two-thirds support".
    const pronoun = before.pos === 'PRON' && subjectPronouns.has(keyOf(before));
    if (!after) return false;
    if (pronoun) return after.pos !== 'PUNCT';
    // After an aside or a conjunction, before an infinitive, it goes on with the subject before them:
    // "The group, founded in May, plans to march", "She gave to many, but plans to narrow her support".
    if ((before.text === ',' || before.pos === 'CCONJ') && keyOf(after) === 'to' && this.tokens[i + 2]?.pos === 'VERB') return true;
    // After a participial aside set off by commas from the subject opening the sentence, an "-s" form before its
    // object: "The spot, titled “Greedy,” features a report …".
    if (before.text === ',' || OPENING_QUOTES.has(before.text) || quoteMarks.double.close.includes(before.text)) {
      // The aside's own closing comma may stand inside its quote: "titled “Greedy,” features".
      let open = before.text !== ',' && this.tokens[b - 1]?.text === ',' ? b - 2 : b - 1;
      while (open > 0 && this.tokens[open]!.sentence === token.sentence && this.tokens[open]!.text !== ',') open--;
      const aside = this.tokens.slice(open + 1, b);
      const start = this.range(token.sentence).first;
      const subject = this.tokens.slice(start, open);
      if (this.tokens[open]?.text === ',' && open > start && this.tokens[open - 1]!.pos === 'NOUN' && !subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') && aside.some((t) => t.pos === 'VERB' && /ed$/u.test(keyOf(t)))) {
        return keyOf(token) !== lemma && ['DET', 'PROPN'].includes(after.pos);
      }
    }
    // After a quantity a verb makes the word its noun: "Both attacks were claimed", "Another report said".
    // Between commas it is an aside about the clause around it: "…, many think, is only a matter of time";
    // after a relative pronoun the verb of its content may follow: "Rubio, who many feel needs a win".
    if (this.isQuantitySubject(b)) {
      const opener = this.tokens[b - 1];
      if (opener && references.get(keyOf(opener)) === 'antecedent') return after.pos !== 'PUNCT';
      return (after.pos !== 'PUNCT' || (after.text === ',' && this.tokens[b - 1]?.text === ',')) && after.pos !== 'VERB' && after.pos !== 'AUX';
    }
    if (respondentParticiples.has(keyOf(before)) || this.followsDatedParticiple(i)) return after.pos !== 'PUNCT';
    if (!['NOUN', 'PROPN', 'NUM'].includes(before.pos) && !fractions.has(keyOf(before))) return false;
    const thirdPerson = keyOf(token) !== lemma;
    // An "-s" form follows no plural and no number: "five states going to the polls".
    if (thirdPerson && (before.pos === 'NUM' || (before.pos === 'NOUN' && keyOf(before) !== before.lemma.toLowerCase()))) return false;
    if (after.pos === 'VERB') return keyOf(after).endsWith('ing');
    const plural = this.isPlural(b);
    // Before a quote, after its subject: "The ad claims “Jeb is …”".
    if (OPENING_QUOTES.has(after.text) && this.tokens[i + 2]?.pos !== 'PUNCT') return thirdPerson ? before.pos !== 'NUM' : plural;
    // Closing a sentence or clause after a plural or a name: "…, new reports show.", "…, Frank notes."
    if (after.pos === 'PUNCT') return thirdPerson ? before.pos === 'PROPN' : plural;
    // After a name an "-s" form, after a plural the base form, is its verb whatever follows:
    // "Trump reports investments", "Forbes lists the Kochs", "early polls show voters", "which officials say will …".
    // A word between them rules out a compound: "the ad then references criticism".
    const agrees = thirdPerson ? before.pos === 'PROPN' || b < i - 1 : plural;
    // After a singular noun an "-s" form before an auxiliary is a verb with its relative clause's predicate: "a move the ministry hopes will …".
    const gap = thirdPerson && before.pos === 'NOUN' && after.pos === 'AUX';
    return COMPLEMENT_START.has(after.pos) || keyOf(after) === 'to' || gap || (agrees && ['NOUN', 'ADJ', 'NUM', 'ADV', 'AUX'].includes(after.pos));
  }

  /**
   * A participle in "-ing" of a cue or stance verb the tagger took for a noun or adjective, before its complement: after a
   * comma or conjunction it opens a clause of its own ("…, mocking his rival", "and answering questions"), after a number
   * or a quantity it is the verb of the share they stand for ("with three in 10 saying …", "and another listing …").
   */
  private isMistaggedParticiple(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || !keyOf(token).endsWith('ing') || !before || !after || before.sentence !== token.sentence || verbLemmaOf(token) === null) return false;
    const opens = before.text === ',' || before.pos === 'CCONJ' || before.pos === 'NUM' || this.isQuantitySubject(i - 1) || this.isProgressive(i);
    return opens && (COMPLEMENT_START.has(after.pos) || after.pos === 'ADJ' || after.pos === 'NOUN' || (after.pos === 'PART' && negations.has(keyOf(after))));
  }

  /**
   * A participle after a form of "be" whose subject may act, a name, a person's pronoun or a plural: "Trump is
   * promising lower taxes", "officials have been promising a larger staff"; not "this is promising news".
   */
  private isProgressive(i: number): boolean {
    let be = i - 1;
    while (be > 0 && this.tokens[be]!.pos === 'ADV') be--;
    if (this.tokens[be]?.pos !== 'AUX' || this.tokens[be]!.lemma.toLowerCase() !== 'be') return false;
    let subject = be - 1;
    while (subject > 0 && ['AUX', 'ADV'].includes(this.tokens[subject]!.pos)) subject--;
    const token = this.tokens[subject];
    if (!token || token.sentence !== this.tokens[i]!.sentence) return false;
    return token.pos === 'PROPN' || (token.pos === 'PRON' && subjectPronouns.has(keyOf(token)) && !expletives.has(keyOf(token))) || this.isPlural(subject);
  }

  /**
   * A past form in "-ed" of a cue or stance verb the tagger took for an adjective, right after a name, a subject pronoun
   * or a noun and before its complement: "Gowdy referenced a report", "the witness, who alleged that …", "the report
   * detailed the losses"; after "has" and adverbs it is a perfect whatever follows: "the paper has also detailed spending".
   */
  private isMistaggedPast(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if (token.pos !== 'ADJ' || !keyOf(token).endsWith('ed') || !before || !after || before.sentence !== token.sentence || verbLemmaOf(token) === null) return false;
    // Adverbs may stand between: "the statement also referenced …".
    let b = i - 1;
    while (b > 0 && this.tokens[b]!.pos === 'ADV' && this.tokens[b - 1]!.sentence === token.sentence) b--;
    const subject = this.tokens[b]!;
    if (subject.pos === 'AUX' && subject.lemma.toLowerCase() === 'have') return COMPLEMENT_START.has(after.pos) || after.pos === 'NOUN';
    const named = subject.pos === 'PROPN' || subject.pos === 'NOUN' || (subject.pos === 'PRON' && subjectPronouns.has(keyOf(subject)));
    return named && COMPLEMENT_START.has(after.pos);
  }

  /**
   * The base form of a cue or stance verb the tagger took for an adjective or adverb, right after a plural and before its
   * complement: "officials welcome the ruling", "women back him".
   */
  private isMistaggedPresent(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if ((token.pos !== 'ADJ' && token.pos !== 'ADV') || !before || !after || before.sentence !== token.sentence || verbLemmaOf(token) !== keyOf(token)) return false;
    return this.isPlural(i - 1) && COMPLEMENT_START.has(after.pos);
  }

  /**
   * A cue or stance verb in a headline's title case, which the tagger took for part of a name, right after its
   * subject's name and before what it bears on: an "-s" form after a singular ("Glenn Beck Blasts Drudge for …",
   * "Donald Trump Praises …"), the base form after a plural ("Black Lawmakers Rip Donald Trump As …").
   */
  private isHeadlineVerb(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if ((token.pos !== 'PROPN' && token.pos !== 'NOUN') || !before || !after || before.sentence !== token.sentence || after.sentence !== token.sentence) return false;
    if (before.pos !== 'PROPN' || after.pos === 'PUNCT' || !/^\p{Lu}\p{Ll}/u.test(token.text) || !this.isTitleCase(token.sentence)) return false;
    // Not before another such verb, which is the verb ("Media Reports Reveal …"), nor after a possessive ("Clinton’s Attacks On …").
    const lemma = verbLemmaOf(token);
    if (lemma === null || verbLemmaOf(after) !== null || /['’]s$/u.test(keyOf(before))) return false;
    // "-us" ends no plural: "A Curious Plan".
    const plural = /[^su'’]s$/u.test(keyOf(before));
    return keyOf(token) === lemma ? plural : !plural && /s$/u.test(keyOf(token));
  }

  /** A plural noun, or a plural the tagger took for a name: "voters", "police", "Polls". */
  private isPlural(i: number): boolean {
    const token = this.tokens[i]!;
    return (token.pos === 'NOUN' && (keyOf(token) !== token.lemma.toLowerCase() || pluralNouns.has(keyOf(token)))) || this.isPluralName(i);
  }

  /** A participle and its date right before token `i`: "voters polled Monday", "the states voting Tuesday". */
  private followsDatedParticiple(i: number): boolean {
    let j = i - 1;
    while (j > 0 && this.dateTokens.has(j)) j--;
    const participle = this.tokens[j]!;
    return j < i - 1 && participle.sentence === this.tokens[i]!.sentence && ['VERB', 'NOUN'].includes(participle.pos) && /(?:ed|ing)$/u.test(keyOf(participle));
  }

  /**
   * A noun in "-ing" the tagger took for a verb, heading the subject of an inflected cue verb right
   * after it: "Exit polling shows …", "Recent polling showed that …".
   */
  private isMistaggedGerund(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if (token.pos !== 'VERB' || !keyOf(token).endsWith('ing') || after?.pos !== 'VERB' || !verbLemmas.has(after.lemma.toLowerCase()) || keyOf(after) === after.lemma.toLowerCase()) return false;
    return before === undefined || before.sentence !== token.sentence || ['ADJ', 'PROPN', 'DET', 'NOUN'].includes(before.pos) || keyOf(before) === "'s";
  }

  /**
   * A stance noun the tagger took for a verb after a possessive "'s" and its adverbs or adjectives, before a word
   * that introduces what it bears on: "the police's earlier claim that …".
   */
  private isOwnedStanceNoun(i: number): boolean {
    const [token, after] = [this.tokens[i]!, this.tokens[i + 1]];
    if (token.pos !== 'VERB' || !after || !stanceNouns.get(token.lemma.toLowerCase())?.has(keyOf(after))) return false;
    let owner = i - 1;
    while (owner > 0 && ['ADV', 'ADJ'].includes(this.tokens[owner]!.pos)) owner--;
    return this.tokens[owner]?.pos === 'PART' && POSSESSIVE.has(keyOf(this.tokens[owner]!)) && this.tokens[owner]!.sentence === token.sentence;
  }

  /**
   * An adjective ending a noun phrase before a cue verb or punctuation: the phrase's head
   * ("the self-described democratic socialist said", "another vulnerable incumbent, said").
   */
  private isAdjectiveHead(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if (token.pos !== 'ADJ' || !before || !after) return false;
    let first = i - 1;
    // Nouns too: the adjective after them heads the phrase ("the attorney general said").
    while (first > 0 && (this.isModifier(first) || this.tokens[first]!.pos === 'NOUN')) first--;
    // Past the auxiliaries of the cue: "the inspector general has found".
    let verb = i + 1;
    while (this.tokens[verb]?.pos === 'AUX' || this.tokens[verb]?.pos === 'PART') verb++;
    const cue = this.tokens[verb]?.pos === 'VERB' && verbLemmas.has(this.tokens[verb]!.lemma.toLowerCase());
    // After a name only before the cue: "SEIU chief says".
    return this.tokens[first]!.pos === 'DET' ? after.pos === 'PUNCT' || cue : this.tokens[first]!.pos === 'PROPN' && first === i - 1 && cue;
  }

  /**
   * A share after its article, or before the "of" of its group, which the tagger may take for an adverb: "a
   * third agreed", "less than a third said", "called half of his voters …".
   */
  private isFractionHead(i: number): boolean {
    const token = this.tokens[i]!;
    return (token.pos === 'ADV' || token.pos === 'ADJ') && fractions.has(keyOf(token)) && (ARTICLES.has(keyOf(this.tokens[i - 1] ?? token)) || keyOf(this.tokens[i + 1] ?? token) === 'of');
  }

  /**
   * A participle or preposition between a determiner and a noun or name describes it: "another unaligned
   * Iowa strategist", "the self-described socialist", "an inside source".
   */
  private isParticipleModifier(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    const compound = before?.text === '-' && this.tokens[i - 2]?.pos === 'NOUN' && this.tokens[i - 3]?.pos === 'DET';
    if (token.pos === 'ADP') return before?.pos === 'DET' && ARTICLES.has(keyOf(before)) && after?.pos === 'NOUN';
    // After a preposition only a past participle before a noun: "called for increased regulation".
    const preposition = (before?.pos === 'ADP' || before?.pos === 'SCONJ') && keyOf(token).endsWith('ed') && after?.pos === 'NOUN';
    // After a possessive too: "their shared border".
    const determiner = before?.pos === 'DET' || (before?.pos === 'PRON' && possessiveDeterminers.has(keyOf(before)));
    return token.pos === 'VERB' && /(?:ed|ing)$/u.test(keyOf(token)) && (((determiner || compound) && ['NOUN', 'PROPN', 'ADJ'].includes(after?.pos ?? '')) || preposition);
  }

  /** A particle or adverb opening a hyphenated compound before a noun modifies it: "down-ballot races", "well-known critics". */
  private opensCompound(i: number): boolean {
    const [token, hyphen, next] = [this.tokens[i]!, this.tokens[i + 1], this.tokens[i + 2]];
    return ['ADP', 'ADV'].includes(token.pos) && hyphen?.text === '-' && hyphen.start === token.end && next?.start === hyphen.end && /^\p{L}/u.test(next.text);
  }

  /** A word that may stand between a determiner and a noun: an adjective, a number, a name ("the Philippine military"), a participle, a hyphenated compound's parts ("the 43-year-old"). */
  private isModifier(i: number): boolean {
    const token = this.tokens[i]!;
    return token.pos === 'ADJ' || token.pos === 'NUM' || token.pos === 'PROPN' || token.text === '-' || (token.pos === 'VERB' && /(?:ed|ing)$/u.test(keyOf(token))) || (token.pos === 'NOUN' && this.tokens[i + 1]?.text === '-');
  }

  /**
   * A plural the tagger took for a name, which keeps its form as lemma: "Polls show", "Millennials
   * support", "the Republicans believe"; not the last word of a longer name ("Bernie Sanders").
   */
  isPluralName(i: number): boolean {
    const token = this.tokens[i];
    return token?.pos === 'PROPN' && /[^s']s$/u.test(keyOf(token)) && this.tokens[i - 1]?.pos !== 'PROPN';
  }

  /** A quantity word standing alone at the start of a clause: "Some" in "Some say …", "many" in "…, and many think …". */
  isQuantitySubject(i: number): boolean {
    const token = this.tokens[i];
    if (!token) return false;
    const before = this.tokens[i - 1];
    // At a clause's start: after punctuation, a conjunction, a subordinator the tagger may take for a preposition or
    // a sentence adverb ("Yet another said", "while others say", "although most oppose it").
    return vagueQuantities.has(keyOf(token)) && (before === undefined || before.sentence !== token.sentence || ['PUNCT', 'CCONJ', 'SCONJ', 'ADV'].includes(before.pos) || clauseLinks.has(keyOf(before)) || references.get(keyOf(before)) === 'antecedent');
  }

  /**
   * A capitalised word tagged as a verb or adverb, opening a sentence or clause right before a cue or
   * stance verb, or right after one: a name ("Cook said …", "“…,” Shook said", "…, said Skelly."); two
   * verbs in a row cannot both be.
   */
  private isMistaggedName(i: number): boolean {
    const [before, token, after] = [this.tokens[i - 1], this.tokens[i]!, this.tokens[i + 1]];
    if ((token.pos !== 'VERB' && token.pos !== 'ADV') || !/^\p{Lu}\p{Ll}/u.test(token.text)) return false;
    if (token.pos === 'VERB' && this.inHeadingName(i)) return true;
    // After an inverted cue, before punctuation: "“…,” said Skelly, explaining …"; after a quote, before its cue: "“…,” Shook said".
    // A first name after a title or a common noun, before the surname: "Sen. Ted Cruz", "Clinton spokesman Josh Schwerin".
    const titled = before !== undefined && before.sentence === token.sentence && (titles.has(keyOf(before)) || (before.pos === 'NOUN' && /^\p{Ll}/u.test(before.text)));
    if (titled && token.pos === 'VERB' && keyOf(token) === token.lemma.toLowerCase() && after?.pos === 'PROPN' && /^\p{Lu}/u.test(after.text)) return true;
    const opensClause = before === undefined || before.sentence !== token.sentence || before.pos === 'PUNCT';
    // Inside a sentence in ordinary case a capital marks a name: "spokeswoman Hope Hicks said", "the Post of
    // Charleston", "Rep. Stephen Lynch (D-Mass.)"; in a headline's title case it marks nothing ("Trump Slams Clinton").
    if (!opensClause) return !this.isTitleCase(token.sentence);
    return after !== undefined && after.pos === 'VERB' && verbLemmas.has(after.lemma.toLowerCase());
  }

  /**
   * Whether token `i` lies in a name opening its sentence before a colon: capitalised words up to it, one of them
   * tagged a name ("Lynch: …", "Kelli Ward: …", "Ted Cruz: …"; not "Watch Live: …").
   */
  private inHeadingName(i: number): boolean {
    const sentence = this.tokens[i]!.sentence;
    const capital = (k: number) => this.tokens[k]?.sentence === sentence && /^\p{Lu}/u.test(this.tokens[k]!.text);
    let first = i;
    while (capital(first - 1)) first--;
    let end = i + 1;
    while (capital(end)) end++;
    const before = this.tokens[first - 1];
    if (before?.sentence === sentence && before.pos !== 'PUNCT') return false;
    const words = this.tokens.slice(first, end);
    if (this.tokens[end]?.text !== ':') return false;
    // Alone, any form ("Lynch:", "Revealed:"); among other words only a bare form, with no cue verb ("Paid Notice:", "Stated Stone:").
    const bare = keyOf(this.tokens[i]!) === this.tokens[i]!.lemma.toLowerCase();
    return end === first + 1 || (bare && words.some((t) => t.pos === 'PROPN') && !words.some((t) => t.pos === 'VERB' && verbLemmas.has(t.lemma.toLowerCase())));
  }

  /** Whether most words of a sentence are capitalised, as in a headline. */
  isTitleCase(sentence: number): boolean {
    let cached = this.titleCase.get(sentence);
    if (cached === undefined) {
      const { first, end } = this.range(sentence);
      const words = this.tokens.slice(first, end).filter((t) => /^\p{L}{2}/u.test(t.text));
      cached = words.length >= TITLE_WORDS && words.filter((t) => /^\p{Lu}/u.test(t.text)).length * 2 > words.length;
      this.titleCase.set(sentence, cached);
    }
    return cached;
  }

  range(sentence: number): TokenRange {
    return this.ranges[sentence] ?? { first: 0, end: 0 };
  }

  /** Index of the first token that ends after `offset`. */
  tokenAt(offset: number): number {
    let low = 0;
    let high = this.tokens.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.tokens[mid]!.end <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Index of the sentence holding `offset` (or the next one). */
  sentenceAt(offset: number): number {
    const token = this.tokens[Math.min(this.tokenAt(offset), this.tokens.length - 1)];
    return token?.sentence ?? 0;
  }

  /** Whether a sentence lies in a publisher's note, whose cues attribute nothing. */
  inNote(sentence: number): boolean {
    return this.notes.has(sentence);
  }

  /** Whether token `index` lies in an interview's question or answer, where "I" and "we" are not the writer's. */
  inInterview(index: number): boolean {
    const token = this.tokens[index];
    return token !== undefined && this.interview.has(this.sentences[token.sentence]!.paragraph);
  }

  /**
   * The words token `index` may stand for: its lemma, its form and the form without a plural "s", which a
   * capitalised plural the tagger took for a name keeps ("Rebels", "Insiders", "Officials").
   */
  lemmas(index: number): string[] {
    const token = this.tokens[index];
    if (!token) return [];
    const key = this.key(index);
    return [token.lemma.toLowerCase(), key, key.replace(/s$/u, '')];
  }

  /** Whether token `index` names a state or its seat of government. */
  isPlace(index: number): boolean {
    return this.places.has(index);
  }

  isDate(index: number): boolean {
    return this.dateTokens.has(index);
  }

  key(index: number): string {
    const token = this.tokens[index];
    return token ? keyOf(token) : '';
  }

  pos(index: number): string {
    return this.tags[index] ?? '';
  }

  start(range: TokenRange): number {
    return this.tokens[range.first]!.start;
  }

  end(range: TokenRange): number {
    return this.tokens[range.end - 1]!.end;
  }

  slice(range: TokenRange): string {
    return this.text.slice(this.start(range), this.end(range));
  }
}
