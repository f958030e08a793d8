// `npm run bench`: throughput and peak memory of the analysis pipeline over a generated corpus.
import { ingestText } from '../src/ingest/index.ts';
import { analyzeLanguage } from '../src/language/index.ts';
import { analyzeArticle } from '../src/pipeline.ts';
import { generateCorpus } from './corpus.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);

function measure(label: string, inputBytes: number, count: number, work: () => void): void {
  const started = process.hrtime.bigint();
  work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = (count / seconds).toFixed(0);
  const throughput = (inputBytes / 1e6 / seconds).toFixed(2);
  const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(`${label.padEnd(28)} ${rate.padStart(6)} articles/s  ${throughput.padStart(6)} MB/s  peak RSS ${peakMb} MB  (${count} articles, ${seconds.toFixed(2)} s)`);
}

const corpus = generateCorpus(ARTICLES);
const bytes = corpus.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
const words = Math.round(corpus.reduce((sum, article) => sum + article.text.split(/\s+/).length, 0) / corpus.length);
console.log(`corpus: ${corpus.length} generated articles, ${words} words each on average, ${(bytes / 1e6).toFixed(1)} MB; one core`);

// Warm up: model loading and JIT are start-up costs, not throughput.
for (const article of corpus.slice(0, 20)) analyzeArticle(ingestText(article.text, { published: article.published }));

measure('ingest (plain text)', bytes, corpus.length, () => {
  for (const article of corpus) ingestText(article.text, { published: article.published });
});
const ingested = corpus.map((article) => ingestText(article.text, { published: article.published }));
measure('language layer', bytes, corpus.length, () => {
  for (const article of ingested) analyzeLanguage(article.text, { published: article.published });
});
measure('analyze (whole pipeline)', bytes, corpus.length, () => {
  for (const article of corpus) analyzeArticle(ingestText(article.text, { published: article.published }));
});
