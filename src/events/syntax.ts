// Shallow syntax for one sentence, good enough for news prose: clauses, noun phrases aligned
// with actor mentions, clause subjects (with relative antecedents, coordinated verb phrases and
// simple pronoun resolution). No parse tree: a few word classes from data/events/syntax.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from '../language/types.ts';
import type { Actor, Mention } from '../types.ts';

interface SyntaxData {
  relativePronouns: string[];
  complementizers: string[];
  clauseOpeners: string[];
  guardedOpeners: Record<string, string[]>;
  coordinators: string[];
  modifierParticiples: string[];
  possessive: string[];
  possessivePronouns: string[];
  relationalNouns: string[];
  personPronouns: string[];
  groupPronouns: string[];
  passiveAuxiliaries: string[];
  causativeAuxiliaries: string[];
  agentPreposition: string;
  subjectPrepositions: string[];
  targetPrepositions: string[];
  speechVerbs: string[];
  intransitiveRoots: string[];
  intransitiveCodes: string[];
  needTarget: string[];
  instrumentCodes: string[];
  placeTargetRoots: string[];
  placeObjectRoots: string[];
  placePrepositions: string[];
  conditionCues: string[];
  startingPoints: string[];
  mutualRoots: string[];
  quantityWords: string[];
  quantityPrepositions: string[];
  partitives: string[];
  particles: string[];
  timeWords: string[];
  unidentifiedRoots: string[];
  unidentifiedAgent: string;
  unidentifiedText: string;
  predicateMarkers: string[];
  controlVerbs: string[];
  bareInfinitiveVerbs: string[];
  gerundVerbs: string[];
  conditionTargetRoots: string[];
  purposeTargetRoots: string[];
  labelParticiples: string[];
  hearsayNouns: string[];
  policyPrepositions: string[];
  policyObjects: string[];
  purposeOpeners: string[];
  agentClasses: Record<string, AgentCondition[] | string>;
}

/** One way to belong to an agent class: every field given must fit (agent code, actor kind, a word of its roles, how it is named). */
export interface AgentCondition {
  agents?: string[];
  kinds?: string[];
  words?: string[];
  /** false: not named as its people ("Nigerians protested", "Russian forces": a plural other than its name, a modifier). */
  people?: boolean;
}

export interface SyntaxWords {
  relative: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  guardedOpeners: ReadonlyMap<string, ReadonlySet<string>>;
  coordinators: ReadonlySet<string>;
  modifierParticiples: ReadonlySet<string>;
  possessive: ReadonlySet<string>;
  possessivePronouns: ReadonlySet<string>;
  relationalNouns: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  groupPronouns: ReadonlySet<string>;
  passiveAux: ReadonlySet<string>;
  causativeAux: ReadonlySet<string>;
  agentPreposition: string;
  subjectPrepositions: ReadonlySet<string>;
  targetPrepositions: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  intransitiveRoots: ReadonlySet<string>;
  intransitiveCodes: ReadonlySet<string>;
  needTarget: ReadonlySet<string>;
  instrumentCodes: ReadonlySet<string>;
  placeTargetRoots: ReadonlySet<string>;
  placeObjectRoots: ReadonlySet<string>;
  placePrepositions: ReadonlySet<string>;
  conditionCues: ReadonlySet<string>;
  startingPoints: ReadonlySet<string>;
  mutualRoots: ReadonlySet<string>;
  quantityWords: ReadonlySet<string>;
  /** "of" in "5 million dollars of aid", "in" in "$500 million in aid": part of a quantity after a number. */
  quantityPrepositions: ReadonlySet<string>;
  /** "part of", "most of" before a noun: part of a quantity too. */
  partitives: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  unidentifiedRoots: ReadonlySet<string>;
  unidentifiedAgent: string;
  /** Source text of unidentified forces the sentence gives no words for. */
  unidentifiedText: string;
  /** Modals and the infinitive "to": a verb the lexicon knows is a verb after them, whatever wink's tag. */
  predicateMarkers: ReadonlySet<string>;
  /** Verbs whose object does what their infinitive says ("urged Iran to release", "allowed refugees to return"). */
  controlVerbs: ReadonlySet<string>;
  bareInfinitiveVerbs: ReadonlySet<string>;
  /** Verbs taking a gerund ("to stop supplying"): the infinitive chain goes on over them to the gerund. */
  gerundVerbs: ReadonlySet<string>;
  /** Roots whose missing target is the subject of their condition ("threatened to strike unless Israel …"). */
  conditionTargetRoots: ReadonlySet<string>;
  /** Roots whose missing target is the first actor of their purpose ("staged a hunger strike to demand X's resignation"). */
  purposeTargetRoots: ReadonlySet<string>;
  /** Participles that label the noun before them ("four men accused of spying", "a man wanted for murder"). */
  labelParticiples: ReadonlySet<string>;
  hearsayNouns: ReadonlySet<string>;
  /** Prepositions between a verb of force and the problem it is against ("a war **on** drugs"). */
  policyPrepositions: ReadonlySet<string>;
  /** Problems fought as a policy, not an adversary: "fight fentanyl trafficking", "a war on drugs". */
  policyObjects: ReadonlySet<string>;
  /** Lemma sequences opening a purpose besides "to" + verb and a gerund ("in protest", "against"). */
  purposeOpeners: readonly string[][];
  /** Source classes for lexicon entries' `byAgent` readings: an actor fitting any of a class's conditions is in it. */
  agentClasses: ReadonlyMap<string, readonly AgentCondition[]>;
}

