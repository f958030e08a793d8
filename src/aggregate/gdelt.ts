// The GDELT 2.0 event table's 61 columns, in order (GDELT Event Codebook V2.0), and how a merged
// event fills them. Columns detente has no data for (ethnic, religion and geography codes, tone)
// stay empty.
import type { MergedEvent } from '../store/types.ts';

export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode',
  'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode',
  'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code',
  'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export type GdeltColumn = (typeof GDELT_COLUMNS)[number];

/** International organisations' codes start with these; GDELT puts them in KnownGroupCode. */
const KNOWN_GROUPS = /^(?:IGO|NGO|IMG|MNC)/;

/** Tabs and newlines would break the TSV. */
function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** GDELT's FractionDate: year + day of year / 365, to four decimals. */
function fractionDate(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const dayOfYear = Math.floor((date.getTime() - start) / 86_400_000) + 1;
  return (date.getUTCFullYear() + dayOfYear / 365).toFixed(4);
}

function actorColumns(prefix: 'Actor1' | 'Actor2', actor: MergedEvent['source'] | MergedEvent['target']): Partial<Record<GdeltColumn, string>> {
  if (!actor) return {};
  return {
    [`${prefix}Code`]: clean(actor.code),
    [`${prefix}Name`]: clean(actor.name).toUpperCase(),
    [`${prefix}CountryCode`]: clean(actor.country),
    [`${prefix}KnownGroupCode`]: KNOWN_GROUPS.test(actor.code) ? actor.code.slice(0, 3) : '',
    [`${prefix}Type1Code`]: clean(actor.agent),
  };
}

export function gdeltRow(event: MergedEvent): string[] {
  const day = event.day ?? '';
  const values: Partial<Record<GdeltColumn, string>> = {
    GlobalEventID: String(event.id),
    Day: day.replaceAll('-', ''),
    MonthYear: day.slice(0, 7).replace('-', ''),
    Year: day.slice(0, 4),
    FractionDate: day ? fractionDate(day) : '',
    ...actorColumns('Actor1', event.source),
    ...actorColumns('Actor2', event.target),
    IsRootEvent: event.isRoot ? '1' : '0',
    EventCode: event.cameo,
    EventBaseCode: event.cameo.slice(0, 3),
    EventRootCode: event.root,
    QuadClass: String(event.quadClass),
    GoldsteinScale: String(event.goldstein),
    NumMentions: String(event.numMentions),
    NumSources: String(event.numSources),
    NumArticles: String(event.numArticles),
    DATEADDED: event.added.replace(/\D/g, '').slice(0, 14),
    SOURCEURL: clean(event.mentions.find((m) => m.url)?.url),
  };
  return GDELT_COLUMNS.map((column) => values[column] ?? '');
}
