// Corpus benchmark: end-to-end ingest of generated articles into SQLite on every core (with RSS
// at 1k and at the end, to show memory stays flat, and the main thread's time in the store), the
// store alone writing real analyses, then a dyad series over a million stored events (SQLite, or
// the PostgreSQL database in BENCH_DYAD_DB).
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { ArticleRecord, DyadQuery, EventRow, Store } from '../src/store/types.ts';
import { compiled } from './compiled.ts';
import { generateCorpus, seededRandom } from './corpus.ts';

const { dyadSeries } = await compiled<typeof import('../src/aggregate/dyad.ts')>('aggregate/dyad.ts');
const { mergePending } = await compiled<typeof import('../src/aggregate/merge.ts')>('aggregate/merge.ts');
const { getCode } = await compiled<typeof import('../src/events/codebook.ts')>('events/codebook.ts');
const { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } = await compiled<typeof import('../src/ingest/limits.ts')>('ingest/limits.ts');
const { ingestCorpus } = await compiled<typeof import('../src/store/corpus-ingest.ts')>('store/corpus-ingest.ts');
const { readInputs } = await compiled<typeof import('../src/store/inputs.ts')>('store/inputs.ts');
const { openStore } = await compiled<typeof import('../src/store/open.ts')>('store/open.ts');
const { articleRecord, unpackAnalysis } = await compiled<typeof import('../src/store/record.ts')>('store/record.ts');

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

/** Analyses read back from the ingest's database for the store-only run. */
const KEPT = 1000;

/**
 * CPU time of this thread alone (Linux: /proc), in ms: on a busy machine wall time mostly measures
 * waiting for a core, and process.cpuUsage() counts the worker threads too. null elsewhere. The
 * merge's CPU time is reported this way too (on SQLite it runs on this thread; PostgreSQL's server
 * does most of it elsewhere).
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields 14 and 15 (utime, stime, in clock ticks of 10 ms) counted after the ")" closing field 2.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * The store with the time spent in its calls summed: the ingest's writer is the main thread. The
 * SQLite store does all its work before its promises resolve, so the calls are timed up to their
 * return, not to their settling (which would count whatever else the event loop ran meanwhile).
 */
function timed(store: Store): { store: Store; ms: () => number; batches: () => number } {
  let ms = 0;
  let batches = 0;
  const proxy = new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (name === 'saveRecords') batches++;
        const t = performance.now();
        const result = value.apply(target, args);
        ms += performance.now() - t;
        return result;
      };
    },
  });
  return { store: proxy, ms: () => ms, batches: () => batches };
}

async function ingestBench(): Promise<ArticleRecord[]> {
  const corpus = join(dir, 'corpus.jsonl');
  await writeCorpus(corpus);
  const path = join(dir, 'ingest.db');
  const { store, ms, batches } = timed(await openStore(path));
  const rss: string[] = [];
  let nextMark = 1000;
  const started = process.hrtime.bigint();
  const loop = performance.eventLoopUtilization();
  const mainCpu = threadCpuMs();
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
  const storing = ms();
  const busy = performance.eventLoopUtilization(loop).utilization;
  const mainCpuMs = mainCpu === null ? null : threadCpuMs()! - mainCpu;
  const mergeStarted = process.hrtime.bigint();
  const mergeCpu = threadCpuMs();
  await mergePending(store);
  const mergeSeconds = Number(process.hrtime.bigint() - mergeStarted) / 1e9;
  const mergeCpuSeconds = mergeCpu === null ? null : (threadCpuMs()! - mergeCpu) / 1000;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counts = await store.counts();
  await store.close();
  rss.push(`RSS at the end (${summary.stored}): ${mb(process.memoryUsage().rss)}`);
  console.log(
    `ingest → SQLite, ${availableParallelism()} worker threads: ${summary.stored} articles in ${seconds.toFixed(1)} s = ${(summary.stored / seconds).toFixed(1)} articles/s end to end ` +
      `(${counts.events} events, ${counts.merged} merged; ${summary.failures.length} failed); the merge took ${mergeSeconds.toFixed(1)} s of it` +
      (mergeCpuSeconds === null ? '' : ` (${mergeCpuSeconds.toFixed(1)} s CPU)`),
  );
  console.log(`  ${rss.join(' · ')} · peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (worker threads included)`);
  const articles = Math.max(1, summary.read);
  const perArticle = storing / articles;
  console.log(
    `  main thread: busy ${(busy * 100).toFixed(0)}% of the ingest (wall)` +
      (mainCpuMs === null ? '' : `, ${(mainCpuMs / articles).toFixed(2)} ms CPU per article in all (room for ${(1000 / (mainCpuMs / articles)).toFixed(0)} articles/s)`),
  );
  console.log(
    `  in the store: ${perArticle.toFixed(2)} ms wall per article (${(summary.stored / Math.max(1, batches())).toFixed(1)} articles per transaction)`,
  );
  return storedRecords(path);
}

