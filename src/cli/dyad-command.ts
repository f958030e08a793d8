// `detente dyad A B`: how relations between two actors or countries move over time.
import { type DyadPeriod, dyadSeries } from '../aggregate/dyad.ts';
import { openMergedStore } from '../aggregate/merge.ts';
import { UsageError } from '../errors.ts';
import { resolveDb } from '../store/open.ts';
import type { DyadQuery, Stance } from '../store/types.ts';
import { parseChoice, parseCommandLine, parseIsoDate } from './args.ts';

const HELP = `usage: detente dyad <A> <B> [options]

A and B are actor or country codes; a code covers every code it starts ("USA": USAGOV, USAMIL…).
Per period: merged events by quad class, mention-weighted Goldstein mean and sum, tension index.

  --db FILE|URL            the store (default ./detente.db, or $DETENTE_DB)
  --from YYYY-MM-DD        first day
  --to YYYY-MM-DD          last day
  --by day|week|month      period (default month)
  --directed               A → B only (default: both directions)
  --all-modalities         count intended, hypothetical, demanded… events too (default: asserted only)
  --format table|json|csv  output (default table; a chart follows the table on a terminal)`;

const ALL_MODALITIES: Stance[] = ['asserted', 'reported', 'intended', 'attempted', 'demanded', 'hypothetical'];
const SPARKS = '▁▂▃▄▅▆▇█';

export async function runDyad(args: string[]): Promise<void> {
  const { values, positionals } = parseCommandLine(args, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    directed: { type: 'boolean' },
    'all-modalities': { type: 'boolean' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (positionals.length !== 2) throw new UsageError('dyad takes two actor or country codes, e.g. detente dyad USA IRN');
  const [a, b] = positionals.map((code) => code.toUpperCase()) as [string, string];
  const query: DyadQuery = {
    a,
    b,
    directed: values.directed ?? false,
    stances: values['all-modalities'] ? ALL_MODALITIES : ['asserted'],
    from: parseIsoDate(values.from, '--from'),
    to: parseIsoDate(values.to, '--to'),
    by: parseChoice(values.by, '--by', ['day', 'week', 'month'] as const, 'month'),
  };
  const format = parseChoice(values.format, '--format', ['table', 'json', 'csv'] as const, 'table');
  const store = await openMergedStore(resolveDb(values.db));
  try {
    const series = await dyadSeries(store, query);
    if (format === 'json') process.stdout.write(`${JSON.stringify({ ...query, periods: series }, null, 2)}\n`);
    else if (format === 'csv') process.stdout.write(formatCsv(series));
    else {
      process.stdout.write(formatTable(query, series));
      if (process.stdout.isTTY && series.length > 1) process.stdout.write(formatChart(series));
    }
  } finally {
    await store.close();
  }
}

const fixed = (value: number | null, digits: number, sign = false) =>
  value === null ? '' : `${sign && value > 0 ? '+' : ''}${value.toFixed(digits)}`;

const FIELDS = ['period', 'events', 'verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict', 'mentions', 'goldstein_mean', 'goldstein_sum', 'tension'];

function fields(p: DyadPeriod): string[] {
  return [p.period, String(p.events), ...p.quad.map(String), String(p.mentions), fixed(p.goldsteinMean, 2), fixed(p.goldsteinSum, 1), fixed(p.tension, 2, true)];
}

function formatCsv(series: DyadPeriod[]): string {
  return `${[FIELDS.join(','), ...series.map((p) => fields(p).join(','))].join('\n')}\n`;
}

export function formatTable(query: DyadQuery, series: DyadPeriod[]): string {
  const arrow = query.directed ? '→' : '↔';
  const scope = query.stances.length === 1 ? 'asserted events' : 'all modalities';
  const title = `${query.a} ${arrow} ${query.b} by ${query.by} (${scope}; negated events excluded)`;
  if (series.length === 0) return `${title}\nno events\n`;
  const head = ['period', 'events', 'v.coop', 'm.coop', 'v.conf', 'm.conf', 'mentions', 'goldstein', 'g.sum', 'tension'];
  const rows = [head, ...series.map(fields)];
  const widths = head.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const lines = rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  return `${title}\n${lines.join('\n')}\n`;
}

/** Sparklines of tension (−1 … +1) and of event counts, one character per period. */
export function formatChart(series: DyadPeriod[]): string {
  const spark = (value: number | null, max: number) =>
    value === null ? ' ' : SPARKS[Math.min(SPARKS.length - 1, Math.round((value / max) * (SPARKS.length - 1)))]!;
  const most = Math.max(1, ...series.map((p) => p.events));
  const tension = series.map((p) => spark(p.tension === null ? null : (p.tension + 1) / 2, 1)).join('');
  const events = series.map((p) => spark(p.events, most)).join('');
  return `\ntension  ${tension}  (low: cooperation, high: conflict)\nevents   ${events}  (max ${most})\n${' '.repeat(9)}${series[0]!.period} … ${series.at(-1)!.period}\n`;
}
