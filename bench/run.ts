// `npm run bench`: throughput and peak memory of the analysis pipeline, stage by stage, over a generated corpus.
import { compiled } from './compiled.ts';
import { generateCorpus } from './corpus.ts';

const { findActorsAndPlaces, loadActorDictionary } = await compiled<typeof import('../src/actors/index.ts')>('actors/index.ts');
const { codeEvents } = await compiled<typeof import('../src/events/index.ts')>('events/index.ts');
const { ingestText } = await compiled<typeof import('../src/ingest/index.ts')>('ingest/index.ts');
const { analyzeLanguage } = await compiled<typeof import('../src/language/index.ts')>('language/index.ts');
const { analyzeArticle } = await compiled<typeof import('../src/pipeline.ts')>('pipeline.ts');
const { findAttributions } = await compiled<typeof import('../src/quotes/index.ts')>('quotes/index.ts');

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
// The VM's speed drifts by tens of percent over a minute: every figure is the median of several rounds,
// and each round times the stages and then the whole pipeline, so a slow spell slows both alike.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** CPU time of this process in microseconds: unlike wall time, it does not grow when other processes share the cores. */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** Wall and CPU seconds of one pass over the corpus. */
interface Timing {
  seconds: number;
  cpuSeconds: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function report(label: string, inputBytes: number, count: number, rounds: Timing[]): void {
  const seconds = median(rounds.map((round) => round.seconds));
  const rate = (count / seconds).toFixed(0);
  const throughput = (inputBytes / 1e6 / seconds).toFixed(2);
  const perArticle = ((seconds * 1000) / count).toFixed(2);
  const cpuPerArticle = ((median(rounds.map((round) => round.cpuSeconds)) * 1000) / count).toFixed(2);
  const peakMb = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `${label.padEnd(28)} ${rate.padStart(6)} articles/s  ${perArticle.padStart(6)} ms/article (CPU ${cpuPerArticle.padStart(6)} ms)  ${throughput.padStart(6)} MB/s  peak RSS ${peakMb} MB`,
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

const stageNames = ['ingest (plain text)', 'language layer', 'actors', 'quotes and sources', 'events'] as const;
const stageRounds: Timing[][] = stageNames.map(() => []);
const pipelineRounds: Timing[] = [];

/**
 * One pass timing each stage on the previous stage's output, article by article, so no stage's results
 * pile up in memory and charge the next stage's timing with garbage collection.
 */
function timeStages(): void {
  const nanos = stageNames.map(() => 0n);
  const cpu = stageNames.map(() => 0);
  function timed<T>(stage: number, work: () => T): T {
    const started = process.hrtime.bigint();
    const cpuStarted = cpuMicros();
    const result = work();
    nanos[stage]! += process.hrtime.bigint() - started;
    cpu[stage]! += cpuMicros() - cpuStarted;
    return result;
  }
  for (const generated of corpus) {
    const article = timed(0, () => ingestText(generated.text, { published: generated.published }));
    const language = timed(1, () => analyzeLanguage(article.text, { published: article.published, dateline: article.dateline }));
    const { actors, places } = timed(2, () => findActorsAndPlaces(article, language, dictionary));
    const { quotes } = timed(3, () => findAttributions(article, language, actors));
    timed(4, () => codeEvents({ article, language, actors, quotes, places }));
  }
  for (const stage of stageNames.keys()) stageRounds[stage]!.push({ seconds: Number(nanos[stage]!) / 1e9, cpuSeconds: cpu[stage]! / 1e6 });
}

function timePipeline(): Timing {
  const started = process.hrtime.bigint();
  const cpuStarted = cpuMicros();
  for (const article of corpus) analyzeArticle(ingestText(article.text, { published: article.published }));
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (cpuMicros() - cpuStarted) / 1e6 };
}

for (let round = 0; round < ROUNDS; round++) {
  timeStages();
  pipelineRounds.push(timePipeline());
}

console.log(`median of ${ROUNDS} rounds of ${corpus.length} articles (BENCH_ROUNDS, BENCH_ARTICLES); CPU = this process's user + system time`);
for (const [stage, name] of stageNames.entries()) report(name, bytes, corpus.length, stageRounds[stage]!);
report('analyze (whole pipeline)', bytes, corpus.length, pipelineRounds);
// On a shared machine wall time also counts other processes' turns; articles per CPU-second is this process's own rate on one core.
const rates = pipelineRounds.map((round) => (corpus.length / round.seconds).toFixed(0));
const cpuRates = pipelineRounds.map((round) => (corpus.length / round.cpuSeconds).toFixed(0));
console.log(`whole pipeline, each round: ${rates.join(', ')} articles/s (wall); ${cpuRates.join(', ')} articles per CPU-second`);
