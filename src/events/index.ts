// The event coder: who did what to whom, per sentence, in CAMEO with PLOVER, Goldstein and quad
// class, negation, modality, date and provenance; then PETRARCH's story-level rule (one event per
// dyad, code, polarity and modality per article, every mention listed).
import type { LanguageLayer, Token } from '../language/types.ts';
import type { Actor, ArticleMeta, CodedEvent, DateMention, EventArgument, Modality, PlaceMention, Quote, Span } from '../types.ts';
import { getCode } from './codebook.ts';
import { CueIndex, type CueHit } from './cues.ts';
import { loadEventCues, loadEventLexicon } from './lexicon.ts';
import type { EventCues, EventLexicon, HeadEntries, LexiconEntry, SupportVerb } from './lexicon-types.ts';
import { type ActorRef, inAgentClass, type LexicalHeads, loadSyntaxWords, SentenceView, type SyntaxWords } from './syntax.ts';

/** An event as one sentence reports it, before the story-level rule gathers its mentions. */
type SentenceEvent = Omit<CodedEvent, 'mentions'>;

export interface CodeEventsInput {
  article: ArticleMeta;
  language: LanguageLayer;
  actors: readonly Actor[];
  quotes?: readonly Quote[];
  /** Where the sentences are set ("arrived in Amman"): a target when no actor is one. */
  places?: readonly PlaceMention[];
}

interface Knowledge {
  lexicon: EventLexicon;
  cues: EventCues;
  cueIndex: CueIndex;
  words: SyntaxWords;
  /** Last word of each support verb → the verb (whether its subject is the agent or the patient, whether it also names). */
  support: Map<string, SupportVerb>;
  heads: LexicalHeads;
}

let knowledge: Knowledge | undefined;

function load(): Knowledge {
  if (knowledge) return knowledge;
  const cues = loadEventCues();
  const support = new Map<string, SupportVerb>();
  for (const verb of [...cues.supportVerbs, ...cues.causative]) {
    for (const w of verb.words.at(-1)!) support.set(w, verb);
  }
  const lexicon = loadEventLexicon();
  const words = loadSyntaxWords();
  for (const entry of lexicon.entries) {
    for (const name of Object.keys(entry.byAgent ?? {})) {
      if (!words.agentClasses.has(name)) throw new Error(`${entry.id} ("${entry.pattern}"): byAgent class "${name}" is not in syntax.json agentClasses`);
    }
  }
  knowledge = { lexicon, cues, cueIndex: new CueIndex(cues), words, support, heads: { verbs: lexicon.verbHeads, nouns: lexicon.nounHeads } };
  return knowledge;
}

/** A lexicon entry matched in a sentence (token indices are sentence-local). */
interface Match {
  entry: LexiconEntry;
  head: number;
  clause: number;
  used: number[];
  /** Where the target noun phrase starts, when the pattern places it. */
  targetAt: number | null;
  /** Clause whose subject is the target ("accusation that $T …"). */
  targetClause: number | null;
  passive: boolean;
  /** "would not have Trump killed": the noun phrase between the causative and the verb is the target. */
  causee: number | null;
  gaps: number;
}

