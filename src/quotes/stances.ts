// Stances: positions, beliefs and intentions attributed to a holder ("X wants …", "X opposes …"),
// read from the stance cues in data/quotes/stances.json. Nothing is said to have been said, so they
// are kept apart from quotes.
import type { Span } from '../types.ts';
import type { ClaimFinder } from './attribute.ts';
import type { Doc, TokenRange } from './doc.ts';
import { clauseMarkers, type CueEntry, cueVerbs, fractions, holderPrepositions, madeNouns, makingVerbs, negations, participleHolders, perspectiveNouns, perspectivePrepositions, receivedNouns, receivingVerbs, references, stanceNouns, stanceOtherSenses, stancePhrases, stanceVerbs, unownedNouns, vagueQuantities } from './lexicon.ts';
import { longestAt, matchAt, startingAt } from './pattern.ts';
import { auxiliariesBefore, beforeDate, DASHES, headOf, isInnerHyphen, isNominal, mistaggedParticiple, phraseEndingAt, phraseStartingAt, POSSESSIVE, PREDICATE, pronounOf, subjectBefore } from './phrases.ts';

/** What a participle describing a holder may follow: "those supporting …", "voters over 45 favoring …". */
const PARTICIPLE_AFTER = new Set(['DET', 'NOUN', 'PROPN', 'NUM']);
/** What may close a holder's aside: "Such efforts, they believe, will fail", "…, allies believe — …". */
const PARENTHESIS_CLOSERS = new Set([',', '—', '–', ';']);
/** A verb's particle: "picked up the endorsement of". */
const PARTICLES = new Set(['ADP', 'PART']);
/** What may stand between a receiving or making verb and its noun: "drew sharp criticism", "won the full support of", "enjoys 48% majority support". */
const OBJECT_MODIFIERS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'NOUN', 'SYM']);
/** Past this many words the noun is no longer the verb's object. */
const MAX_MODIFIERS = 5;
/** What may open a clause before a perspective: "But in their view, …", "…, and in his view …". */
const CLAUSE_OPENERS = new Set(['CCONJ', 'SCONJ', 'ADV']);

export interface StanceHit {
  cue: TokenRange;
  /** Null for a noun that needs no possessor ("claims that …"): what it bears on is attributed to no one in particular. */
  holder: TokenRange | null;
  content: Span;
  sentence: number;
}

/** The stance cue starting at token `i`: a phrase ("is determined to") or a verb, with its end. */
function cueAt(doc: Doc, i: number, end: number): { entry: CueEntry; end: number } | null {
  for (const phrase of startingAt(stancePhrases, (p) => p.pattern, doc.tokens[i]!)) {
    const matched = matchAt(phrase.pattern, doc.tokens, i, end, (t) => doc.isDate(t));
    if (matched > 0) return { entry: phrase, end: matched };
  }
  const entry = doc.pos(i) === 'VERB' ? stanceVerbs.get(doc.tokens[i]!.lemma.toLowerCase()) : (participleAt(doc, i) ?? undefined);
  return entry ? { entry, end: i + 1 } : null;
}

/** A stance participle the tagger took for an adjective or noun, before its object: "those supporting deportation". */
function participleAt(doc: Doc, i: number): CueEntry | null {
  if (!PARTICIPLE_AFTER.has(doc.pos(i - 1)) || !(isNominal(doc, i + 1) || doc.pos(i + 1) === 'PRON')) return null;
  const entry = mistaggedParticiple(doc, i, stanceVerbs);
  return entry?.object ? entry : null;
}

/**
 * What a stance cue is about: a clause ("believes that …", "fears Iran will …"), an infinitive
 * ("plans to …", "wants voters to …"), or, for cues taking an object, a noun phrase or gerund
 * ("supports the deal", "favor negotiating"). A cue closing its sentence ("…, he believes.") is
 * about what precedes it.
 */
