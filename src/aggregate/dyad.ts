// Dyad time series: per period, merged events by quad class, mention-weighted Goldstein, and the
// tension index defined in src/aggregate/README.md.
import type { DyadAggregate, DyadQuery, Store } from '../store/types.ts';

/** Events per quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadCounts = [number, number, number, number];

export interface DyadPeriod {
  period: string;
  quad: QuadCounts;
  events: number;
  mentions: number;
  /** Σ Goldstein × mentions / Σ mentions; null when the period has no event. */
  goldsteinMean: number | null;
  /** Σ Goldstein × mentions. */
  goldsteinSum: number;
  tension: number | null;
}

/**
 * (2·material conflict + verbal conflict − verbal cooperation − 2·material cooperation) / (2·events):
 * +1 when every event is material conflict, −1 when every event is material cooperation.
 */
export function tensionIndex(quad: QuadCounts): number | null {
  const [verbalCoop, materialCoop, verbalConflict, materialConflict] = quad;
  const total = verbalCoop + materialCoop + verbalConflict + materialConflict;
  if (total === 0) return null;
  return (2 * materialConflict + verbalConflict - verbalCoop - 2 * materialCoop) / (2 * total);
}

/** The period after `period` ('YYYY-MM-DD' for days and weeks, 'YYYY-MM' for months). */
export function nextPeriod(period: string, by: DyadQuery['by']): string {
  if (by === 'month') {
    const [year, month] = period.split('-').map(Number) as [number, number];
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const date = new Date(`${period}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + (by === 'week' ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

function emptyPeriod(period: string): DyadPeriod {
  return { period, quad: [0, 0, 0, 0], events: 0, mentions: 0, goldsteinMean: null, goldsteinSum: 0, tension: null };
}

/** Sums the store's aggregates (both directions) per period and fills the periods between with zeros. */
export function buildSeries(rows: DyadAggregate[], by: DyadQuery['by']): DyadPeriod[] {
  const periods = new Map<string, DyadPeriod>();
  for (const row of rows) {
    const entry = periods.get(row.period) ?? emptyPeriod(row.period);
    entry.quad[row.quadClass - 1]! += row.events;
    entry.events += row.events;
    entry.mentions += row.mentions;
    entry.goldsteinSum += row.goldsteinSum;
    periods.set(row.period, entry);
  }
  const present = [...periods.keys()].sort();
  if (present.length === 0) return [];
  const series: DyadPeriod[] = [];
  for (let period = present[0]!; period <= present.at(-1)!; period = nextPeriod(period, by)) {
    const entry = periods.get(period) ?? emptyPeriod(period);
    entry.goldsteinMean = entry.mentions ? entry.goldsteinSum / entry.mentions : null;
    entry.tension = tensionIndex(entry.quad);
    series.push(entry);
  }
  return series;
}

export async function dyadSeries(store: Store, query: DyadQuery): Promise<DyadPeriod[]> {
  return buildSeries(await store.dyadAggregates(query), query.by);
}