const VERB_POS = new Set(['VERB', 'AUX']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
const MAX_GAP = 4;

/** A past participle: inflected, not a gerund ("was killed", not "been trying"). */
function participle(view: SentenceView, i: number): boolean {
  const norm = view.tokens[i]!.norm;
  return norm !== view.lemma[i] && !norm.endsWith('ing');
}

function kindFits(view: SentenceView, i: number, entry: LexiconEntry): boolean {
  const pos = view.pos[i]!;
  const norm = view.tokens[i]!.norm;
  const inflected = norm.endsWith('ed') || norm.endsWith('ing') || norm.endsWith('en');
  // "Iranian-backed militias", "the detained diplomat", "their disputed border": a participle inside a noun phrase is no clause verb.
  // So is one after a number or right after another verb: "released two detained Americans", "freed jailed journalist X".
  const opener = view.isPunct(i - 1, '-') || view.pos[i - 1] === 'DET' || view.isPossessive(i - 1) || view.isPossessivePronoun(i - 1) || ((view.pos[i - 1] === 'NUM' || view.pos[i - 1] === 'VERB') && participle(view, i));
  const inPhrase = i > 0 && opener && (NOUN_POS.has(view.pos[i + 1] ?? '') || view.pos[i + 1] === 'ADJ');
  if ((inPhrase && pos === 'VERB') || view.labelsNoun(i)) return entry.kind === 'adj';
  // "hand over alleged bombers", "an optimistic forecast": an adjective before its noun modifies it and reports nothing.
  const attributive = pos === 'ADJ' && NOUN_POS.has(view.pos[i + 1] ?? '');
  if (entry.kind === 'verb') return VERB_POS.has(pos) || (pos === 'ADJ' && inflected && !attributive);
  if (entry.kind === 'noun') return NOUN_POS.has(pos) || (pos === 'VERB' && norm.endsWith('ing') && i > 0 && ['DET', 'ADJ', 'PART'].includes(view.pos[i - 1]!));
  return (pos === 'ADJ' && !attributive) || (pos === 'VERB' && inflected);
}

/** Finds slot words after `from` (exclusive) within a small gap that crosses no preposition or comma; quantities are free ("about 70 million dollars of aid"). */
function findForward(view: SentenceView, slot: readonly string[], from: number, end: number): number {
  let budget = MAX_GAP;
  for (let j = from + 1; j < end && budget > 0; j++) {
    if (slot.includes(view.lemma[j]!)) return j;
    // "speeded up the withdrawal": a verb's particle is part of the verb.
    const particle = j === from + 1 && view.isVerb(from) && view.w.particles.has(view.lemma[j]!);
    // "a welcome on Thursday to", "shortened by one hour the curfew": time and measure adjuncts.
    const adjunct = view.w.timeWords.has(view.lemma[j]!) || (view.pos[j] === 'ADP' && (view.w.timeWords.has(view.lemma[j + 1] ?? '') || view.pos[j + 1] === 'NUM'));
    // "would pay a price": a modal or auxiliary before the pattern's verb.
    const free = view.isQuantity(j) || particle || adjunct || view.pos[j] === 'AUX';
    if ((view.pos[j] === 'ADP' && !free) || view.isPunct(j, ',') || view.isPunct(j, ';')) return -1;
    // "a day-old blockade": a hyphenated compound is one word.
    if (!free && !view.isPunct(j, '-') && !view.isPunct(j - 1, '-')) budget--;
  }
  return -1;
}

/** A participle opening the object's phrase: "freed jailed journalist X". */
function opensPhrase(view: SentenceView, t: number): boolean {
  return view.pos[t] === 'VERB' && participle(view, t) && (NOUN_POS.has(view.pos[t + 1] ?? '') || view.pos[t + 1] === 'ADJ');
}

function matchEntry(view: SentenceView, entry: LexiconEntry, h: number, c: number, w: SyntaxWords): Match | null {
  if (!kindFits(view, h, entry)) return null;
  const clause = view.clauses[c]!;
  const used = [h];
  let gaps = 0;
  let at = h;
  for (let k = entry.before.length - 1; k >= 0; k--) {
    let j = at - 1;
    while (j > clause.start && view.isPunct(j, '-')) j--;
    if (j < clause.start || !entry.before[k]!.includes(view.lemma[j]!)) return null;
    used.push(j);
    at = j;
  }
  // Voice: "was attacked by", "a warning delivered by", and causative "have X killed".
  let passive = false;
  let causee: number | null = null;
  if (entry.kind === 'verb' && entry.passive && view.pos[h] === 'VERB') {
    let j = h - 1;
    while (j >= clause.start && (view.pos[j] === 'ADV' || view.pos[j] === 'PART')) j--;
    if (j >= clause.start && w.passiveAux.has(view.lemma[j]!) && participle(view, h)) passive = true;
    else if (j >= clause.start && view.refAt[j]) {
      let k = j;
      while (k >= clause.start && (view.refAt[k] || view.pos[k] === 'DET')) k--;
      if (k >= clause.start && w.causativeAux.has(view.lemma[k]!)) causee = k + 1;
    } else if (h + 1 < view.n && view.lemma[h + 1] === w.agentPreposition && j >= clause.start && NOUN_POS.has(view.pos[j]!)) passive = true;
  }
  let targetAt: number | null = null;
  let targetClause: number | null = null;
  let pos = h;
  const afterSlots = entry.after.length;
  for (let k = 0; k <= afterSlots; k++) {
    if (k === entry.targetIndex && !passive && causee === null) {
      let t = pos + 1;
      // "allow up to 13,000 refugees", "forced out on Wednesday more than 1,000 refugees": the object starts after its
      // quantity words and a time adjunct.
      for (let moved = true; moved && t < clause.end; ) {
        const time = view.w.timeWords.has(view.lemma[t]!) ? 1 : view.pos[t] === 'ADP' && view.w.timeWords.has(view.lemma[t + 1] ?? '') ? 2 : 0;
        moved = time > 0 || view.isPunct(t) || (view.isQuantity(t) && view.pos[t] !== 'NUM');
        if (moved) t += Math.max(time, 1);
      }
      if (entry.targetRole === 'clause') {
        const opened = view.clauses.find((x) => x.opener === pos);
        targetClause = opened ? opened.index : null;
        // "warn that South Korea would pay a price": the clause's subject is the target, not a gap in the pattern.
        const subject = opened && k < afterSlots ? view.nounPhrase(pos + 1, opened.end, ONLY_OF) : null;
        if (subject && subject.end > pos + 1) pos = subject.end - 1;
      } else if (entry.targetRole === 'object' && !(t < clause.end && (OBJECT_START.has(view.pos[t]!) || opensPhrase(view, t)))) {
        // "when he returns to the White House": the pattern's object is missing, so this is another sense.
        return null;
      } else if (t < clause.end) {
        const np = view.nounPhrase(t, clause.end, ONLY_OF);
        // "send police to $T": some senses hold only with an actor there ("to Haiti", not "to the border").
        if (entry.actorTarget && np.heads.length === 0) return null;
        targetAt = t;
        if (np.end > t && k < afterSlots) {
          pos = np.end - 1;
          // "forced the UN refugee agency, UNHCR, out of": the pattern goes on after an appositive and its comma.
          if (findForward(view, entry.after[k]!, pos, clause.end) < 0) pos = view.isPunct(np.after, ',') ? np.after : np.after - 1;
        }
      } else if (entry.actorTarget) return null;
    }
    if (k === afterSlots) break;
    const slot = entry.after[k]!;
    const next = view.clauses[c + 1];
    // Past a clause target the pattern goes on inside that clause: "demand that $T resign".
    const inTarget = targetClause !== null && entry.targetIndex !== null && k >= entry.targetIndex ? view.clauses[targetClause] : undefined;
    const end = inTarget ? inTarget.end : next && next.opener === clause.end ? clause.end + 1 : clause.end;
    let j = findForward(view, slot, pos, end);
    if (j < 0 && entry.kind === 'verb' && k !== entry.targetIndex && pos + 1 < end) {
      // "extradited suspected militant X to Britain": a preposition of the pattern after the verb's object.
      const np = view.nounPhrase(pos + 1, end, ONLY_OF);
      const after = np.end > pos + 1 ? findForward(view, slot, np.end - 1, end) : -1;
      if (after >= 0 && view.pos[after] === 'ADP') j = after;
    }
    // "called Putin on Friday" is no "call on": the target's preposition before a time word opens a time adjunct.
    if (j >= 0 && k + 1 === entry.targetIndex && entry.targetRole === 'prep' && view.w.timeWords.has(view.lemma[j + 1] ?? '')) return null;
    if (j < 0 && passive && entry.targetIndex !== null && k < entry.targetIndex) {
      // "sanctions were imposed on Iran": the object words stand before the verb.
      for (let b = h - 1; b >= Math.max(clause.start, h - 6); b--) {
        if (slot.includes(view.lemma[b]!)) {
          j = b;
          break;
        }
      }
      if (j >= 0) {
        used.push(j);
        continue;
      }
    }
    if (j < 0) return null;
    gaps += j - pos - 1;
    used.push(j);
    pos = j;
  }
  return { entry, head: h, clause: c, used, targetAt, targetClause, passive, causee, gaps };
}

const ONLY_OF = new Set(['of']);
const OBJECT_INNER = new Set(['of', 'from', 'by', 'in']);
const AUTHOR = new Set(['of', 'from', 'by']);
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** `present[id] === mark` when the sentence being matched has the lexicon word `id` (see `markWords`). */
let present = new Int32Array(0);
let mark = 0;

/** Marks the sentence's lexicon words: an integer test per pattern slot instead of a string hash. */
function markWords(view: SentenceView, lexicon: EventLexicon): void {
  if (present.length < lexicon.wordCount || mark === 0x7fffffff) {
    present = new Int32Array(lexicon.wordCount);
    mark = 0;
  }
  mark++;
  for (const lemma of view.lemma) {
    const id = lexicon.wordId(lemma);
    if (id >= 0) present[id] = mark;
  }
}

/**
 * Cheap test before matching: every word slot entry e of the head needs has a word in the sentence (marked by
 * `markWords`). Plain loops over one packed array: this runs for every entry of every head word.
 */
function hasRequiredWords(head: HeadEntries, e: number): boolean {
  const { required } = head;
  for (let i = head.starts[e]!, last = head.starts[e + 1]!; i < last; ) {
    const end = i + 1 + required[i]!;
    let found = false;
    for (let j = i + 1; j < end && !found; j++) found = present[required[j]!] === mark;
    if (!found) return false;
    i = end;
  }
  return true;
}

/** Every lexicon match in the sentence, most specific first, without overlapping words. */
function findMatches(view: SentenceView, k: Knowledge): Match[] {
  markWords(view, k.lexicon);
  const candidates: Match[] = [];
  for (let i = 0; i < view.n; i++) {
    if (view.refAt[i] || view.pos[i] === 'PUNCT') continue;
    const head = k.lexicon.lookupHead(view.lemma[i]!);
    if (!head) continue;
    const c = view.clauseOf[i]!;
    let best: Match | null = null;
    for (let e = 0; e < head.entries.length; e++) {
      if (!hasRequiredWords(head, e)) continue;
      const entry = head.entries[e]!;
      if (best && entry.specificity < best.entry.specificity) break;
      const m = matchEntry(view, entry, i, c, k.words);
      if (m && (!best || m.gaps < best.gaps)) best = m;
    }
    if (best) candidates.push(best);
  }
  // A verb pattern that turns an event noun into another event ("lifted the curfew") is read before the noun;
  // one that restates it ("repeated the accusation") is not.
  const nouns = new Map(candidates.filter((m) => m.entry.kind === 'noun').map((m) => [m.head, m.entry.code]));
  // "hosted a meeting" (043 over 040) turns the noun's event into a more specific one of the same family.
  const turns = (verb: string, noun: string) => noun.slice(0, 2) !== verb.slice(0, 2) || (noun.length === 3 && noun.endsWith('0') && verb !== noun);
  const governs = new Map(candidates.map((m) => [m, Number(m.entry.kind === 'verb' && m.used.some((u) => u !== m.head && nouns.has(u) && turns(m.entry.code, nouns.get(u)!)))]));
  candidates.sort((a, b) => governs.get(b)! - governs.get(a)! || b.entry.specificity - a.entry.specificity || Number(a.entry.fallback) - Number(b.entry.fallback) || a.gaps - b.gaps);
  const taken = new Set<number>();
  const accepted: Match[] = [];
  for (const m of candidates) {
    if (m.used.some((u) => taken.has(u))) continue;
    for (const u of m.used) taken.add(u);
    accepted.push(m);
  }
  return accepted.sort((a, b) => a.head - b.head);
}


/** Can token j stand before an event noun in its phrase? Determiners, modifiers, possessors, compounds ("long-threatened"), quantities ("tons of"). */
function premodifies(view: SentenceView, j: number): boolean {
  if (view.refAt[j] || ['DET', 'ADJ', 'NUM', 'NOUN'].includes(view.pos[j]!) || view.isPossessive(j) || view.isPossessivePronoun(j) || view.isQuantity(j)) return true;
  if (view.isPunct(j, '-') || view.isPunct(j, '"')) return true;
  if (view.pos[j] === 'VERB') return view.isPunct(j - 1, '-');
  // "a warm welcome": wink tags some adjectives as adverbs.
  if (view.pos[j] === 'ADV') return ['ADJ', 'NOUN'].includes(view.pos[j + 1] ?? '');
  return view.lemma[j] === 'of' && ['NOUN', 'NUM'].includes(view.pos[j - 1] ?? '') && !view.refAt[j - 1];
}

/** An object complement right after the noun: "called the releases **a** small step", "called the talks **“**constructive”". */
function complementAfter(view: SentenceView, last: number): boolean {
  const next = last + 1;
  return next < view.n && (['a', 'an'].includes(view.lemma[next]!) || view.pos[next] === 'ADJ' || /^["“'‘]$/u.test(view.tokens[next]!.text));
}

/** Actors in the noun phrase that starts at `at`. */
function phraseActors(view: SentenceView, at: number | null, end: number): ActorRef[] {
  if (at === null) return [];
  return SentenceView.pick(view.nounPhrase(at, end, ONLY_OF), false);
}

/** The object of a control verb before an infinitive, who does what the infinitive says ("urged Israel and Hamas to agree"). */
function controller(view: SentenceView, head: number, start: number): ActorRef[] {
  let to = head - 1;
  // "urged X to stop supplying": a verb taking the gerund continues the chain.
  const gerund = view.tokens[head]!.norm.endsWith('ing');
  while (to > start && (view.pos[to] === 'ADV' || (gerund && view.pos[to] === 'VERB' && view.w.gerundVerbs.has(view.lemma[to]!)))) to--;
  if (view.lemma[to] !== 'to' || view.pos[to] === 'VERB') return [];
  let k = to - 1;
  while (k >= start && (view.refAt[k] || OBJECT_START.has(view.pos[k]!) || view.pos[k] === 'CCONJ' || view.isPunct(k, ',') || view.isPossessive(k))) k--;
  // "called on Iran to": the verb's particle.
  const verb = view.pos[k] === 'ADP' && k > start ? k - 1 : k;
  if (k < start || k === to - 1 || view.pos[verb] !== 'VERB' || !view.w.controlVerbs.has(view.lemma[verb]!)) return [];
  const np = view.nounPhrase(k + 1, to);
  return np.end === to ? SentenceView.pick(np, false) : [];
}

/** "by X" right after `from` (over a participle: "a warning delivered by X"). */
function agentPhrase(view: SentenceView, from: number, end: number, w: SyntaxWords): ActorRef[] {
  let j = from + 1;
  if (j < end && view.pos[j] === 'VERB') j++;
  for (let limit = j + 4; j < end && j < limit; j++) {
    if (view.lemma[j] === w.agentPreposition) return phraseActors(view, j + 1, end);
    if (view.isVerb(j) || view.isPunct(j, ',')) break;
  }
  return [];
}

/** A target for a pattern that names none: the object right after the words, else a target preposition's object nearby. */
function nearbyTarget(view: SentenceView, last: number, end: number, w: SyntaxWords, isVerb: boolean): ActorRef[] {
  let j = last + 1;
  if (isVerb && j < end && (view.refAt[j] || view.pos[j] === 'DET')) {
    const direct = phraseActors(view, j, end);
    if (direct.length) return direct;
  }
  for (const limit = Math.min(end, last + 10); j < limit; j++) {
    const lemma = view.lemma[j]!;
    if (lemma === w.agentPreposition) {
      j = view.nounPhrase(j + 1, end).end - 1;
      continue;
    }
    // wink tags "to" as a particle before a word it takes for a verb ("aid to war-torn Mozambique").
    if ((view.pos[j] === 'ADP' || (view.pos[j] === 'PART' && lemma === 'to')) && w.targetPrepositions.has(lemma)) {
      const found = phraseActors(view, j + 1, end);
      if (found.length) return found;
    }
    if (view.pos[j] === 'VERB' && !(j > 0 && NOUN_POS.has(view.pos[j - 1]!))) break;
  }
  return [];
}

interface Arguments {
  sources: ActorRef[];
  targets: ActorRef[];
  /** Arguments were found by a fallback search rather than the pattern. */
  loose: boolean;
  /** The light verb whose object is the event noun ("held talks"), when it gave the arguments. */
  support: number | null;
}

/** The "of" of a hearsay noun the event's phrase hangs on ("concerned by reports **of** shelling"), else -1. */
function hearsayOf(view: SentenceView, m: Match, w: SyntaxWords): number {
  let j = Math.min(...m.used) - 1;
  while (j > 0 && view.lemma[j] !== 'of' && premodifies(view, j)) j--;
  return j > 0 && view.lemma[j] === 'of' && view.pos[j - 1] === 'NOUN' && w.hearsayNouns.has(view.lemma[j - 1]!) ? j : -1;
}

/** Is the verb at `head` a present participle right after a noun that names no event ("any ship heading to")? */
function describedThing(view: SentenceView, head: number, heads: LexicalHeads): boolean {
  const before = head - 1;
  return before > 0 && view.pos[head] === 'VERB' && view.tokens[head]!.norm.endsWith('ing') && view.pos[before] === 'NOUN' && !heads.nouns.has(view.lemma[before]!);
}

function findArguments(view: SentenceView, m: Match, k: Knowledge): Arguments {
  const clause = view.clauses[m.clause]!;
  const last = Math.max(...m.used);
  const w = k.words;
  let sources: ActorRef[] = [];
  let targets: ActorRef[] = [];
  let loose = false;
  let support: number | null = null;
  // What reports tell of is done by whoever they say, never by the clause's subject who hears of it.
  const hearsay = hearsayOf(view, m, w);
  if (hearsay >= 0) {
    for (let j = hearsay + 1; j < m.head && sources.length === 0; j++) if (view.refAt[j]) sources = [view.refAt[j]!];
    if (sources.length === 0) sources = agentPhrase(view, last, clause.end, w);
  } else if (m.entry.kind === 'noun') {
    // The noun's own possessor or classifier ("Tehran's accusation", "their withdrawal"), a by-phrase, or a support verb's subject.
    let j = Math.min(...m.used) - 1;
    // Actors before a quantity ("gave the Ivory Coast 5 million dollars of aid") are not the noun's own.
    let own = true;
    let pronoun = -1;
    while (j >= clause.start && premodifies(view, j)) {
      const ref = view.refAt[j];
      if (own && ref && !sources.includes(ref) && !(view.lemma[ref.last + 1] === '-' && w.modifierParticiples.has(view.lemma[ref.last + 2] ?? ''))) sources = [ref];
      if (own && pronoun < 0 && view.isPossessivePronoun(j)) pronoun = j;
      // "gave Tanzania a grant": the determiner opens the noun's phrase, so actors before it are not its own.
      if (view.pos[j] === 'ADP' || view.pos[j] === 'DET') own = false;
      j--;
    }
    if (sources.length === 0 && pronoun >= 0) sources = view.referent(pronoun, m.clause);
    if (sources.length === 0) sources = agentPhrase(view, last, clause.end, w);
    // "speeded up the withdrawal": the support verb's particle stands before the noun.
    const verb = j > clause.start && view.pos[j] === 'ADP' && w.particles.has(view.lemma[j]!) && view.isVerb(j - 1) ? j - 1 : j;
    if (sources.length === 0 && verb >= clause.start && view.pos[verb] === 'VERB') {
      const light = k.support.get(view.lemma[j]!);
      if (light !== undefined && !(light.naming && complementAfter(view, last))) {
        support = verb;
        const subject = view.subjectOf(m.clause);
        if (light.role === 'agent') {
          sources = subject;
          // "gave Tanzania a grant": the support verb's actor object.
          if (view.refAt[j + 1] || view.pos[j + 1] === 'DET') targets = phraseActors(view, j + 1, Math.min(...m.used));
        } else {
          targets = subject;
          sources = nearbyTarget(view, last, clause.end, w, false);
        }
        loose = true;
      }
    }
  } else if (m.passive) {
    sources = agentPhrase(view, last, clause.end, w);
    if (m.entry.targetRole === 'object') targets = view.subjectOf(m.clause);
  } else if (describedThing(view, m.head, k.heads)) {
    // "would target any ship heading to Israel": a participle after a thing that is no event describes that thing.
    const ref = view.refAt[m.head - 1];
    if (ref) sources = [ref];
  } else {
    sources = controller(view, m.head, clause.start);
    if (sources.length === 0) sources = view.subjectOf(m.clause);
    if (m.causee !== null) targets = phraseActors(view, m.causee, clause.end);
  }
  if (targets.length === 0) {
    if (m.targetClause !== null) targets = view.subjectOf(m.targetClause);
    else if (m.targetAt !== null) {
      targets = phraseActors(view, m.targetAt, clause.end);
      // "rejected calls by Belarus's rulers", "the town of Gorazde": the object's author or place.
      if (targets.length === 0) targets = SentenceView.pick(view.nounPhrase(m.targetAt, clause.end, OBJECT_INNER), true);
      // "strikes on its military sites", "Russia said Ukraine had attacked its border regions": a possessive opening
      // the object stands for its owner, never the doer; past the doer, the governing clause's subject.
      if (targets.length === 0 && view.isPossessivePronoun(m.targetAt)) {
        const parent = view.clauses[m.clause]!.parent;
        targets = otherThan(sources, view.referent(m.targetAt, m.clause));
        if (targets.length === 0 && parent !== null) targets = otherThan(sources, view.subjectOf(parent));
      }
    }
    else if (m.entry.targetRole === 'none' && m.entry.root !== '01') {
      // "rejected calls by X", "demanded an admission by Moscow": the author of the pattern's object noun.
      if (m.entry.kind === 'verb' && !m.passive && last !== m.head && view.pos[last] !== 'ADP' && AUTHOR.has(view.lemma[last + 1] ?? '')) targets = phraseActors(view, last + 2, clause.end);
      // "agreed to Nigerian mediation in its dispute with Togo": the pattern's own words name the target before anything after them.
      if (targets.length === 0) targets = actorAmongWords(view, m, sources, last);
      if (targets.length === 0) {
        targets = nearbyTarget(view, last, clause.end, w, m.entry.kind === 'verb');
        loose ||= targets.length > 0;
      }
    }
  }
  if (targets.length === 0) targets = actorAmongWords(view, m, sources, last);
  // "killed 12 protesters" (pattern "kill protester"): the pattern's object noun is an actor itself.
  const objectRef = m.entry.kind === 'verb' && last !== m.head && NOUN_POS.has(view.pos[last]!) ? view.refAt[last] : undefined;
  if (targets.length === 0 && objectRef && !sources.includes(objectRef)) targets = [objectRef];
  if (targets.length === 0 && sources.length && !m.entry.reverse) targets = impliedTarget(view, m, sources, last, w);
  if (m.entry.reverse) [sources, targets] = [targets, sources];
  return { sources, targets, loose, support };
}

/** "rejected a U.S. request", "reject proposed Israeli changes": an actor among the pattern's words. */
function actorAmongWords(view: SentenceView, m: Match, sources: readonly ActorRef[], last: number): ActorRef[] {
  for (let j = Math.min(...m.used) + 1; j < last; j++) {
    const ref = view.refAt[j];
    if (ref && !m.used.includes(j) && !sources.includes(ref)) return [ref];
  }
  return [];
}

/** Does a purpose start at token j: "to" + verb, a gerund, or an opener such as "in protest"? */
function purposeAt(view: SentenceView, j: number, w: SyntaxWords): boolean {
  if (view.lemma[j] === 'to' && view.pos[j] === 'PART') return view.isVerb(j + 1);
  if (view.pos[j] === 'VERB' && view.tokens[j]!.norm.endsWith('ing')) return true;
  return w.purposeOpeners.some((words) => words.every((word, k) => view.lemma[j + k] === word));
}

/** The refs that are none of `sources`' actors: a target is never the doer. */
function otherThan(sources: readonly ActorRef[], refs: readonly ActorRef[]): ActorRef[] {
  return refs.filter((r) => !sources.some((s) => s.actor.id === r.actor.id));
}

/**
 * The target a threat or protest leaves to its context: the subject of a threat's condition ("threatened to strike
 * unless Israel rescinds …"), the first actor of a protest's purpose ("staged a hunger strike to demand the
 * resignation of X", "in protest against Y's decision").
 */
function impliedTarget(view: SentenceView, m: Match, sources: readonly ActorRef[], last: number, w: SyntaxWords): ActorRef[] {
  if (w.conditionTargetRoots.has(m.entry.root)) {
    const condition = view.clauses.find((x) => x.parent === m.clause && x.start > last && x.opener !== null && w.conditionCues.has(view.lemma[x.opener]!));
    return condition ? otherThan(sources, view.subjectOf(condition.index)) : [];
  }
  if (!w.purposeTargetRoots.has(m.entry.root)) return [];
  // The purpose goes on until a new main clause ("…, witnesses said").
  const inside = (j: number) => j < view.n && (view.clauseOf[j] === m.clause || view.clauses[view.clauseOf[j]!]!.kind !== 'main');
  let j = last + 1;
  while (inside(j) && !purposeAt(view, j, w)) j++;
  for (; inside(j); j++) {
    const ref = view.refAt[j];
    if (ref && !view.isModifierRef(ref) && otherThan(sources, [ref]).length) return [ref];
  }
  return [];
}

interface Reading {
  code: string;
  negated: boolean;
  modality: Modality;
  /** Who the event is reported on the authority of, from the cues ("X is reporting that"). */
  reportedBy: string | null;
  /** The addressee of an appeal or demand ("urged Iran to …"). */
  addressee: number | null;
  /** The one a cue's object names as the event's doer: the accused ("accused Hezbollah of shelling …"), the one kept from it ("blocked aid trucks from entering"). */
  doer: number | null;
  /** An obligation with no addressee ("Libya must hand over …"): the one who states it demands it of the subject. */
  obliged: boolean;
}

/** The entry's code for this source: its `byAgent` reading when the (first) source is in that class. */
function agentCode(view: SentenceView, entry: LexiconEntry, sources: readonly ActorRef[], w: SyntaxWords): string {
  const source = sources[0];
  if (!entry.byAgent || !source) return entry.code;
  const next = source.last + 1;
  const describes = !view.refAt[next] && NOUN_POS.has(view.pos[next] ?? '');
  for (const [name, code] of Object.entries(entry.byAgent)) if (inAgentClass(source, w.agentClasses.get(name)!, describes)) return code;
  return entry.code;
}

/** Reads the cues governing a match whose entry, for its source, codes `code`. */
function readCues(view: SentenceView, m: Match, code: string, hits: CueHit[], k: Knowledge, articleText: string): Reading {
  const used = new Set(m.used);
  const relevant = hits.filter((h) => !(h.start <= Math.max(...m.used) && h.end >= m.head) && !used.has(h.start) && !used.has(h.end));
  const reading: Reading = { code, negated: false, modality: m.entry.modality ?? 'asserted', reportedBy: null, addressee: null, doer: null, obliged: false };
  const plainNegation = relevant.some((h) => h.cls === 'negation' && !(h.cue.derive && k.cues.derive(code, h.cue.derive)));
  let derived = false;
  let modal = false;
  for (const hit of relevant) {
    if (hit.cls === 'negation') {
      if (hit.target !== null) reading.doer = hit.target;
      if (!plainNegation && hit.cue.derive && !derived) {
        reading.code = k.cues.derive(code, hit.cue.derive) ?? reading.code;
        derived = true;
      } else reading.negated = true;
      continue;
    }
    if (!modal) {
      modal = true;
      const clause = view.clauses[m.clause]!;
      // "said it would allow inspectors", "assurances that they would not …": a back-shifted "will".
      const backShifted = hit.cue.text === 'would' && clause.kind === 'complement';
      reading.modality = backShifted ? 'intended' : hit.cls;
      const derive = backShifted ? 'intended' : hit.cue.derive;
      if (derive && !derived && !plainNegation) {
        const derivedCode = k.cues.derive(code, derive);
        if (derivedCode) {
          reading.code = derivedCode;
          derived = true;
          if (hit.target !== null) reading.addressee = hit.target;
          else reading.obliged = derive === 'demanded';
        }
      }
    }
    if (hit.cls === 'reported' && reading.reportedBy === null) reading.reportedBy = reporter(view, m, hit, articleText);
    if (hit.cls === 'reported' && hit.target !== null) reading.doer = hit.target;
  }
  // Under a condition or an open question ("if war starts", "whether to sign") nothing is asserted, whatever else governs it.
  if (relevant.some((h) => k.words.conditionCues.has(h.cue.text))) reading.modality = 'hypothetical';
  return reading;
}

/** The outlet or person a hearsay cue names: the subject of "X is reporting that", the object of "according to X". */
function reporter(view: SentenceView, m: Match, hit: CueHit, articleText: string): string | null {
  if (hit.cue.governs === 'attribution') {
    const np = view.nounPhrase(hit.end + 1, view.n);
    return np.end > hit.end + 1 ? view.text(hit.end + 1, np.end - 1, articleText) : null;
  }
  if (hit.cue.governs === 'clause') {
    const parent = view.clauses[m.clause]!.parent;
    const subject = parent === null ? [] : view.subjectOf(parent);
    return subject[0]?.mention.text ?? null;
  }
  return null;
}

/** Attribution from the quotes stage, else from a speech verb governing the clause ("X said that …"). */
function speaker(view: SentenceView, m: Match, trigger: Span, quotes: readonly Quote[], w: SyntaxWords, sources: readonly ActorRef[]): string | null {
  for (const q of quotes) {
    if (q.start > trigger.start || trigger.end > q.end) continue;
    // "Iran agreed to restore ties": the actor's own commitment is narrated by the author, not vouched for by Iran.
    if (q.speaker?.actor && sources.some((s) => s.actor.id === q.speaker!.actor)) continue;
    // "X did not say that Y attacked Z": X does not vouch for it, and neither does the clause's speech verb.
    if (q.negated) return null;
    if (q.speaker) return q.speaker.name;
  }
  const clause = view.clauses[m.clause]!;
  if (clause.kind !== 'complement' || clause.parent === null) return null;
  const parent = view.clauses[clause.parent]!;
  const verb = view.firstVerb(parent.start, parent.end);
  let v = verb;
  while (v >= 0 && v < parent.end && view.pos[v] === 'AUX') v++;
  if (v < 0 || v >= parent.end || !w.speechVerbs.has(view.lemma[v]!)) return null;
  return view.subjectOf(parent.index)[0]?.mention.text ?? null;
}

/**
 * CAMEO's unidentified forces (agent UAF) of the one country the sentence's other actors and places name, else of none,
 * named as the sentence names them so every event shows who did it.
 */
function unidentified(view: SentenceView, m: Match, targets: readonly ActorRef[], w: SyntaxWords, articleText: string): EventArgument {
  const countries = new Set<string>();
  for (const ref of view.refAt) if (ref?.actor.country && !targets.some((t) => t.mention === ref.mention)) countries.add(ref.actor.country);
  return { actor: null, code: `${countries.size === 1 ? [...countries][0] : '---'}${w.unidentifiedAgent}`, text: perpetrator(view, m, w, articleText) };
}

/** An unnamed perpetrator's words: the by-phrase ("killed by a roadside bomb"), the clause's subject ("Gunmen opened fire"), else a generic phrase. */
function perpetrator(view: SentenceView, m: Match, w: SyntaxWords, articleText: string): string {
  const clause = view.clauses[m.clause]!;
  const last = Math.max(...m.used);
  let from = -1;
  for (let j = last + 1; j < Math.min(clause.end, last + 6) && from < 0; j++) if (view.lemma[j] === w.agentPreposition) from = j + 1;
  let end = -1;
  if (from >= 0) end = view.nounPhrase(from, clause.end).end;
  else if (m.entry.kind === 'verb' && !m.passive) {
    from = clause.opener !== null && clause.kind !== 'main' ? clause.opener + 1 : clause.start;
    while (from < m.head && (view.isPunct(from) || ['ADV', 'CCONJ', 'SCONJ'].includes(view.pos[from]!))) from++;
    end = view.pos[from] === 'PRON' ? -1 : view.nounPhrase(from, m.head).end;
  }
  return end > from ? view.text(from, end - 1, articleText) : w.unidentifiedText;
}

function argument(ref: ActorRef): EventArgument {
  return { actor: ref.actor.id, code: ref.actor.code, text: ref.mention.text };
}

/** The target's argument: a seat of government attacked (`placeTargetRoots`) is a place of its country. */
function targetArgument(ref: ActorRef, root: string, w: SyntaxWords): EventArgument {
  const place = ref.actor.seat && ref.actor.country !== null && w.placeTargetRoots.has(root);
  return place ? { ...argument(ref), code: ref.actor.country! } : argument(ref);
}

/**
 * With no actor for a target, the place the pattern's target slot names ("arrived in Amman") or, for the roots of
 * `placeObjectRoots`, the place its object noun is set in ("opened an embassy in Tehran"), as its state.
 */
function placeTarget(view: SentenceView, m: Match, last: number, places: ReadonlyMap<number, PlaceMention>, w: SyntaxWords): EventArgument | null {
  const setIn = m.entry.kind === 'noun' || last !== m.head;
  let at = m.targetAt ?? (setIn && w.placeObjectRoots.has(m.entry.root) && NOUN_POS.has(view.pos[last]!) && w.placePrepositions.has(view.lemma[last + 1] ?? '') ? last + 2 : -1);
  if (at >= 0 && view.pos[at] === 'DET') at++;
  const place = at >= 0 && at < view.n ? places.get(view.tokens[at]!.start) : undefined;
  return place ? { actor: null, code: place.country, text: place.text } : null;
}

function undated(view: SentenceView, start: number, end: number, w: SyntaxWords): boolean {
  const first = view.tokens.findIndex((t) => t.start >= start);
  let after = view.tokens.findIndex((t) => t.start >= end);
  if (after < 0) after = view.n;
  if (first > 0 && w.startingPoints.has(view.lemma[first - 1]!)) return true;
  if (first > 1 && view.pos[first - 1] === 'DET' && w.startingPoints.has(view.lemma[first - 2]!)) return true;
  return after < view.n && ['NOUN', 'ADJ'].includes(view.pos[after]!);
}

/**
 * `taken`: the words of the sentence's matched events. A date right after another event's noun dates that one
 * ("hit missile factories in response to Iran's missile barrage on October 1": the barrage's date, not the hit's).
 */
function eventDate(view: SentenceView, m: Match, language: LanguageLayer, published: string | null, w: SyntaxWords, taken: ReadonlySet<number>): CodedEvent['date'] {
  const clause = view.clauses[m.clause]!;
  const from = view.tokens[clause.start]!.start;
  const to = view.tokens[clause.end - 1]!.end;
  const othersDate = (d: DateMention) => {
    const first = view.tokens.findIndex((t) => t.start >= d.start);
    const noun = first - 2;
    return noun > m.head && view.pos[first - 1] === 'ADP' && view.pos[noun] === 'NOUN' && taken.has(noun) && !m.used.includes(noun);
  };
  // A date naming a thing ("the 2015 nuclear deal") or a starting point ("since the Oct. 7 attack") does not date the event.
  const own = language.dates.filter((d) => d.sentence === view.index && !undated(view, d.start, d.end, w) && !othersDate(d));
  // A relative clause dates what it describes ("Egypt, which hosted talks last year, urged …"), not this event.
  const describing = view.clauses.filter((c) => c.kind === 'relative' && c.index !== clause.index);
  const inRelative = (d: DateMention) => describing.some((c) => d.start >= view.tokens[c.start]!.start && d.end <= view.tokens[c.end - 1]!.end);
  const date = own.find((d) => d.start >= from && d.end <= to) ?? own.find((d) => !inRelative(d));
  if (date) return { value: date.value, precision: date.precision };
  return published ? { value: published, precision: 'day' } : null;
}

function confidence(m: Match, args: Arguments, hasTarget: boolean, intransitive: boolean, subordinate: boolean, embedded: boolean): number {
  let score = 0.5 + 0.08 * Math.min(m.entry.specificity, 3) - 0.03 * Math.min(m.gaps, 5);
  if (m.entry.fallback) score -= 0.2;
  if (hasTarget && !args.loose) score += 0.1;
  // A transitive event whose target was not found is half-read.
  if (!hasTarget && !intransitive) score -= 0.1;
  // The governing clause's event is the sentence's main news.
  if (subordinate) score -= 0.15;
  // An event inside another's words (its purpose, its object, a participle elaborating it) is told for that one's sake.
  if (embedded) score -= 0.25;
  if (args.loose) score -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.95, score)) * 100) / 100;
}