function contentOf(doc: Doc, finder: ClaimFinder, found: { cue: TokenRange; entry: CueEntry; holder: TokenRange; sentence: number }, claimed: (token: number) => boolean): Span | null {
  const { cue, entry, holder, sentence } = found;
  const floor = doc.range(sentence).first;
  // "If Cruz looks to build on his momentum, Rubio …": a holder in an opening subordinate clause holds no more than it.
  const sentenceEnd = finder.wordsEnd(sentence);
  const subordinate = finder.subordinateEnd(floor, floor + 1, sentenceEnd);
  const wordsEnd = contentEnd(doc, finder, cue.end, subordinate > cue.end ? subordinate : sentenceEnd, claimed);
  const next = finder.skipAdjuncts(cue.end, wordsEnd);
  // A relative pronoun may stand for a clause too: "that's what the campaign now hopes" (not "that she thought of …").
  const relativeObject = entry.object || doc.pos(cue.end) !== 'ADP' ? finder.relativeObject(holder, cue.end, wordsEnd, floor) : null;
  if (relativeObject) return relativeObject;
  if (next >= wordsEnd) return finder.commaBefore(holder.first, floor) ? finder.content(floor, holder.first - 1) : null;
  // A parenthetical holder is about the whole sentence ("Such efforts, they believe, will fail"); one
  // before a dash about what precedes it ("…, his allies believe — and …").
  const after = doc.key(cue.end);
  if (finder.commaBefore(holder.first, floor) && PARENTHESIS_CLOSERS.has(after)) return after === ',' ? finder.content(floor, wordsEnd) : finder.content(floor, holder.first - 1);
  // After a preposition ("is worried about", "is opposed to") only a marked clause opens: "the economy; most said …" is its object.
  const clause = clauseMarkers.has(doc.key(next)) || (doc.pos(cue.end - 1) !== 'ADP' && finder.startsClause(next, wordsEnd));
  // "plans to", "wants voters to": what the holder means to do or have done.
  // A cue ending in "to" with no object reads only a verb after it: "looks to Beijing for relief" is no plan.
  // "decided not to run": the intention may be negated.
  let to = next;
  while (negations.has(doc.key(to))) to++;
  const infinitive = doc.key(to) === 'to' || (doc.key(cue.end - 1) === 'to' && (entry.object || PREDICATE.has(doc.pos(next))));
  const object = entry.object && (isNominal(doc, next) || doc.pos(next) === 'PRON' || doc.pos(next) === 'VERB');
  if (!clause && !infinitive && !object) return null;
  // In a relative clause an object is its noun phrase alone: "workers who support the strike gathered …".
  // So is the object of a participle after its holder: "a super PAC supporting her candidacy may start …".
  const relative = pronounOf(doc, holder) === 'antecedent' || (doc.key(cue.first).endsWith('ing') && cue.end === cue.first + 1 && holder.end === cue.first);
  const phrase = object && (relative || !(clause || infinitive)) ? phraseStartingAt(doc, next, wordsEnd) : null;
  return phrase ? { start: doc.start(phrase), end: doc.end(phrase) } : finder.content(next, wordsEnd, clause);
}

/**
 * Where a stance's content ends: at a participle clause, which is the holder's own ("favor
 * negotiating, arguing that …"), or at the comma or dash before a later quote cue ("…, he said", "… — with
 * half saying …").
 */
function contentEnd(doc: Doc, finder: ClaimFinder, from: number, end: number, claimed: (token: number) => boolean): number {
  let comma = -1;
  for (let j = from; j < end; j++) {
    // "support a wall; most Democrats oppose it": the clause after a semicolon is no part of what the holder holds.
    if (doc.key(j) === ';') return j;
    if (doc.key(j) === ',' || (DASHES.has(doc.key(j)) && !isInnerHyphen(doc, j))) {
      // "…, but most believe he will lose": a coordinated clause is not what the holder holds.
      if ((doc.pos(j + 1) === 'VERB' && doc.key(j + 1).endsWith('ing')) || (doc.pos(j + 1) === 'CCONJ' && finder.startsClause(j + 2, end))) return j;
      comma = j;
    }
    // A cue inside the content with no comma before it is reported by the holder ("believes the FBI understood …"): go on.
    if (claimed(j) && comma >= 0) return comma;
  }
  return end;
}

