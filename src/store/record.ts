// Flattens an analysis into the rows the store writes: the one place that maps the output
// contract onto the schema, shared by both stores and by the workers that prepare rows.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Analysis, ArticleMeta, CodedEvent, Precision } from '../types.ts';
import type { ArticleCopy, ArticleRecord, EventRow, MentionRow } from './types.ts';

/** sha256 of the text with Unicode and whitespace normalised, so a re-extracted copy hashes alike. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}

/**
 * The day an event is placed on: its own date when known to the day, the first day of its month
 * or year when only that is known, else the article's publication date (news reports recent events).
 */
export function resolveDay(date: { value: string; precision: Precision } | null, published: string | null): string | null {
  if (!date) return published;
  if (date.precision === 'day' || date.precision === 'week') return date.value;
  return date.precision === 'month' ? `${date.value}-01` : `${date.value}-01-01`;
}

/**
 * The stored form of an analysis: its JSON gzipped. The JSON (about 45 KB for an 800-word article)
 * weighed more than all the article's rows together: gzipped to a sixth it costs the worker less to
 * send, the writer less to store and the database a sixth of the space. gzip's fastest level: the
 * workers' time bounds the ingest.
 */
export function packAnalysis(analysis: Analysis): Buffer {
  return gzipSync(JSON.stringify(analysis), { level: 1 });
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** An analysis as stored: gzipped JSON, or the plain JSON text that databases of schema version 2 hold. */
export function unpackAnalysis(stored: unknown): Analysis {
  if (stored instanceof Uint8Array) {
    const packed = stored[0] === GZIP_MAGIC[0] && stored[1] === GZIP_MAGIC[1];
    return JSON.parse((packed ? gunzipSync(stored) : Buffer.from(stored)).toString('utf8')) as Analysis;
  }
  return JSON.parse(String(stored)) as Analysis;
}

/** Where this copy of the text was published. */
export function articleCopy(article: ArticleMeta): ArticleCopy {
  return { url: article.url, publisher: article.publisher, published: article.published };
}

export function articleRecord(analysis: Analysis, hash: string): ArticleRecord {
  const { article } = analysis;
  const actors = new Map(analysis.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(analysis.sources.map((source) => [source.id, source.name]));
  const sentenceText = (index: number) => analysis.sentences[index]?.text ?? '';
  const paragraphOf = (index: number) => analysis.sentences[index]?.paragraph ?? 0;
  const events = analysis.events.map((event: CodedEvent): EventRow => {
    const source = event.source.actor ? actors.get(event.source.actor) : undefined;
    const target = event.target?.actor ? actors.get(event.target.actor) : undefined;
    // An event always has the mention it was read from, even if an analysis lists none.
    const reported = event.mentions?.length ? event.mentions : [{ sentence: event.sentence, trigger: event.trigger }];
    const mentions: MentionRow[] = reported.map((mention) => ({
      sentence: mention.sentence,
      paragraph: paragraphOf(mention.sentence),
      sentenceText: sentenceText(mention.sentence),
      triggerStart: mention.trigger.start,
      triggerEnd: mention.trigger.end,
      triggerText: mention.trigger.text,
    }));
    return {
      localId: event.id,
      sourceCode: event.source.code,
      sourceName: source?.name ?? event.source.text,
      sourceCountry: source?.country ?? null,
      sourceAgent: source?.agent ?? null,
      targetCode: event.target?.code ?? '',
      targetName: event.target ? (target?.name ?? event.target.text) : null,
      targetCountry: target?.country ?? null,
      targetAgent: target?.agent ?? null,
      cameo: event.cameo,
      root: event.root,
      goldstein: event.goldstein,
      quadClass: event.quadClass,
      plover: event.plover,
      negated: event.negated,
      modality: event.modality,
      stance: event.negated ? 'negated' : event.modality,
      attributedTo: event.attributedTo ? (sources.get(event.attributedTo) ?? null) : null,
      dateValue: event.date?.value ?? null,
      datePrecision: event.date?.precision ?? null,
      day: resolveDay(event.date, article.published),
      sentence: event.sentence,
      sentenceText: sentenceText(event.sentence),
      triggerStart: event.trigger.start,
      triggerEnd: event.trigger.end,
      triggerText: event.trigger.text,
      confidence: event.confidence,
      mentions,
    };
  });
  return {
    hash,
    url: article.url,
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    language: article.language,
    text: article.text,
    packedAnalysis: packAnalysis(analysis),
    actors: analysis.actors.map((actor) => ({
      localId: actor.id,
      name: actor.name,
      code: actor.code,
      country: actor.country,
      agent: actor.agent,
      kind: actor.kind,
      mentions: actor.mentions.length,
    })),
    events,
  };
}
