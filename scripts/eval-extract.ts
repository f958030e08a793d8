// Scores ingestHtml's body text on the Zyte article-extraction benchmark with the benchmark's
// own metric (evaluate.py): 4-token shingles, per-page precision and recall, averaged over pages.
//   npm run eval:extract [-- <benchmark dir>] [--score <prediction.json>]
// With --score, a saved prediction file (such as the benchmark's output/*.json) is scored instead,
// which checks this metric against the figures the benchmark publishes.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../src/errors.ts';
import { ingestHtml } from '../src/ingest/index.ts';

type Items = Record<string, { articleBody?: string }>;

const args = process.argv.slice(2);
const scoreIndex = args.indexOf('--score');
const predictionFile = scoreIndex >= 0 ? args.splice(scoreIndex, 2)[1] : undefined;
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(args[0] ?? join(repo, '../shared/data/zyte'));

/** evaluate.py tokenises with Python's \w+: letters, digits and underscore, not combining marks. */
const tokenize = (text: string) => text.match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const key = tokens.slice(i, i + 4).join('\u0000');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function match(truth: string, prediction: string): [tp: number, fp: number, fn: number] {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = predicted.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  return [tp, fp, fn];
}

const precisionScore = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp! / (tp! + fp!));
const recallScore = ([tp, fp, fn]: number[]) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp! / (tp! + fn!));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function extract(key: string): string {
  const html = gunzipSync(readFileSync(join(dir, 'html', `${key}.html.gz`))).toString('utf8');
  try {
    return ingestHtml(html).text;
  } catch (error) {
    if (error instanceof InputError) return '';
    throw error;
  }
}

const truth: Items = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
const saved = predictionFile ? JSON.parse(readFileSync(predictionFile, 'utf8')) : null;
const predictions: Items | null = saved && 'output' in saved ? saved.output : saved;

const started = performance.now();
const counts = Object.keys(truth).map((key) => {
  const body = predictions ? (predictions[key]?.articleBody ?? '') : extract(key);
  return match(truth[key]?.articleBody ?? '', body);
});
const elapsed = performance.now() - started;

const precision = mean(counts.filter(([tp, fp]) => tp + fp > 0).map(precisionScore));
const recall = mean(counts.filter(([tp, , fn]) => tp + fn > 0).map(recallScore));
const f1 = (2 * precision * recall) / (precision + recall);
console.log(`pages      ${counts.length}${predictions ? '' : `  (${(elapsed / counts.length).toFixed(1)} ms/page)`}`);
console.log(`precision  ${precision.toFixed(4)}`);
console.log(`recall     ${recall.toFixed(4)}`);
console.log(`F1         ${f1.toFixed(4)}`);
