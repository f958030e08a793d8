// Builds data/events/codebook.json from the CAMEO reference tables in ../shared/data.
// Run by a developer when the reference data changes; the JSON it writes is committed,
// because a newcomer's checkout has no ../shared. Only facts (codes, labels, scores,
// code→type mappings) are carried over, never the files themselves.
//
//   node --import tsx scripts/build-codebook.ts            # write data/events/codebook.json
//   node --import tsx scripts/build-codebook.ts --check    # exit 1 if the committed file is stale
//   node --import tsx scripts/build-codebook.ts --shared /path/to/shared/data
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface PloverMapping {
  type: string;
  mode: string | null;
  context: string[];
}

interface CodeRecord {
  code: string;
  label: string;
  altLabels: string[];
  root: string;
  parent: string | null;
  depth: 2 | 3 | 4;
  goldstein: number;
  goldsteinFrom: 'table' | 'parent';
  quadClass: 1 | 2 | 3 | 4;
  plover: PloverMapping | null;
  ploverFrom: 'table' | 'parent' | null;
}

const args = process.argv.slice(2);
const sharedArg = args.indexOf('--shared');
const sharedDir =
  sharedArg >= 0 && args[sharedArg + 1]
    ? args[sharedArg + 1]!
    : fileURLToPath(new URL('../../shared/data/', import.meta.url));
const outFile = fileURLToPath(new URL('../data/events/codebook.json', import.meta.url));
const warnings: string[] = [];

function read(relative: string): string {
  const path = `${sharedDir.replace(/\/$/, '')}/${relative}`;
  if (!existsSync(path)) throw new Error(`reference file not found: ${path} (pass --shared DIR)`);
  return readFileSync(path, 'utf8');
}

// Typos in the 0.7b5 codefile; fixing spelling does not change any fact.
const SPELLING: Array<[RegExp, string]> = [
  [/\bcommment\b/g, 'comment'],
  [/\bApolgize\b/g, 'Apologize'],
  [/\badminstrative\b/g, 'administrative'],
  [/\bOstruct\b/g, 'Obstruct'],
];

// ICEWS label variants filed under the wrong code: the "Demand …" variants under 0251–0256
// are the labels of 1051–1056, and "Reduce or stop material aid" under 122 is 162's meaning.
const MISPLACED_VARIANTS: Array<[RegExp, RegExp]> = [
  [/^025\d$/, /^Demand\b/],
  [/^122$/, /^Reduce or stop\b/],
];

function fixSpelling(label: string): string {
  return SPELLING.reduce((text, [pattern, fix]) => text.replace(pattern, fix), label.trim());
}

function sentenceCase(heading: string): string {
  const lower = heading.trim().toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function quadClassOf(root: string): 1 | 2 | 3 | 4 {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13) return 3;
  return 4;
}

function parentOf(code: string): string | null {
  if (code.length === 2) return null;
  return code.length === 3 ? code.slice(0, 2) : code.slice(0, 3);
}

// --- CAMEO codes and labels -------------------------------------------------------------
const labels = new Map<string, { primary: string[]; variants: string[] }>();
function labelSlot(code: string) {
  let slot = labels.get(code);
  if (!slot) {
    slot = { primary: [], variants: [] };
    labels.set(code, slot);
  }
  return slot;
}

for (const raw of read('cameo/CAMEO_codefile.txt').split('\n')) {
  const line = raw.trim();
  if (line.startsWith('~~~~~')) break;
  const heading = /^\/\/(\d{2})\s*[:=]\s*(.+)$/.exec(line);
  if (heading) {
    labelSlot(heading[1]!).primary.push(sentenceCase(heading[2]!));
    continue;
  }
  const entry = /^LABEL([iI])?:\s*([0-9a-z]+)\s*=\s*(.+)$/.exec(line);
  if (!entry) continue;
  let code = entry[2]!;
  // "LABELi:" lines and codes suffixed "i" ("LABEL: 0811i=") are ICEWS label variants.
  const isVariant = entry[1] !== undefined || /^\d{3,4}i$/.test(code);
  if (/^\d{3,4}i$/.test(code)) code = code.slice(0, -1);
  const label = fixSpelling(entry[3]!);
  if (!/^\d{3,4}$/.test(code)) {
    warnings.push(`codefile: skipped label for unknown code "${code}" (${label})`);
    continue;
  }
  if (isVariant && MISPLACED_VARIANTS.some(([c, l]) => c.test(code) && l.test(label))) {
    warnings.push(`codefile: dropped misplaced ICEWS variant ${code}= ${label}`);
    continue;
  }
  const slot = labelSlot(code);
  if (isVariant) slot.variants.push(label);
  else slot.primary.push(label);
}

// --- Goldstein scores -----------------------------------------------------------------
const goldstein = new Map<string, number>();
for (const line of read('cameo/CAMEO.goldsteinscale.txt').split('\n').slice(1)) {
  const [code, score] = line.trim().split(/\s+/);
  if (!code || score === undefined) continue;
  const value = Number(score);
  if (Number.isNaN(value)) throw new Error(`Goldstein table: bad score for ${code}: ${score}`);
  goldstein.set(code, value);
}

