// Shapes of the actor dictionaries: what the files in data/actors/ contain (…Spec) and what the loader
// builds from them (…Entry). data/actors/README.md documents the file format for users.

/** An alias as written in a file: a plain string, or an object when it needs flags. */
export type AliasSpec = string | AliasObject;

export interface AliasObject {
  text: string;
  /** Match only in this exact capitalisation ("US" but not "us", "WHO" but not "who"). */
  caseSensitive?: boolean;
  /** The text also commonly means something else ("Georgia", "Washington"): the matcher needs context. */
  ambiguous?: boolean;
  /** Of the entries sharing this ambiguous text, the one it means when the article vouches for none ("Congo": the DRC). */
  preferred?: boolean;
  note?: string;
}

/** A code that applies between two dates. `from` is inclusive, `to` exclusive; either may be open. */
export interface CodeRangeSpec {
  code: string;
  from?: string | null;
  to?: string | null;
  note?: string;
}

/** A capital or building standing for a government ("Tehran", "the Kremlin", "the Pentagon"). */
export interface SeatSpec {
  name: string;
  aliases?: AliasSpec[];
  code: string;
  caseSensitive?: boolean;
  ambiguous?: boolean;
  ranges?: CodeRangeSpec[];
  note?: string;
}

export interface StateSpec {
  /** ISO 3166-1 alpha-3 (XKX for Kosovo; CAMEO-only entities use their CAMEO code). */
  id: string;
  iso2?: string | null;
  /** CAMEO country code when it differs from ISO (Kosovo KSV, Timor-Leste TMP, Puerto Rico USAPRI). */
  code: string;
  name: string;
  aliases?: AliasSpec[];
  demonyms?: AliasSpec[];
  seats?: SeatSpec[];
  /** Sovereign state of a dependent territory (its id). */
  parent?: string;
  note?: string;
}

export type OrganisationKind = 'organisation' | 'group' | 'media' | 'state';

export interface OrganisationSpec {
  id: string;
  kind: OrganisationKind;
  name: string;
  aliases?: AliasSpec[];
  code: string;
  /** CAMEO country of the code, or null for international actors (IGO, NGO, IMG). */
  country: string | null;
  agent: string | null;
  ranges?: CodeRangeSpec[];
  /** Headquarters, for information only: it does not change the code. */
  hq?: string;
  note?: string;
}

export interface RoleSpec {
  role: string;
  code: string;
  /** Derived from `code` when omitted. */
  agent?: string | null;
  from?: string | null;
  to?: string | null;
  note?: string;
}

export type Gender = 'm' | 'f';

export interface PersonSpec {
  id: string;
  name: string;
  aliases?: AliasSpec[];
  /** Family-name forms used alone or after a title ("Mr. Trump", "Soleimani"/"Suleimani"). */
  surnames?: AliasSpec[];
  gender?: Gender;
  country: string | null;
  /** Code when no role covers the date and none has ended before it (e.g. a businessman before office). */
  default?: string;
  /** Code after the person's last role ended; `<country>ELI` when omitted. */
  former?: string;
  roles?: RoleSpec[];
  died?: string;
  note?: string;
}

export interface AgentSpec {
  id: string;
  agent: string;
  /** Lowercase role nouns, singular and plural, possibly several words. */
  terms: AliasSpec[];
  note?: string;
}

export interface TitleSpec {
  id: string;
  /** Agent the title implies, or null for courtesy titles (Mr., Mrs.). */
  agent: string | null;
  forms: string[];
  gender?: Gender;
  note?: string;
}

export interface PatternSpec {
  id: string;
  /** Templates with {person}, {state} or {demonym} slots, e.g. "{person} administration". */
  patterns: string[];
  agent: string;
  /** True when the template names no actor and the matcher must take the state from context. */
  requiresContext?: boolean;
  /** Codes (agent blocks such as "REB") of which the actor a bare template refers back to holds one ("the group"). */
  refersBack?: string[];
  note?: string;
}

/** Gazetteer places of one state ("Kirkuk", "Mosul"): mentions of the state itself, never of its government. */
export interface PlaceSpec {
  /** The state's id. */
  id: string;
  names: AliasSpec[];
  note?: string;
}

/** One dictionary file. Bundled files hold one section each; user files may hold several. */
export interface DictionaryFileSpec {
  dictionary?: string;
  version?: number;
  note?: string;
  states?: StateSpec[];
  organisations?: OrganisationSpec[];
  people?: PersonSpec[];
  agents?: AgentSpec[];
  titles?: TitleSpec[];
  patterns?: PatternSpec[];
  places?: PlaceSpec[];
  /** Ids of bundled entries to drop, in any section. */
  remove?: string[];
}

