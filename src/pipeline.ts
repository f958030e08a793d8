// The analysis pipeline: each stage is a function from typed input to typed output.
import { type ActorDictionary, findActorsAndPlaces, loadActorDictionary } from './actors/index.ts';
import { codeEvents } from './events/index.ts';
import { type IngestOptions, type IngestSource, ingest } from './ingest/index.ts';
import { analyzeLanguage } from './language/index.ts';
import { findAttributions, sourcingProfile } from './quotes/index.ts';
import { type Analysis, type ArticleMeta, SCHEMA_VERSION } from './types.ts';

export interface AnalyzeOptions {
  /** The actor dictionary to code with; the bundled one (loaded once) when omitted. */
  dictionary?: ActorDictionary;
}

let bundledDictionary: ActorDictionary | undefined;

function bundled(): ActorDictionary {
  bundledDictionary ??= loadActorDictionary();
  return bundledDictionary;
}

/** Runs every stage after ingest on an already clean article. */
export function analyzeArticle(article: ArticleMeta, options: AnalyzeOptions = {}): Analysis {
  const dictionary = options.dictionary ?? bundled();
  const language = analyzeLanguage(article.text, { published: article.published, dateline: article.dateline });
  const { actors, places } = findActorsAndPlaces(article, language, dictionary);
  const attributions = findAttributions(article, language, actors);
  const { quotes, sources, voice, nonAnswers } = attributions;
  const events = codeEvents({ article, language, actors, quotes, places });
  return {
    schemaVersion: SCHEMA_VERSION,
    article,
    paragraphs: language.paragraphs,
    sentences: language.sentences,
    dates: language.dates,
    actors,
    quotes,
    stances: attributions.stances,
    sources,
    events,
    voice,
    nonAnswers,
    sourcing: sourcingProfile(attributions),
  };
}

/** Reads an article from a file, URL, stdin or bytes and analyses it. */
export async function analyze(source: IngestSource, options: IngestOptions & AnalyzeOptions = {}): Promise<Analysis> {
  return analyzeArticle(await ingest(source, options), options);
}