// --- CAMEO → PLOVER -------------------------------------------------------------------
const plover = new Map<string, PloverMapping>();
for (const raw of read('cameo/CAMEO2PLOVER-2021.txt').split('\n')) {
  const line = raw.trim();
  if (line.startsWith('~~~~~')) break;
  if (!line || line.startsWith('#')) continue;
  const heading = /^(\d{2}):\s*([A-Z]+)\s*$/.exec(line);
  if (heading) {
    // Section heading = the root's type; 08 has two headings (CONCEDE, RETREAT): keep the first.
    if (!plover.has(heading[1]!)) plover.set(heading[1]!, { type: heading[2]!, mode: null, context: [] });
    continue;
  }
  const row = /^(\d{3,4}):\s*([^#]*)/.exec(line);
  if (!row) continue;
  const [type = '', mode = '', context = ''] = row[2]!.split(',').map((part) => part.trim());
  if (!type) continue;
  const mapping: PloverMapping = {
    type,
    mode: mode || null,
    context: context
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean),
  };
  const previous = plover.get(row[1]!);
  if (previous && JSON.stringify(previous) !== JSON.stringify(mapping)) {
    warnings.push(`CAMEO2PLOVER: conflicting rows for ${row[1]}; kept the first`);
    continue;
  }
  plover.set(row[1]!, mapping);
}

// --- Assemble ---------------------------------------------------------------------------
const codes = [...labels.keys()].sort();
const records = new Map<string, CodeRecord>();
for (const code of codes) {
  const slot = labels.get(code)!;
  if (slot.primary.length === 0) {
    warnings.push(`codefile: ${code} has only ICEWS variant labels; used the first as its label`);
    slot.primary.push(slot.variants.shift()!);
  }
  // A later LABEL line for the same code corrects an earlier one (018, 0354, 175).
  const label = slot.primary[slot.primary.length - 1]!;
  // Variants that differ only in case ("find guilty …" under 116) add nothing.
  const altLabels: string[] = [];
  for (const alt of [...slot.primary.slice(0, -1), ...slot.variants]) {
    const known = [label, ...altLabels].some((l) => l.toLowerCase() === alt.toLowerCase());
    if (!known) altLabels.push(alt);
  }
  const parent = parentOf(code);
  const root = code.slice(0, 2);
  if (parent && !labels.has(parent)) warnings.push(`codefile: ${code} has no parent ${parent}`);

  let score = goldstein.get(code);
  let goldsteinFrom: CodeRecord['goldsteinFrom'] = 'table';
  if (score === undefined) {
    // Codes the Goldstein table lacks (1213, 1214, 1951, 1952) take their parent's score.
    const inherited = parent ? records.get(parent) : undefined;
    if (!inherited) throw new Error(`no Goldstein score for ${code} or its parent`);
    score = inherited.goldstein;
    goldsteinFrom = 'parent';
  }

  let mapping = plover.get(code) ?? null;
  let ploverFrom: CodeRecord['ploverFrom'] = mapping ? 'table' : null;
  if (!mapping && code.length === 4 && parent) {
    // A four-digit code the table skips (1951, 1952) is a kind of its three-digit parent.
    const inherited = records.get(parent);
    if (inherited?.plover && inherited.ploverFrom === 'table') {
      mapping = inherited.plover;
      ploverFrom = 'parent';
    }
  }

  records.set(code, {
    code,
    label,
    altLabels,
    root,
    parent,
    depth: code.length as 2 | 3 | 4,
    goldstein: score,
    goldsteinFrom,
    quadClass: quadClassOf(root),
    plover: mapping,
    ploverFrom,
  });
}
for (const code of plover.keys()) {
  if (!records.has(code)) warnings.push(`CAMEO2PLOVER: ${code} is not in the codefile`);
}
for (const code of goldstein.keys()) {
  if (!records.has(code)) warnings.push(`Goldstein table: ${code} is not in the codefile`);
}

const roots = codes.filter((c) => c.length === 2);
if (roots.length !== 20) throw new Error(`expected 20 CAMEO roots, found ${roots.length}`);

const header = {
  about:
    'CAMEO event codebook: every code in CAMEO 0.7b5 (with ICEWS label variants), Goldstein score, quad class and PLOVER type. Generated by scripts/build-codebook.ts; do not edit by hand. See data/events/README.md.',
  sources: [
    'CAMEO_codefile.txt (openeventdata/text_to_CAMEO, MIT): codes and labels',
    "CAMEO.goldsteinscale.txt (GDELT's Goldstein lookup table): scores",
    'CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, draft 0.8, 2021-09-17): code-to-type facts only',
  ],
};
const body = [...records.values()].map((r) => `    ${JSON.stringify(r)}`).join(',\n');
const json = `{\n  "about": ${JSON.stringify(header.about)},\n  "sources": ${JSON.stringify(header.sources)},\n  "codes": [\n${body}\n  ]\n}\n`;

for (const warning of warnings) console.error(`note: ${warning}`);
if (args.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== json) {
    console.error(`${outFile} is out of date: rerun scripts/build-codebook.ts`);
    process.exit(1);
  }
  console.log(`${outFile} is up to date (${records.size} codes)`);
} else {
  writeFileSync(outFile, json);
  console.log(`wrote ${outFile}: ${records.size} codes, ${roots.length} roots`);
}
