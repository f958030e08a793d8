// Corpus benchmark: end-to-end ingest of generated articles into SQLite on every core (with RSS
// at 1k and at the end, to show memory stays flat), then a dyad series over a million stored events.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { dyadSeries } from '../src/aggregate/dyad.ts';
import { mergePending } from '../src/aggregate/merge.ts';
import { getCode } from '../src/events/codebook.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from '../src/ingest/limits.ts';
import { ingestCorpus } from '../src/store/corpus-ingest.ts';
import { readInputs } from '../src/store/inputs.ts';
import { openStore } from '../src/store/open.ts';
import type { ArticleRecord, DyadQuery, EventRow, Store } from '../src/store/types.ts';
import { generateCorpus, seededRandom } from './corpus.ts';

const ARTICLES = Number(process.env.BENCH_CORPUS_ARTICLES ?? 10_000);
const EVENTS = Number(process.env.BENCH_DYAD_EVENTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'detente-corpus-bench-'));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function writeCorpus(path: string): Promise<void> {
  const out = createWriteStream(path);
  // Generated in slices so the bench itself does not hold the whole corpus in memory.
  for (let start = 0; start < ARTICLES; start += 1000) {
    const slice = generateCorpus(Math.min(1000, ARTICLES - start), 800, 42 + start);
    for (const [i, article] of slice.entries()) {
      if (!out.write(`${JSON.stringify({ ...article, publisher: `Outlet ${(start + i) % 40}` })}\n`)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

async function ingestBench(): Promise<void> {
  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus);
  const store = await openStore(join(dir, 'ingest.db'));
  const rss: string[] = [];
  let nextMark = 1000;
  const started = process.hrtime.bigint();
  const summary = await ingestCorpus(readInputs([corpus], { followLinks: false, maxBytes: DEFAULT_MAX_BYTES, timeoutMs: DEFAULT_TIMEOUT_MS, allowPrivate: false }), store, {
    workers: availableParallelism(),
    maxBytes: DEFAULT_MAX_BYTES,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    allowPrivate: false,
    onProgress: (s) => {
      if (s.stored >= nextMark) {
        rss.push(`RSS at ${s.stored}: ${mb(process.memoryUsage().rss)}`);
        nextMark *= 10;
      }
    },
  });
  await mergePending(store);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = await store.counts();
  await store.close();
  rss.push(`RSS at the end (${summary.stored}): ${mb(process.memoryUsage().rss)}`);
  console.log(
    `ingest → SQLite, ${availableParallelism()} worker threads: ${summary.stored} articles in ${seconds.toFixed(1)} s = ${(summary.stored / seconds).toFixed(1)} articles/s end to end ` +
      `(${counts.events} events, ${counts.merged} merged; ${summary.failures.length} failed)`,
  );
  console.log(`  ${rss.join(' · ')} · peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (worker threads included)`);
}

// 30 countries with a skewed share of the news (the first few dominate, as in real coverage).
const COUNTRIES = 'USA RUS CHN IRN ISR UKR GBR FRA DEU TUR SAU EGY IND PAK JPN KOR PRK SYR IRQ AFG QAT ARE JOR LBN YEM BRA MEX NGA ZAF ETH'.split(' ');
const AGENTS = ['', 'GOV', 'MIL'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '081', '090', '111', '112', '120', '130', '138', '141', '160', '172', '173', '180', '190', '193', '195'];

function syntheticRecord(n: number, perArticle: number, next: () => number): ArticleRecord {
  const country = () => COUNTRIES[Math.floor(COUNTRIES.length * next() ** 2)]!;
  const code = () => country() + AGENTS[Math.floor(next() * AGENTS.length)]!;
  const events: EventRow[] = [];
  for (let i = 0; i < perArticle; i++) {
    const info = getCode(CODES[Math.floor(next() * CODES.length)]!);
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 730) * 86_400_000).toISOString().slice(0, 10);
    const draw = next();
    const stance = draw < 0.85 ? 'asserted' : draw < 0.92 ? 'negated' : 'hypothetical';
    const [source, target] = [code(), code()];
    const text = `Synthetic event ${i} of article ${n}.`;
    events.push({
      localId: `e${i}`, sourceCode: source, sourceName: source, sourceCountry: source.slice(0, 3), sourceAgent: source.slice(3) || null,
      targetCode: target, targetName: target, targetCountry: target.slice(0, 3), targetAgent: target.slice(3) || null,
      cameo: info.code, root: info.root, goldstein: info.goldstein, quadClass: info.quadClass, plover: null,
      negated: stance === 'negated', modality: stance === 'hypothetical' ? 'hypothetical' : 'asserted', stance, attributedTo: null,
      dateValue: day, datePrecision: 'day', day, sentence: i, sentenceText: text, triggerStart: 0, triggerEnd: 9, triggerText: 'Synthetic',
      confidence: 1, mentions: [{ sentence: i, paragraph: i, sentenceText: text, triggerStart: 0, triggerEnd: 9, triggerText: 'Synthetic' }],
    });
  }
  return {
    hash: `synthetic-${n}`, url: null, title: null, publisher: `Outlet ${n % 40}`, published: null, language: 'eng',
    text: '', analysisJson: '{}', actors: [], events,
  };
}

async function dyadBench(): Promise<void> {
  const store: Store = await openStore(join(dir, 'dyad.db'));
  const perArticle = 100;
  const next = seededRandom(7);
  let started = process.hrtime.bigint();
  const elapsed = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  for (let n = 0; n < EVENTS / perArticle; n++) await store.saveRecord(syntheticRecord(n, perArticle, next));
  console.log(`dyad: stored ${EVENTS} synthetic events in ${elapsed()} s`);
  started = process.hrtime.bigint();
  const keys = await mergePending(store);
  const counts = await store.counts();
  console.log(`  merged ${counts.events} events into ${counts.merged} (${keys} merge keys) in ${elapsed()} s`);
  const queries: [string, DyadQuery][] = [
    ['USA IRN by month', { a: 'USA', b: 'IRN', directed: false, stances: ['asserted'], by: 'month' }],
    ['USA RUS by week, 2024', { a: 'USA', b: 'RUS', directed: false, stances: ['asserted'], by: 'week', from: '2024-01-01', to: '2024-12-31' }],
    ['USAGOV → CHN by day', { a: 'USAGOV', b: 'CHN', directed: true, stances: ['asserted', 'hypothetical'], by: 'day' }],
  ];
  for (const [label, query] of queries) {
    const times: number[] = [];
    let periods = 0;
    let events = 0;
    for (let run = 0; run < 5; run++) {
      const t = process.hrtime.bigint();
      const series = await dyadSeries(store, query);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      periods = series.length;
      events = series.reduce((sum, p) => sum + p.events, 0);
    }
    times.sort((a, b) => a - b);
    console.log(`  ${label.padEnd(24)} median ${times[2]!.toFixed(1)} ms, max ${times[4]!.toFixed(1)} ms (${periods} periods, ${events} merged events)`);
  }
  await store.close();
}

try {
  console.log(`corpus bench: ${ARTICLES} generated articles; dyad over ${EVENTS} events; ${availableParallelism()} cores`);
  if (ARTICLES > 0) await ingestBench();
  if (EVENTS > 0) await dyadBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
