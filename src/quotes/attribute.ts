// Claims: what was said, by whom (as a phrase in the text), through which cue. Direct quotes come
// from quotation marks, indirect ones from cue verbs and their clauses, block quotes from ingest.
import type { BlockQuoteMark, Span } from '../types.ts';
import type { Doc, TokenRange } from './doc.ts';
import { anonymityWords, answerWords, aspectVerbs, avoidingVerbs, bareName, clauseLinks, clauseMarkers, closingMarks, contentPrepositions, controlVerbs, type CueEntry, cueExtensions, cuePhrases, cueVerbs, droppedClauseMarkers, expletives, freeRelatives, gerundAdjuncts, infinitiveNouns, inquiryNouns, leadInPrepositions, messages, namingVerbs, negations, notLeadIns, objectPronouns, openingMarks, otherSenses, outletWords, participleSubordinators, peopleNouns, physicalActs, pluralNouns, quotedFrom, raisingAdjectives, references, relays, respondentParticiples, signatureDashes, speakingAuthor, spendingVerbs, stanceNouns, stanceVerbs, standIns, subjectPronouns, verbLemmas } from './lexicon.ts';
import type { QuotedSpan } from './marks.ts';
import { longestAt, matchAt, type Pattern, startingAt } from './pattern.ts';
import { auxiliariesBefore, beforeDate, coordinated, DASHES, headOf, isCommonSourceNoun, isNominal, isRelativePronoun, mistaggedParticiple, isSourceNoun, phraseEndingAt, phraseStartingAt, PREDICATE, pronounOf, properName, subjectBefore } from './phrases.ts';

export interface Cue {
  /** The cue as written: auxiliaries, verb and extension ("is reporting", "said in a statement"). */
  range: TokenRange;
  /** The verb, or the first word of a phrase cue. */
  verb: number;
  entry: CueEntry;
  sentence: number;
  /** The speaker's phrase, once the cue has been read. */
  speaker: TokenRange | null;
  /** Where what follows the cue must end: before a later cue closing the sentence ("…, according to Reuters"). */
  contentLimit: number;
  /** The speaker named after a passive cue: "was asked by host Bill Maher", "as reported by the Journal". */
  agent: TokenRange | null;
  /** A negation among the cue's auxiliaries: "did not say", "never mentioned". */
  negated: boolean;
}

export interface Claim {
  kind: 'direct' | 'indirect' | 'block' | 'partial';
  start: number;
  end: number;
  sentence: number;
  cue: Cue | null;
  cueSpan: Span | null;
  speaker: TokenRange | null;
  /** The name a block quote's lead-in gives its source. */
  speakerName: string | null;
  /** Who was told ("the New York Times" in "told the New York Times that"). */
  listener: TokenRange | null;
  /** The claim whose speaker this one continues: a quote resumed after its cue. */
  continues: Claim | null;
}

/** A phrase and colon opening a sentence, and the word it is known by (null for a noun naming a kind of source). */
interface Heading {
  sentence: number;
  speaker: TokenRange;
  colon: number;
  name: string | null;
  /** A transcript's turn quoted whole ("“WALLACE: Let's start …"), whose speaker is named inside the quote. */
  turn: Candidate | null;
  /** Whom or what the name speaks to or of stands before the colon ("Clinton to Planned Parenthood:"). */
  addressed: boolean;
}

/** A word as it names someone: lower-cased, a plural or possessive "s" set aside ("Khans", "Clinton's"). */
function wordKey(doc: Doc, token: number): string {
  return doc.key(token).replace(/(?:'s|s)$/u, '');
}

interface Candidate {
  span: QuotedSpan;
  direct: boolean;
  claim: Claim | null;
}

const patternOf = (cue: { pattern: Pattern }) => cue.pattern;
/** A verb issuing a message reports it, or what it says: "released a statement saying …", "filed a lawsuit against …". */
const ISSUED: CueEntry = { object: true };
const itself = (pattern: Pattern) => pattern;
/** Tags that can open a clause's subject. */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ']);
/** Tags a clause's subject ends with. */
const SUBJECT_HEAD = new Set(['NOUN', 'PROPN', 'PRON']);
/** What else a clause's subject may open with when the tagger is wrong: a gerund, a pronoun like "none", a name tagged as a verb. */
const LOOSE_SUBJECT_START = new Set(['VERB', 'ADV']);
const CLOSING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '…', '—', '–']);
const INDEFINITE = new Set(['a', 'an']);
/** Relative pronouns that can stand for a verb's object ("which he denied", "whom voters oppose"). */
const RELATIVE_OBJECTS = new Set(['which', 'that', 'whom', 'who']);
/** What ends a source phrase read up to its end ("according to …"). */
const PHRASE_CLOSERS = new Set([',', ';', ')', ']', '—', '–']);
/** Tags of which a source phrase holds at least one (a noun the tagger may have taken for a verb). */
const SOURCE_WORD = new Set(['NOUN', 'PROPN', 'VERB']);
const FUNCTION_WORD = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'AUX']);
/** A direct quote is at least this many words when it follows a comma (shorter ones are list items or scare quotes). */
const MIN_DIRECT_AFTER_COMMA = 3;
/** A partial quote takes the speaker of a cue at most this many words before it ("called it “a disaster”"). */
const PARTIAL_CUE_DISTANCE = 3;
/** A lead-in colon comes within this many words of the sentence start. */
const LEAD_IN_WITHIN = 7;
/** Items of a list after a heading's colon are at most this many words ("Iowa: Tim Albrecht, Brad Anderson, …"). */
const LIST_ITEM_WORDS = 3;
/** A complementiser this many words after a cue still introduces its content. */
const MARKER_WITHIN = 12;
/** At most this many words of an object before its complement ("cast her rival as …"). */
const OBJECT_WORDS = 6;

export class ClaimFinder {
  private readonly doc: Doc;
  private readonly candidates: Candidate[];
  private readonly claims: Claim[] = [];
  readonly cues: Cue[] = [];

  /** Quote starts in ascending order, and the largest end among the quotes up to each. */
  private readonly quoteStarts: number[];
  private readonly quoteEnds: number[];

