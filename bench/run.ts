// `npm run bench`: throughput and peak memory of the analysis pipeline, stage by stage, over a generated corpus.
import { findActors, loadActorDictionary } from '../src/actors/index.ts';
import { codeEvents } from '../src/events/index.ts';
import { ingestText } from '../src/ingest/index.ts';
import { analyzeLanguage } from '../src/language/index.ts';
import type { LanguageLayer } from '../src/language/types.ts';
import { analyzeArticle } from '../src/pipeline.ts';
import { findAttributions } from '../src/quotes/index.ts';
import type { Actor, ArticleMeta, Quote } from '../src/types.ts';
import { generateCorpus } from './corpus.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);

function measure(label: string, inputBytes: number, count: number, work: () => void): void {
  const started = process.hrtime.bigint();
  work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (count / seconds).toFixed(0);
  const throughput = (inputBytes / 1e6 / seconds).toFixed(2);
  const perArticle = ((seconds * 1000) / count).toFixed(2);
  const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `${label.padEnd(28)} ${rate.padStart(6)} articles/s  ${perArticle.padStart(6)} ms/article  ${throughput.padStart(6)} MB/s  peak RSS ${peakMb} MB`,
  );
}

const loadStarted = performance.now();
const dictionary = loadActorDictionary();
console.log(`actor dictionaries loaded in ${(performance.now() - loadStarted).toFixed(0)} ms`);

const corpus = generateCorpus(ARTICLES);
const bytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
const words = Math.round(corpus.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0) / corpus.length);
console.log(`corpus: ${corpus.length} generated articles, ${words} words each on average, ${(bytes / 1e6).toFixed(1)} MB; one core`);

// Warm up: model loading and JIT are start-up costs, not throughput.
for (const article of corpus.slice(0, 20)) analyzeArticle(ingestText(article.text, { published: article.published }));

// Each stage is timed on the previous stage's output, computed beforehand.
let articles: ArticleMeta[] = [];
let layers: LanguageLayer[] = [];
let actors: Actor[][] = [];
let quotes: Quote[][] = [];
measure('ingest (plain text)', bytes, corpus.length, () => {
  articles = corpus.map((article) => ingestText(article.text, { published: article.published }));
});
measure('language layer', bytes, corpus.length, () => {
  layers = articles.map((article) => analyzeLanguage(article.text, { published: article.published }));
});
measure('actors', bytes, corpus.length, () => {
  actors = articles.map((article, i) => findActors(article, layers[i]!, dictionary));
});
measure('quotes and sources', bytes, corpus.length, () => {
  quotes = articles.map((article, i) => findAttributions(article, layers[i]!, actors[i]!).quotes);
});
measure('events', bytes, corpus.length, () => {
  for (const [i, article] of articles.entries()) codeEvents({ article, language: layers[i]!, actors: actors[i]!, quotes: quotes[i]! });
});
measure('analyze (whole pipeline)', bytes, corpus.length, () => {
  for (const article of corpus) analyzeArticle(ingestText(article.text, { published: article.published }));
});