/**
 * Is the actor, as this mention names it, in the agent class ("official": a ministry, a state, lawmakers)? `describes`:
 * the mention only modifies the noun that names the doer ("Russian forces", "Iranian women"), so it names a people.
 */
export function inAgentClass(ref: ActorRef, conditions: readonly AgentCondition[], describes: boolean): boolean {
  const { actor, mention } = ref;
  const roleWords = actor.roles.flatMap((role) => role.toLowerCase().split(/\s+/));
  const named = mention.text.replace(/^the\s+/i, '');
  const people = describes || (named.endsWith('s') && named.toLowerCase() !== actor.name.toLowerCase());
  return conditions.some(
    (c) =>
      (!c.agents || (actor.agent !== null && c.agents.includes(actor.agent))) &&
      (!c.kinds || c.kinds.includes(actor.kind)) &&
      (!c.words || roleWords.some((w) => c.words!.includes(w))) &&
      (c.people === undefined || c.people === people),
  );
}

const SYNTAX_PATH = fileURLToPath(new URL('../../data/events/syntax.json', import.meta.url));
let words: SyntaxWords | undefined;

export function loadSyntaxWords(): SyntaxWords {
  if (words) return words;
  const raw = JSON.parse(readFileSync(SYNTAX_PATH, 'utf8')) as SyntaxData;
  const set = (list: string[]) => new Set(list);
  words = {
    relative: set(raw.relativePronouns),
    complementizers: set(raw.complementizers),
    openers: set(raw.clauseOpeners),
    guardedOpeners: new Map(Object.entries(raw.guardedOpeners).map(([w, before]) => [w, set(before)])),
    coordinators: set(raw.coordinators),
    modifierParticiples: set(raw.modifierParticiples),
    possessive: set(raw.possessive),
    possessivePronouns: set(raw.possessivePronouns),
    relationalNouns: set(raw.relationalNouns),
    personPronouns: set(raw.personPronouns),
    groupPronouns: set(raw.groupPronouns),
    passiveAux: set(raw.passiveAuxiliaries),
    causativeAux: set(raw.causativeAuxiliaries),
    agentPreposition: raw.agentPreposition,
    subjectPrepositions: set(raw.subjectPrepositions),
    targetPrepositions: set(raw.targetPrepositions),
    speechVerbs: set(raw.speechVerbs),
    intransitiveRoots: set(raw.intransitiveRoots),
    intransitiveCodes: set(raw.intransitiveCodes),
    needTarget: set(raw.needTarget),
    instrumentCodes: set(raw.instrumentCodes),
    placeTargetRoots: set(raw.placeTargetRoots),
    placeObjectRoots: set(raw.placeObjectRoots),
    placePrepositions: set(raw.placePrepositions),
    conditionCues: set(raw.conditionCues),
    startingPoints: set(raw.startingPoints),
    mutualRoots: set(raw.mutualRoots),
    quantityWords: set(raw.quantityWords),
    quantityPrepositions: set(raw.quantityPrepositions),
    partitives: set(raw.partitives),
    particles: set(raw.particles),
    timeWords: set(raw.timeWords),
    unidentifiedRoots: set(raw.unidentifiedRoots),
    unidentifiedAgent: raw.unidentifiedAgent,
    unidentifiedText: raw.unidentifiedText,
    predicateMarkers: set(raw.predicateMarkers),
    controlVerbs: set(raw.controlVerbs),
    bareInfinitiveVerbs: set(raw.bareInfinitiveVerbs),
    gerundVerbs: set(raw.gerundVerbs),
    conditionTargetRoots: set(raw.conditionTargetRoots),
    purposeTargetRoots: set(raw.purposeTargetRoots),
    labelParticiples: set(raw.labelParticiples),
    hearsayNouns: set(raw.hearsayNouns),
    policyPrepositions: set(raw.policyPrepositions),
    policyObjects: set(raw.policyObjects),
    purposeOpeners: raw.purposeOpeners.map((p) => p.split(' ')),
    agentClasses: new Map(Object.entries(raw.agentClasses).filter((e): e is [string, AgentCondition[]] => Array.isArray(e[1]))),
  };
  return words;
}

/** The verb a gerund is made of, when the lexicon knows it: "meeting" → meet, "firing" → fire, "hitting" → hit. */
function gerundVerb(norm: string, verbs: ReadonlySet<string>): string | null {
  if (!norm.endsWith('ing')) return null;
  const stem = norm.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : null;
  return [stem, `${stem}e`, doubled].find((candidate): candidate is string => candidate !== null && verbs.has(candidate)) ?? null;
}

/** An actor mention aligned with tokens; `first`/`last` are sentence-local token indices (inclusive). */
export interface ActorRef {
  actor: Actor;
  mention: Mention;
  first: number;
  last: number;
}

export type ClauseKind = 'main' | 'coord' | 'relative' | 'complement' | 'adverbial';

