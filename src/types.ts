// The output contract of `detente analyze` (schemaVersion 1). Fields may be added; none renamed.
// Every `start`/`end` is a character offset into `article.text`.

export const SCHEMA_VERSION = 1 as const;

/** How much of a date the text fixes; a `week` value is that week's Monday ("last week"). */
export type Precision = 'day' | 'week' | 'month' | 'year';

export interface Span {
  start: number;
  end: number;
}

export interface BlockQuoteMark {
  /** The outlet or person named in the lead-in line ("New York Times:"). */
  source: string;
  /** The lead-in line itself. */
  leadIn: Span;
  /** The quoted paragraphs that follow the lead-in. */
  start: number;
  end: number;
}

/** Where and by which agency a wire story was filed, from the dateline that opens its text. */
export interface Dateline extends Span {
  text: string;
  /** The place in capitals ("KHARTOUM"), or null for an agency alone ("(CNN) —"). */
  place: string | null;
  /** The agency's publisher name ("Reuters", "Associated Press" for "(AP)"), or null when none is given. */
  agency: string | null;
}

export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) the article was published, when known. */
  published: string | null;
  url: string | null;
  /** ISO 639-3 code from language identification, or 'und' when the text is too short to tell. */
  language: string;
  /** The clean body text: paragraphs separated by blank lines. */
  text: string;
  /** Page furniture removed from the body, in order of appearance. */
  furniture: string[];
  blockQuotes: BlockQuoteMark[];
  /** The wire dateline opening `text` ("KHARTOUM, June 12 (Reuters) -"), if any. */
  dateline: Dateline | null;
  /** Human-readable notes about the input (non-English text, missing metadata…). */
  notes: string[];
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
}

export interface DateMention extends Span {
  text: string;
  sentence: number;
  value: string;
  precision: Precision;
}

export interface Mention extends Span {
  sentence: number;
  text: string;
}

export type ActorKind = 'person' | 'organisation' | 'state' | 'group' | 'media';

export interface Actor {
  id: string;
  name: string;
  code: string;
  country: string | null;
  agent: string | null;
  kind: ActorKind;
  roles: string[];
  mentions: Mention[];
  /** Id of the actor's entry in the actor dictionary (data/actors), or null for actors found from context. */
  dictionaryId?: string | null;
  /**
   * Present and true for a government named by its seat ("Kyiv", "the Kremlin"): the seat stands for
   * the government when it acts or speaks, but attacked it is a place of its country.
   */
  seat?: true;
}

/** A place a sentence names as where something is ("in Amman", "to Bosnia"): no actor, but its state's code. */
export interface PlaceMention extends Span {
  sentence: number;
  text: string;
  country: string;
}

export interface Quote extends Span {
  id: string;
  kind: 'direct' | 'indirect' | 'block' | 'partial';
  text: string;
  speaker: { actor: string | null; name: string } | null;
  cue: string | null;
  sentence: number;
  /** Where the cue is written ("said in a statement"); for a block quote, its lead-in line. */
  cueSpan: Span | null;
  /** The words naming the speaker here ("he", "the officials"); null when inherited from an earlier cue. */
  speakerSpan: Span | null;
  /** Id of the speaker's entry in `sources`. */
  source: string | null;
  /**
   * Present and true when the cue is negated ("did not say that …", "never mentioned …", "denied
   * that …" is not negated: it asserts a denial): the speaker is reported as not vouching for the content.
   */
  negated?: true;
}

/** A position, belief or intention attributed to a holder ("X wants …", "X opposes …"); `start`/`end` are its content's. */
export interface Stance extends Span {
  id: string;
  holder: { actor: string | null; name: string };
  /** The words naming the holder here ("he", "many members of the government"). */
  holderSpan: Span;
  cue: string;
  cueSpan: Span;
  sentence: number;
  text: string;
}

export interface Source {
  id: string;
  name: string;
  kind: 'outlet' | 'named_person' | 'anonymous' | 'document' | 'organisation';
  actor: string | null;
  count: number | null;
  reliesOn: string[];
  /** Whom the source speaks for, as a CAMEO-style code ("USAGOV", "IRN"), when known. */
  affiliation: string | null;
  /** The source declined to comment or could not be reached. */
  nonAnswer: boolean;
}

export interface EventArgument {
  actor: string | null;
  code: string;
  text: string;
}

export type Modality = 'asserted' | 'intended' | 'attempted' | 'hypothetical' | 'demanded' | 'reported';

/** One sentence reporting an event: where, and the word that triggered it. */
export interface EventMention {
  sentence: number;
  trigger: Span & { text: string };
}

export interface CodedEvent {
  id: string;
  source: EventArgument;
  target: EventArgument | null;
  cameo: string;
  root: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  plover: string | null;
  negated: boolean;
  modality: Modality;
  attributedTo: string | null;
  date: { value: string; precision: Precision } | null;
  sentence: number;
  trigger: Span & { text: string };
  confidence: number;
  /**
   * Every sentence reporting the event, in text order (PETRARCH's story-level rule: one event per source,
   * target, code, polarity and modality per article); `sentence` and `trigger` are the mention it was read from.
   */
  mentions: EventMention[];
}

/** A cue of the author's own judgement or hedging, outside anything attributed; `start`/`end` are the cue's. */
export interface VoiceMarker extends Span {
  sentence: number;
  kind: 'opinion' | 'hedge';
  cue: string;
}

export interface NonAnswer extends Span {
  sentence: number;
  who: { actor: string | null; name: string };
  /** The words of the non-answer ("declined to comment"); `start`/`end` are theirs. */
  cue: string;
}

export interface SourcingProfile {
  /** Claims (quotes other than unattributed scare quotes) by the kind of their speaker's source. */
  named: number;
  anonymous: number;
  outlets: number;
  organisations: number;
  documents: number;
  /** Claims whose speaker is unknown. */
  unattributed: number;
  /** Sentences' opinion and hedge markers in the author's own voice. */
  authorVoice: number;
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  article: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dates: DateMention[];
  actors: Actor[];
  quotes: Quote[];
  /** Positions, beliefs and intentions attributed to a holder, kept apart from quotes (nothing is said to have been said). */
  stances: Stance[];
  sources: Source[];
  events: CodedEvent[];
  voice: VoiceMarker[];
  /** People and bodies that declined to comment or could not be reached. */
  nonAnswers: NonAnswer[];
  /** How the article's claims are sourced: named people, anonymous sources, outlets, the author's voice. */
  sourcing: SourcingProfile;
}