/** The possessor just before a noun, past adjectives: "his" in "his fierce criticism", "Trump" in "Trump's support". */
function possessorBefore(doc: Doc, noun: number, floor: number): TokenRange | null {
  let i = noun - 1;
  while (i > floor && (doc.pos(i) === 'ADJ' || doc.pos(i) === 'ADV')) i--;
  if (i < floor) return null;
  if (doc.pos(i) === 'PRON') return references.has(doc.key(i)) ? { first: i, end: i + 1 } : null;
  if (!POSSESSIVE.has(doc.key(i)) || i === floor) return null;
  return phraseEndingAt(doc, i - 1, floor);
}

/**
 * The owner in a possessor's phrase: past a preposition whose phrase before it can hold no view, the
 * phrase after it ("the GOP" in "a metaphor for the GOP's abandonment of …"), not "a spokesman for the
 * ministry".
 */
function ownerIn(doc: Doc, finder: ClaimFinder, phrase: TokenRange | null): TokenRange | null {
  if (!phrase) return null;
  for (let p = phrase.end - 2; p > phrase.first; p--) {
    if (doc.pos(p) === 'ADP' && !mayHold(doc, finder, { first: phrase.first, end: p })) return { first: p + 1, end: phrase.end };
  }
  return phrase;
}

/**
 * A noun stance ("his support for Clinton", "Trump's call to ban …", "her belief that …"): the noun
 * with the word that introduces what it bears on, the possessor as holder; some nouns need none
 * ("allegations that …", "questions about …").
 */
function nounStanceAt(doc: Doc, finder: ClaimFinder, i: number, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange | null; content: Span } | null {
  const lemma = doc.tokens[i]!.lemma.toLowerCase();
  const introducers = doc.pos(i) === 'NOUN' ? stanceNouns.get(lemma) : undefined;
  // A date may stand between the noun and what introduces its content: "his claim in November that …".
  let next = i + 1;
  while (introducers && next < wordsEnd && doc.isDate(next) && !introducers.has(doc.key(next))) next++;
  // "his decision not to …": a negation before the word joins the cue.
  if (negations.has(doc.key(next)) && introducers?.has(doc.key(next + 1))) next++;
  if (!introducers?.has(doc.key(next))) return null;
  const holder = ownerIn(doc, finder, possessorBefore(doc, i, floor));
  if (holder ? pronounOf(doc, holder) === 'author' : !unownedNouns.has(lemma)) return null;
  const content = bearing(doc, finder, i, next, floor, wordsEnd);
  return content ? { cue: { first: i, end: clauseMarkers.has(doc.key(next)) ? next : next + 1 }, holder, content } : null;
}

/**
 * A noun stance owned by a pronoun that is a verb's object, held by the verb's subject, the verb joining the
 * cue: "Trump continues his adulation of …", "stepped up his attacks on …", "is doubling down on his attacks on".
 */