export interface Clause {
  index: number;
  /** Sentence-local token range, end exclusive. */
  start: number;
  end: number;
  kind: ClauseKind;
  /** The clause this one depends on (complement, adverbial, relative) or continues (coord). */
  parent: number | null;
  /** The word that opens the clause ("that", "which", "whether", "and"), or null. */
  opener: number | null;
}

/** Actors a noun phrase refers to, by how they sit in it. */
export interface NounPhrase {
  start: number;
  /** First token after the phrase (and its of-phrases). */
  end: number;
  /** The phrase's head actors (several when coordinated: "Hamas and Hezbollah"). */
  heads: ActorRef[];
  /** "Iran's" in "Iran's oil industry". */
  possessors: ActorRef[];
  /** "Iranian" in "Iranian killer": an actor classifying a non-actor head. */
  classifiers: ActorRef[];
  /** Actors inside of/in/from phrases ("members of X's government"). */
  inner: ActorRef[];
  /** Head actors of an appositive after a comma ("…, top General Qassim Suleimani, …"). */
  appositive: ActorRef[];
  /** First token after the phrase, its appositive and the appositive's closing comma. */
  after: number;
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const VERBAL = new Set(['VERB', 'AUX']);
const DASHES = new Set(['-', '–', '—']);
/** Words that may open the subject of a complement clause without "that". */
const SUBJECT_START = new Set(['PROPN', 'DET', 'PRON', 'NOUN', 'ADJ', 'NUM']);
/** Words that can head a clause's subject. */
const SUBJECT_HEAD = new Set(['PROPN', 'PRON', 'NOUN', 'NUM']);
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);

/** Where an object can start: a determiner, a number, a pronoun, a name, a predicative adjective ("shot dead a …"). */
const OBJECT_OPENERS = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'ADJ']);

/** Heads of the event lexicon's verb and noun entries. */
export interface LexicalHeads {
  verbs: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
}

/** One sentence seen by the coder: tokens, lemmas, actor refs and clauses. */
export class SentenceView {
  readonly n: number;
  readonly lemma: string[];
  readonly pos: string[];
  /** The actor ref covering each token, if any. */
  readonly refAt: (ActorRef | null)[];
  readonly clauses: Clause[] = [];
  /** A plain array: a small typed array per sentence costs more to allocate than it saves. */
  readonly clauseOf: number[];
  private readonly subjects = new Map<number, ActorRef[]>();
  /** Clauses whose subject is a pronoun, resolved here. */
  private readonly pronounSubjects = new Set<number>();

  constructor(
    readonly index: number,
    readonly tokens: readonly Token[],
    refs: readonly ActorRef[],
    readonly w: SyntaxWords,
    /** Subjects of the previous sentence, for pronouns that open this one. */
    private readonly previous: readonly ActorRef[],
    /** The lexicon's verb and noun heads, to correct wink's part of speech where the syntax is clear. */
    heads: LexicalHeads,
  ) {
    this.n = tokens.length;
    this.lemma = tokens.map((t) => (t.pos === 'PROPN' ? t.norm : t.lemma.toLowerCase()));
    this.pos = tokens.map((t) => (QUOTES.has(t.text) ? 'PUNCT' : t.pos));
    this.refAt = new Array(this.n).fill(null);
    for (const ref of refs) for (let i = ref.first; i <= ref.last; i++) this.refAt[i] ??= ref;
    // A word of an actor's name is no clause verb ("Shining Path", "Red Cross").
    for (let i = 0; i < this.n; i++) if (this.refAt[i] && VERBAL.has(this.pos[i]!)) this.pos[i] = 'PROPN';
    this.retag(heads);
    this.clauseOf = new Array(this.n).fill(0);
    this.segment();
  }

  /**
   * wink tags some predicates as nouns or adjectives ("Masked men abducted two …", "will welcome the", "agreed to
   * re-open its borders") and some event nouns as adjectives ("a warm welcome to"); a word the lexicon knows in the
   * other role takes that role where the syntax leaves no doubt. "re-open" is the lexicon's "reopen".
   */
  private retag(heads: LexicalHeads): void {
    let verbSeen = false;
    for (let i = 0; i < this.n; i++) {
      if (this.refAt[i]) continue;
      let lemma = this.lemma[i]!;
      if (lemma.includes('-')) {
        const joined = lemma.replaceAll('-', '');
        if (heads.verbs.has(joined) || heads.nouns.has(joined)) this.lemma[i] = lemma = joined;
      }
      const gerund = this.pos[i] === 'NOUN' && i > 0 && this.w.openers.has(this.lemma[i - 1]!) && this.objectAt(i + 1) ? gerundVerb(this.tokens[i]!.norm, heads.verbs) : null;
      if (gerund) {
        // "after meeting Scholz": wink takes a gerund after a subordinator for a noun; the lexicon's verb reads it.
        this.pos[i] = 'VERB';
        this.lemma[i] = lemma = gerund;
      }
      const pos = this.pos[i]!;
      // "Rebels shot down a helicopter": the object may follow the verb's particle.
      const object = this.objectAt(i + 1) || (this.pos[i + 1] === 'ADP' && this.w.particles.has(this.lemma[i + 1]!) && this.objectAt(i + 2));
      // "Eritrean troops looted homes": a past form right after the subject takes even a bare noun as its object.
      const pastAfterSubject = !verbSeen && this.afterSubject(i) && (object || (this.pos[i + 1] === 'NOUN' && this.regularPast(i)));
      if ((pos === 'NOUN' || pos === 'ADJ') && heads.verbs.has(lemma) && (pastAfterSubject || (object && this.afterMarker(i)))) {
        this.pos[i] = 'VERB';
      } else if (pos === 'ADJ' && heads.nouns.has(lemma) && this.headsPhrase(i)) this.pos[i] = 'NOUN';
      else if (pos === 'VERB' && this.describesNoun(i)) this.pos[i] = 'ADJ';
      if (this.pos[i] === 'AUX' || (this.pos[i] === 'VERB' && !this.modifiesNext(i))) verbSeen = true;
    }
  }