/**
 * Is the match embedded in an earlier event of its clause: an infinitive of purpose ("rejected calls by X to adopt
 * reforms", "staged protests to demand") or an event noun that is a verb's object ("condemned Israel's attack")?
 */
function chained(view: SentenceView, m: Match, matches: readonly Match[], w: SyntaxWords): boolean {
  const before = matches.filter((o) => o !== m && o.head < m.head && !w.needTarget.has(o.entry.code));
  const gerund = view.pos[m.head] === 'VERB' && view.tokens[m.head]!.norm.endsWith('ing') && !view.isVerb(m.head - 1);
  // "rioted, setting fire to …", "a demonstration calling for …": a participle phrase elaborates an earlier event.
  if (before.length && gerund) return true;
  // "British aircraft using guided missiles killed …": one before the clause's verb describes its subject.
  if (gerund && matches.some((o) => o.head > m.head && o.clause === m.clause && o.entry.kind === 'verb' && !view.tokens[o.head]!.norm.endsWith('ing'))) return true;
  const earlier = before.filter((o) => o.clause === m.clause);
  if (earlier.length === 0) return false;
  if (m.entry.kind === 'noun') {
    const first = Math.min(...m.used);
    return earlier.some((o) => {
      if (o.entry.kind !== 'verb') return false;
      let j = Math.max(...o.used) + 1;
      while (j < first && premodifies(view, j)) j++;
      return j === first;
    });
  }
  let j = m.head - 1;
  // "to help defend": a verb taking a bare infinitive continues the chain.
  while (j >= 0 && (view.pos[j] === 'ADV' || (view.pos[j] === 'VERB' && w.bareInfinitiveVerbs.has(view.lemma[j]!)))) j--;
  return j >= 0 && view.lemma[j] === 'to' && view.pos[j] === 'PART';
}

