// The seed article's body as the ingest stage would hand it over: page furniture lines dropped, paragraphs joined by a blank line.
import { readFileSync } from 'node:fs';

const FURNITURE = new Set([
  'Premium',
  "Musk Met With Iran's UN Ambassador Looking to 'Defuse Tensions' With the U.S.",
  'Office of the Iranian Supreme Leader via AP',
  'Recommended',
  'Trending on PJ Media Videos',
  'Advertisement',
]);

export const seedText = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8')
  .split(/\n\s*\n/)
  .map((paragraph) =>
    paragraph
      .split('\n')
      .filter((line) => !FURNITURE.has(line.trim()))
      .join('\n')
      .trim(),
  )
  .filter((paragraph) => paragraph.length > 0)
  .join('\n\n');