function heldBySubject(doc: Doc, finder: ClaimFinder, noun: { cue: TokenRange; holder: TokenRange | null; content: Span }, floor: number, claimed: (token: number) => boolean): { cue: TokenRange; holder: TokenRange; content: Span } | null {
  const owner = noun.holder;
  if (!owner || owner.end !== owner.first + 1 || doc.pos(owner.first) !== 'PRON') return null;
  // Past a particle or two: "stepped up", "doubling down on".
  let verb = owner.first - 1;
  while (verb > owner.first - 3 && PARTICLES.has(doc.pos(verb))) verb--;
  if (verb < floor || doc.pos(verb) !== 'VERB') return null;
  // A cue or stance verb takes the noun as its own object ("defended his decision to …", "hope her attacks on …"),
  // unless it reports only a quote beside it ("continues his adulation of …").
  const lemma = doc.tokens[verb]!.lemma.toLowerCase();
  const quoteOnly = cueVerbs.get(lemma)?.quoteOnly === true;
  const reports = [cueVerbs.get(lemma), stanceVerbs.get(lemma)].some((entry) => entry && !entry.quoteOnly && !entry.noun);
  if (reports || (claimed(verb) && !quoteOnly)) return null;
  // A passive's subject owns nothing it undergoes: "were surprised by his insistence that …".
  if (doc.key(verb - 1) !== 'to' && finder.isPassiveOrInfinitive(verb, floor)) return null;
  const first = auxiliariesBefore(doc, verb, floor);
  const cue = { first, end: noun.cue.end };
  // In an infinitive after a verb that has its object act, that object: "prompted Obama to abandon his reluctance to …".
  const holder = subjectBefore(doc, first, floor) ?? finder.controllerOf(first, floor) ?? finder.clauseSubject(cue, verb, floor);
  return holder && finder.canHold(holder) ? { cue, holder, content: noun.content } : null;
}

/**
 * A noun stance whose holder follows it, before what it bears on: "complaints from his counterpart that
 * …", "the decision by the board to …", "claims by intelligence agencies that …".
 */
function holderAfterAt(doc: Doc, finder: ClaimFinder, i: number, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange; content: Span } | null {
  const introducers = doc.pos(i) === 'NOUN' ? stanceNouns.get(doc.tokens[i]!.lemma.toLowerCase()) : undefined;
  if (!introducers || !holderPrepositions.has(doc.key(i + 1)) || possessorBefore(doc, i, floor)) return null;
  let next = i + 3;
  while (next < wordsEnd && !introducers.has(doc.key(next))) next++;
  const holder = phraseStartingAt(doc, i + 2, next);
  if (!holder || holder.end !== next || !mayHold(doc, finder, holder)) return null;
  const content = bearing(doc, finder, i, next, floor, wordsEnd);
  return content ? { cue: { first: i, end: i + 2 }, holder, content } : null;
}

/** What the noun at `noun` bears on, introduced by the word at `next`: "criticism of the plan", "fear that …", "decision to …". */
function bearing(doc: Doc, finder: ClaimFinder, noun: number, next: number, floor: number, wordsEnd: number): Span | null {
  const clause = clauseMarkers.has(doc.key(next));
  // A possessive before a gerund is no object of its own: "criticism for his handling of the floods".
  const cut = (range: TokenRange | null) => (range && range.end === range.first + 1 && doc.pos(range.first) === 'PRON' && doc.pos(range.end) === 'VERB' && doc.key(range.end).endsWith('ing') ? null : range);
  const phrase = clause ? null : cut(phraseStartingAt(doc, next + 1, wordsEnd));
  // In the subject, what the noun introduces ends before the sentence's own predicate: "her passion for rail travel shaped the bill".
  const end = contentEnd(doc, finder, next, !clause && !finder.holdsPredicate(floor, noun) ? predicateStart(doc, next + 2, wordsEnd) : wordsEnd, () => false);
  return phrase ? { start: doc.start(phrase), end: doc.end(phrase) } : finder.content(clause ? next : next + 1, end, clause);
}

/**
 * A stance drawn from a holder named after it, as the object of a receiving verb: "the plan drew sharp
 * criticism from Berlin", "Cruz won the endorsement of the mayor". It bears on the verb's subject, or on
 * what the noun introduces after the holder ("faced criticism from rivals that …").
 */