/**
 * The first analyses the ingest stored, read back from its database: held during the ingest, they
 * would weigh on the main thread's heap that the ingest's RSS figures measure.
 */
function storedRecords(path: string): ArticleRecord[] {
  const db = new Database(path, { readonly: true });
  try {
    const rows = db.prepare('SELECT hash, analysis FROM articles ORDER BY id LIMIT ?').all(KEPT) as { hash: string; analysis: Buffer }[];
    return rows.map((row) => articleRecord(unpackAnalysis(row.analysis), row.hash));
  } finally {
    db.close();
  }
}

/**
 * The writer alone: real analyses from the ingest, one transaction per article, then in batches.
 * The worker threads are gone, so the process's CPU time is the writer's.
 */
async function storeBench(records: ArticleRecord[]): Promise<void> {
  const rates: string[] = [];
  for (const batch of [1, 4, 32]) {
    const store = await openStore(join(dir, `store-${batch}.db`));
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let start = 0; start < records.length; start += batch) await store.saveRecords(records.slice(start, start + batch));
    const { user, system } = process.cpuUsage(cpu);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    const perArticle = (user + system) / 1000 / records.length;
    rates.push(`${batch} per transaction ${(records.length / seconds).toFixed(0)} articles/s (${perArticle.toFixed(2)} ms CPU per article)`);
  }
  console.log(`store alone, ${records.length} analysed articles → SQLite: ${rates.join(', ')}`);
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
    text: '', packedAnalysis: Buffer.from('{}'), actors: [], events,
  };
}

/** Synthetic articles per transaction in the dyad bench's load (COPY on PostgreSQL). */
const LOAD_BATCH = 20;

async function dyadBench(): Promise<void> {
  const store: Store = await openStore(process.env.BENCH_DYAD_DB ?? join(dir, 'dyad.db'));
  const perArticle = 100;
  const next = seededRandom(7);
  let started = process.hrtime.bigint();
  const elapsed = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(1);
  const articles = EVENTS / perArticle;
  for (let n = 0; n < articles; n += LOAD_BATCH) {
    await store.saveRecords(Array.from({ length: Math.min(LOAD_BATCH, articles - n) }, (_, i) => syntheticRecord(n + i, perArticle, next)));
  }
  console.log(`dyad (${store.kind}): stored ${EVENTS} synthetic events in ${elapsed()} s, ${LOAD_BATCH} articles per transaction`);
  started = process.hrtime.bigint();
  const mergeCpu = threadCpuMs();
  const merged = await mergePending(store);
  const mergeCpuSeconds = mergeCpu === null || store.kind !== 'sqlite' ? null : (threadCpuMs()! - mergeCpu) / 1000;
  const counts = await store.counts();
  console.log(
    `  merged ${counts.events} events into ${counts.merged} (${merged.keys} merge keys) in ${elapsed()} s` +
      (mergeCpuSeconds === null ? '' : ` (${mergeCpuSeconds.toFixed(1)} s CPU)`),
  );
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
  if (ARTICLES > 0) await storeBench(await ingestBench());
  if (EVENTS > 0) await dyadBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