/** Is clause c subordinate to a clause that reports an event of its own ("demanded that Israel ease …")? */
function governed(view: SentenceView, c: number, eventful: ReadonlySet<number>): boolean {
  let subordinate = false;
  for (let x = view.clauses[c]!; x.parent !== null; x = view.clauses[x.parent]!) {
    subordinate ||= x.kind !== 'coord';
    if (subordinate && eventful.has(x.parent)) return true;
  }
  return false;
}

/** Maps each actor mention of a sentence onto its tokens. */
function refsBySentence(actors: readonly Actor[], tokens: readonly Token[], firstToken: number[]): Map<number, ActorRef[]> {
  const out = new Map<number, ActorRef[]>();
  for (const actor of actors) {
    for (const mention of actor.mentions) {
      const base = firstToken[mention.sentence];
      if (base === undefined) continue;
      let first = -1;
      let last = -1;
      for (let i = base; i < tokens.length && tokens[i]!.sentence === mention.sentence; i++) {
        const t = tokens[i]!;
        if (t.start >= mention.start && t.end <= mention.end) {
          if (first < 0) first = i - base;
          last = i - base;
        }
      }
      if (first < 0) continue;
      const list = out.get(mention.sentence) ?? [];
      list.push({ actor, mention, first, last });
      out.set(mention.sentence, list);
    }
  }
  return out;
}