function receivedStanceAt(doc: Doc, finder: ClaimFinder, verb: number, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange | null; content: Span } | null {
  if (!PREDICATE.has(doc.pos(verb)) || !receivingVerbs.has(doc.tokens[verb]!.lemma.toLowerCase())) return null;
  const lemma = (i: number) => doc.tokens[i]!.lemma.toLowerCase();
  const heldBy = (i: number) => receivedNouns.get(lemma(i))?.has(doc.key(i + 1)) === true;
  // A noun that needs no holder is drawn from no one in particular when none follows ("has drawn criticism on both sides").
  const noun = objectNoun(doc, verb, wordsEnd, (i) => heldBy(i) || (receivedNouns.has(lemma(i)) && unownedNouns.has(lemma(i))));
  if (noun === null) return null;
  // The holder's phrase stops at a date ("won the endorsement of the mayor last month"); of coordinated
  // phrases, only those that can hold a view ("raised concerns among experts and criticism that …").
  let dated = noun + 2;
  while (dated < wordsEnd && !doc.isDate(dated)) dated++;
  const phrase = heldBy(noun) ? phraseStartingAt(doc, noun + 2, dated) : null;
  const holder = [finder.coordinatedAfter(phrase, dated), phrase].find((p): p is TokenRange => p !== null && mayHold(doc, finder, p)) ?? null;
  const after = holder ? holder.end : noun + 1;
  const introduces = stanceNouns.get(lemma(noun))?.has(doc.key(after));
  // With no holder, a noun introducing what it bears on is read as a noun alone ("faced criticism for …").
  if (!holder && (introduces || !unownedNouns.has(lemma(noun)))) return null;
  const cue = { first: auxiliariesBefore(doc, verb, floor), end: noun + 1 };
  const subject = subjectBefore(doc, cue.first, floor) ?? finder.clauseSubject(cue, verb, floor);
  const content = (introduces ? bearing(doc, finder, noun, after, floor, wordsEnd) : null) ?? (subject && { start: doc.start(subject), end: doc.end(subject) });
  return content ? { cue, holder, content } : null;
}

/**
 * The noun the verb at `verb` takes as object that `fits`, past a particle and the noun's modifiers: "picked
 * up the endorsement of", "faced scorched-earth opposition from", "ratcheted up his attacks on", "launched
 * a new round of attacks on".
 */
function objectNoun(doc: Doc, verb: number, wordsEnd: number, fits: (noun: number) => boolean): number | null {
  let noun = PARTICLES.has(doc.pos(verb + 1)) ? verb + 2 : verb + 1;
  const limit = Math.min(wordsEnd, noun + MAX_MODIFIERS);
  const modifier = (i: number) => OBJECT_MODIFIERS.has(doc.pos(i)) || doc.key(i) === '-' || (doc.pos(i) === 'PRON' && references.has(doc.key(i))) || (doc.key(i) === 'of' && doc.pos(i - 1) === 'NOUN');
  while (noun < limit && !(doc.pos(noun) === 'NOUN' && fits(noun)) && modifier(noun)) noun++;
  return doc.pos(noun) === 'NOUN' && fits(noun) ? noun : null;
}

/**
 * A stance held by whoever makes it, as a making verb's object: "Christie unleashed withering attacks
 * against Rubio", "she threw her support behind Cruz", "made the decision to …".
 */
function madeStanceAt(doc: Doc, finder: ClaimFinder, verb: number, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange; content: Span } | null {
  if (!PREDICATE.has(doc.pos(verb)) || !makingVerbs.has(doc.tokens[verb]!.lemma.toLowerCase()) || finder.isPassiveOrInfinitive(verb, floor)) return null;
  const made = (i: number) => madeNouns.get(doc.tokens[i]!.lemma.toLowerCase())?.has(doc.key(i + 1)) === true;
  const noun = objectNoun(doc, verb, wordsEnd, made);
  if (noun === null) return null;
  const next = noun + 1;
  const cue = { first: auxiliariesBefore(doc, verb, floor), end: clauseMarkers.has(doc.key(next)) ? next : next + 1 };
  const holder = subjectBefore(doc, cue.first, floor) ?? finder.clauseSubject(cue, verb, floor);
  // "The army launched attacks on the town": an armed doer, or a place or target, makes it a physical act.
  if (!holder || pronounOf(doc, holder) === 'author' || finder.isPhysicalAct(holder, next + 1, wordsEnd)) return null;
  const content = bearing(doc, finder, noun, next, floor, wordsEnd);
  return content ? { cue, holder, content } : null;
}