// ---- Built entries

export type EntryKind = 'state' | 'seat' | 'organisation' | 'group' | 'media' | 'person';

export interface Alias {
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  preferred: boolean;
}

export interface CodeRange {
  code: string;
  /** Inclusive ISO date, or null for open. */
  from: string | null;
  /** Exclusive ISO date, or null for open. */
  to: string | null;
}

interface EntryBase {
  id: string;
  kind: EntryKind;
  name: string;
  aliases: Alias[];
  /** File the entry came from (the last one, when overridden). */
  source: string;
}

export interface StateEntry extends EntryBase {
  kind: 'state';
  code: string;
  iso2: string | null;
  parent: string | null;
  demonyms: Alias[];
}

export interface SeatEntry extends EntryBase {
  kind: 'seat';
  code: string;
  /** Id of the state the seat belongs to. */
  state: string;
  ranges: CodeRange[];
}

export interface OrganisationEntry extends EntryBase {
  kind: 'organisation' | 'group' | 'media';
  code: string;
  country: string | null;
  agent: string | null;
  ranges: CodeRange[];
  hq: string | null;
  /** The spec said kind "state" (a state-like organisation); kept for the Actor output. */
  stateLike: boolean;
}

export interface Role extends CodeRange {
  role: string;
  agent: string | null;
}

export interface PersonEntry extends EntryBase {
  kind: 'person';
  surnames: Alias[];
  gender: Gender | null;
  country: string | null;
  default: string | null;
  former: string | null;
  roles: Role[];
  died: string | null;
}

export type ActorEntry = StateEntry | SeatEntry | OrganisationEntry | PersonEntry;

export type AliasForm = 'name' | 'alias' | 'demonym' | 'seat' | 'surname';

export interface AliasHit {
  entry: ActorEntry;
  /** The alias as written in the dictionary. */
  text: string;
  /** surfaceForm of the text, and whether it has a capital: what a case check compares, worked out once. */
  surface: string;
  capital: boolean;
  form: AliasForm;
  caseSensitive: boolean;
  ambiguous: boolean;
  preferred: boolean;
}

export interface ResolvedCode {
  code: string;
  country: string | null;
  agent: string | null;
  /** The role or range that decided the code, when one did. */
  role: string | null;
}

export interface AgentHit {
  id: string;
  agent: string;
  term: string;
  ambiguous: boolean;
}

export interface TitleEntry {
  id: string;
  agent: string | null;
  form: string;
  gender: Gender | null;
}

export interface PatternEntry {
  id: string;
  patterns: string[];
  agent: string;
  requiresContext: boolean;
  refersBack: string[];
}

export interface ActorDictionary {
  /** Every actor entry by id (states, seats, organisations, people). */
  readonly entries: ReadonlyMap<string, ActorEntry>;
  /** Normalised alias → hits, before case checks. */
  readonly aliasIndex: ReadonlyMap<string, readonly AliasHit[]>;
  /** Longest alias in words, so a matcher knows how long an n-gram to try. */
  readonly maxAliasWords: number;
  readonly patterns: readonly PatternEntry[];
  /** Milliseconds spent loading and indexing. */
  readonly loadMs: number;
  /** Hits for a text span; case-sensitive aliases must match its capitalisation. */
  lookup(text: string): AliasHit[];
  /** The state whose CAMEO code (or id) this is. */
  state(codeOrId: string): StateEntry | undefined;
  /** The entry's code on a date (YYYY, YYYY-MM or YYYY-MM-DD); without a date, its latest code. */
  codeFor(entry: ActorEntry, isoDate?: string | null): string;
  resolveCode(entry: ActorEntry, isoDate?: string | null): ResolvedCode;
  /** Country and first agent of a CAMEO code ("IRNMIL" → IRN, MIL; "IGOUNO" → null, IGO). */
  splitCode(code: string): { country: string | null; agent: string | null };
  /** Agent implied by a role noun ("spokeswoman" → GOV), multi-word allowed. */
  agentFor(noun: string): AgentHit | undefined;
  /** Role nouns by normalised term. */
  readonly agents: ReadonlyMap<string, AgentHit>;
  readonly maxAgentWords: number;
  /** Title before a name ("Mr.", "Gen.", "Ayatollah"); matched case-sensitively. */
  titleFor(word: string): TitleEntry | undefined;
  /** Titles by surface form (case kept). */
  readonly titles: ReadonlyMap<string, TitleEntry>;
  readonly maxTitleWords: number;
  /** Entry counts by section. */
  readonly counts: Readonly<Record<'states' | 'seats' | 'places' | 'organisations' | 'people' | 'agents' | 'titles' | 'patterns' | 'aliases', number>>;
}