/**
 * Weapon nouns (`instrumentCodes`) next to a verb event are no events of their own: the subject of a
 * material-conflict verb is its instrument ("Russian missiles (had) struck Kyiv": one attack, not
 * missiles and a strike), mapped from that verb; the object of a verb event is a thing supplied or
 * bought ("denied supplying drones to Russia").
 */
function weaponNouns(view: SentenceView, matches: readonly Match[], w: SyntaxWords): { weapons: Set<Match>; instruments: Map<Match, Match> } {
  const weapons = new Set<Match>();
  const instruments = new Map<Match, Match>();
  for (const noun of matches) {
    if (noun.entry.kind !== 'noun' || !w.instrumentCodes.has(noun.entry.code)) continue;
    let j = Math.max(...noun.used) + 1;
    while (j < view.n && (view.pos[j] === 'AUX' || view.pos[j] === 'ADV')) j++;
    const verb = matches.find((o) => o.head === j && o.entry.kind === 'verb' && o.clause === noun.clause && getCode(o.entry.code).quadClass === 4);
    if (verb) instruments.set(verb, noun);
    let b = Math.min(...noun.used) - 1;
    while (b >= 0 && premodifies(view, b)) b--;
    if (verb || matches.some((o) => o !== noun && o.entry.kind === 'verb' && Math.max(...o.used) === b)) weapons.add(noun);
  }
  return { weapons, instruments };
}

