// Builds the quotes stage's inputs from plain text for tests: an article, its language layer, actors.
import { analyzeLanguage } from '../../src/language/index.ts';
import type { LanguageLayer } from '../../src/language/types.ts';
import { type AttributionResult, findAttributions } from '../../src/quotes/index.ts';
import type { Actor, ActorKind, ArticleMeta, BlockQuoteMark, Quote, Span } from '../../src/types.ts';

export function article(text: string, blockQuotes: BlockQuoteMark[] = []): ArticleMeta {
  return {
    title: null,
    byline: null,
    publisher: null,
    published: '2024-11-15',
    url: null,
    language: 'eng',
    text,
    furniture: [],
    blockQuotes,
    dateline: null,
    notes: [],
  };
}

/** An actor whose mentions are every occurrence of `forms` in the text (longest forms first). */
export function actor(text: string, language: LanguageLayer, id: string, name: string, kind: ActorKind, code: string, forms: string[]): Actor {
  const mentions: Actor['mentions'] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (mentions.some((m) => m.start <= at && at < m.end)) continue;
      const sentence = language.sentences.find((s) => s.start <= at && at < s.end)!.index;
      mentions.push({ sentence, start: at, end: at + form.length, text: form });
    }
  }
  return { id, name, code, country: code.slice(0, 3), agent: code.slice(3) || null, kind, roles: [], mentions };
}

export type ActorSpec = [id: string, name: string, kind: ActorKind, code: string, forms: string[]];

export function analyse(text: string, options: { actors?: ActorSpec[]; blockQuotes?: BlockQuoteMark[] } = {}): AttributionResult {
  const meta = article(text, options.blockQuotes);
  const language = analyzeLanguage(text, { published: meta.published });
  const actors = (options.actors ?? []).map(([id, name, kind, code, forms]) => actor(text, language, id, name, kind, code, forms));
  return findAttributions(meta, language, actors);
}

/** The words of `span` in `text`, or null. */
export function spanText(text: string, span: Span | null | undefined): string | null {
  return span ? text.slice(span.start, span.end) : null;
}

/** The speaker's phrase of `quote` as written in `text`. */
export function speakerOf(text: string, quote: Quote | undefined): string | null {
  return spanText(text, quote?.speakerSpan);
}

/** The quote whose text starts with `start` (typographic apostrophes compared as straight ones). */
export function quoteStarting(result: AttributionResult, start: string): Quote | undefined {
  const plain = (s: string) => s.replace(/[’‘]/g, "'");
  return result.quotes.find((q) => plain(q.text).startsWith(plain(start)));
}

/** A block quote mark for the paragraphs after a lead-in line, as ingest marks them. */
export function blockAfter(text: string, leadIn: string, source: string, paragraphs: number): BlockQuoteMark {
  const leadStart = text.indexOf(leadIn);
  const start = text.indexOf('\n\n', leadStart) + 2;
  let end = start;
  for (let i = 0; i < paragraphs; i++) {
    const next = text.indexOf('\n\n', end + 1);
    end = i === paragraphs - 1 ? (next < 0 ? text.length : next) : next + 2;
  }
  return { source, leadIn: { start: leadStart, end: leadStart + leadIn.length }, start, end };
}

/** Cue, speaker phrase (as written) and content of every quote and stance in `text`. */
export function claimsIn(text: string): { cue: string | null; speaker: string | null; text: string }[] {
  const result = analyse(text);
  const phrase = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  return [
    ...result.quotes.map((q) => ({ cue: q.cue, speaker: phrase(q.speakerSpan), text: q.text })),
    ...result.stances.map((s) => ({ cue: s.cue, speaker: phrase(s.holderSpan), text: s.text })),
  ];
}
