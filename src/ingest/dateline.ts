// The dateline that opens a wire story ("KHARTOUM, June 12 (Reuters) -", "NEW DELHI (AP) —", "(CNN) —"):
// where it was filed and which agency filed it. The agencies are data (data/ingest/dateline.json).
import rules from '../../data/ingest/dateline.json' with { type: 'json' };
import type { Dateline } from '../types.ts';

const agencies = new Map(Object.entries(rules.agencies));

// A place in capitals (letters, spaces, dots, apostrophes, hyphens; a slash joins two, "CAIRO/JERUSALEM"), optionally followed by a region written
// normally ("GAZA CITY, Gaza Strip"), optionally a day ("June 12", "Nov. 5"), then an agency in brackets,
// then a dash. Either the capitalised place or the agency must be there.
const DATELINE =
  /^(?:(?<place>\p{Lu}[\p{Lu}\p{M}.'’/ -]*\p{Lu}\.?)(?:,\s*(?<region>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}))?(?:,\s*\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2})?\s*)?(?:\((?<agency>[^()\n]{1,30})\)\s*)?[-—–]+\s+/u;

/** The dateline at the start of the body text, if it opens with one. */
export function findDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const bracketed = groups.agency?.trim();
  const agency = bracketed === undefined ? null : (agencies.get(bracketed) ?? null);
  // A word in brackets that is no known agency makes no dateline ("(Updated) -").
  if (bracketed !== undefined && agency === null) return null;
  if (groups.place === undefined && agency === null) return null;
  const written = match[0].trimEnd();
  return { start: 0, end: written.length, text: written, place: groups.place?.trim() ?? null, agency };
}