/** A generic root code (190 "use conventional military force") takes its instrument's finer one of the same root (195 aerial weapons). */
function withInstrument(code: string, instrument: Match | undefined): string {
  if (!instrument) return code;
  const generic = code.length === 3 && code.endsWith('0');
  return generic && instrument.entry.root === getCode(code).root ? instrument.entry.code : code;
}

/** Codes the events of one article. */
export function codeEvents(input: CodeEventsInput): CodedEvent[] {
  const k = load();
  const { language } = input;
  const quotes = input.quotes ?? [];
  const firstToken: number[] = [];
  for (const t of language.tokens) firstToken[t.sentence] ??= t.index;
  const refs = refsBySentence(input.actors, language.tokens, firstToken);
  const places = new Map((input.places ?? []).map((p) => [p.start, p] as const));
  const raw: SentenceEvent[] = [];
  let previous: ActorRef[] = [];
  for (const sentence of language.sentences) {
    const base = firstToken[sentence.index];
    if (base === undefined) continue;
    let end = base;
    while (end < language.tokens.length && language.tokens[end]!.sentence === sentence.index) end++;
    const view = new SentenceView(sentence.index, language.tokens.slice(base, end), refs.get(sentence.index) ?? [], k.words, previous, k.heads);
    const matches = findMatches(view, k);
    // A bare statement ("announced a suspension of air links") does not take its object noun's event.
    const taken = new Set(matches.filter((m) => !k.words.needTarget.has(m.entry.code)).flatMap((m) => m.used));
    const eventful = new Set(matches.filter((m) => !k.words.needTarget.has(m.entry.code)).map((m) => m.clause));
    const { weapons, instruments } = weaponNouns(view, matches, k.words);
    for (const m of matches) {
      if (weapons.has(m)) continue;
      raw.push(...eventsOf(view, m, k, input, quotes, places, taken, eventful, chained(view, m, matches, k.words), instruments.get(m)));
    }
    previous = view.subjectOf(0);
  }
  return storyLevel(raw);
}