  /** A participle between a preposition or article and its noun describes it: "in disputed Kashmir", "the occupied territories". */
  private describesNoun(i: number): boolean {
    const before = i > 0 ? this.pos[i - 1] : undefined;
    if ((before !== 'ADP' && before !== 'DET') || this.w.relative.has(this.lemma[i - 1]!) || !this.regularPast(i)) return false;
    const next = this.pos[i + 1];
    return Boolean(this.refAt[i + 1]) || next === 'NOUN' || next === 'PROPN';
  }

  /** A labelling participle after a common noun, before its preposition: "four men accused of spying", "a man wanted for murder". */
  labelsNoun(i: number): boolean {
    return i > 0 && ['NOUN', 'PRON'].includes(this.pos[i - 1]!) && this.pos[i + 1] === 'ADP' && this.w.labelParticiples.has(this.lemma[i]!) && this.regularPast(i);
  }

  /** A lower-case "-ed" form: a regular past or participle ("looted", "disputed", "accused"). */
  private regularPast(i: number): boolean {
    return /\p{Ll}ed$/u.test(this.tokens[i]!.text);
  }

  /** Can an object start at j ("the", "two", "its", a name, "dead a …")? */
  private objectAt(j: number): boolean {
    return j < this.n && (Boolean(this.refAt[j]) || OBJECT_OPENERS.has(this.pos[j]!));
  }