/**
 * A view the clause beside it is held from: "In their view, Democrats could win", "…, in Bolton's view.",
 * "in the view of many diplomats, …", "which in his view has gained strength".
 */
function perspectiveAt(doc: Doc, finder: ClaimFinder, noun: number, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange; content: Span } | null {
  if (doc.pos(noun) !== 'NOUN' || !perspectiveNouns.has(doc.tokens[noun]!.lemma.toLowerCase())) return null;
  const owner = possessorBefore(doc, noun, floor);
  const of = owner === null && doc.key(noun - 1) === 'the' && doc.key(noun + 1) === 'of' ? phraseStartingAt(doc, noun + 2, wordsEnd) : null;
  const holder = owner ?? (of && mayHold(doc, finder, of) ? of : null);
  const first = owner ? owner.first - 1 : noun - 2;
  if (!holder || !perspectivePrepositions.has(doc.key(first)) || pronounOf(doc, holder) === 'author') return null;
  const end = of ? holder.end : noun + 1;
  const opens = first === floor || CLAUSE_OPENERS.has(doc.pos(first - 1));
  // Opening its clause it is about what follows the comma; closing the sentence, about what precedes it;
  // inside a clause, about the predicate after it.
  const content =
    opens && doc.key(end) === ',' ? finder.content(end + 1, wordsEnd) : doc.key(first - 1) === ',' && end === wordsEnd ? finder.content(floor, first - 1) : PREDICATE.has(doc.pos(end)) ? finder.content(end, wordsEnd) : null;
  return content ? { cue: { first: noun, end: noun + 1 }, holder, content } : null;
}

/**
 * A stance in the passive with its holder after "by": "the bill, opposed by House Republicans, …", "a plan
 * backed by the White House", "she is disliked by many voters". It bears on what the participle describes:
 * the subject of "be", else the phrase just before it (past a comma).
 */
function passiveStanceAt(doc: Doc, finder: ClaimFinder, verb: number, entry: CueEntry, floor: number, wordsEnd: number): { cue: TokenRange; holder: TokenRange; content: Span } | null {
  const by = entry.object && doc.pos(verb) === 'VERB' ? finder.agentAfter(verb, verb + 1, wordsEnd) : null;
  // The agent's phrase stops at a date: "backed by the governor on Tuesday".
  const agent = by && beforeDate(doc, by);
  if (!agent || !finder.canHold(agent)) return null;
  const cue = { first: auxiliariesBefore(doc, verb, floor), end: verb + 1 };
  const described = finder.isPassiveOrInfinitive(verb, floor) ? subjectBefore(doc, cue.first, floor) : phraseEndingAt(doc, doc.key(cue.first - 1) === ',' ? cue.first - 2 : cue.first - 1, floor);
  return described ? { cue, holder: agent, content: { start: doc.start(described), end: doc.end(described) } } : null;
}

/** Someone who can hold a view, many of them, or a share of them: "rivals", "41 percent of the voters", "two of the senators". */
function mayHold(doc: Doc, finder: ClaimFinder, phrase: TokenRange): boolean {
  const head = headOf(doc, phrase);
  const share = doc.pos(head) === 'NUM' || doc.pos(head - 1) === 'NUM' || fractions.has(doc.key(head)) || vagueQuantities.has(doc.key(head));
  return finder.canHold(phrase) || finder.isPlural(head) || (share && doc.key(head + 1) === 'of');
}

/**
 * Where what a noun in the subject introduces ends: before the sentence's own predicate, an auxiliary
 * or a finite verb ("her decision to close the border angered farmers"), unless a clause opens first.
 */