/** A noun phrase object right after the matched words: "France and Italy backed **the measure**" back it, not each other. */
function objectAfter(view: SentenceView, last: number, w: SyntaxWords): boolean {
  let j = last + 1;
  while (j < view.n && (view.pos[j] === 'ADV' || w.timeWords.has(view.lemma[j]!))) j++;
  return j < view.n && !view.refAt[j] && ['DET', 'NOUN', 'ADJ', 'NUM'].includes(view.pos[j]!);
}

/** "cooperate on fighting fentanyl trafficking", "a war on drugs": force against a problem, past "against" or "on", is a policy. */
function fightsProblem(view: SentenceView, last: number, w: SyntaxWords): boolean {
  const start = last + 1 < view.n && view.pos[last + 1] === 'ADP' && w.policyPrepositions.has(view.lemma[last + 1]!) ? last + 2 : last + 1;
  const np = view.nounPhrase(start);
  if (np.heads.length > 0 || np.end === start) return false;
  for (let j = start; j < np.end; j++) if (w.policyObjects.has(view.lemma[j]!)) return true;
  return false;
}

/**
 * The events of one match; `taken` holds the words of every match in the sentence, `eventful` the
 * clauses with an event, `instrument` the weapon noun that is its subject.
 */
function eventsOf(
  view: SentenceView,
  m: Match,
  k: Knowledge,
  input: CodeEventsInput,
  quotes: readonly Quote[],
  places: ReadonlyMap<number, PlaceMention>,
  taken: ReadonlySet<number>,
  eventful: ReadonlySet<number>,
  underVerb: boolean,
  instrument: Match | undefined,
): SentenceEvent[] {
  // A speech verb introducing reported speech is the vehicle of other events, not one itself.
  if (m.entry.code === '010' && view.clauses.some((c) => c.parent === m.clause && c.kind === 'complement')) return [];
  const args = findArguments(view, m, k);
  // Violence by someone the sentence does not name ("soldiers were killed by a roadside bomb") is CAMEO's unidentified forces.
  const unnamed = args.sources.length === 0 && args.targets.length > 0 && k.words.unidentifiedRoots.has(m.entry.root);
  if (args.sources.length === 0 && !unnamed) return [];
  // "agreed to provide aid": the noun is the object of a verb pattern already coded.
  if (args.support !== null && taken.has(args.support)) return [];
  const last = Math.max(...m.used);
  if (getCode(m.entry.code).quadClass === 4 && fightsProblem(view, last, k.words)) return [];
  // "would not have Trump killed": the cues sit before the causative verb.
  const from = m.causee === null ? m.head - 1 : m.causee - 2;
  const hits = k.cueIndex.govern(view, m.head, last, m.entry.kind === 'noun', m.clause, from, args.support);
  const code = withInstrument(agentCode(view, m.entry, args.sources, k.words), instrument);
  const reading = readCues(view, m, code, hits, k, input.article.text);
  // "will not accept refugees": a negated intent to cooperate is a rejection.
  if (reading.negated && reading.modality === 'intended') {
    const rejected = k.cues.derive(code, 'rejected');
    if (rejected) Object.assign(reading, { code: rejected, negated: false, modality: 'asserted' });
  }
  let targets = args.targets;
  let sources = args.sources;
  if (reading.addressee !== null) targets = phraseActors(view, reading.addressee, view.n);
  // "Israel accused Hezbollah of shelling Haifa": Hezbollah's alleged shelling, on Israel's word; "stopped protesters from marching": the protesters' march.
  const doers = reading.doer === null ? [] : phraseActors(view, reading.doer, view.n);
  if (doers.length > 0) {
    if (reading.modality === 'reported') reading.reportedBy ??= sources[0]?.mention.text ?? null;
    sources = doers;
  }
  const clause = view.clauses[m.clause]!;
  if (reading.modality === 'demanded' && clause.kind === 'complement' && clause.parent !== null && sources.length) {
    const demander = view.subjectOf(clause.parent);
    // "The Taliban insist that they seek …": no one demands of themselves; they state their own course.
    if (!reading.obliged && sources.every((s) => demander.some((d) => d.actor.id === s.actor.id))) reading.modality = 'asserted';
    // "Russia said that Sudan must return the helicopter": Russia demands it of Sudan.
    else if (reading.obliged && demander.length) [sources, targets] = [demander, sources];
  }
  const info = getCode(reading.code);
  const intransitive = k.words.intransitiveRoots.has(info.root) || k.words.intransitiveCodes.has(info.code);
  const head = view.tokens[m.head]!;
  const trigger = { start: head.start, end: head.end, text: head.text };
  const attributed = reading.reportedBy ?? speaker(view, m, trigger, quotes, k.words, sources);
  const date = eventDate(view, m, input.language, input.article.published, k.words, taken);
  const pairs: [ActorRef | null, ActorRef | null][] = [];
  if (unnamed) for (const t of targets) pairs.push([null, t]);
  else if (targets.length) for (const s of sources) for (const t of targets) pairs.push([s, t]);
  else if ((m.entry.symmetric || (k.words.mutualRoots.has(info.root) && !objectAfter(view, last, k.words))) && sources.length > 1) {
    for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
  } else if (!k.words.needTarget.has(info.code)) for (const s of sources) pairs.push([s, null]);
  const out: SentenceEvent[] = [];
  // Only an event left without an actor target looks for a place.
  const place = pairs.some(([, t]) => t === null) ? placeTarget(view, m, last, places, k.words) : null;
  for (const [s, t] of pairs) {
    if (s && t && (t.actor.id === s.actor.id || t.mention === s.mention)) continue;
    out.push({
      id: '',
      source: s ? argument(s) : unidentified(view, m, targets, k.words, input.article.text),
      target: t ? targetArgument(t, info.root, k.words) : place,
      cameo: info.code,
      root: info.root,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      plover: info.plover?.type ?? null,
      negated: reading.negated,
      modality: reading.modality,
      attributedTo: attributed,
      date,
      sentence: view.index,
      trigger,
      confidence: confidence(m, unnamed ? { ...args, loose: true } : args, t !== null, intransitive, governed(view, m.clause, eventful), underVerb),
    });
  }
  return out;
}

