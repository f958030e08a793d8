// The output contract of `detente analyze` (schemaVersion 1). Fields may be added; none renamed.
// Every `start`/`end` is a character offset into `article.text`.

export const SCHEMA_VERSION = 1 as const;

export type Precision = 'day' | 'month' | 'year';

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
}

export interface Quote extends Span {
  id: string;
  kind: 'direct' | 'indirect' | 'block' | 'partial';
  text: string;
  speaker: { actor: string | null; name: string } | null;
  cue: string | null;
  sentence: number;
}

export interface Source {
  id: string;
  name: string;
  kind: 'outlet' | 'named_person' | 'anonymous' | 'document' | 'organisation';
  actor: string | null;
  count: number | null;
  reliesOn: string[];
}

export interface EventArgument {
  actor: string | null;
  code: string;
  text: string;
}

export type Modality = 'asserted' | 'intended' | 'attempted' | 'hypothetical' | 'demanded' | 'reported';

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
}

export interface VoiceMarker {
  sentence: number;
  kind: 'opinion' | 'hedge';
  cue: string;
}

export interface Analysis {
  schemaVersion: typeof SCHEMA_VERSION;
  article: ArticleMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  dates: DateMention[];
  actors: Actor[];
  quotes: Quote[];
  sources: Source[];
  events: CodedEvent[];
  voice: VoiceMarker[];
}
