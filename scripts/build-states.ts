// Bootstraps and audits data/actors/states.json against the ISO-3166 list shipped in i18n-iso-countries.
// states.json itself is hand-curated (demonyms, seats, CAMEO codes); this script only generates the
// uncurated base list (`--base`) and reports ISO entries missing from, or unknown to, the curated file.
//
//   node --import tsx scripts/build-states.ts --base > /tmp/states.base.json
//   node --import tsx scripts/build-states.ts            # audit (exit 1 on missing entries)
import { readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';

interface BaseState {
  id: string;
  iso2: string;
  iso3: string;
  name: string;
  aliases: string[];
}

// The library uses XKK for Kosovo; XKX is the user-assigned code in wider use (EU, IMF), so ids follow it.
const ID_FIXES: Record<string, string> = { XKK: 'XKX' };

function baseList(): BaseState[] {
  const names = countries.getNames('en', { select: 'all' });
  return Object.entries(names)
    .map(([iso2, forms]) => {
      const iso3 = countries.alpha2ToAlpha3(iso2) ?? iso2;
      const id = ID_FIXES[iso3] ?? iso3;
      const [name = iso3, ...aliases] = forms;
      return { id, iso2, iso3: id, name, aliases };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function audit(): number {
  const path = new URL('../data/actors/states.json', import.meta.url);
  const curated = JSON.parse(readFileSync(path, 'utf8')) as { states: { id: string }[] };
  const have = new Set(curated.states.map((s) => s.id));
  const base = baseList();
  const iso = new Set(base.map((s) => s.id));
  const missing = base.filter((s) => !have.has(s.id)).map((s) => `${s.id} ${s.name}`);
  const extra = [...have].filter((id) => !iso.has(id));
  console.log(`ISO entries: ${iso.size}, curated: ${have.size}`);
  if (missing.length > 0) console.log(`missing from states.json:\n  ${missing.join('\n  ')}`);
  if (extra.length > 0) console.log(`curated entries outside ISO (expected for CAMEO-only codes): ${extra.join(', ')}`);
  return missing.length > 0 ? 1 : 0;
}

if (process.argv.includes('--base')) {
  process.stdout.write(`${JSON.stringify({ states: baseList() }, null, 1)}\n`);
} else {
  process.exitCode = audit();
}