  /** Is the word at i after a modal or the infinitive "to" ("will welcome", "agreed to re-open", "did not welcome")? */
  private afterMarker(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && (this.pos[j] === 'ADV' || this.lemma[j] === 'not')) j--;
    return j >= 0 && this.w.predicateMarkers.has(this.lemma[j]!) && ['AUX', 'PART', 'ADP'].includes(this.pos[j]!);
  }

  /** Does a subject end right before i ("Masked men | abducted", "Rebels | shot")? */
  private afterSubject(i: number): boolean {
    const j = i - 1;
    return j >= 0 && (Boolean(this.refAt[j]) || this.pos[j] === 'PROPN' || (this.pos[j] === 'NOUN' && this.pos[i] === 'NOUN'));
  }

  /** Does the adjective at i head its phrase ("a warm welcome on …")? A determiner opens it and a preposition or punctuation follows. */
  private headsPhrase(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && (this.pos[j] === 'ADJ' || this.pos[j] === 'ADV')) j--;
    const next = this.pos[i + 1];
    return j >= 0 && this.pos[j] === 'DET' && (next === undefined || next === 'ADP' || next === 'PUNCT');
  }

  isVerb(i: number): boolean {
    return VERBAL.has(this.pos[i]!);
  }

  isPunct(i: number, text?: string): boolean {
    return this.pos[i] === 'PUNCT' && (text === undefined || this.tokens[i]!.text === text);
  }

  /** The ref starting at token i, if a mention starts there. */
  refStarting(i: number): ActorRef | null {
    const ref = this.refAt[i];
    return ref && ref.first === i ? ref : null;
  }

  // ---- clauses

  private open(start: number, kind: ClauseKind, parent: number | null, opener: number | null): number {
    const previous = this.clauses.at(-1);
    if (previous) previous.end = start;
    this.clauses.push({ index: this.clauses.length, start, end: this.n, kind, parent, opener });
    return this.clauses.length - 1;
  }

  /** Index of the first verb at or after i before a clause break (comma, semicolon), or -1. */
  private verbAhead(i: number, nominalOnly: boolean): number {
    for (let j = i; j < this.n; j++) {
      if (this.isVerb(j)) return j;
      if (this.isPunct(j, ',') || this.isPunct(j, ';') || this.isPunct(j, ':')) return -1;
      if (nominalOnly && !NOMINAL.has(this.pos[j]!) && !this.isPossessive(j) && this.pos[j] !== 'PRON' && this.pos[j] !== 'CCONJ' && !DASHES.has(this.tokens[j]!.text)) {
        return -1;
      }
    }
    return -1;
  }

  /** Where a complement clause without "that" starts after a speech verb, past a time adjunct ("on Wednesday"), or -1. */
  private complementAt(next: number): number {
    let start = next;
    if (this.pos[start] === 'ADP' && this.w.timeWords.has(this.lemma[start + 1] ?? '')) start += 2;
    return start < this.n && SUBJECT_START.has(this.pos[start]!) && this.verbAhead(start, true) > start ? start : -1;
  }

  /**
   * Does a subordinator before token `next` open a clause? It needs a verb with a subject before it ("after talks
   * collapsed") or a gerund ("after meeting X"); "once again rejected" and "after four years to allow" are no clauses.
   */
  private opensClause(next: number): boolean {
    const verb = this.verbAhead(next, false);
    if (verb < 0) return false;
    if (verb === next) return this.tokens[verb]!.norm.endsWith('ing');
    // An infinitive's "to" before the verb is no clause ("in order to"); a possessive is part of its subject ("if Seoul's troops …").
    for (let j = next; j < verb; j++) if (this.pos[j] === 'PART' && !this.isPossessive(j)) return false;
    for (let j = next; j < verb; j++) if (this.refAt[j] || SUBJECT_HEAD.has(this.pos[j]!)) return true;
    return false;
  }

  isPossessive(i: number): boolean {
    return this.pos[i] === 'PART' && this.w.possessive.has(this.tokens[i]!.norm);
  }

  /** A word of a quantity before a noun ("about 70 million dollars of", "up to 4,000", "700 kg of"): patterns reach over it. */
  isQuantity(i: number): boolean {
    if (this.pos[i] === 'NUM') return true;
    // "part of the aid", "most of its troops": a partitive and its "of".
    if (this.w.partitives.has(this.lemma[i]!) && this.lemma[i + 1] === 'of') return true;
    // "70 million dollars of aid", "$500 million in aid".
    if (this.w.quantityPrepositions.has(this.lemma[i]!)) {
      return i > 0 && (this.pos[i - 1] === 'NUM' || (this.pos[i - 1] === 'NOUN' && this.pos[i - 2] === 'NUM') || (this.lemma[i] === 'of' && this.w.partitives.has(this.lemma[i - 1]!)));
    }
    if (!this.w.quantityWords.has(this.lemma[i]!)) return false;
    for (let j = i + 1; j < this.n && j <= i + 3; j++) {
      if (this.pos[j] === 'NUM') return true;
      if (!this.w.quantityWords.has(this.lemma[j]!)) return false;
    }
    return false;
  }

  /** "its", "their", "his". */
  isPossessivePronoun(i: number): boolean {
    return this.pos[i] === 'PRON' && this.w.possessivePronouns.has(this.lemma[i]!);
  }

  /** Splits the sentence at semicolons, relative pronouns, complementizers, subordinators and coordinated verbs. */
  private segment(): void {
    let current = this.open(0, 'main', null, null);
    let hasVerb = false;
    // A non-restrictive relative clause (", which …,") ends at the comma before its parent's verb.
    let relativeAfterComma = -1;
    for (let i = 0; i < this.n; i++) {
      const lemma = this.lemma[i]!;
      const pos = this.pos[i]!;
      const next = i + 1 < this.n ? i + 1 : -1;
      let opened = false;
      if (this.isPunct(i, ';') && next >= 0) {
        current = this.open(next, 'main', null, null);
        opened = true;
        i = next - 1;
      } else if (this.w.relative.has(lemma) && (pos === 'PRON' || pos === 'DET') && i > 0 && (this.isPunct(i - 1, ',') || this.pos[i - 1] === 'NOUN' || this.pos[i - 1] === 'PROPN')) {
        const parent = current;
        current = this.open(i, 'relative', parent, i);
        relativeAfterComma = this.isPunct(i - 1, ',') ? current : -1;
        opened = true;
      } else if (this.w.complementizers.has(lemma) && (pos === 'SCONJ' || pos === 'PRON') && i > 0) {
        // "vessels that (illegally) intruded": a verb right after "that", past adverbs, makes it a relative pronoun.
        let verb = next;
        while (verb >= 0 && verb < this.n && this.pos[verb] === 'ADV') verb++;
        const relative = verb >= 0 && verb < this.n && this.isVerb(verb) && pos === 'PRON';
        current = this.open(i, relative ? 'relative' : 'complement', current, i);
        opened = true;
      } else if (pos === 'VERB' && this.w.speechVerbs.has(lemma) && next >= 0 && this.complementAt(next) >= 0) {
        // "Turkey says Greece violated its airspace", "confirmed on Wednesday it would": a complement clause without "that".
        const start = this.complementAt(next);
        current = this.open(start, 'complement', current, null);
        opened = true;
        i = start - 1;
      } else if ((this.w.openers.has(lemma) || (i > 0 && this.w.guardedOpeners.get(lemma)?.has(this.lemma[i - 1]!))) && (pos === 'SCONJ' || pos === 'ADP' || pos === 'ADV') && next >= 0 && this.opensClause(next)) {
        current = this.open(i, lemma === 'whether' ? 'complement' : 'adverbial', current, i);
        opened = true;
      } else if ((pos === 'CCONJ' && this.w.coordinators.has(lemma)) || this.isPunct(i, ',')) {
        let j = i + 1;
        while (j < this.n && (this.pos[j] === 'ADV' || this.isPunct(j, ',') || this.pos[j] === 'CCONJ')) j++;
        const clause = this.clauses[current]!;
        if (this.isPunct(i, ',') && relativeAfterComma === current && j < this.n && this.isVerb(j) && hasVerb) {
          // ", which wasn't signed by X, repeated …": back to the relative clause's parent.
          current = this.open(j, 'coord', clause.parent, i);
          relativeAfterComma = -1;
          opened = true;
          i = j - 1;
        } else if (hasVerb && j < this.n && (this.pos[j] === 'VERB' || (this.pos[j] === 'AUX' && pos === 'CCONJ'))) {
          current = this.open(j, 'coord', current, i);
          opened = true;
          i = j - 1;
        } else if (hasVerb && j < this.n && (NOMINAL.has(this.pos[j]!) || this.pos[j] === 'PRON') && this.verbAhead(j, true) > j) {
          current = this.open(j, 'main', current, i);
          opened = true;
          i = j - 1;
        }
      }
      if (opened) hasVerb = false;
      else if (this.isVerb(i)) hasVerb = true;
    }
    let c = 0;
    for (let i = 0; i < this.n; i++) {
      while (c + 1 < this.clauses.length && this.clauses[c + 1]!.start <= i) c++;
      this.clauseOf[i] = c;
    }
  }

  // ---- noun phrases

  /**
   * "Iranian-backed (militias)": the actor modifies a participle, it is not the phrase's referent.
   * Unhyphenated, "Iran backed militias" is such a compound only when a verb follows it in its clause
   * ("… attacked the base"); "India held talks with Bangladesh" has none, so "held" is its verb.
   */
  isModifierRef(ref: ActorRef): boolean {
    let j = ref.last + 1;
    const hyphen = this.isPunct(j, '-');
    if (hyphen) j++;
    if (j >= this.n || !this.w.modifierParticiples.has(this.lemma[j]!) || !(this.pos[j] === 'VERB' || this.pos[j] === 'ADJ')) return false;
    if (hyphen) return true;
    if (!['NOUN', 'PROPN'].includes(this.pos[j + 1] ?? '')) return false;
    for (let k = j + 2; k < this.n && this.clauseOf[k] === this.clauseOf[j]; k++) if (this.isVerb(k)) return true;
    return false;
  }

  private lastNonPunct(j: number): number {
    while (j > 0 && this.isPunct(j)) j--;
    return j;
  }

  /** Can token j continue a noun phrase? (participles between determiner and noun: "written assurances", "Iranian-backed militias"). */
  private inPhrase(j: number, start: number): boolean {
    const pos = this.pos[j]!;
    if (NOMINAL.has(pos) || this.isPossessive(j) || this.refAt[j]) return true;
    if (this.isPunct(j, '-')) return j + 1 < this.n && !this.isPunct(j + 1);
    // "war-torn Mozambique": the first half of a hyphenated modifier, whatever wink tagged it.
    if (this.isPunct(j + 1, '-') && j + 2 < this.n && !this.isPunct(j + 2) && (j === start || this.isPunct(j - 1) || NOMINAL.has(this.pos[j - 1]!))) return true;
    if (pos === 'VERB' && j + 1 < this.n && (['NOUN', 'PROPN', 'ADJ'].includes(this.pos[j + 1]!) || this.refAt[j + 1])) {
      // "two detained Americans", "three suspected ISIS members": after a number too.
      return start === j || (j > 0 && (this.isPunct(j - 1, '-') || this.pos[j - 1] === 'DET' || this.pos[j - 1] === 'ADJ' || this.pos[j - 1] === 'NUM'));
    }
    return false;
  }

  /** Reads the noun phrase starting at `start` (within `limit`): its actors by role, through of-phrases and one appositive. */
  nounPhrase(start: number, limit = this.n, innerPreps = this.w.subjectPrepositions): NounPhrase {
    const np: NounPhrase = { start, end: start, heads: [], possessors: [], classifiers: [], inner: [], appositive: [], after: start };
    let j = start;
    while (j < limit && this.isPossessivePronoun(j)) j++;
    const core = this.readCore(j, limit);
    Object.assign(np, { heads: core.heads, possessors: core.possessors, classifiers: core.classifiers });
    j = core.end;
    // "the number one Iranian killer of Americans": of-phrases belong to the phrase, their actors are inner.
    while (j + 1 < limit && this.pos[j] === 'ADP' && innerPreps.has(this.lemma[j]!)) {
      const inner = this.readCore(j + 1, limit);
      if (inner.end === j + 1) break;
      np.inner.push(...inner.heads, ...inner.possessors, ...inner.classifiers);
      j = inner.end;
    }
    np.end = j;
    np.after = j;
    if (this.isPunct(j, ',') && j + 1 < limit) {
      const appositive = this.readCore(j + 1, limit);
      const comma = this.isPunct(appositive.end, ',');
      const closes = appositive.end >= limit || comma || this.isPunct(appositive.end, '.') || this.pos[appositive.end] === 'ADP';
      if (appositive.heads.length > 0 && closes) {
        np.appositive = appositive.heads;
        np.after = comma ? appositive.end + 1 : appositive.end;
      }
    }
    return np;
  }

  private readCore(start: number, limit: number): { end: number; heads: ActorRef[]; possessors: ActorRef[]; classifiers: ActorRef[] } {
    const heads: ActorRef[] = [];
    const possessors: ActorRef[] = [];
    const classifiers: ActorRef[] = [];
    let conjuncts = 1;
    let conjunctStart = start;
    // A conjunct without a head actor is represented by its last classifier or possessor.
    const promote = () => {
      const own = [...possessors, ...classifiers].filter((r) => r.first >= conjunctStart).sort((a, b) => a.first - b.first);
      if (!heads.some((h) => h.first >= conjunctStart) && own.length) heads.push(own.at(-1)!);
    };
    let j = start;
    while (j < limit) {
      const ref = this.refStarting(j);
      if (ref) {
        const after = ref.last + 1;
        if (this.isModifierRef(ref)) {
          // skipped: "Iranian-backed"
        } else if (after < limit && this.isPossessive(after)) possessors.push(ref);
        else if (after < limit && (this.pos[after] === 'NOUN' || (this.pos[after] === 'PROPN' && !this.refAt[after]))) classifiers.push(ref);
        // "NATO-member Norway": the first part of a hyphenated compound classifies.
        else if (after + 1 < limit && this.isPunct(after, '-') && this.pos[after + 1] === 'NOUN') classifiers.push(ref);
        else heads.push(ref);
        j = after;
        continue;
      }
      if (this.inPhrase(j, start)) {
        j++;
        continue;
      }
      // Coordination inside the phrase: "Hamas and Hezbollah", "Libyan leader X and Bulgarian President Y".
      if ((this.pos[j] === 'CCONJ' || this.isPunct(j, ',')) && j > start && this.refAt[this.lastNonPunct(j - 1)]) {
        const comma = this.isPunct(j, ',');
        let k = j + 1;
        while (k < limit && (this.pos[k] === 'DET' || this.pos[k] === 'CCONJ' || (!comma && this.pos[k] === 'ADJ'))) k++;
        // "X and his Greek counterpart Y": a possessive pronoun and the role words before a name.
        if (!comma && this.isPossessivePronoun(k)) {
          let r = k + 1;
          while (r < limit && r < k + 5 && !this.refAt[r] && ['ADJ', 'NOUN', 'PROPN'].includes(this.pos[r]!)) r++;
          if (r < limit && this.refStarting(r)) k = r;
        }
        const next = k < limit ? this.refStarting(k) : null;
        // "A, B and C" is a list; "A, top General B" is an appositive.
        const listed = next && (!comma || this.pos[next.last + 1] === 'CCONJ' || this.isPunct(next.last + 1, ','));
        if (next && listed) {
          conjuncts++;
          promote();
          conjunctStart = k;
          j = k;
          continue;
        }
      }
      break;
    }
    if (conjuncts > 1) promote();
    return { end: j, heads, possessors, classifiers };
  }

  /** The actors a phrase stands for: heads, else an appositive, else possessors, classifiers and (optionally) inner actors. */
  static pick(np: NounPhrase, useInner: boolean): ActorRef[] {
    if (np.heads.length) return np.heads;
    if (np.appositive.length) return np.appositive;
    if (np.possessors.length) return np.possessors.slice(-1);
    if (np.classifiers.length) return np.classifiers.slice(-1);
    return useInner ? np.inner.slice(0, 1) : [];
  }

  // ---- subjects

  /** The actors doing what clause c says: its subject, a relative clause's antecedent, a continued clause's subject. */
  subjectOf(c: number): ActorRef[] {
    const cached = this.subjects.get(c);
    if (cached) return cached;
    this.subjects.set(c, []);
    const found = this.findSubject(c);
    this.subjects.set(c, found);
    return found;
  }

  private findSubject(c: number): ActorRef[] {
    const clause = this.clauses[c]!;
    if (clause.kind === 'coord' && clause.parent !== null) {
      // "…, Ukraine's air force said, killing four people": the participle goes on from the clause the aside interrupts.
      const parent = this.clauses[clause.parent]!;
      const verb = this.firstVerb(clause.start, clause.end);
      const aside = parent.parent !== null && verb >= 0 && this.tokens[verb]!.norm.endsWith('ing') && this.isSpeechAside(parent);
      const own = this.subjectOf(aside ? parent.parent! : clause.parent);
      // "…against vessels that intruded into its waters, and accused Manila of …": a relative clause with no actor
      // for its antecedent hands the coordinated verb back to the clause it hangs from.
      return own.length === 0 && !aside && parent.kind === 'relative' && parent.parent !== null ? this.subjectOf(parent.parent) : own;
    }
    if (clause.kind === 'relative' && clause.opener !== null) {
      let j = clause.opener - 1;
      if (this.isPunct(j, ',')) j--;
      const ref = j >= 0 ? this.refAt[j] : null;
      if (ref) return [ref];
      // "that was signed": the antecedent is the noun before; relative "that" clauses with no actor antecedent have none.
      if (this.lemma[clause.opener] !== 'that') return [];
    }
    let start = clause.opener !== null && clause.kind !== 'main' ? clause.opener + 1 : clause.start;
    let verb = this.firstVerb(start, clause.end);
    // "Ousted President X has agreed", "Newly appointed Prime Minister Y": a participle modifying the subject.
    while (verb >= 0 && this.modifiesNext(verb)) verb = this.firstVerb(verb + 1, clause.end);
    const end = verb < 0 ? clause.end : verb;
    // "announced Wednesday it would …": a time word before the subject.
    while (start < end && (this.pos[start] === 'CCONJ' || this.pos[start] === 'ADV' || this.isPunct(start) || this.w.timeWords.has(this.lemma[start]!))) start++;
    // "Up to 1,000 ethnic Turks", "At least three soldiers": a quantity opens the subject.
    let q = start;
    while (q < end && q < start + 3 && ['ADV', 'ADP', 'ADJ'].includes(this.pos[q]!)) q++;
    if (q > start && this.pos[q] === 'NUM') start = q;
    // "Two days earlier, …", "A week later, …": a time adjunct closed by its comma is not the subject.
    for (let j = start + 1; j < end; j++) {
      if (this.refAt[j - 1]) break;
      if (this.isPunct(j, ',')) {
        if (this.w.timeWords.has(this.lemma[j - 1]!)) start = j + 1;
        break;
      }
    }
    // An introductory phrase ("For that last act, …", "But in the wake of X, …") is not the subject.
    if (start < end && ['ADP', 'SCONJ', 'ADV'].includes(this.pos[start]!)) {
      for (let j = start; j < end; j++) {
        if (this.isPunct(j, ',')) {
          start = j + 1;
          break;
        }
      }
    }
    // "after meeting X": a clause without a subject of its own shares its governing clause's.
    if (start >= end) return clause.kind === 'adverbial' && clause.parent !== null ? this.subjectOf(clause.parent) : [];
    if (this.pos[start] === 'PRON' && !this.isPossessivePronoun(start)) return this.resolvePronoun(start, c);
    const np = this.nounPhrase(start, end);
    const found = SentenceView.pick(np, true);
    // "their forces": a subject known only through its possessive pronoun.
    // Not "its partners": a relational noun names others.
    if (found.length === 0 && this.isPossessivePronoun(start) && !this.w.relationalNouns.has(this.lemma[np.end - 1] ?? '')) return this.resolvePronoun(start, c);
    return found;
  }

  /** A clause that only says who said what it interrupts: ", Ukraine's air force said,". */
  private isSpeechAside(clause: Clause): boolean {
    const verb = this.firstVerb(clause.start, clause.end);
    if (verb < 0 || !this.w.speechVerbs.has(this.lemma[verb]!)) return false;
    let after = verb + 1;
    const time = (j: number) => this.w.timeWords.has(this.lemma[j] ?? '');
    while (after < clause.end && (time(after) || this.isPunct(after) || (this.pos[after] === 'ADP' && time(after + 1)))) after++;
    return after === clause.end;
  }

  /** A past participle opening a noun phrase ("Ousted President", "the detained diplomat"), not a clause verb. */
  private modifiesNext(i: number): boolean {
    const t = this.tokens[i]!;
    if (this.pos[i] !== 'VERB' || t.norm === this.lemma[i] || t.norm.endsWith('ing')) return false;
    let b = i - 1;
    while (b >= 0 && this.pos[b] === 'ADV') b--;
    if (b >= 0 && !['DET', 'ADJ', 'PUNCT', 'CCONJ'].includes(this.pos[b]!)) return false;
    const n = i + 1;
    return n < this.n && (Boolean(this.refAt[n]) || ['NOUN', 'PROPN', 'ADJ'].includes(this.pos[n]!));
  }

  firstVerb(from: number, to: number): number {
    for (let j = from; j < to; j++) if (this.isVerb(j)) return j;
    return -1;
  }

  /**
   * "they" in a complement clause is the governing clause's subject ("Iran offered assurances to X that they …");
   * otherwise the nearest actor of the right kind before the pronoun, an earlier clause's subject, the last sentence's.
   */
  private resolvePronoun(i: number, c: number): ActorRef[] {
    this.pronounSubjects.add(c);
    return this.referent(i, c);
  }

  /** What the pronoun at i (in clause c) stands for; see resolvePronoun. */
  referent(i: number, c: number): ActorRef[] {
    const lemma = this.lemma[i]!;
    const person = this.w.personPronouns.has(lemma);
    if (!person && !this.w.groupPronouns.has(lemma)) return [];
    const fits = (refs: readonly ActorRef[]) => refs.filter((r) => (person ? r.actor.kind === 'person' : r.actor.kind !== 'person'));
    // "Seoul and Washington launched their exercises": a possessive after its clause's subject is the subject's.
    if (this.isPossessivePronoun(i)) {
      const own = fits(this.subjectOf(c));
      if (own.length && own.every((r) => r.last < i)) return own;
    }
    const parent = this.clauses[c]!.parent;
    if (parent !== null && !this.pronounSubjects.has(parent)) {
      const refs = fits(this.subjectOf(parent));
      if (refs.length && !this.pronounSubjects.has(parent)) return refs;
    }
    for (let j = i - 1; j >= 0; j--) {
      const ref = this.refAt[j];
      if (ref && fits([ref]).length) return [ref];
    }
    return fits(this.previous);
  }

  /** Text of the tokens from a to b (inclusive), as written. */
  text(a: number, b: number, articleText: string): string {
    return articleText.slice(this.tokens[a]!.start, this.tokens[b]!.end);
  }
}