/**
 * PETRARCH's story-level rule: one event per (source, target, code, negated, modality), every mention kept.
 * A mention that names no target ("the Iranian assurances came …") joins the same event with a target.
 */
function storyLevel(events: readonly SentenceEvent[]): CodedEvent[] {
  const byKey = new Map<string, CodedEvent>();
  const partial = (e: SentenceEvent) => [e.source.code, e.cameo, e.negated].join('|');
  const targeted = new Map<string, SentenceEvent>();
  for (const e of events) if (e.target && !targeted.has(partial(e))) targeted.set(partial(e), e);
  for (const e of events) {
    // A plain later mention without target refers back to the event whatever its modality ("… offered assurances. The assurances came …").
    const full = e.target || e.modality !== 'asserted' ? null : targeted.get(partial(e));
    const key = [e.source.code, e.target?.code ?? full?.target?.code ?? '', e.cameo, e.negated, full?.modality ?? e.modality].join('|');
    const mention = { sentence: e.sentence, trigger: e.trigger };
    const seen = byKey.get(key);
    // Each sentence event is a fresh object of this article's: it becomes the story event itself rather than a copy.
    if (!seen) {
      byKey.set(key, Object.assign(e, { mentions: [mention] }));
      continue;
    }
    if (!seen.mentions.some((x) => x.trigger.start === mention.trigger.start)) seen.mentions.push(mention);
    const confidence = Math.max(seen.confidence, e.confidence);
    // The event is read from its first mention that names the target.
    if (!seen.target && e.target) byKey.set(key, Object.assign(e, { mentions: seen.mentions, confidence }));
    else seen.confidence = confidence;
  }
  const out = [...byKey.values()];
  for (const [i, e] of out.entries()) {
    e.id = `e${i + 1}`;
    e.mentions.sort((a, b) => a.trigger.start - b.trigger.start);
  }
  return out;
}
