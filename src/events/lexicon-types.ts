// Types for the event lexicon (data/events/lexicon/*.json) and cue lists (data/events/cues.json).
// The JSON holds compact `pattern` strings; the loader compiles them into the explicit
// fields below so the event coder never parses patterns itself.
import type { Modality } from '../types.ts';

export type EntryKind = 'verb' | 'noun' | 'adj';

/** Where the event's target is found relative to the matched words. */
export type TargetRole =
  /** Direct object of the verb, or the slot right after the head ("visit $T", "accuse $T of"). */
  | 'object'
  /** Object of the preposition in `prep` ("impose sanction on $T", "talk with $T"). */
  | 'prep'
  /** Subject of the complement clause ("accusation that $T ..."). */
  | 'clause'
  /** No target in the pattern (intransitive: "riot", "resign"); the coder may still find one. */
  | 'none';

/** A modality an entry itself implies ("plot to kill" is attempted). `asserted` is the default and never listed. */
export type EntryModality = Exclude<Modality, 'asserted'>;

/** One entry as written in a lexicon file. */
export interface RawLexiconEntry {
  code: string;
  kind: EntryKind;
  /** Head lemma exactly as wink-nlp lemmatises it (lowercase base form). */
  lemma: string;
  /** Lemmas in order; the head appears once; `a|b` are alternatives; `$T` marks the target. */
  pattern: string;
  /** Other lemmas wink produces for inflected or British forms of the head ("wag" for waged). */
  alsoLemmas?: string[];
  symmetric?: boolean;
  fallback?: boolean;
  reverse?: boolean;
  passive?: boolean;
  /** The pattern holds only when an actor stands at `$T` ("send police to $T": police sent to a state, not "to the border"). */
  actorTarget?: boolean;
  modality?: EntryModality;
  /**
   * The code to report instead when the event's source is in an agent class (`agentClasses` in syntax.json): a
   * ministry that "protested" complains (114) where crowds demonstrate (141). Keys are class names, values codes.
   */
  byAgent?: Record<string, string>;
  note?: string;
}

/** A compiled, validated lexicon entry. */
export interface LexiconEntry {
  /** Stable id: `<file>#<index>`, e.g. "14-20-material-conflict#12". */
  id: string;
  code: string;
  /** Two-digit CAMEO root of `code`. */
  root: string;
  kind: EntryKind;
  lemma: string;
  /** `lemma` plus `alsoLemmas`: every token lemma that can be this entry's head. */
  headLemmas: readonly string[];
  pattern: string;
  /** Words that must precede the head (modifiers: "hunger" in "hunger strike"), nearest last. Each slot lists alternatives. */
  before: readonly (readonly string[])[];
  /** Words that must follow the head in order (particles, objects, prepositions), excluding the target slot. */
  after: readonly (readonly string[])[];
  /** How many `after` slots come before the target slot ("accuse $T of": 0; "impose sanction on $T": 2); null without a target. */
  targetIndex: number | null;
  targetRole: TargetRole;
  /** First preposition introducing the target, when targetRole is 'prep'. */
  prep: string | null;
  /** All alternative prepositions for the target ("talk to|with $T": ["to", "with"]). */
  preps: readonly string[];
  /** "X and Y met" codes both X→Y and Y→X. */
  symmetric: boolean;
  /** "X was attacked by Y" may be matched with roles swapped. Defaults to true for verbs with an object target. */
  passive: boolean;
  /** Matches only with an actor at the target. */
  actorTarget: boolean;
  /** Generic reading: use only when nothing more specific matched in the clause, with lower confidence. */
  fallback: boolean;
  /** The grammatical subject is the TARGET and $T the source ("receive aid from $T", "survive assassination attempt"). */
  reverse: boolean;
  modality: EntryModality | null;
  /** Class name → code for sources in that agent class (see `RawLexiconEntry.byAgent`); null when the code never depends on the agent. */
  byAgent: Readonly<Record<string, string>> | null;
  /**
   * The `before` and `after` slots, every one of which needs a word in the sentence: a quick test before matching.
   * Flattened word ids (`EventLexicon.wordId`): each slot's number of alternatives, then their ids.
   */
  required: Int32Array;
  /** Number of words besides the head; more specific entries sort first. */
  specificity: number;
  /** Lexicon file the entry came from (without directory). */
  file: string;
  note: string | null;
}

/** The entries one head lemma can start, most specific first, with their required words packed in one array. */
export interface HeadEntries {
  readonly entries: readonly LexiconEntry[];
  /** Entry e's `required` is `required.subarray(starts[e], starts[e + 1])`: one contiguous scan for all of them. */
  readonly required: Int32Array;
  readonly starts: Int32Array;
}

export interface EventLexicon {
  readonly entries: readonly LexiconEntry[];
  /** Entries whose head can be this lemma, most specific first (longer patterns, then non-fallback, then finer codes). */
  lookup(lemma: string): readonly LexiconEntry[];
  /** The same entries with their required words packed, for the coder's matching loop; null when none. */
  lookupHead(lemma: string): HeadEntries | null;
  /** Entries coding exactly this CAMEO code. */
  byCode(code: string): readonly LexiconEntry[];
  /** Every lemma that can head an entry. */
  readonly headLemmas: ReadonlySet<string>;
  /** The id of a word some pattern slot lists (ids are dense, below `wordCount`), or -1. */
  wordId(lemma: string): number;
  readonly wordCount: number;
  /** Lemmas that head a verb entry, and those that head a noun entry (to correct wink's part of speech). */
  readonly verbHeads: ReadonlySet<string>;
  readonly nounHeads: ReadonlySet<string>;
}

// --- Cues -----------------------------------------------------------------------------------

/** Where the event a cue modifies is found. */
export type CueScope = 'verb' | 'infinitive' | 'clause' | 'noun' | 'attribution';

/** Which CAMEO derivation a governing cue triggers (see `derivations` in cues.json). */
export type DerivationKind = 'intended' | 'appeal' | 'demanded' | 'rejected' | 'threatened' | 'attempted';

export interface Cue {
  /** Surface form, for people. */
  text: string;
  /** Lemma sequence to match; `a|b` alternatives, `$T` a target slot. */
  words: readonly (readonly string[])[];
  governs: CueScope;
  derive: DerivationKind | null;
  note: string | null;
}

export interface SupportVerb {
  text: string;
  words: readonly (readonly string[])[];
  /** agent: the subject is the event's source; patient: the subject is its target ("faces sanctions"). */
  role: 'agent' | 'patient';
  /** Also a verb of naming: no support verb before an object complement ("called the releases a small step"). */
  naming: boolean;
  note: string | null;
}

export interface EventCues {
  negation: readonly Cue[];
  modality: Readonly<Record<EntryModality, readonly Cue[]>>;
  supportVerbs: readonly SupportVerb[];
  causative: readonly SupportVerb[];
  /** The code to report for an event of `code` governed by a cue of `kind`, or null (keep the code, set the flag). */
  derive(code: string, kind: DerivationKind): string | null;
}
