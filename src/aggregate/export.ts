// Writes merged events as JSONL, CSV or GDELT 2.0 TSV, one event at a time so exports of any size
// run in flat memory.
import type { MergedEvent } from '../store/types.ts';
import { gdeltRow } from './gdelt.ts';

export type ExportFormat = 'jsonl' | 'csv' | 'gdelt';

const CSV_COLUMNS = [
  'id', 'day', 'precision', 'source_code', 'source_name', 'source_country', 'target_code', 'target_name', 'target_country',
  'cameo', 'root', 'quad_class', 'goldstein', 'plover', 'stance', 'num_mentions', 'num_articles', 'num_sources',
  'is_root', 'url', 'sentence',
];

function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvRow(event: MergedEvent): string {
  const first = event.mentions[0];
  return [
    event.id, event.day, event.precision, event.source.code, event.source.name, event.source.country,
    event.target?.code ?? null, event.target?.name ?? null, event.target?.country ?? null,
    event.cameo, event.root, event.quadClass, event.goldstein, event.plover, event.stance,
    event.numMentions, event.numArticles, event.numSources, event.isRoot, first?.url ?? null, first?.sentenceText ?? null,
  ].map(csvField).join(',');
}

/** GDELT has no field for negation or modality, so only asserted events go into its format. */
export function exportsEvent(format: ExportFormat, event: MergedEvent): boolean {
  return format !== 'gdelt' || event.stance === 'asserted';
}

/** Only CSV has a header line: GDELT's own files have none, and JSONL needs none. */
export function header(format: ExportFormat): string | null {
  return format === 'csv' ? CSV_COLUMNS.join(',') : null;
}

export function formatEvent(format: ExportFormat, event: MergedEvent): string {
  if (format === 'jsonl') return JSON.stringify(event);
  if (format === 'csv') return csvRow(event);
  return gdeltRow(event).join('\t');
}
