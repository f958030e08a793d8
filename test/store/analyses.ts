// Hand-made analyses with events we choose, so store, merge and dyad tests do not depend on the
// event coder's accuracy. Goldstein scores and quad classes come from the CAMEO codebook.
import { getCode } from '../../src/events/codebook.ts';
import { type Actor, type Analysis, type CodedEvent, type Modality, type Precision, SCHEMA_VERSION, type Sentence } from '../../src/types.ts';

export interface EventSpec {
  source: string;
  target?: string;
  cameo: string;
  /** The sentence reporting the event; it must contain `trigger`. */
  sentence: string;
  trigger: string;
  date?: { value: string; precision: Precision } | null;
  negated?: boolean;
  modality?: Modality;
  /** Further sentences reporting the same event in this article (the story-level rule's mentions). */
  alsoIn?: { sentence: string; trigger: string }[];
}

export interface ArticleSpec {
  title: string;
  publisher: string | null;
  published: string | null;
  url?: string;
  events: EventSpec[];
}

const NAMES: Record<string, string> = { USA: 'United States', IRN: 'Iran', RUS: 'Russia', UKR: 'Ukraine', CHN: 'China', FRA: 'France' };

export function makeAnalysis(spec: ArticleSpec): Analysis {
  const sentences: Sentence[] = [];
  let text = '';
  const addSentence = (content: string): Sentence => {
    if (text) text += '\n\n';
    const sentence = { index: sentences.length, paragraph: sentences.length, start: text.length, end: text.length + content.length, text: content };
    text += content;
    sentences.push(sentence);
    return sentence;
  };
  const actors = new Map<string, Actor>();
  const actor = (code: string) => {
    const id = `a${code}`;
    if (!actors.has(code)) {
      const country = code.slice(0, 3);
      actors.set(code, { id, name: NAMES[country] ?? code, code, country, agent: code.slice(3) || null, kind: 'state', roles: [], mentions: [] });
    }
    return id;
  };
  const events = spec.events.map((event, i) => {
    const trigger = (sentence: Sentence, word: string) => {
      const at = sentence.text.indexOf(word);
      if (at < 0) throw new Error(`trigger "${word}" is not in "${sentence.text}"`);
      return { start: sentence.start + at, end: sentence.start + at + word.length, text: word };
    };
    const first = addSentence(event.sentence);
    const mentions = [{ sentence: first.index, trigger: trigger(first, event.trigger) }];
    for (const more of event.alsoIn ?? []) {
      const sentence = addSentence(more.sentence);
      mentions.push({ sentence: sentence.index, trigger: trigger(sentence, more.trigger) });
    }
    const info = getCode(event.cameo);
    const coded: CodedEvent = {
      id: `e${i + 1}`,
      source: { actor: actor(event.source), code: event.source, text: event.source },
      target: event.target ? { actor: actor(event.target), code: event.target, text: event.target } : null,
      cameo: event.cameo,
      root: info.root,
      goldstein: info.goldstein,
      quadClass: info.quadClass,
      plover: info.plover?.type ?? null,
      negated: event.negated ?? false,
      modality: event.modality ?? 'asserted',
      attributedTo: null,
      date: event.date === undefined ? null : event.date,
      sentence: first.index,
      trigger: mentions[0]!.trigger,
      confidence: 0.9,
      mentions,
    };
    return coded;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    article: {
      title: spec.title,
      byline: null,
      publisher: spec.publisher,
      published: spec.published,
      url: spec.url ?? null,
      language: 'eng',
      text,
      furniture: [],
      blockQuotes: [],
      dateline: null,
      notes: [],
    },
    paragraphs: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    sentences,
    dates: [],
    actors: [...actors.values()],
    quotes: [],
    stances: [],
    sources: [],
    events,
    voice: [],
    nonAnswers: [],
    sourcing: { named: 0, anonymous: 0, outlets: 0, organisations: 0, documents: 0, unattributed: 0, authorVoice: 0 },
  };
}

/** One day-dated event in a one-event article. */
export function dayEvent(day: string, event: Omit<EventSpec, 'date'>): EventSpec {
  return { ...event, date: { value: day, precision: 'day' } };
}