function predicateStart(doc: Doc, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    if (clauseMarkers.has(doc.key(j)) || references.get(doc.key(j)) === 'antecedent') return end;
    const finite = doc.pos(j) === 'VERB' && doc.key(j) !== doc.tokens[j]!.lemma.toLowerCase() && !doc.key(j).endsWith('ing');
    if (doc.pos(j) === 'AUX' || finite) return j;
  }
  return end;
}

/** Stances in text order; cues inside quotes, or already read as quote cues, are skipped. */
export function findStances(doc: Doc, finder: ClaimFinder, claimed: (token: number) => boolean): StanceHit[] {
  const hits: StanceHit[] = [];
  for (const sentence of doc.sentences) {
    const { first: floor, end } = doc.range(sentence.index);
    // A question asks about a stance rather than reporting one ("Will voters support him?").
    if (doc.key(end - 1) === '?' || doc.inNote(sentence.index)) continue;
    for (let i = floor; i < end; i++) {
      if (claimed(i) || finder.isQuoted(doc.tokens[i]!.start)) continue;
      // An idiom with a stance word holds nothing: "feel free to", "saw fit to".
      const idiom = longestAt(stanceOtherSenses, doc.tokens, i, end);
      if (idiom > 0) {
        i = idiom - 1;
        continue;
      }
      const wordsEnd = finder.wordsEnd(sentence.index);
      const received = receivedStanceAt(doc, finder, i, floor, wordsEnd) ?? madeStanceAt(doc, finder, i, floor, wordsEnd) ?? perspectiveAt(doc, finder, i, floor, wordsEnd) ?? holderAfterAt(doc, finder, i, floor, wordsEnd);
      if (received) {
        hits.push({ ...received, sentence: sentence.index });
        i = received.cue.end - 1;
        continue;
      }
      const noun = nounStanceAt(doc, finder, i, floor, wordsEnd);
      if (noun) {
        hits.push({ ...(heldBySubject(doc, finder, noun, floor, claimed) ?? noun), sentence: sentence.index });
        continue;
      }
      const found = cueAt(doc, i, end);
      const passive = found && passiveStanceAt(doc, finder, i, found.entry, floor, wordsEnd);
      if (passive) {
        hits.push({ ...passive, sentence: sentence.index });
        continue;
      }
      // A participle the tagger took for an adjective is no participle inside a noun phrase ("those supporting deportation").
      const participle = found !== null && doc.pos(i) !== 'VERB' && found.end === i + 1;
      if (!found || (!participle && finder.isPassiveOrInfinitive(i, floor))) continue;
      const cue = { first: auxiliariesBefore(doc, i, floor), end: found.end };
      // "is reportedly considering": the evidential before it already attributes the clause.
      if (claimed(cue.first)) continue;
      // "those supporting deportation": a demonstrative alone holds what its participle says.
      const demonstrative = participle && participleHolders.has(doc.key(i - 1)) ? { first: i - 1, end: i } : null;
      // An adjunct's holder is its clause's subject: "Sanders toured the state in hopes of …".
      const holder = found.entry.adjunct ? finder.nearestSubject(cue.first - 1, floor) : (demonstrative ?? subjectBefore(doc, cue.first, floor) ?? finder.clauseSubject(cue, i, floor));
      // A bare count is a tally, not a holder: "611 in favor, 748 opposed".
      if (!holder || pronounOf(doc, holder) === 'author' || (holder.end - holder.first === 1 && doc.pos(holder.first) === 'NUM')) continue;
      if (found.entry.holder && !finder.canHold(holder)) continue;
      // "a strategy some believe could work", "what scientists think is necessary": a relative clause's subject went before the holder.
      const gap = finder.relativeGap(holder, cue.end, finder.wordsEnd(sentence.index), floor);
      const content = gap ? gap.content : contentOf(doc, finder, { cue, entry: found.entry, holder, sentence: sentence.index }, claimed);
      if (!content) continue;
      hits.push({ cue, holder: gap?.speaker ?? holder, content, sentence: sentence.index });
      i = found.end - 1;
    }
  }
  return hits;
}