  constructor(doc: Doc, spans: readonly QuotedSpan[]) {
    this.doc = doc;
    this.candidates = spans.map((span) => ({ span, direct: this.isDirect(span), claim: null }));
    const sorted = spans.map((s) => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
    this.quoteStarts = sorted.map((s) => s.start);
    let reach = 0;
    this.quoteEnds = sorted.map((s) => {
      reach = Math.max(reach, s.end);
      return reach;
    });
  }

  find(blockQuotes: readonly BlockQuoteMark[]): Claim[] {
    for (const sentence of this.doc.sentences) {
      const cues = [...this.cuesIn(sentence.index)];
      const floor = this.doc.range(sentence.index).first;
      // What each cue's own clause closes for the cues before it, whichever they are.
      const bounds = cues.map((later) => {
        const subject = subjectBefore(this.doc, this.governingVerbStart(later.verb, floor) ?? later.range.first, floor);
        // "said he would do it when asked whether …": a reduced clause's subordinator ends it too.
        const reduced = this.opensReducedClause(later.verb) ? later.verb - 1 : Number.POSITIVE_INFINITY;
        return { subject, limit: Math.min(this.closingComma(later), reduced, this.quoteOpeningBefore(later, subject)), lead: this.gerundLead(later) };
      });
      cues.forEach((cue, k) => {
        for (let l = k + 1; l < cues.length; l++) {
          const later = cues[l]!;
          // An evidential speaks for no one and so ends nobody's words: "said that, for one, there appeared to be …".
          if (later.entry.sourceless) continue;
          // "reported, citing three diplomats, that …": the relay does not close the report.
          if (relays.has(this.doc.key(later.verb)) && later.range.first === cue.range.end + 1) continue;
          // "adds that she has released her returns and called on Sanders to …": a coordinated cue ends the content too.
          const coordinated = this.doc.pos(later.range.first - 1) === 'CCONJ' ? later.range.first - 1 : this.subjectClauseStart(later, bounds[l]!.subject, cue);
          // "distanced himself from the group by saying …": an adjunct of the earlier cue's own clause (not of its content's: "said Trump broke the law by calling on …").
          const { lead } = bounds[l]!;
          // A cue with nothing before the adjunct reports what the gerund says: "responded by saying that …".
          const adjunct = lead < Number.POSITIVE_INFINITY && lead > cue.range.end && !this.holdsPredicate(cue.range.end, lead) ? lead : Number.POSITIVE_INFINITY;
          cue.contentLimit = Math.min(cue.contentLimit, coordinated, bounds[l]!.limit, adjunct);
        }
      });
      for (const cue of cues) {
        this.cues.push(cue);
        this.read(cue);
      }
    }
    // Headings go last, with the capitalised words of the whole article: what a heading names may be named again.
    const headings = this.doc.sentences.map((sentence) => this.headingAt(sentence.index)).filter((h): h is Heading => h !== null);
    const named = new Map<string, Set<number>>();
    this.doc.tokens.forEach((token, i) => {
      if (!/^\p{Lu}/u.test(token.text)) return;
      const word = wordKey(this.doc, i);
      named.set(word, (named.get(word) ?? new Set()).add(token.sentence));
    });
    for (const heading of headings) this.readLeadIn(heading, named);
    for (const sentence of this.doc.sentences) if (!headings.some((h) => h.sentence === sentence.index)) this.readSignedLeadIn(sentence.index);
    for (const candidate of this.candidates) this.readSignature(candidate);
    this.settleQuotes();
    for (const block of blockQuotes) this.claims.push(this.blockClaim(block));
    return this.claims.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Direct speech stands alone (sentence start, after a colon, after a comma when long enough, or spans paragraphs). */
  private isDirect(span: QuotedSpan): boolean {
    if (span.lastParagraph > span.firstParagraph) return true;
    const doc = this.doc;
    const sentence = doc.sentences[doc.sentenceAt(span.start)];
    if (!sentence) return false;
    const before = doc.text.slice(Math.min(sentence.start, span.open), span.open).replace(/[\s([]+$/u, '');
    if (before === '' || before.endsWith(':')) return true;
    const words = doc.text.slice(span.start, span.end).split(/\s+/).filter(Boolean).length;
    // After a dash too: "praised his “deep faith” - “faith that reveals itself in good works,” he said -".
    if (/[,—–-]$/u.test(before)) return words >= MIN_DIRECT_AFTER_COMMA;
    const previous = doc.tokenAt(span.open) - 1;
    const startsUpper = /^\p{Lu}/u.test(doc.text.slice(span.start, span.start + 1));
    return previous >= 0 && startsUpper && cueVerbs.has(doc.tokens[previous]!.lemma.toLowerCase());
  }

  isQuoted(offset: number): boolean {
    // The last quote starting at or before `offset`; the running maximum of ends covers quotes that overlap.
    let low = 0;
    let high = this.quoteStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.quoteStarts[mid]! <= offset) low = mid + 1;
      else high = mid;
    }
    return low > 0 && this.quoteEnds[low - 1]! > offset;
  }

  /** Cue words in a sentence, outside quotes; passive cues attribute nothing, negated ones are flagged. */
  private *cuesIn(sentence: number): Generator<Cue> {
    const doc = this.doc;
    const { first, end } = doc.range(sentence);
    if (doc.inNote(sentence)) return;
    for (let i = first; i < end; i++) {
      if (this.isQuoted(doc.tokens[i]!.start)) continue;
      // An idiom or another sense of a cue word reports nothing: "showed up", "found himself", "That said, …".
      const idiom = longestAt(otherSenses, doc.tokens, i, end);
      if (idiom > 0) {
        i = idiom - 1;
        continue;
      }
      const phrase = this.phraseCueAt(i, end);
      let entry: CueEntry | undefined = phrase?.entry;
      let cueEnd = phrase?.end ?? i + 1;
      // An evidential before a cue verb of its own belongs to that cue ("reportedly said", "appeared to imply").
      if (entry?.sourceless && this.opensCue(cueEnd, i, first)) entry = undefined;
      if (entry?.sourceHeads && !this.headedBy(phraseStartingAt(doc, cueEnd, end), entry.sourceHeads)) entry = undefined;
      if (entry?.perspective && !this.isPerspective(i, cueEnd, first, end)) entry = undefined;
      const issued = !entry && doc.pos(i) === 'VERB' ? this.issuedMessage(i, end) : -1;
      if (issued > 0) {
        entry = ISSUED;
        cueEnd = issued;
      }
      if (!entry && doc.pos(i) === 'VERB') entry = cueVerbs.get(doc.tokens[i]!.lemma.toLowerCase());
      if (!entry && this.describesPhrase(i)) entry = mistaggedParticiple(doc, i, cueVerbs);
      if (!entry || this.inAnonymityAside(i, first)) continue;
      // "painted Trump as …", "was cast as …": without its complement the verb has another sense ("painted the fence", "votes were cast").
      if (entry.complements && !this.framed(i, cueEnd, first, end, entry.complements)) continue;
      if (entry.sourceless) {
        const range = { first: i, end: cueEnd };
        yield { range, verb: i, entry, sentence, speaker: null, contentLimit: end, agent: null, negated: this.isNegated(range, cueEnd) };
        i = cueEnd - 1;
        continue;
      }
      const governor = this.catenativeBefore(i, first);
      const range = { first: auxiliariesBefore(doc, governor ?? i, first), end: this.extend(cueEnd, end) };
      const agent = this.agentAfter(i, range.end, end);
      // "a report published Tuesday showed …": a participle describing a document (one with its agent, "a video
      // captured by X", is X's).
      if (entry.document && this.describesDocument(i)) continue;
      // A negated verb of knowing or showing reports no content: "has never shown much interest".
      if (entry.cognition && this.isNegated(range, i)) continue;
      if (governor === null && !agent && this.isPassiveOrInfinitive(i, first)) {
        const passive = this.isPassive(i, first);
        // "had the votes to challenge him" is no speech, "had to reject her parents" (a modal) may be.
        if (!passive && ((entry.noPurpose && doc.pos(i - 2) !== 'AUX') || !this.isPurpose(i, first))) continue;
        // "was asked whether", "it was announced that": a passive with no agent attributes to no one in particular;
        // one that needs a holder attributes nothing ("is often compared with"), nor does a negated one ("were not
        // disclosed", "has never been charged").
        if (passive && (entry.holder || entry.document || this.isNegated(range, i))) continue;
        if (passive) entry = { ...entry, sourceless: true };
      }
      // "avoids condemning …" reports what was not said; "could not resist pointing out …" what was.
      const avoided = governor !== null && avoidingVerbs.has(doc.tokens[governor]!.lemma.toLowerCase());
      yield { range, verb: i, entry, sentence, speaker: null, contentLimit: end, agent, negated: this.isNegated(range, i) !== avoided };
      i = range.end - 1;
    }
  }

  /**
   * A word after the head of a phrase and before what it says, where a participle describing that phrase
   * may stand: "with three in 10 saying a running mate …"; not before a noun it modifies ("public offering price").
   */
  private describesPhrase(i: number): boolean {
    const doc = this.doc;
    const compound = doc.pos(i - 1) === 'ADJ' && doc.pos(i + 1) === 'NOUN';
    return ['NOUN', 'PROPN', 'NUM', 'ADJ'].includes(doc.pos(i - 1)) && !compound && (isNominal(doc, i + 1) || doc.pos(i + 1) === 'PRON' || clauseMarkers.has(doc.key(i + 1)));
  }

  /** The cue phrase starting at token `i` ("called for", "according to"), with its end. */
  private phraseCueAt(i: number, end: number): { entry: CueEntry; end: number } | null {
    for (const phrase of startingAt(cuePhrases, patternOf, this.doc.tokens[i]!)) {
      const matched = matchAt(phrase.pattern, this.doc.tokens, i, end, (t) => this.doc.isDate(t));
      if (matched > 0) return { entry: phrase, end: matched };
    }
    return null;
  }

  /**
   * The end of the cue of a verb issuing a message ("released a statement", "sent out a letter", "filed a lawsuit"),
   * or -1. A participle, quote, colon or clause after the message says what it says, and the message joins the cue
   * ("released a statement Friday saying …", "issued the following statement: “…”", "sent a letter to the mayor
   * urging …"); otherwise the message is what the verb reports and the cue is the verb ("signed a bill barring …").
   */
  private issuedMessage(verb: number, end: number): number {
    const doc = this.doc;
    const lemma = doc.tokens[verb]!.lemma.toLowerCase();
    const from = messages.verbs.has(`${lemma} ${doc.key(verb + 1)}`) ? verb + 2 : messages.verbs.has(lemma) ? (messages.particles.has(doc.key(verb + 1)) ? verb + 2 : verb + 1) : -1;
    let object = from > 0 ? phraseStartingAt(doc, from, end) : null;
    if (!object) return -1;
    // A date after the message is none of it: "a statement Friday".
    let dated = object.first + 1;
    while (dated < object.end && !doc.isDate(dated)) dated++;
    object = { first: object.first, end: dated };
    let head = headOf(doc, object);
    // "a series of tweets": the messages follow the quantity.
    if (messages.quantities.has(doc.tokens[head]!.lemma.toLowerCase()) && doc.key(head + 1) === 'of' && head + 2 < object.end) head = headOf(doc, { first: head + 2, end: object.end });
    if (!messages.nouns.has(doc.tokens[head]!.lemma.toLowerCase())) return -1;
    const next = this.skipAdjuncts(object.end, end);
    // After a comma the participle is the clause's own: "announced he filed his papers Monday, saying …".
    if (doc.pos(next) === 'VERB' && doc.key(next).endsWith('ing') && doc.key(next - 1) !== ',') return next + 1;
    if (doc.key(next) === ':' || doc.key(next) === 'that' || openingMarks.has(doc.tokens[next]?.text ?? '')) return object.end;
    // A message said to bear on something is what it reports: "filed a lawsuit against …", "released a memo titled …";
    // one that is only named is no claim ("signed the letter", "delivered her acceptance speech").
    const tail = head + 1;
    return (doc.pos(tail) === 'ADP' && messages.prepositions.has(doc.key(tail)) && !doc.isDate(tail + 1)) || doc.pos(tail) === 'VERB' ? from : -1;
  }

  /**
   * Why a source goes unnamed is no claim of theirs: "requested anonymity", "spoke on condition of anonymity to
   * discuss the talks", "was not authorized to speak": a cue a few words before or after such a word, in its clause.
   */
  private inAnonymityAside(cue: number, floor: number): boolean {
    const doc = this.doc;
    const aside = (i: number) => anonymityWords.has(doc.key(i));
    for (let i = cue + 1; i <= cue + 5 && i < doc.tokens.length && doc.key(i) !== ','; i++) if (aside(i)) return true;
    for (let i = cue - 1; i >= Math.max(floor, cue - 6) && doc.key(i) !== ','; i--) if (aside(i)) return true;
    return false;
  }

  /**
   * A phrase naming one of `heads` in particular ("a CNN poll last month", "the poll", "the latest surveys"),
   * not "the polls" in general; a date after it is none of it.
   */
  private headedBy(phrase: TokenRange | null, heads: readonly string[]): boolean {
    if (!phrase) return false;
    const named = beforeDate(this.doc, phrase);
    const head = headOf(this.doc, named);
    // A gerund after the preposition takes the noun as its object: "In offering analysis of …, X told …".
    if (head > named.first && this.doc.key(named.first).endsWith('ing') && ['NOUN', 'VERB'].includes(this.doc.pos(named.first))) return false;
    return heads.includes(this.doc.tokens[head]!.lemma.toLowerCase()) && (named.end - named.first >= 3 || !this.isPlural(head));
  }

  /**
   * "To Sexton, …", "To her supporters, …": the cue opens its sentence and the phrase after it, closed by
   * a comma, names someone (a name, a source noun, a plural or a pronoun), not a time ("To date, …").
   */
  private isPerspective(cue: number, cueEnd: number, floor: number, end: number): boolean {
    const doc = this.doc;
    let first = floor;
    while (first < cue && (doc.pos(first) === 'CCONJ' || doc.pos(first) === 'ADV')) first++;
    const phrase = phraseStartingAt(doc, cueEnd, end);
    if (first !== cue || !phrase || doc.key(phrase.end) !== ',') return false;
    const head = headOf(doc, phrase);
    if (doc.isDate(head)) return false;
    const pronoun = pronounOf(doc, phrase);
    return pronoun !== undefined ? pronoun !== 'author' && pronoun !== 'antecedent' : isSourceNoun(doc, head) || this.isPlural(head);
  }

  /** Whether a cue verb at `at` (past adverbs) would take in the words from `from` on as its auxiliaries or governor. */
  private opensCue(at: number, from: number, floor: number): boolean {
    const doc = this.doc;
    let verb = at;
    while (doc.pos(verb) === 'ADV') verb++;
    if (doc.pos(verb) !== 'VERB' || !cueVerbs.has(doc.tokens[verb]!.lemma.toLowerCase())) return false;
    return auxiliariesBefore(doc, verb, floor) <= from || (this.catenativeBefore(verb, floor) ?? verb) <= from;
  }

  /**
   * Where a later cue's own clause starts, for an earlier cue's content: before a conjoined clause with a
   * subject of its own ("…, and Ms. Acosta said …", "half said … and one in four said …", "…; 26 percent
   * say …", "…, while others say …"), or at the later cue when the earlier one stands inside its subject
   * ("an official who spoke to discuss strategy said …").
   */
  private subjectClauseStart(later: Cue, subject: TokenRange | null, earlier: Cue): number {
    const doc = this.doc;
    const { first: floor } = doc.range(later.sentence);
    if (!subject) return Number.POSITIVE_INFINITY;
    if (subject.first <= earlier.range.first) return later.range.first;
    const link = subject.first - 1;
    // "…; 26 percent say …", "…, while 61 percent say …": a clause of its own.
    if (link > floor && (doc.key(link) === ';' || clauseLinks.has(doc.key(link)))) return doc.key(link - 1) === ',' ? link - 1 : link;
    if (link <= floor || doc.pos(link) !== 'CCONJ') return Number.POSITIVE_INFINITY;
    // A conjunction inside the earlier content's own subject joins noun phrases: "said she and her peers referred …";
    // after a cue's object it opens a clause ("asked for a photo and Ruiz said …").
    if (!earlier.entry.object && !this.holdsPredicate(earlier.range.end, link)) return Number.POSITIVE_INFINITY;
    return doc.key(link - 1) === ',' ? link - 1 : link;
  }

  /** The token opening a direct quote that ends right before a cue's speaker, or the cue when inverted ("— “…,” he said —"). */
  private quoteOpeningBefore(cue: Cue, subject: TokenRange | null): number {
    const doc = this.doc;
    const quote = this.quoteEndingBefore(subject?.first ?? cue.range.first);
    return quote ? doc.tokenAt(quote.span.open) : Number.POSITIVE_INFINITY;
  }

  /**
   * The words between a direct quote and a cue after it, when they hold no clause: the speaker, up to its
   * first comma when that ends a noun ("“…,” Senate leader Mitch McConnell, R-Ky., said", "“…,” the
   * bespectacled, 71-year-old diplomat said"). Participles and capitalised words the tagger took for verbs
   * may stand in them, as may compounds ("Fight for $15 organizing director Kendall Fells", "soft-spoken").
   */
  private speakerAfterQuote(cueFirst: number, floor: number): { quote: Candidate; speaker: TokenRange } | null {
    const doc = this.doc;
    let end = cueFirst;
    while (end > floor && doc.key(end - 1) === ',') end--;
    let first = end;
    while (first > floor && !closingMarks.has(doc.tokens[first - 1]!.text)) {
      const verb = doc.pos(first - 1) === 'VERB' && !isNominal(doc, first - 1) && !doc.key(first - 1).endsWith('ing') && !/^\p{Lu}/u.test(doc.tokens[first - 1]!.text);
      if (verb || doc.pos(first - 1) === 'AUX' || this.isQuoted(doc.tokens[first - 1]!.start)) return null;
      first--;
    }
    const quote = first > floor && first < end ? this.quoteEndingBefore(first) : null;
    if (!quote || !(isNominal(doc, first) || /^\p{Lu}/u.test(doc.tokens[first]!.text)) || !['NOUN', 'PROPN'].includes(doc.pos(end - 1))) return null;
    let comma = first;
    while (comma < end && doc.key(comma) !== ',') comma++;
    return { quote, speaker: { first, end: ['NOUN', 'PROPN'].includes(doc.pos(comma - 1)) ? comma : end } };
  }

  /** A phrase with the phrases coordinated after it: "Doyle and others", "the mayor or her deputy". */
  coordinatedAfter(phrase: TokenRange | null, limit: number): TokenRange | null {
    const doc = this.doc;
    const next = phrase && doc.pos(phrase.end) === 'CCONJ' ? phraseStartingAt(doc, phrase.end + 1, limit) : null;
    return next ? { first: phrase!.first, end: next.end } : phrase;
  }

  /**
   * The preposition opening an adjunct of manner or time before a gerund cue, past adverbs ("by saying …",
   * "after initially saying …"), or none.
   */
  private gerundLead(cue: Cue): number {
    const doc = this.doc;
    if (!this.isGerund(cue.verb)) return Number.POSITIVE_INFINITY;
    let i = cue.range.first - 1;
    while (doc.pos(i) === 'ADV') i--;
    return gerundAdjuncts.has(doc.key(i)) ? i : Number.POSITIVE_INFINITY;
  }

  /** The comma that opens a cue's clause when only a noun phrase stands between ("…, the officials said", "…, according to X"). */
  private closingComma(cue: Cue): number {
    const doc = this.doc;
    for (let i = cue.range.first - 1; i >= 0 && doc.tokens[i]!.sentence === cue.sentence; i--) {
      if (doc.key(i) === ',') return i;
      if (PREDICATE.has(doc.pos(i))) break;
    }
    return Number.POSITIVE_INFINITY;
  }

  /**
   * The verb or adjective governing a cue in the infinitive, which the cue then starts from: "is
   * continuing to insist", "were more likely to say", "appeared to imply". Stance verbs keep their own
   * reading ("wants to say"), and nouns have none ("the right to say"). So does a verb of aspect
   * before a gerund: "began calling for", "kept insisting".
   */
  private catenativeBefore(verb: number, floor: number): number | null {
    const doc = this.doc;
    const aspect = verb - 1;
    const aspectual = (lemma: string) => aspectVerbs.has(lemma) || avoidingVerbs.has(lemma);
    if (aspect >= floor && doc.key(verb).endsWith('ing') && doc.pos(aspect) === 'VERB' && aspectual(doc.tokens[aspect]!.lemma.toLowerCase())) return aspect;
    const to = this.infinitiveToBefore(verb, floor);
    // "vowed not to repeat …": the negation belongs to the governor's cue.
    let governor = to - 1;
    while (governor > floor && negations.has(doc.key(governor))) governor--;
    if (to < 0 || governor < floor) return null;
    const pos = doc.pos(governor);
    if (pos !== 'ADJ' && !(pos === 'VERB' && !this.isStanceVerb(governor))) return null;
    // An adjective right after a name governs nothing: "took to Twitter overnight to accuse …" (a time the tagger took for one).
    if (pos === 'ADJ' && doc.pos(governor - 1) === 'PROPN') return null;
    return governor;
  }

  /** The "by" phrase after a participle cue, past adverbs and what it quotes ("was called “a fraud” by X"). */
  agentAfter(verb: number, from: number, end: number): TokenRange | null {
    const doc = this.doc;
    if (doc.key(verb) === doc.tokens[verb]!.lemma.toLowerCase() || doc.key(verb).endsWith('ing')) return null;
    let i = from;
    while (i < Math.min(end, from + MARKER_WITHIN) && (doc.pos(i) === 'ADV' || this.isQuoted(doc.tokens[i]!.start) || openingMarks.has(doc.tokens[i]!.text) || closingMarks.has(doc.tokens[i]!.text))) i++;
    return doc.key(i) === 'by' ? phraseStartingAt(doc, i + 1, end) : null;
  }

  private isNegated(range: TokenRange, verb: number): boolean {
    for (let i = range.first; i < verb; i++) if (negations.has(this.doc.key(i))) return true;
    return false;
  }

  /** "was told", "is said to": the subject is not the speaker; "to say": the cue belongs to another verb. */
  isPassiveOrInfinitive(verb: number, floor: number): boolean {
    const doc = this.doc;
    const token = doc.tokens[verb]!;
    if (this.infinitiveToBefore(verb, floor) >= 0) return true;
    // A participle inside a noun phrase: "758 pledged delegates", "the stated goal"; or after an
    // indefinite one, naming it: "a program called Sandy Hook Promise".
    if (verb > floor && ['DET', 'NUM'].includes(doc.pos(verb - 1)) && !doc.isQuantitySubject(verb - 1) && doc.pos(verb + 1) === 'NOUN') return true;
    // A cue phrase is no naming: "a group of rabbis called for a boycott".
    if (verb > floor && doc.pos(verb - 1) === 'NOUN' && namingVerbs.has(token.lemma.toLowerCase()) && doc.key(verb) !== token.lemma.toLowerCase() && !this.phraseCueAt(verb, doc.tokens.length)) {
      // The determiner of the named noun itself: "organizer of a group called Citizens for Trump".
      const named = phraseEndingAt(doc, verb - 1, floor);
      let determiner = verb - 1;
      while (named && determiner > named.first && doc.pos(determiner) !== 'DET') determiner--;
      if (named && INDEFINITE.has(doc.key(determiner))) return true;
    }
    return this.isPassive(verb, floor);
  }

  /**
   * An infinitive of purpose or result, whose speaker is the clause's subject: "appeared on Fox to defend
   * her", "went out of his way to say". Not after a stance verb, whose stance it is ("wants to say").
   */
  private isPurpose(verb: number, floor: number): boolean {
    const doc = this.doc;
    const to = this.infinitiveToBefore(verb, floor);
    let before = to - 1;
    // A quoted noun is still the noun: “reserves the right” to defend itself.
    while (before > floor && closingMarks.has(doc.tokens[before]!.text)) before--;
    // "chose not to …": the governor stands before the negation.
    while (before > floor && negations.has(doc.key(before))) before--;
    const completes = infinitiveNouns.has(doc.tokens[before]?.lemma.toLowerCase() ?? '');
    return to >= 0 && before >= floor && !completes && !(doc.pos(before) === 'VERB' && this.isStanceVerb(before));
  }

  /** "to" marking an infinitive, not the preposition. */
  private isInfinitiveTo(token: number): boolean {
    return this.doc.key(token) === 'to' && this.doc.pos(token) === 'PART';
  }

  /** The infinitive's "to" before `verb`, past adverbs splitting it ("to harshly punish", "to not say"), or -1. */
  private infinitiveToBefore(verb: number, floor: number): number {
    const doc = this.doc;
    let to = verb - 1;
    while (to > floor && (doc.pos(to) === 'ADV' || negations.has(doc.key(to)))) to--;
    return to >= floor && this.isInfinitiveTo(to) ? to : -1;
  }

  private isStanceVerb(token: number): boolean {
    return stanceVerbs.has(this.doc.tokens[token]!.lemma.toLowerCase());
  }

  /** A participle after a form of "be", past adverbs: "was asked", "is widely expected". */
  private isPassive(verb: number, floor: number): boolean {
    const doc = this.doc;
    const token = doc.tokens[verb]!;
    let i = verb - 1;
    while (i >= floor && (doc.pos(i) === 'ADV' || (doc.pos(i) === 'PART' && negations.has(doc.key(i))))) i--;
    // A contracted "'s" is "has" after anyone but an expletive: "he's said", "who's argued" ("it's said that" is the passive).
    const perfect = doc.key(i) === "'s" && !expletives.has(doc.key(i - 1));
    const passive = i >= floor && doc.tokens[i]!.lemma.toLowerCase() === 'be' && !perfect && !doc.key(verb).endsWith('ing');
    return passive && doc.key(verb) !== token.lemma.toLowerCase();
  }

  /** Extends a cue over a following "in a statement", "on Twitter"… */
  private extend(cueEnd: number, limit: number): number {
    const token = this.doc.tokens[cueEnd];
    if (!token) return cueEnd;
    for (const extension of startingAt(cueExtensions, itself, token)) {
      const end = matchAt(extension, this.doc.tokens, cueEnd, limit);
      if (end > 0) return end;
    }
    return cueEnd;
  }

  /** Past adverbs, dates, extensions and commas between a cue and what it introduces. */
  skipAdjuncts(from: number, limit: number): number {
    const doc = this.doc;
    let i = from;
    while (i < limit) {
      const extended = this.extend(i, limit);
      // A bracketed aside: "told Reuters (by phone) that", "called on Gov. Snyder (R) to resign".
      const bracket = doc.key(i) === '(' ? this.closer(i, ')', limit) : -1;
      // An aside between commas before a marked clause: "believes, for example, that …".
      const aside = doc.key(i) === ',' ? this.asideEnd(i, limit) : -1;
      if (extended > i) i = extended;
      else if (bracket > i) i = bracket + 1;
      else if (aside > i) i = aside;
      // "said Thursday's speeches …": a date owning a noun opens the clause; "said 2016 has seen …": so does a date
      // before a finite verb ("a statement Friday saying" is no clause). An interjection opens what is said without
      // being its clause: "I said, hey, you've got to …".
      else if ((doc.isDate(i) && doc.key(i + 1) !== "'s" && !(PREDICATE.has(doc.pos(i + 1)) && !this.isGerund(i + 1))) || doc.pos(i) === 'ADV' || doc.pos(i) === 'INTJ' || doc.key(i) === ',' || (doc.pos(i) === 'ADP' && doc.isDate(i + 1))) i++;
      else break;
    }
    return i;
  }

  /**
   * Where an object ends: before a comma and conjunction, or a subordinator, opening a clause with a subject of its own
   * ("lower taxes, but he has …", "the mayor as he promised …").
   */
  private objectEnd(from: number, end: number): number {
    const doc = this.doc;
    for (let link = from + 1; link < end; link++) {
      // After a comma, past a closing mark ("“jobs, jobs,” but he …"); without one the phrases may be coordinated subjects.
      let comma = link - 1;
      while (comma > from && closingMarks.has(doc.tokens[comma]!.text)) comma--;
      // A subordinator opens one anywhere: "praising the mayor as he promised …"; a clause marker opens what is said.
      const opens = doc.pos(link) === 'CCONJ' ? doc.key(comma) === ',' : doc.pos(link) === 'SCONJ' && !clauseMarkers.has(doc.key(link));
      if (!opens || this.isQuoted(doc.tokens[link]!.start)) continue;
      let opening = link + 1;
      while (doc.pos(opening) === 'ADV') opening++;
      const own = phraseStartingAt(doc, opening, end);
      let predicate = own?.end ?? end;
      while (predicate < end && doc.pos(predicate) === 'ADV') predicate++;
      if (own && predicate < end && PREDICATE.has(doc.pos(predicate))) return link;
    }
    return end;
  }

  /**
   * Whether what a listener is told follows a phrase after a cue: an infinitive ("urged voters in Iowa to …"),
   * a clause, a quote, a colon or a second object ("promised voters a tax cut").
   */
  private toldAfter(from: number, end: number): boolean {
    const doc = this.doc;
    let i = this.skipAdjuncts(from, end);
    const adjunct = doc.pos(i) === 'ADP' && !contentPrepositions.has(doc.key(i)) ? phraseStartingAt(doc, i + 1, end) : null;
    if (adjunct) i = this.skipAdjuncts(adjunct.end, end);
    if (i >= end) return false;
    const key = doc.key(i);
    return key === 'to' || key === ':' || negations.has(key) || clauseMarkers.has(key) || contentPrepositions.has(key) || openingMarks.has(doc.tokens[i]!.text) || SUBJECT_START.has(doc.pos(i)) || this.startsClause(i, end);
  }

  /** Token just past the comma closing a short verbless aside opened by the comma at `comma`, when a clause marker follows it; else -1. */
  private asideEnd(comma: number, limit: number): number {
    const doc = this.doc;
    for (let i = comma + 1; i < Math.min(limit, comma + 6); i++) {
      if (PREDICATE.has(doc.pos(i))) return -1;
      if (doc.key(i) === ',') return clauseMarkers.has(doc.key(i + 1)) ? i + 1 : -1;
    }
    return -1;
  }

  /** Token just after the sentence's last word (final punctuation excluded). */
  wordsEnd(sentence: number): number {
    const { first, end } = this.doc.range(sentence);
    let last = end;
    while (last > first && CLOSING_PUNCTUATION.has(this.doc.key(last - 1))) last--;
    return last;
  }

  /** The character span of tokens [first, end) without leading conjunctions and stray punctuation, if it holds a clause (or `clause` is false). */
  content(first: number, end: number, clause = true): Span | null {
    const doc = this.doc;
    let from = first;
    let to = end;
    const stray = (i: number) => doc.pos(i) === 'PUNCT' && !openingMarks.has(doc.tokens[i]!.text);
    while (from < to && (doc.pos(from) === 'CCONJ' || stray(from) || droppedClauseMarkers.has(doc.key(from)))) from++;
    while (to > from && (CLOSING_PUNCTUATION.has(doc.key(to - 1)) || doc.pos(to - 1) === 'CCONJ')) to--;
    return from < to && (!clause || this.holdsPredicate(from, to)) ? { start: doc.tokens[from]!.start, end: doc.tokens[to - 1]!.end } : null;
  }

  /**
   * A clause after a plain speech verb whose subject the tagger missed: "said none of …", "said
   * legalizing it could …", "said Cook provided …" (a name taken for a verb).
   */
  private looseClause(cue: Cue, from: number, end: number): boolean {
    const { entry } = cue;
    if (entry.cognition || entry.object || entry.listener || from >= end || !LOOSE_SUBJECT_START.has(this.doc.pos(from))) return false;
    return this.holdsPredicate(from + 1, end);
  }

  startsClause(from: number, end: number): boolean {
    // An object pronoun opens a small clause only before its verb: "expected me to read", "recalled him saying", not "found themselves in a race".
    if (from >= end || !SUBJECT_START.has(this.doc.pos(from)) || (objectPronouns.has(this.doc.key(from)) && this.doc.pos(from + 1) !== 'VERB' && this.doc.key(from + 1) !== 'to')) return false;
    return this.holdsPredicate(from + 1, end);
  }

  /** The direct quote closing just before token `index`, with nothing but punctuation between. */
  private quoteEndingBefore(index: number): Candidate | null {
    const doc = this.doc;
    const at = doc.tokens[index]!.start;
    return (
      this.candidates.find((c) => {
        const close = c.span.close ?? c.span.end;
        return c.direct && !c.claim && close <= at && /^[ \t,;:—–-]*$/u.test(doc.text.slice(close, at));
      }) ?? null
    );
  }

  /** A complementiser ("that", "whether") shortly after a cue, with only adjuncts before it ("told reporters on Monday that"). */
  private clauseMarkerAfter(from: number, end: number): number {
    const doc = this.doc;
    for (let i = from; i < Math.min(end, from + MARKER_WITHIN); i++) {
      if (clauseMarkers.has(doc.key(i))) return i;
      // "reported, citing three diplomats, that …"
      const cited = relays.has(doc.key(i)) ? phraseStartingAt(doc, i + 1, end) : null;
      if (cited) {
        i = cited.end - 1;
        continue;
      }
      // A gerund after a preposition is an adjunct: "said before attending the rally that …".
      if ((doc.pos(i) === 'ADP' || doc.pos(i) === 'SCONJ') && this.isGerund(i + 1)) {
        i++;
        continue;
      }
      // A possessive ending and a capitalised word inside a name are neither verbs nor clause breaks ("wrote to Sanders’ office that").
      if (isNominal(doc, i)) continue;
      // An aside between dashes: "said — on Twitter, as it happens — that …".
      const dash = DASHES.has(doc.key(i)) ? this.closer(i, doc.key(i), end) : -1;
      if (dash > 0) {
        i = dash;
        continue;
      }
      if (PREDICATE.has(doc.pos(i)) || (doc.pos(i) === 'PUNCT' && doc.key(i) !== ',')) return -1;
    }
    return -1;
  }

  /** The first token from `from` that is no date nor a preposition before one ("on Friday", "last week"). */
  private pastDates(from: number, end: number): number {
    let i = from;
    while (i < end && (this.doc.isDate(i) || (this.doc.pos(i) === 'ADP' && this.doc.isDate(i + 1)))) i++;
    return i;
  }

  private isGerund(i: number): boolean {
    return this.doc.pos(i) === 'VERB' && this.doc.key(i).endsWith('ing');
  }

  /** The first `mark` after `open` and before `end` (the ")" or dash closing an aside), or -1. */
  private closer(open: number, mark: string, end: number): number {
    for (let i = open + 1; i < end; i++) if (this.doc.key(i) === mark) return i;
    return -1;
  }

  /** A direct quote opening within a few words after a cue, past places and times only ("told reporters in Nashua last week, “…”"). */
  private quoteAfterAdjuncts(from: number, limit: number): Candidate | null {
    const doc = this.doc;
    for (let i = from; i < Math.min(limit, from + MARKER_WITHIN); i++) {
      const at = doc.tokens[i]!.start;
      const quote = this.candidates.find((c) => c.span.open === at && c.direct && !c.claim);
      if (quote) return quote;
      // A quote of its own in between is what the cue bears on: "praised his “deep faith” — “…,” he said".
      // A dash sets off a speaker of its own: "Pollsters agree - Carl Bialik: “…”".
      if (PREDICATE.has(doc.pos(i)) || clauseMarkers.has(doc.key(i)) || DASHES.has(doc.key(i)) || this.isQuoted(at)) return null;
    }
    return null;
  }

  /** Whether a comma ends what precedes token `index`, perhaps inside a closing quote (“…,” or "…",). */
  commaBefore(index: number, floor: number): boolean {
    let i = index - 1;
    while (i > floor && closingMarks.has(this.doc.tokens[i]!.text)) i--;
    return i >= floor && this.doc.key(i) === ',';
  }

  /**
   * "…, he said it when asked whether …": a subordinator before the verb with no subject of its own
   * ("Clinton once described" has one: a noun or pronoun that is no verb's or preposition's object).
   */
  private opensReducedClause(verb: number): boolean {
    const doc = this.doc;
    const subject = SUBJECT_HEAD.has(doc.pos(verb - 2)) && !PREDICATE.has(doc.pos(verb - 3)) && doc.pos(verb - 3) !== 'ADP';
    return participleSubordinators.has(doc.key(verb - 1)) && !subject;
  }

  /** A subordinator within a short noun phrase of time from `from`: "a day after …", "hours before …", "after the vote". */
  private opensAdverbial(from: number, end: number): boolean {
    const doc = this.doc;
    for (let i = from; i < Math.min(end, from + 4); i++) {
      if (doc.pos(i) === 'SCONJ' || (doc.pos(i) === 'ADP' && participleSubordinators.has(doc.key(i)))) return true;
      if (!['DET', 'NUM', 'ADJ', 'NOUN'].includes(doc.pos(i))) return false;
    }
    return false;
  }

  /** Whether tokens [from, end) hold no clause: a cue there closes the sentence ("…, he said in Paris"). */
  onlyAdjuncts(from: number, end: number): boolean {
    const doc = this.doc;
    for (let i = from; i < end; i++) {
      // A participle tail belongs to the speaker: "…, McCain said, citing low growth.", "…, she said in posing the question."
      if ((doc.key(i) === ',' || doc.pos(i) === 'ADP' || doc.pos(i) === 'SCONJ') && this.isGerund(i + 1)) return true;
      // So does a clause coordinated after a comma: "…, a spokeswoman said on Saturday, and it has activated …".
      if (doc.key(i) === ',' && doc.pos(i + 1) === 'CCONJ' && this.startsClause(i + 2, end)) return true;
      if (PREDICATE.has(doc.pos(i)) || clauseMarkers.has(doc.key(i))) return false;
    }
    return true;
  }

  /**
   * Whether a noun phrase follows a cue, past adverbs and dates: its object, so the cue closes no
   * sentence before it ("A year later, Mr. Obama called Naghmeh Abedini.", "Overall, the casinos
   * reported $2.17 billion"), unlike "…, the officials said Monday" or "…, he said in a statement".
   */
  private takesObject(from: number, end: number): boolean {
    const doc = this.doc;
    let i = from;
    while (i < end && (doc.pos(i) === 'ADV' || doc.isDate(i))) i++;
    return i < end && (isNominal(doc, i) || doc.pos(i) === 'PRON' || doc.pos(i) === 'SYM') && doc.pos(i) !== 'PART';
  }

  /** Whether tokens [from, end) are adverbs, dates and punctuation alone: "Then, last week", "Overall", "Now". */
  private onlyTime(from: number, end: number): boolean {
    const doc = this.doc;
    for (let i = from; i < end; i++) if (!(doc.pos(i) === 'ADV' || doc.pos(i) === 'PUNCT' || doc.isDate(i))) return false;
    return true;
  }

  /** The quote opening just after offset `at`, past a comma or colon; only a colon lets it open the next paragraph. */
  private quoteStartingAfter(at: number): Candidate | null {
    const text = this.doc.text;
    const colon = text.slice(0, at).trimEnd().endsWith(':');
    return (
      this.candidates.find((c) => {
        if (c.span.open < at || c.claim) return false;
        const gap = text.slice(at, c.span.open);
        return /^[\s,:—–-]*$/u.test(gap) && (!gap.includes('\n') || colon || gap.includes(':'));
      }) ?? null
    );
  }

  private attach(candidate: Candidate, cue: Cue, speaker: TokenRange, listener: TokenRange | null): void {
    candidate.claim = this.claim(candidate.direct ? 'direct' : 'partial', candidate.span, cue, speaker, listener);
  }

  private indirect(cue: Cue, speaker: TokenRange, listener: TokenRange | null, content: Span | null): void {
    if (content) this.claims.push(this.claim('indirect', content, cue, speaker, listener));
  }

  /** A claim of `speaker` through `cue` over `content`; the cue learns its speaker. */
  private claim(kind: Claim['kind'], content: Span, cue: Cue, speaker: TokenRange | null, listener: TokenRange | null): Claim {
    cue.speaker = speaker;
    const { start, end } = content;
    return { kind, start, end, sentence: this.doc.sentenceAt(start), cue, cueSpan: this.cueSpan(cue), speaker, speakerName: null, listener, continues: null };
  }

  private cueSpan(cue: Cue): Span {
    return { start: this.doc.start(cue.range), end: this.doc.end(cue.range) };
  }

  /**
   * Words from `from` to the next comma, bracket or the sentence's end, holding a noun and not ending
   * in a function word: a source the tagger broke up ("according to complete but unofficial returns",
   * "according to the “Medicare for all” document he released", "according to poll" with "poll" a verb).
   */
  private phraseClosing(from: number, wordsEnd: number): TokenRange | null {
    const doc = this.doc;
    let end = from;
    while (end < wordsEnd && !PHRASE_CLOSERS.has(doc.key(end))) end++;
    while (end > from && closingMarks.has(doc.tokens[end - 1]!.text)) end--;
    return end > from && this.holdsNoun(from, end) && !FUNCTION_WORD.has(doc.pos(end - 1)) ? { first: from, end } : null;
  }

  /** Reads one cue: finds its speaker and what it attributes. */
  private read(cue: Cue): void {
    const doc = this.doc;
    const { first: floor, end: limit } = doc.range(cue.sentence);
    const wordsEnd = this.wordsEnd(cue.sentence);
    const { first: cueFirst, end: cueEnd } = cue.range;
    // "According to X, …" is no participle clause of the main clause's subject.
    const opening = cue.entry.sourceAfter ? null : this.openingParticiple(cue, floor, wordsEnd);
    let rightEnd = Math.min(wordsEnd, cue.contentLimit, this.subordinateEnd(floor, cueEnd, wordsEnd), opening?.comma ?? Number.POSITIVE_INFINITY);

    if (cue.entry.sourceless) {
      this.readSourceless(cue, rightEnd);
      return;
    }

    if (cue.entry.sourceAfter) {
      // The noun phrase after the cue, or all of what closes the sentence or clause when the phrase is
      // cut short ("according to the “Medicare for all” document he released").
      const phrase = phraseStartingAt(doc, cueEnd, limit) ?? this.phraseClosing(cueEnd, wordsEnd);
      if (!phrase) return;
      const quote = this.quoteEndingBefore(cueFirst);
      if (quote) {
        this.attach(quote, cue, phrase, null);
        return;
      }
      // "That's according to fundraising reports filed Saturday": a word standing alone for what precedes is what the source is cited for.
      let subjectEnd = cueFirst;
      while (subjectEnd > floor && doc.pos(subjectEnd - 1) === 'AUX') subjectEnd--;
      if (subjectEnd === floor + 1 && standIns.has(doc.key(floor))) {
        const token = doc.tokens[floor]!;
        this.indirect(cue, this.phraseClosing(cueEnd, wordsEnd) ?? phrase, null, { start: token.start, end: token.end });
        return;
      }
      // "According to X, …" introduces what follows; "…, according to X" closes what precedes. The comma
      // after X opens what X is cited for even when a cue follows it ("According to GMA News, Salceda said …").
      const leads = this.content(floor, cueFirst) === null;
      // A participle after a leading source is its own ("In a CNN poll released Monday, …").
      const speaker = leads && doc.pos(phrase.end) === 'VERB' ? (this.phraseClosing(cueEnd, wordsEnd) ?? phrase) : phrase;
      const leadEnd = rightEnd <= speaker.end + 1 ? wordsEnd : rightEnd;
      this.indirect(cue, speaker, null, leads ? this.content(speaker.end, leadEnd) : this.content(floor, cueFirst));
      return;
    }

    if (cue.agent) {
      this.readAgent(cue, cue.agent, floor, rightEnd);
      return;
    }
    // Only a speaker's own verb coordinates with the cue's: evidentials and passives go on past one.
    rightEnd = Math.min(rightEnd, this.coordinatedVerb(cue.verb, cueEnd, wordsEnd));

    // Inversion: "“…,” said Vaez." or "…, said the minister." A subject with appositives before the cue
    // is no inverted content ("Martha Allen, a delegate from Vermont, criticized …").
    const quoteBefore = this.quoteEndingBefore(cueFirst);
    const subject = subjectBefore(doc, cueFirst, floor);
    const participle = doc.key(cue.verb).endsWith('ing');
    // A cue ending in its preposition has its object after it, not an inverted speaker ("…, then referred to the slogan").
    const phrasal = doc.pos(cue.range.end - 1) === 'ADP';
    if (!cue.entry.cognition && !participle && !phrasal && (quoteBefore || (!subject && this.commaBefore(cueFirst, floor)))) {
      const speaker = this.coordinatedAfter(phraseStartingAt(doc, cueEnd, limit), limit);
      // Unless a quote precedes, the speaker must end the clause: ", saying the deal was dead" is no inversion.
      // A relative clause may follow the speaker: "…, said the man who built his career on …".
      // A bracketed aside may follow it: "…,'' said Mr. Burman (a view echoed by others)."
      const closes = speaker && (quoteBefore || [',', '('].includes(doc.key(speaker.end)) || references.get(doc.key(speaker.end)) === 'antecedent' || this.onlyAdjuncts(speaker.end, wordsEnd));
      // A base form inverts only before a plural ("…, say analysts"), and not when what follows may be its object ("…, applaud the rules").
      const agrees = speaker && (doc.key(cue.verb) !== doc.tokens[cue.verb]!.lemma.toLowerCase() || (!cue.entry.object && this.isPlural(headOf(doc, speaker))));
      if (speaker && closes && agrees && pronounOf(doc, speaker) !== 'author') {
        if (quoteBefore) {
          this.attach(quoteBefore, cue, speaker, null);
          return;
        }
        // An inverted aside inside the clause: "The contrast with Trump, said Doyle, would be clear".
        const aside = doc.key(speaker.end) === ',' && this.content(floor, cueFirst) === null;
        this.indirect(cue, speaker, null, aside ? this.content(floor, rightEnd <= speaker.end + 1 ? wordsEnd : rightEnd) : this.content(floor, cueFirst));
        return;
      }
    }

    // A participle after an inverted or trailing cue continues its speaker: "“…,” said Rep. Scott, adding that …",
    // "…, Fiorina said, adding that …"; after what an issuer put out it is the issuer's ("issued a statement saying …").
    const speaker = (participle && subject ? this.issuerOf(subject, cueFirst, floor) : null) ?? subject ?? (participle ? this.trailingSpeaker(cue) : this.controllerOf(cueFirst, floor)) ?? this.clauseSubject(cue.range, cue.verb, floor, cue.entry) ?? (participle ? (opening?.speaker ?? this.cueBefore(cue)?.speaker ?? null) : this.openingSubject(cueFirst, floor));
    // A participle opening the sentence ("Asked whether …, 75 percent said yes") or a reduced clause
    // ("…, he said when asked whether …"): no one in particular asks; the subordinator is no part of the cue.
    const pastParticiple = doc.key(cue.verb) !== doc.tokens[cue.verb]!.lemma.toLowerCase() && !participle;
    const reduced = pastParticiple && cue.verb > floor && this.opensReducedClause(cue.verb);
    if (reduced || (!speaker && cueFirst === floor && pastParticiple)) {
      // "Compared with last year, …", "Given the risks, …": a verb that needs a holder or a document is no evidential.
      if (cue.entry.holder || cue.entry.document) return;
      if (reduced) cue.range.first = cue.verb;
      this.readSourceless(cue, rightEnd);
      return;
    }
    // The writer's own words as a participant ("“I am not shy,” I said", "I told the judge that …") are
    // claims; what the writer thinks or finds ("I think", "we know") is the author's voice.
    // "“…,” Gene Sperling, a Clinton adviser, said": asides the subject reader cannot read between the quote and the cue.
    const afterQuote = participle || (speaker && this.quoteEndingBefore(speaker.first)) ? null : this.speakerAfterQuote(cueFirst, floor);
    if (afterQuote) {
      this.attach(afterQuote.quote, cue, afterQuote.speaker, null);
      return;
    }
    if (!speaker || (pronounOf(doc, speaker) === 'author' && (cue.entry.cognition || !speakingAuthor.has(doc.key(speaker.first))))) return;
    // "It is hard to say whether …", "it's too soon to tell": an expletive speaks no infinitive its adjective or adverb governs
    // ("it is likely to say" does).
    const adjective = this.isInfinitiveTo(cue.verb - 1) && ['ADJ', 'ADV'].includes(doc.pos(cue.verb - 2)) && !raisingAdjectives.has(doc.key(cue.verb - 2));
    if (adjective && speaker.end - speaker.first === 1 && expletives.has(doc.key(speaker.first))) return;
    if (cue.entry.physical && this.isPhysicalAct(speaker, cueEnd, rightEnd)) return;
    if (cue.entry.holder && !this.canHold(speaker)) return;
    if (cue.entry.document && !this.canPublish(speaker)) return;
    // Known even when no content follows: a partial quote after the cue may still be its speaker's ("warned of “…”").
    cue.speaker = speaker;
    // "“…,” Vaez said on Monday at a rally."
    const quoteBeforeSpeaker = this.quoteEndingBefore(speaker.first);
    if (quoteBeforeSpeaker) {
      this.attach(quoteBeforeSpeaker, cue, speaker, null);
      return;
    }

    let after = cueEnd;
    let listener = cue.entry.listener ? phraseStartingAt(doc, after, limit, true) : null;
    // "promised lower taxes", "urges restraint": with nothing told after it, the phrase is the object.
    if (listener && cue.entry.object && !this.toldAfter(listener.end, rightEnd)) listener = null;
    if (listener) after = listener.end;
    const next = this.skipAdjuncts(after, limit);
    const quoteAfter = this.quoteStartingAfter(doc.tokens[Math.max(after, next) - 1]!.end) ?? this.quoteAfterAdjuncts(next, limit);
    // What is offered is a thing, quoted or not: "has offered “written assurances” to …" is no one's words.
    if (quoteAfter && !(cue.entry.giving && !quoteAfter.direct)) {
      this.attach(quoteAfter, cue, speaker, listener);
      return;
    }
    if (cue.entry.quoteOnly) return;
    // After a preposition ending the cue, "that" after a noun of speech opens the noun's complement, not the cue's clause
    // ("took offense at suggestions that …"); not after a time ("argued for years that …").
    const found = this.clauseMarkerAfter(after, rightEnd);
    const complement = found > after && stanceNouns.get(doc.tokens[found - 1]!.lemma.toLowerCase())?.has(doc.key(found));
    // A "that" after the object of a verb reporting a noun phrase opens the object's own clause, relative or complement:
    // "features a report that taxes rose", "detailed spending that benefited him"; not after a noun stance, which is the
    // cue's ("reiterated his belief that …"), nor after a preposition ending the cue ("argued for years that …").
    const objectPhrase = found > next && cue.entry.object && SUBJECT_START.has(doc.pos(next)) && doc.pos(cue.range.end - 1) !== 'ADP' ? phraseStartingAt(doc, next, rightEnd) : null;
    const ownClause = objectPhrase?.end === found && droppedClauseMarkers.has(doc.key(found)) && !stanceNouns.has(doc.tokens[headOf(doc, objectPhrase)]!.lemma.toLowerCase());
    const marker = (phrasal && complement) || ownClause ? -1 : found;
    // Without a clause after it, "that" was a determiner: "echoed that promise".
    // A colon introduces what was said as a quote would: "he said: the deal is dead".
    // Right after a verb that may report a noun phrase, the clause's verb may be one the tagger took for an adjective: "said that the messages involved …".
    const clause = marker >= 0 ? this.content(marker, rightEnd, !(cue.entry.nounPhrase && marker === next)) : doc.key(next) === ':' ? this.content(next + 1, wordsEnd) : null;
    if (clause) {
      this.indirect(cue, speaker, listener, clause);
      return;
    }
    // "75 percent said yes", "half said so", "a third said the same of Sanders": words standing for the answer.
    const answer = doc.key(after) === 'the' && answerWords.has(doc.key(after + 1)) ? after + 1 : after;
    // A conjunction may follow the answer: "Sanders said yes and took …", "72 percent said no while …".
    if (answerWords.has(doc.key(answer)) && (answer + 1 >= rightEnd || ['PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(doc.pos(answer + 1)) || clauseLinks.has(doc.key(answer + 1)))) {
      this.indirect(cue, speaker, listener, this.content(after, answer + 1, false));
      return;
    }
    // "urged Iran to halt enrichment": what the listener is told to do; "pledged to cut taxes": what the speaker commits to.
    // A place or time may come between, and the infinitive may be quoted: "tells his supporters at a rally to “go and vote”".
    const adjunctPhrase = listener && doc.pos(next) === 'ADP' ? phraseStartingAt(doc, next + 1, rightEnd) : null;
    // A cue phrase may end in the infinitive's "to": "vowing to campaign".
    const infinitive = adjunctPhrase && doc.key(adjunctPhrase.end) === 'to' ? adjunctPhrase.end : next === cueEnd && doc.key(cueEnd - 1) === 'to' ? cueEnd - 1 : next;
    // What is committed to may be negated ("vowed not to repeat …") and the infinitive split ("to harshly punish").
    let to = infinitive;
    while (negations.has(doc.key(to))) to++;
    let verbAt = openingMarks.has(doc.tokens[to + 1]?.text ?? '') ? to + 2 : to + 1;
    while (verbAt < rightEnd && doc.pos(verbAt) === 'ADV') verbAt++;
    if ((listener || cue.entry.infinitive) && doc.key(to) === 'to' && doc.pos(verbAt) === 'VERB') {
      this.indirect(cue, speaker, listener, this.content(infinitive, rightEnd));
      return;
    }
    // "…, residents said, a day after talks broke down", "…, an official said, speaking on condition of anonymity":
    // an adverbial or the reason a source goes unnamed, after a trailing cue, is no content of it.
    // A date may stand between: "…, lawmakers said Friday afternoon, as they bristled at …".
    const dated = this.pastDates(after, rightEnd);
    if (this.commaBefore(speaker.first, floor) && doc.key(dated) === ',' && (this.opensAdverbial(dated + 1, rightEnd) || this.inAnonymityAside(dated + 1, dated + 1))) {
      this.indirect(cue, speaker, listener, this.content(floor, speaker.first - 1));
      return;
    }
    if (!cue.entry.marked && (!cue.entry.cognition || next === after) && (this.startsClause(next, rightEnd) || this.looseClause(cue, next, rightEnd))) {
      // A noun phrase before a clause of its own is an object alone: "praised the plan, but he has also …".
      const own = cue.entry.object ? this.objectEnd(next, rightEnd) : rightEnd;
      this.indirect(cue, speaker, listener, own < rightEnd && !this.holdsPredicate(next, own) ? this.content(next, own, false) : this.content(next, rightEnd));
      return;
    }
    // The adverb skipped as an adjunct was the clause's subject: "said none of the candidates were listed".
    if (next > after && this.looseClause(cue, after, rightEnd)) {
      this.indirect(cue, speaker, listener, this.content(after, rightEnd));
      return;
    }
    // A prepositional adjunct, then a clause opening with a subject pronoun: "has said for weeks he is …".
    const adjunct = doc.pos(next) === 'ADP' && !contentPrepositions.has(doc.key(next)) ? phraseStartingAt(doc, next + 1, rightEnd) : null;
    if (!cue.entry.cognition && adjunct && subjectPronouns.has(doc.key(adjunct.end)) && this.startsClause(adjunct.end, rightEnd)) {
      this.indirect(cue, speaker, listener, this.content(adjunct.end, rightEnd));
      return;
    }
    const gap = next === after ? this.relativeGap(speaker, next, rightEnd, floor) : null;
    if (gap) {
      this.indirect(cue, gap.speaker, listener, gap.content);
      return;
    }
    // "agreed with Dean", "warned against a Trump-only campaign": the preposition joins the cue.
    if (next === after && contentPrepositions.has(doc.key(next)) && doc.pos(next) === 'ADP' && (isNominal(doc, next + 1) || ['PRON', 'VERB'].includes(doc.pos(next + 1)))) {
      cue.range.end = next + 1;
      this.indirect(cue, speaker, listener, this.content(next + 1, rightEnd, false));
      return;
    }
    // "in what officials called a hate crime": a free relative before the speaker is the object, and the phrase
    // after the cue is what it was called.
    if (cue.entry.predicative && speaker.first > floor && freeRelatives.has(doc.key(speaker.first - 1)) && next === after) {
      const name = phraseStartingAt(doc, next, rightEnd);
      if (name) {
        this.indirect(cue, speaker, listener, this.content(next, name.end, false));
        return;
      }
    }
    // What a document shows or finds may be a noun phrase: "a CNN poll showed a one-point difference".
    const object = cue.entry.object || (cue.entry.cognition && this.canPublish(speaker));
    // The object may be a gerund or an amount: "proposed barring all foreign Muslims", "proposed $1 billion in funds".
    const gerund = (doc.pos(next) === 'VERB' && doc.key(next).endsWith('ing')) || doc.pos(next) === 'SYM';
    // A noun phrase alone: "said in posing the question" is an adjunct.
    // A past participle before a noun describes it: "discussed recently released polls".
    const described = doc.pos(next) === 'VERB' && doc.key(next).endsWith('ed') && ['NOUN', 'PROPN'].includes(doc.pos(next + 1));
    // Past a comma a participle is the clause's own: "are more demanding, making …".
    const opens = SUBJECT_START.has(doc.pos(next)) || (object && (doc.pos(next) === 'ADP' || next === marker || (gerund && doc.key(next - 1) !== ',') || described));
    if ((object || cue.entry.nounPhrase) && next < rightEnd && opens && (!cue.entry.predicative || this.predicateAfterObject(next, rightEnd))) {
      // The adverb grading such a participle is the object's too ("recently released").
      let from = next;
      while (described && from > after && doc.pos(from - 1) === 'ADV') from--;
      const content = this.content(from, this.objectEnd(next, rightEnd), false);
      // The determiner "that" belongs to the object ("echoed that promise").
      if (content && next === marker) content.start = doc.tokens[next]!.start;
      this.indirect(cue, speaker, listener, content);
      return;
    }
    // "As the Hill reported, Trump was …", "…, as the Times reported on Tuesday, and …": the clause beside the "as" clause.
    const as = speaker.first - 1;
    if (as >= floor && doc.key(as) === 'as' && !cue.entry.cognition) {
      let comma = after;
      while (comma < wordsEnd && doc.key(comma) !== ',') comma++;
      const content = as === floor ? this.content(comma + 1, wordsEnd) : this.commaBefore(as, floor) ? this.content(floor, as) : null;
      if (content) {
        this.indirect(cue, speaker, listener, content);
        return;
      }
    }
    const relativeObject = this.relativeObject(speaker, after, rightEnd, floor);
    if (relativeObject) {
      this.indirect(cue, speaker, listener, relativeObject);
      return;
    }
    // A relative clause after a comma is no trailing cue: "“…,” said Cordesman, who has advised McCain".
    const commaBefore = pronounOf(doc, speaker) !== 'antecedent' && this.commaBefore(speaker.first, floor);
    // After an opening participle the words after the cue answer it: "Asked who leads the party, he said Ryan."
    const asked = after < wordsEnd && this.cues.some((c) => c.sentence === cue.sentence && c.range.first === floor && c !== cue && !c.speaker);
    // "The source of the appeal, union members and leaders say, is manifold": before a parenthetical cue's comma and
    // the clause's predicate, the first item of what read as a list is the clause's subject, not the speaker's.
    let listComma = speaker.first;
    while (listComma < speaker.end && doc.key(listComma) !== ',') listComma++;
    if (!commaBefore && listComma < speaker.end - 1 && doc.key(dated) === ',' && PREDICATE.has(doc.pos(dated + 1))) {
      const aside = { first: listComma + 1, end: speaker.end };
      cue.speaker = aside;
      this.indirect(cue, aside, listener, this.content(floor, rightEnd <= after + 1 ? wordsEnd : rightEnd));
    } else if (commaBefore && asked && this.onlyAdjuncts(after, wordsEnd)) {
      this.indirect(cue, speaker, listener, this.content(after, wordsEnd, false));
    } else if (commaBefore && this.onlyAdjuncts(after, wordsEnd) && this.takesObject(after, wordsEnd)) {
      // What follows the cue is its object, not the end of a sentence it closes: "A year later, Mr. Obama called
      // Naghmeh Abedini.", "Late last month, the company wrote a detailed letter to …".
      this.indirect(cue, speaker, listener, this.content(next, wordsEnd, false));
    } else if (commaBefore && (this.onlyAdjuncts(after, wordsEnd) || doc.key(after) === ';') && (!cue.entry.cognition || this.canFind(speaker))) {
      // Trailing cue: "…, the officials said." (or "…, he said; his agents …"); an answer needs no verb ("Sorry,
      // Sanders said."), an adjunct is no answer ("On Monday, he said.", "Then, last week, Eric Trump called.").
      const answer = doc.pos(floor) !== 'ADP' && !doc.isDate(floor) && !this.onlyTime(floor, speaker.first - 1) ? this.content(floor, speaker.first - 1, false) : null;
      this.indirect(cue, speaker, listener, this.content(floor, speaker.first - 1) ?? answer);
    } else if (commaBefore && doc.key(dated) === ',') {
      // Parenthetical cue: "Some advisers, he said, may favor other approaches." A cue verb after it does not
      // close it at this cue's own comma ("Democrats, Frank notes, applaud …").
      this.indirect(cue, speaker, listener, this.content(floor, rightEnd <= after + 1 ? wordsEnd : rightEnd));
    }
  }

  /**
   * The relative pronoun standing for what a cue bears on when nothing follows it: "a charge that
   * Clinton has always denied", "a candidate whom many members strongly oppose", "what he said".
   */
  relativeObject(speaker: TokenRange, after: number, end: number, floor: number): Span | null {
    const doc = this.doc;
    const pronoun = speaker.first - 1;
    // With no antecedent too, as what "be" identifies: "that's what the campaign now hopes".
    const identified = freeRelatives.has(doc.key(pronoun)) && pronoun > floor && doc.tokens[pronoun - 1]!.lemma.toLowerCase() === 'be';
    if (pronoun < floor || !(RELATIVE_OBJECTS.has(doc.key(pronoun)) || identified) || doc.pos(speaker.first) === 'VERB') return null;
    // Only adjuncts may follow the cue: "which he denied on Monday, …", "that she has always denied".
    if (after < end && !['PUNCT', 'CCONJ', 'ADP', 'ADV'].includes(doc.pos(after))) return null;
    const token = doc.tokens[pronoun]!;
    return { start: token.start, end: token.end };
  }

  /**
   * Inside a relative clause the content's subject went before the speaker, and its predicate follows the
   * cue at `next`: "the fund, which the company says holds $110 billion, …", "an event that Carson says led
   * him to Christ", "a strategy some believe could work". The relative word may open the speaker's phrase as
   * a determiner ("which critics said was …") or stand with no antecedent ("what many analysts said was
   * …"); it is no part of the speaker. With no relative word the antecedent may have run into the speaker's
   * name ("a tactic Democrats hope will …", "something Sanders aides argue is …"): the name opens the speaker.
   * The content runs to the clause's end.
   */
  relativeGap(speaker: TokenRange, next: number, end: number, floor: number): { speaker: TokenRange; content: Span | null } | null {
    const doc = this.doc;
    if (!PREDICATE.has(doc.pos(next))) return null;
    const relativeWord = (i: number) => references.get(doc.key(i)) === 'antecedent' || RELATIVE_OBJECTS.has(doc.key(i)) || freeRelatives.has(doc.key(i));
    const opener = speaker.end - speaker.first > 1 && relativeWord(speaker.first);
    const name = opener ? -1 : this.nameAfterAntecedent(speaker);
    // The speaker's modifiers may stand between ("which even the most hopeful Republicans doubt will …"); a subject
    // pronoun before a finite verb is no compound's part ("the cause — gun control — he believes will …").
    let before = speaker.first - 1;
    while (before > floor && !relativeWord(before) && ['ADV', 'ADJ', 'DET'].includes(doc.pos(before))) before--;
    const pronoun = speaker.end - speaker.first === 1 && subjectPronouns.has(doc.key(speaker.first)) && (doc.pos(next) === 'AUX' || !/(?:ing|ed)$/u.test(doc.key(next)));
    const relative = opener || name >= 0 || (speaker.first > floor && (relativeWord(before) || doc.pos(before) === 'NOUN' || pronoun));
    if (!relative) return null;
    let clauseEnd = next;
    while (clauseEnd < end && doc.key(clauseEnd) !== ',' && doc.key(clauseEnd) !== ';') clauseEnd++;
    const first = opener ? speaker.first + 1 : Math.max(name, speaker.first);
    return { speaker: { first, end: speaker.end }, content: this.content(next, clauseEnd) };
  }

  /**
   * The first name inside a phrase opened by a determiner or pronoun and a common word: "Democrats" in "a
   * tactic Democrats", "Sanders" in "something Sanders aides"; not in "the Clinton campaign". -1 if none.
   */
  private nameAfterAntecedent(phrase: TokenRange): number {
    const doc = this.doc;
    if (!['DET', 'PRON'].includes(doc.pos(phrase.first))) return -1;
    let name = phrase.first + 1;
    while (name < phrase.end && doc.pos(name) !== 'PROPN') name++;
    // An adjective right after the article is the antecedent's ("a dynamic Greenberg"), a graded one the name's ("the most hopeful Republicans").
    const antecedent = ['NOUN', 'PRON'].includes(doc.pos(name - 1)) || (doc.pos(name - 1) === 'ADJ' && name - 1 === phrase.first + 1);
    return name < phrase.end && antecedent ? name : -1;
  }

  /** A plural noun: "analysts", "people". */
  isPlural(token: number): boolean {
    const doc = this.doc;
    // "Democrats", a name the tagger gave its plural form as lemma.
    return ((doc.pos(token) === 'NOUN' || doc.pos(token) === 'PROPN') && (doc.key(token) !== doc.tokens[token]!.lemma.toLowerCase() || pluralNouns.has(doc.key(token)))) || doc.isPluralName(token);
  }

  /** "The army attacked a camp", "jets attacked the convoy": an armed subject, or a place or target as object. */
  isPhysicalAct(speaker: TokenRange, cueEnd: number, rightEnd: number): boolean {
    const doc = this.doc;
    // A plural capitalised at the sentence's start keeps its form as lemma ("Rebels launched …").
    const lemmas = (range: TokenRange | null) => (range ? doc.lemmas(headOf(doc, range)) : []);
    const object = phraseStartingAt(doc, cueEnd, rightEnd);
    // What a state or its capital suffers is physical: "attacks on Ukraine's energy grid".
    const onPlace = object !== null && Array.from({ length: object.end - object.first }, (_, k) => object.first + k).some((i) => doc.isPlace(i));
    return onPlace || lemmas(speaker).some((l) => physicalActs.subjects.has(l)) || lemmas(object).some((l) => physicalActs.objects.has(l));
  }

  /**
   * Someone who can hold a view or make an offer: a name, a pronoun for a person or group, "who", a
   * noun for a source ("Rubio offered a defense", not "the region offers rich resources"), respondents
   * ("those polled"), or a part of any of these ("fifteen percent of voters", "much of the establishment").
   */
  canHold(speaker: TokenRange): boolean {
    const doc = this.doc;
    const pronoun = pronounOf(doc, speaker);
    if (pronoun !== undefined) return pronoun === 'person' || pronoun === 'group' || doc.key(speaker.first) === 'who';
    if (respondentParticiples.has(doc.key(speaker.end - 1))) return true;
    const head = headOf(doc, speaker);
    if (isSourceNoun(doc, head) || peopleNouns.has(doc.tokens[head]!.lemma.toLowerCase()) || messages.nouns.has(doc.tokens[head]!.lemma.toLowerCase())) return true;
    return doc.key(head + 1) === 'of' && head + 2 < speaker.end && this.canHold({ first: head + 2, end: speaker.end });
  }

  /** Someone who can hold a view, or an inquiry: what finds or shows something ("…, an investigation found"). */
  private canFind(speaker: TokenRange): boolean {
    return this.canHold(speaker) || inquiryNouns.has(this.doc.tokens[headOf(this.doc, speaker)]!.lemma.toLowerCase());
  }

  /** The object phrase at `from`, or null: "called him", "called both Trump and Clinton". */
  private objectAt(from: number, rightEnd: number): TokenRange | null {
    const doc = this.doc;
    // A pronoun object stands alone before an adjective ("called him unfit"), a possessive does not ("called his counterpart");
    // one that is never a possessive stands alone before a noun too ("called them rapists").
    const pronoun = doc.pos(from) === 'PRON' && (objectPronouns.has(doc.key(from)) || !['NOUN', 'PROPN'].includes(doc.pos(from + 1)));
    // Coordinated objects: "called both Trump and Clinton “crazy”".
    const first = doc.key(from) === 'both' || doc.key(from) === 'either' ? from + 1 : from;
    return pronoun ? { first, end: from + 1 } : this.coordinatedAfter(phraseStartingAt(doc, first, rightEnd), rightEnd);
  }

  /**
   * One of `words` after the object of the verb at `verb`: "painted Trump as …". Its passive names no one's act
   * ("has been linked to", "was cast as").
   */
  private framed(verb: number, cueEnd: number, floor: number, end: number, words: readonly string[]): boolean {
    return !this.isPassive(verb, floor) && this.complementAfterObject(this.skipAdjuncts(cueEnd, end), end, words);
  }

  /**
   * One of `words` after the head of the object phrase at `from`, or after the phrase past a date: "painted Trump
   * as …", "knocked Cruz on Monday for …", "knocked the mayor on trade" (read as one phrase).
   */
  private complementAfterObject(from: number, rightEnd: number, words: readonly string[]): boolean {
    const doc = this.doc;
    // A head the tagger took for an adjective ends no phrase: "cast her rival as …", "knocked the incumbent on …".
    let word = from;
    while (word < rightEnd && word - from < OBJECT_WORDS && ['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.pos(word)) && !words.includes(doc.key(word))) word++;
    if (word > from && word < rightEnd && words.includes(doc.key(word))) return true;
    const object = this.objectAt(from, rightEnd);
    if (!object) return false;
    for (let i = headOf(doc, object) + 1; i < object.end; i++) if (words.includes(doc.key(i))) return true;
    const after = this.pastDates(object.end, rightEnd);
    return after < rightEnd && words.includes(doc.key(after));
  }

  /** A past participle right after a noun and before a date: a reduced relative describing that noun. */
  private describesDocument(verb: number): boolean {
    const doc = this.doc;
    const key = doc.key(verb);
    const past = key.endsWith('ed') && key !== doc.tokens[verb]!.lemma.toLowerCase();
    return past && ['NOUN', 'PROPN'].includes(doc.pos(verb - 1)) && doc.isDate(verb + 1);
  }

  /**
   * A document, message or outlet, which carries what it shows, features or details: "the ad", "the report", "The
   * Washington Post", "the newspaper" ("the ad features …", not "the rally featured music").
   */
  canPublish(speaker: TokenRange): boolean {
    const doc = this.doc;
    // "It" may be anything: "it would also capture the greatness of …".
    if (pronounOf(doc, speaker) !== undefined) return false;
    const head = headOf(doc, speaker);
    if (doc.lemmas(head).some((lemma) => messages.nouns.has(lemma) || outletWords.nouns.has(lemma))) return true;
    const proper = properName(doc, speaker);
    return proper !== null && (outletWords.names.has(bareName(doc.slice(proper))) || outletWords.nameWords.has(doc.key(proper.end - 1)));
  }

  /** A noun phrase, adjective or quote after the object phrase at `from`: "called the war a “special military operation”", "called him unfit", "calls Ohio her home". */
  private predicateAfterObject(from: number, rightEnd: number): boolean {
    const doc = this.doc;
    const after = this.objectAt(from, rightEnd)?.end;
    // A date is no predicate: "called them last week".
    if (after === undefined || doc.isDate(after)) return false;
    return after < rightEnd && (openingMarks.has(doc.tokens[after]!.text) || this.isQuoted(doc.tokens[after]!.start) || ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.pos(after)) || (doc.pos(after) === 'PRON' && isNominal(doc, after + 1)) || doc.key(after) === 'as');
  }

  /**
   * Where a clause opening the sentence with a subordinator ends, when a cue lies in it: the comma before
   * the main clause ("Because aides didn't deny that …, we have to assume …").
   */
  subordinateEnd(floor: number, from: number, wordsEnd: number): number {
    const doc = this.doc;
    if (doc.pos(floor) !== 'SCONJ') return wordsEnd;
    for (let i = from; i < wordsEnd; i++) if (doc.key(i) === ',' && this.startsClause(i + 1, wordsEnd)) return i;
    return wordsEnd;
  }

  /**
   * Where a cue's words end before a verb coordinated with the cue's and inflected as it is, when no verb
   * so inflected stands between them, when it is a cue or stance verb: "defended his mother and refused to …",
   * "criticized the ruling but pledged to …" (not "said the plan failed and cost jobs", nor "said that …").
   */
  coordinatedVerb(verb: number, from: number, end: number): number {
    const doc = this.doc;
    const form = (i: number) => (doc.key(i).endsWith('ing') ? 'ing' : doc.key(i) === doc.tokens[i]!.lemma.toLowerCase() ? 'bare' : 'finite');
    const cueForm = form(verb);
    if (cueForm === 'bare') return end;
    for (let i = from; i < end; i++) {
      // A marked clause has a subject of its own that may govern the verb: "said that prices and related costs rose".
      if (clauseMarkers.has(doc.key(i))) return end;
      if (!['VERB', 'AUX'].includes(doc.pos(i)) || form(i) !== cueForm) continue;
      let c = i - 1;
      while (c > from && doc.pos(c) === 'ADV') c--;
      // After a comma an adverb may stand for the conjunction: "demands accountability, yet refuses to …".
      const comma = doc.key(c) === ',' && c < i - 1;
      if ((doc.pos(c) !== 'CCONJ' && !comma) || !verbLemmas.has(doc.tokens[i]!.lemma.toLowerCase())) return end;
      return doc.key(c - 1) === ',' ? c - 1 : c;
    }
    return end;
  }

  /** What follows an evidential or agentless passive, past adjuncts and "that": "is expected to [win]", "it appears, though, that […]". */
  private readSourceless(cue: Cue, rightEnd: number): void {
    const doc = this.doc;
    const marker = this.clauseMarkerAfter(cue.range.end, rightEnd);
    const from = marker >= 0 ? marker : this.skipAdjuncts(cue.range.end, rightEnd);
    // An evidential bears on its own clause: "appears to mark a shift, and more attacks are likely".
    let end = from;
    while (end < rightEnd && !((doc.key(end) === ',' || doc.key(end) === ';') && this.startsClause(end + (doc.pos(end + 1) === 'CCONJ' ? 2 : 1), rightEnd))) end++;
    const content = this.content(from, end, false);
    if (content) this.claims.push(this.claim('indirect', content, cue, null, null));
  }

  /**
   * A passive cue whose speaker follows "by": what comes after the agent ("was asked by a reporter
   * whether …", "as reported by the Journal, …"), else the subject ("Both attacks were claimed by ISIS").
   */
  private readAgent(cue: Cue, agent: TokenRange, floor: number, rightEnd: number): void {
    const doc = this.doc;
    // "Khamenei, quoted by IRNA, said …": the agent relays the speaker's words and says nothing of its own.
    if (relays.has(doc.key(cue.verb))) return;
    cue.speaker = agent;
    const quote = this.quoteStartingAfter(doc.tokens[agent.end - 1]!.end) ?? this.quoteAfterAdjuncts(this.skipAdjuncts(agent.end, rightEnd), rightEnd);
    if (quote) {
      this.attach(quote, cue, agent, null);
      return;
    }
    const marker = this.clauseMarkerAfter(agent.end, rightEnd);
    if (marker >= 0) {
      this.indirect(cue, agent, null, this.content(marker, rightEnd));
      return;
    }
    if (cue.range.first === floor + 1 && doc.key(floor) === 'as') {
      this.indirect(cue, agent, null, this.content(agent.end, rightEnd));
      return;
    }
    const subject = subjectBefore(doc, cue.range.first, floor);
    if (subject) this.indirect(cue, agent, null, this.content(subject.first, subject.end, false));
  }

  /**
   * A name and a colon with no verb, then what was said: "Zelensky: Russia is losing", "Trump on
   * Twitter: “…”". The colon is the cue.
   */
  private readLeadIn(heading: Heading, named: ReadonlyMap<string, ReadonlySet<number>>): void {
    const doc = this.doc;
    const { sentence, speaker, colon, turn } = heading;
    const { end } = doc.range(sentence);
    if (!this.namesSpeaker(heading, named)) return;
    const cue: Cue = { range: { first: colon, end: colon + 1 }, verb: colon, entry: {}, sentence, speaker: null, contentLimit: end, agent: null, negated: false };
    const quote = this.quoteStartingAfter(doc.tokens[colon]!.end);
    if (turn) turn.claim = this.claim('direct', { start: doc.tokens[colon + 1]?.start ?? turn.span.end, end: turn.span.end }, cue, speaker, null);
    else if (quote) this.attach(quote, cue, speaker, null);
    else {
      // Headlines need no verb ("Lynch: No outside influence on the probe"), but a tally is no claim ("Sanders: 1,501").
      // What a later cue claims is no headline's ("His final assessment: the deal is dead, he said."), unless
      // the cue opens a clause of its own after a comma or semicolon, which ends the headline's claim ("Lynch: No
      // outside influence; in Denver, she defends the probe"); a cue that claims nothing takes nothing from it.
      // In a headline's title case the tagger's reading is no guide ("Ann Coulter: And Then There Was One").
      const headline = doc.isTitleCase(sentence);
      const wordsEnd = this.wordsEnd(sentence);
      let limit = wordsEnd;
      let claimed = false;
      for (const claim of [...this.claims, ...this.candidates.map((c) => c.claim)]) {
        if (claim?.cue?.sentence !== sentence || claim.cue.range.first <= colon) continue;
        // Where its speaker opens a clause of its own: past the first comma or semicolon after the colon.
        const opens = claim.speaker && claim.start >= doc.start(claim.cue.range) ? claim.speaker.first : colon + 1;
        let clause = colon + 1;
        while (clause < opens && ![',', ';'].includes(doc.key(clause))) clause++;
        if (clause < opens) limit = Math.min(limit, clause);
        else claimed = true;
      }
      const said = headline || (this.holdsNoun(colon + 1, wordsEnd) && !claimed);
      if (said && !this.isInstructionOrList(colon + 1, wordsEnd)) this.indirect(cue, speaker, null, this.content(colon + 1, limit, false));
    }
    if (cue.speaker) this.cues.push(cue);
  }

  /** A name after a dash, a colon and a quote, inside a sentence: "Pollsters agree - Carl Bialik: “…”". */
  private readSignedLeadIn(sentence: number): void {
    const doc = this.doc;
    const { first: floor, end } = doc.range(sentence);
    for (let colon = floor + 2; colon < end; colon++) {
      if (doc.key(colon) !== ':') continue;
      const quote = this.quoteStartingAfter(doc.tokens[colon]!.end);
      // Coordinated names sign together: "… - Ann Lee and Bo Park: “…”".
      const phrase = quote ? coordinated(doc, phraseEndingAt(doc, colon - 1, floor), floor) : null;
      // The dash may stand before what the quote is taken from, no part of the speaker: "… - More from Ann Lee: “…”".
      let first = phrase?.first ?? floor;
      while (phrase && first < phrase.end - 1 && quotedFrom.has(doc.key(first))) first++;
      let dashAt = (phrase?.first ?? floor) - 1;
      while (dashAt > floor && quotedFrom.has(doc.key(dashAt))) dashAt--;
      const speaker = phrase && { first, end: phrase.end };
      if (!quote || !speaker || !DASHES.has(doc.key(dashAt)) || properName(doc, speaker) === null) continue;
      const cue: Cue = { range: { first: colon, end: colon + 1 }, verb: colon, entry: {}, sentence, speaker: null, contentLimit: end, agent: null, negated: false };
      this.attach(quote, cue, speaker, null);
      this.cues.push(cue);
      // The dash ends what an earlier cue of the line reported: "Polls did predict the caucus - Ann Lee: “…”".
      const dash = doc.tokens[dashAt]!.start;
      for (const claim of this.claims) if (claim.start < dash && claim.end > dash) claim.end = doc.tokens[dashAt - 1]!.end;
    }
  }

  /**
   * A quote signed after a dash, as in collected reactions: "“He lies about us.” ― Ana Ruiz". The dash is
   * the cue; the name stands alone up to a comma, the paragraph's end or the next quote.
   */
  private readSignature(candidate: Candidate): void {
    const doc = this.doc;
    const { span } = candidate;
    if (candidate.claim || span.close === null) return;
    const dash = doc.tokenAt(span.close);
    const token = doc.tokens[dash];
    if (!token || !signatureDashes.has(token.text) || /\n/u.test(doc.text.slice(span.close, token.start))) return;
    const paragraph = doc.paragraphs[doc.sentences[token.sentence]!.paragraph]!;
    let limit = dash + 1;
    while (limit < doc.tokens.length && doc.tokens[limit]!.end <= paragraph.end && !openingMarks.has(doc.tokens[limit]!.text)) limit++;
    const speaker = phraseStartingAt(doc, dash + 1, limit);
    const name = speaker && properName(doc, speaker);
    if (!speaker || !name || name.first !== speaker.first || name.end !== speaker.end) return;
    if (speaker.end < limit && !['.', ','].includes(doc.key(speaker.end))) return;
    const cue: Cue = { range: { first: dash, end: dash + 1 }, verb: dash, entry: {}, sentence: token.sentence, speaker: null, contentLimit: speaker.end, agent: null, negated: false };
    candidate.claim = this.claim('direct', span, cue, speaker, null);
    this.cues.push(cue);
  }

  /** A phrase naming a source and a colon opening a sentence, with no verb before it ("Lynch:", "Clinton camp:"). */
  private headingAt(sentence: number): Heading | null {
    const doc = this.doc;
    const range = doc.range(sentence);
    const { end } = range;
    const turn = this.candidates.find((c) => !c.claim && c.span.open === doc.tokens[range.first]!.start && doc.paragraphs[c.span.firstParagraph]!.start === c.span.open) ?? null;
    // A kicker in capitals before a dash is no part of the speaker: "EXCLUSIVE – Roger Stone: …".
    const kicker = DASHES.has(doc.key(range.first + 1)) && /^\p{Lu}+$/u.test(doc.tokens[range.first]!.text) ? range.first + 2 : range.first;
    let first = turn ? range.first + 1 : kicker;
    const colon = this.leadInColon(first, Math.min(end, first + LEAD_IN_WITHIN), turn !== null);
    // What a quote is taken from names its source: "From the report: “…”".
    if (colon > first && !turn && this.quoteStartingAfter(doc.tokens[colon]!.end)) while (first < colon - 1 && quotedFrom.has(doc.key(first))) first++;
    if (colon < 0) return turn ? null : this.addressedHeading(sentence, first);
    const speaker = phraseStartingAt(doc, first, colon);
    // A name may modify the head: "Clinton camp:", "Kremlin aides:".
    const named = speaker !== null && (isSourceNoun(doc, headOf(doc, speaker)) || (doc.pos(headOf(doc, speaker)) === 'NOUN' && properName(doc, { first: speaker.first, end: headOf(doc, speaker) }) !== null));
    // The phrase fills the heading: "Clinton fares only a bit better:" names no speaker.
    if (!speaker || speaker.end !== colon || !named || notLeadIns.has(doc.key(headOf(doc, speaker)))) return null;
    return { sentence, speaker, colon, name: this.nameWord(speaker), turn, addressed: false };
  }

  /**
   * A headline's name, then whom or what it speaks to or of, then a colon: "Clinton to Planned Parenthood: …",
   * "Obama To Asians Worried About U.S. Election: …". In title case the tagger's verbs there are no guide.
   */
  private addressedHeading(sentence: number, first: number): Heading | null {
    const doc = this.doc;
    const { end } = doc.range(sentence);
    const speaker = phraseStartingAt(doc, first, end);
    if (!speaker || !doc.isTitleCase(sentence) || !leadInPrepositions.has(doc.key(speaker.end)) || properName(doc, speaker)?.first !== speaker.first) return null;
    for (let colon = speaker.end + 1; colon < Math.min(end, first + 2 * LEAD_IN_WITHIN); colon++) {
      if (doc.key(colon) === ':') return { sentence, speaker, colon, name: this.nameWord(speaker), turn: null, addressed: true };
      if (doc.pos(colon) === 'PUNCT') return null;
    }
    return null;
  }

  /**
   * The word a heading or speaker is known by: the head of a name ("Lynch" in "Attorney General Loretta
   * Lynch"), or of the name before a common noun ("Carrier" in "Carrier's message"); null for a noun
   * naming a source by kind ("Poll", "Insiders", "IG report").
   */
  private nameWord(phrase: TokenRange): string | null {
    const doc = this.doc;
    const head = headOf(doc, phrase);
    if (isCommonSourceNoun(doc, head)) return null;
    if (doc.pos(head) === 'PROPN' || /^\p{Lu}/u.test(doc.tokens[head]!.text)) return wordKey(doc, head);
    const name = properName(doc, { first: phrase.first, end: head });
    return name ? wordKey(doc, name.end - 1) : wordKey(doc, head);
  }

  /**
   * Whether a heading names someone: a noun for a source by kind ("Poll:", "Report:", "Insiders:"), a
   * plain name ("Lynch:", "John McCain:"), or a phrase whose name is named again elsewhere in the
   * article ("Clinton camp:", "Former AG Mukasey at RNC:"). A title names no one: "Stealth Over
   * Health: Hillary Clinton Was …", "The Ninth Circle: The Hellish View from …", "Grandkids: It was …".
   */
  private namesSpeaker(heading: Heading, named: ReadonlyMap<string, ReadonlySet<number>>): boolean {
    const { speaker, name } = heading;
    if (name === null) return true;
    let plain = true;
    for (let i = speaker.first; i < speaker.end; i++) if (this.doc.pos(i) !== 'PROPN') plain = false;
    return (plain && !heading.addressed) || [...(named.get(name) ?? [])].some((sentence) => sentence !== heading.sentence);
  }

  /** Whether tokens [from, end) hold a verb or auxiliary. */
  holdsPredicate(from: number, end: number): boolean {
    for (let i = from; i < end; i++) if (PREDICATE.has(this.doc.pos(i))) return true;
    return false;
  }

  /** Whether tokens [from, end) hold a noun (or a noun the tagger took for a verb). */
  private holdsNoun(from: number, end: number): boolean {
    for (let i = from; i < end; i++) if (SOURCE_WORD.has(this.doc.pos(i))) return true;
    return false;
  }

  /**
   * What follows a heading's colon when it is no one's words: an instruction opening with a bare verb
   * ("Sanders: Win in a walk", "Rubio: Just hang on"), or a list of short items ("Iowa: Tim Albrecht, Brad Anderson, …").
   */
  private isInstructionOrList(from: number, end: number): boolean {
    const doc = this.doc;
    let first = from;
    while (first < end && doc.pos(first) === 'ADV') first++;
    if (doc.pos(first) === 'VERB' && doc.key(first) === doc.tokens[first]!.lemma.toLowerCase()) return true;
    let commas = 0;
    let item = 0;
    for (let i = from; i < end; i++) {
      // Words, not tokens: "Lou D’Allesandro" is two.
      if (doc.key(i) !== ',') item += /[\p{L}\p{N}]/u.test(doc.tokens[i]!.text) && doc.tokens[i - 1]?.end !== doc.tokens[i]!.start ? 1 : 0;
      else if (item > LIST_ITEM_WORDS) return false;
      else [commas, item] = [commas + 1, 0];
    }
    return commas >= 2 && item <= LIST_ITEM_WORDS;
  }

  /** The colon that ends a verbless opening of tokens [first, limit), or -1; inside a quote only when `quoted`. */
  private leadInColon(first: number, limit: number, quoted: boolean): number {
    const doc = this.doc;
    for (let i = first; i < limit; i++) {
      if (doc.key(i) === ':') return i > first && quoted === this.isQuoted(doc.tokens[i]!.start) ? i : -1;
      if (PREDICATE.has(doc.pos(i)) || doc.pos(i) === 'PUNCT') return -1;
    }
    return -1;
  }

  /**
   * The phrase opening the sentence when an aside too long to read as an appositive stands between it
   * and the cue: "Pete Seat, an Indiana consultant whose firm was retained by the campaign, said …",
   * "Some voters who have listened to his speeches, on television or at rallies, said …".
   */
  private openingSubject(cueFirst: number, floor: number): TokenRange | null {
    const doc = this.doc;
    let comma = cueFirst - 1;
    while (comma > floor && doc.pos(comma) === 'ADV') comma--;
    if (doc.key(comma) !== ',') return null;
    let first = floor;
    while (first < comma && (doc.pos(first) === 'CCONJ' || (doc.pos(first) === 'ADV' && !doc.isQuantitySubject(first)))) first++;
    const phrase = phraseStartingAt(doc, first, comma);
    if (!phrase || phrase.end >= comma || pronounOf(doc, phrase) === 'author' || (doc.key(phrase.end) !== ',' && references.get(doc.key(phrase.end)) !== 'antecedent')) return null;
    for (let i = phrase.end; i < comma; i++) if ([';', ':'].includes(doc.key(i)) || this.isQuoted(doc.tokens[i]!.start)) return null;
    return phrase;
  }

  /**
   * A participle clause opening the sentence, whose speaker is the main clause's subject after its comma:
   * "Declaring that he alone can fix it, the mogul offered …", "In describing Trump, Cuban said …".
   */
  private openingParticiple(cue: Cue, floor: number, wordsEnd: number): { speaker: TokenRange; comma: number } | null {
    const doc = this.doc;
    const opensWith = cue.range.first === floor || (cue.range.first === floor + 1 && ['ADP', 'SCONJ'].includes(doc.pos(floor)));
    if (!opensWith || !doc.key(cue.verb).endsWith('ing')) return null;
    for (let comma = cue.range.end; comma < wordsEnd; comma++) {
      // A relative aside on the participle's object is no main clause: "After thanking the crowd, which chanted his name, he …".
      if (doc.key(comma) !== ',' || !this.startsClause(comma + 1, wordsEnd) || this.opensRelativeAside(comma + 1, floor)) continue;
      const speaker = phraseStartingAt(doc, comma + 1, wordsEnd);
      let verb = speaker?.end ?? wordsEnd;
      while (doc.pos(verb) === 'ADV') verb++;
      return speaker && pronounOf(doc, speaker) !== 'author' && PREDICATE.has(doc.pos(verb)) ? { speaker, comma } : null;
    }
    return null;
  }

  /**
   * Whoever put out what the phrase before a participle cue names: the subject of the verb whose object
   * it is, when that verb issues words ("Trump and Ryan issued a statement describing …", "the senator
   * emailed supporters saying …", "put out a statement saying …") or spends it ("spent much of his speech
   * defending …"), or a comma closes that verb's clause
   * ("Bush also attacked Trump, with whom he clashed, calling him …"). An inverted cue's speaker is the
   * participle's too ("…,” said Devine, suggesting …").
   */
  private issuerOf(object: TokenRange, cueFirst: number, floor: number): TokenRange | null {
    const doc = this.doc;
    let verb = object.first - 1;
    if (verb > floor && messages.particles.has(doc.key(verb)) && doc.pos(verb) !== 'VERB') verb--;
    if (verb <= floor || doc.pos(verb) !== 'VERB') return null;
    const first = auxiliariesBefore(doc, verb, floor);
    const lemma = doc.tokens[verb]!.lemma.toLowerCase();
    const issuing = messages.verbs.has(lemma) || messages.verbs.has(`${lemma} ${doc.key(verb + 1)}`) || spendingVerbs.has(lemma);
    // An inverted cue opens its clause or follows a quote: "“…,” said Devine, suggesting …".
    let before = first - 1;
    while (before > floor && doc.key(before) === ',') before--;
    if (first === floor || closingMarks.has(doc.tokens[before]!.text) || !(issuing || doc.key(cueFirst - 1) === ',')) return null;
    return subjectBefore(doc, first, floor);
  }

  /**
   * The speaker of a cue closing the clause just before a participle's comma: "…, Fiorina said, adding
   * that …", "…,” said Devine, suggesting …" (not the subject of the sentence's first verb).
   */
  private trailingSpeaker(cue: Cue): TokenRange | null {
    const comma = cue.range.first - 1;
    const earlier = this.doc.key(comma) === ',' ? this.cueBefore(cue) : null;
    if (!earlier?.speaker) return null;
    // With words of its own before the comma, the cue still trails or is inverted: "…, spokesman Miller told a
    // briefing, adding that …", "…, said Greg Poling of CSIS, adding that …".
    const closes = Math.max(earlier.range.end, earlier.speaker.end) === comma;
    return closes || this.commaBefore(earlier.speaker.first, this.doc.range(cue.sentence).first) || earlier.speaker.first > earlier.verb ? earlier.speaker : null;
  }

  /**
   * Who is to speak in an infinitive after a verb and its object, when that verb has its object do
   * it: "prompted Sanders to advocate …", "allowing users to tell …", "led Republicans to say …" (not
   * "gave a floor speech to defend himself", whose speaker is the subject).
   */
  controllerOf(cueFirst: number, floor: number): TokenRange | null {
    const doc = this.doc;
    if (!this.isInfinitiveTo(cueFirst - 1)) return null;
    const object = phraseEndingAt(doc, cueFirst - 2, floor);
    const verb = object ? object.first - 1 : -1;
    return object && verb > floor && doc.pos(verb) === 'VERB' && controlVerbs.has(doc.tokens[verb]!.lemma.toLowerCase()) ? object : null;
  }

  /** The latest cue read before `cue` in its sentence that has a speaker. */
  private cueBefore(cue: Cue): Cue | null {
    for (let k = this.cues.length - 1; k >= 0; k--) {
      const earlier = this.cues[k]!;
      if (earlier.sentence !== cue.sentence) break;
      if (earlier.verb < cue.verb && earlier.speaker) return earlier;
    }
    return null;
  }

  /**
   * The subject of the sentence's first verb, for a cue without its own: a participle (", saying that …")
   * or a second verb ("praised the plan and said …").
   */
  clauseSubject(cue: TokenRange, verb: number, floor: number, entry?: CueEntry): TokenRange | null {
    const doc = this.doc;
    const before = cue.first - 1;
    // ", saying …"; for cues taking no listener also "responded by saying …", "while insisting that …"
    // (not "by ordering the killing of …", whose object is no listener).
    const plain = entry !== undefined && !entry.listener && !entry.cognition;
    const gerund = doc.key(verb).endsWith('ing');
    // Past adverbs: "after initially saying …".
    let lead = before;
    while (gerund && lead > floor && doc.pos(lead) === 'ADV') lead--;
    // A comma may close a quote before it: "talked up her “50-state strategy,” promising …".
    const participle = gerund && (['—', '–'].includes(doc.key(lead)) || this.commaBefore(lead + 1, floor) || (plain && ['ADP', 'SCONJ'].includes(doc.pos(lead))));
    // An infinitive of purpose: "appeared on Fox to defend her".
    const purpose = this.isInfinitiveTo(before);
    // A finite verb coordinated after a comma and an adverb: "offered him a job, then says …".
    const coordinated = doc.pos(before) === 'CCONJ' || (doc.key(before) === ',' && cue.first < verb && doc.pos(cue.first) === 'ADV');
    // A gerund completing the verb right before it is that verb's subject's: "they could not resist pointing out …".
    const governing = this.governingVerbStart(verb, floor);
    if (governing !== null) return subjectBefore(doc, governing, floor);
    // A finite verb in a series of predicates closed by a conjunction: "he suggested …, called her “third-rate” and boycotted …".
    // After a relative pronoun the series may be its clause's: "a network that has trafficked in …, posted …".
    const series = !coordinated && cue.first === verb && this.commaBefore(cue.first, floor) && this.inSeries(verb) && !this.relativeBetween(floor, verb);
    if (before <= floor || !(participle || purpose || coordinated || series)) return null;
    // Inside a relative clause its pronoun is the subject: "Weaver, who came out and endorsed Clinton".
    const relative = this.relativeSubject(before, floor);
    if (relative) return relative;
    // A cue joined to its clause with no comma is that clause's: "a day after he drew criticism for promoting …",
    // "as he did by announcing …", "he looked up, frowned and said …"; an infinitive after a noun may complement
    // it ("was given a chance to clarify") and one after a comma may follow a relative clause ("summoned the aides
    // who run it, to tell them …"), so the sentence's subject stays their speaker.
    const complement = purpose && (doc.pos(before - 1) === 'NOUN' || doc.key(before - 1) === ',');
    // A series' subject is its first predicate's, not that of a clause inside one ("suggested her tone was …, called her …").
    const nearest = (participle && doc.key(lead) === ',') || complement || series ? null : this.nearestSubject(lead, floor);
    if (nearest) return nearest;
    // The first verb with a subject: an opening participle has none ("Speaking in Salem, Trump went after Bush, calling him …").
    // A relative clause the cue lies outside of is passed over when a verb with a subject follows it: "Ito, who lost the
    // seat, said … and demanded …".
    let passed: TokenRange | null = null;
    // A subordinate clause opening the sentence holds no main subject: "While Dlamini praised the budget, Mokoena attacked the
    // plan and said …", "When Ruto took him on, he did it sideways, acknowledging …".
    let start = floor;
    if (doc.pos(floor) === 'SCONJ' || participleSubordinators.has(doc.key(floor))) while (start < lead && doc.key(start) !== ',') start++;
    // A clause with a subject of its own after ", and" or ", but": "…, but then he went and championed …".
    for (let link = lead - 1; link > start + 1; link--) {
      if (doc.pos(link) !== 'CCONJ' || doc.key(link - 1) !== ',') continue;
      let opening = link + 1;
      while (doc.pos(opening) === 'ADV') opening++;
      const own = phraseStartingAt(doc, opening, lead);
      let predicate = own?.end ?? lead;
      while (doc.pos(predicate) === 'ADV') predicate++;
      if (own && predicate < lead && PREDICATE.has(doc.pos(predicate))) start = opening;
      break;
    }
    for (let verb = start < lead ? start : floor; verb < lead; verb++) {
      if (!PREDICATE.has(doc.pos(verb)) || this.isQuoted(doc.tokens[verb]!.start)) continue;
      const first = auxiliariesBefore(doc, verb, floor);
      const subject = subjectBefore(doc, first, floor);
      if (!passed && subject && this.opensRelativeAside(subject.first, floor)) {
        passed = subject;
        while (verb + 1 < lead && doc.pos(verb + 1) !== 'PUNCT') verb++;
        continue;
      }
      if (subject || first > floor) return subject ?? passed;
      while (verb + 1 < lead && PREDICATE.has(doc.pos(verb + 1))) verb++;
    }
    if (passed) return passed;
    // No verb yet: the subject before the comma the adjunct opens after ("Ms. Reyes, after initially saying …, agreed").
    return participle && doc.key(lead - 1) === ',' ? subjectBefore(doc, lead, floor) : null;
  }

  /**
   * Where the verb and auxiliaries a gerund cue completes start ("could not resist pointing out"), or null; not a cue
   * verb's, whose content the gerund is ("acknowledged urging …"), nor a verb of aspect the cue already starts from.
   */
  governingVerbStart(verb: number, floor: number): number | null {
    const doc = this.doc;
    const governor = verb - 1;
    if (!this.isGerund(verb) || governor <= floor || doc.pos(governor) !== 'VERB' || this.isGerund(governor)) return null;
    const lemma = doc.tokens[governor]!.lemma.toLowerCase();
    return cueVerbs.has(lemma) || aspectVerbs.has(lemma) || avoidingVerbs.has(lemma) ? null : auxiliariesBefore(doc, governor, floor);
  }

  /**
   * An inflected verb (not a participle in "-ing", nor a base form) followed in its sentence by a conjunction and another
   * verb, with no comma before them: the middle of a series of predicates ("…, denounced her record and said …").
   */
  private inSeries(verb: number): boolean {
    const doc = this.doc;
    const key = doc.key(verb);
    if (doc.pos(verb) !== 'VERB' || key.endsWith('ing') || key === doc.tokens[verb]!.lemma.toLowerCase() || doc.key(verb + 1) === 'by') return false;
    const { end } = doc.range(doc.tokens[verb]!.sentence);
    for (let i = verb + 1; i < end - 1; i++) {
      if (doc.key(i) === ',' || doc.key(i) === ';') return false;
      let next = i + 1;
      while (doc.pos(next) === 'ADV') next++;
      if (doc.pos(i) === 'CCONJ' && doc.pos(next) === 'VERB' && !doc.key(next).endsWith('ing')) return true;
    }
    return false;
  }

  /** Whether a relative pronoun stands between `from` and `to`: "that" or "who" opening a clause. */
  private relativeBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (isRelativePronoun(this.doc, i) || (this.doc.key(i) === 'that' && this.doc.pos(i) === 'PRON')) return true;
    return false;
  }

  /**
   * The subject of the nearest predicate before `lead`, unless it opens a relative aside ("Ito, who lost the seat,
   * said … and demanded …"), lies in what an earlier cue reported ("Ito said Kato lied and demanded …") or may
   * stand for no one ("it is fair for Ito to say …").
   */
  nearestSubject(lead: number, floor: number): TokenRange | null {
    const doc = this.doc;
    for (let verb = lead; verb > floor; verb--) {
      if (!PREDICATE.has(doc.pos(verb)) || this.isQuoted(doc.tokens[verb]!.start)) continue;
      const first = auxiliariesBefore(doc, verb, floor);
      // A gerund or infinitive has no subject of its own: the phrase before it is its object ("spending no money").
      const subject = doc.key(verb).endsWith('ing') || this.isInfinitiveTo(first - 1) ? null : subjectBefore(doc, first, floor);
      if (!subject) continue;
      const start = doc.tokens[subject.first]!.start;
      const expletive = subject.end - subject.first === 1 && expletives.has(doc.key(subject.first));
      return expletive || this.opensRelativeAside(subject.first, floor) || this.claims.some((c) => c.start <= start && start < c.end) ? null : subject;
    }
    return null;
  }

  /** A relative pronoun after a comma or dash, opening an aside on the phrase before it: "Weaver, who …". */
  private opensRelativeAside(i: number, floor: number): boolean {
    return i > floor && isRelativePronoun(this.doc, i) && this.doc.pos(i - 1) === 'PUNCT';
  }

  /**
   * The relative pronoun subject of the aside holding token `last`, when no punctuation or clause marker
   * comes between: "Weaver, who came out and endorsed …", not "Trump, who lost, said … and claimed …" nor
   * "who said that Cruz lied and …".
   */
  private relativeSubject(last: number, floor: number): TokenRange | null {
    const doc = this.doc;
    for (let i = last; i > floor; i--) {
      if (doc.pos(i) === 'PUNCT' || clauseMarkers.has(doc.key(i))) return null;
      if (!this.opensRelativeAside(i, floor)) continue;
      // A phrase of its own after the pronoun is the clause's subject: "which officials say".
      let next = i + 1;
      while (doc.isDate(next) || doc.pos(next) === 'ADV') next++;
      return isNominal(doc, next) || doc.pos(next) === 'PRON' ? null : { first: i, end: i + 1 };
    }
    return null;
  }

  /**
   * Quotes no cue claimed: a direct quote resumed after its cue keeps that speaker when no other cue
   * comes between ("…,” said Vaez. “He appears …”); a partial quote right after a cue takes its speaker.
   */
  private settleQuotes(): void {
    const doc = this.doc;
    let previous = null as Claim | null;
    let previousEnd = 0;
    for (const candidate of this.candidates) {
      const { span } = candidate;
      if (!candidate.claim) {
        const cueBetween = this.cues.some((c) => c.speaker && previousEnd <= doc.tokens[c.verb]!.start && doc.tokens[c.verb]!.start < span.open);
        // Same paragraph, or a paragraph that opens with the quote right after the speaker's last one.
        const lastParagraph = previous ? doc.sentences[doc.sentenceAt(previousEnd - 1)]!.paragraph : -2;
        const opensParagraph = doc.paragraphs[span.firstParagraph]?.start === span.open;
        const near: boolean = lastParagraph === span.firstParagraph || (lastParagraph === span.firstParagraph - 1 && opensParagraph);
        const inherited: Claim | null = candidate.direct && previous && near && !cueBetween ? previous : null;
        const cue = candidate.direct ? null : this.cueRightBefore(span);
        candidate.claim = {
          kind: candidate.direct ? 'direct' : 'partial',
          start: span.start,
          end: span.end,
          sentence: doc.sentenceAt(span.start),
          cue,
          cueSpan: cue ? this.cueSpan(cue) : null,
          speaker: inherited?.speaker ?? cue?.speaker ?? null,
          speakerName: null,
          listener: null,
          continues: inherited,
        };
      }
      this.claims.push(candidate.claim);
      if (candidate.claim.kind === 'direct' && candidate.claim.speaker) {
        previous = candidate.claim;
        const cueEnd = candidate.claim.cue ? doc.end(candidate.claim.cue.range) : 0;
        previousEnd = Math.max(span.close ?? span.end, cueEnd);
      }
    }
  }

  private cueRightBefore(span: QuotedSpan): Cue | null {
    const doc = this.doc;
    const open = doc.tokenAt(span.open);
    const cue = this.cues.find((c) => c.speaker && c.range.end <= open && open - c.range.end <= PARTIAL_CUE_DISTANCE && doc.tokens[c.verb]!.sentence === doc.tokens[open]?.sentence);
    // A title quoted inside the speaker's own phrase is not their words ("according to the “Medicare for all” plan").
    // A signature belongs to the quote before it ("“…” ― Ana Ruiz “…”").
    if (!cue || cue.entry.giving || signatureDashes.has(doc.key(cue.verb)) || (cue.speaker && doc.start(cue.speaker) <= span.open && span.end <= doc.end(cue.speaker))) return null;
    for (let i = cue.range.end; i < open; i++) if (doc.pos(i) === 'VERB' || clauseMarkers.has(doc.key(i))) return null;
    return cue;
  }

  private blockClaim(block: BlockQuoteMark): Claim {
    const doc = this.doc;
    let first = doc.tokenAt(block.leadIn.start);
    let end = first;
    while (end < doc.tokens.length && doc.tokens[end]!.end <= block.leadIn.end) end++;
    while (end > first && doc.pos(end - 1) === 'PUNCT') end--;
    while (first < end && doc.pos(first) === 'PUNCT') first++;
    return {
      kind: 'block',
      start: block.start,
      end: block.end,
      sentence: doc.sentenceAt(block.start),
      cue: null,
      cueSpan: block.leadIn,
      speaker: end > first ? { first, end } : null,
      speakerName: block.source,
      listener: null,
      continues: null,
    };
  }
}
