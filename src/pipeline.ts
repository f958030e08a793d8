// The analysis pipeline: each stage is a function from typed input to typed output.
import { type IngestOptions, type IngestSource, ingest } from './ingest/index.ts';
import { analyzeLanguage } from './language/index.ts';
import { type Analysis, type ArticleMeta, SCHEMA_VERSION } from './types.ts';

/** Runs every stage after ingest on an already clean article. */
export function analyzeArticle(article: ArticleMeta): Analysis {
  const language = analyzeLanguage(article.text, { published: article.published });
  return {
    schemaVersion: SCHEMA_VERSION,
    article,
    paragraphs: language.paragraphs,
    sentences: language.sentences,
    dates: language.dates,
    actors: [],
    quotes: [],
    sources: [],
    events: [],
    voice: [],
  };
}

/** Reads an article from a file, URL, stdin or bytes and analyses it. */
export async function analyze(source: IngestSource, options: IngestOptions = {}): Promise<Analysis> {
  return analyzeArticle(await ingest(source, options));
}
