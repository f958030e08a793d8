// Loads the event lexicon (data/events/lexicon/*.json) and cue lists (data/events/cues.json),
// compiles the compact pattern strings into explicit fields, and validates everything against
// the codebook on load so a bad entry fails loudly, naming its file and index.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCode } from './codebook.ts';
import type {
  Cue,
  CueScope,
  DerivationKind,
  EntryKind,
  EntryModality,
  EventCues,
  EventLexicon,
  HeadEntries,
  LexiconEntry,
  RawLexiconEntry,
  SupportVerb,
  TargetRole,
} from './lexicon-types.ts';

export type * from './lexicon-types.ts';

export class LexiconError extends Error {
  override name = 'LexiconError';
  constructor(
    readonly file: string,
    readonly entry: number | null,
    readonly reason: string,
    detail = '',
  ) {
    super(`${file}${entry === null ? '' : ` entry ${entry}`}${detail ? ` (${detail})` : ''}: ${reason}`);
  }
}

const LEXICON_DIR = fileURLToPath(new URL('../../data/events/lexicon/', import.meta.url));
const CUES_PATH = fileURLToPath(new URL('../../data/events/cues.json', import.meta.url));

/** Prepositions that introduce a target ("sanction on $T"); 'that' introduces a clause target. */
const TARGET_PREPOSITIONS = new Set([
  'about', 'across', 'against', 'among', 'at', 'behind', 'between', 'by', 'for', 'from', 'in', 'inside',
  'into', 'near', 'of', 'on', 'onto', 'outside', 'over', 'through', 'to', 'toward', 'towards', 'upon', 'with', 'within',
]);
const ENTRY_KEYS = new Set([
  'code', 'kind', 'lemma', 'pattern', 'alsoLemmas', 'symmetric', 'fallback', 'reverse', 'passive', 'actorTarget', 'modality', 'byAgent', 'note',
]);
const KINDS: readonly EntryKind[] = ['verb', 'noun', 'adj'];
const MODALITIES: readonly EntryModality[] = ['intended', 'attempted', 'hypothetical', 'demanded', 'reported'];
const SCOPES: readonly CueScope[] = ['verb', 'infinitive', 'clause', 'noun', 'attribution'];
const DERIVATIONS: readonly DerivationKind[] = ['intended', 'appeal', 'demanded', 'rejected', 'threatened', 'attempted'];
const WORD = /^[a-z0-9][a-z0-9'.-]*$/;
const TARGET = '$T';

/** Pattern words as dense ids, shared by every compiled lexicon, so a sentence's words can be marked in an array. */
const WORD_IDS = new Map<string, number>();

function wordIds(slots: readonly (readonly string[])[]): Int32Array {
  const flat: number[] = [];
  for (const slot of slots) {
    flat.push(slot.length);
    for (const word of slot) {
      if (!WORD_IDS.has(word)) WORD_IDS.set(word, WORD_IDS.size);
      flat.push(WORD_IDS.get(word)!);
    }
  }
  return Int32Array.from(flat);
}

interface ParsedPattern {
  slots: string[][];
  targetPos: number | null;
}

/** Splits a lemma sequence into word slots ("a|b" = alternatives) and finds the `$T` slot. */
function parsePattern(text: string, fail: (reason: string) => never): ParsedPattern {
  if (typeof text !== 'string' || !text.trim()) fail('empty pattern');
  const slots: string[][] = [];
  let targetPos: number | null = null;
  for (const token of text.trim().split(/\s+/)) {
    if (token === TARGET) {
      if (targetPos !== null) fail('pattern has more than one $T');
      targetPos = slots.length;
      slots.push([TARGET]);
      continue;
    }
    const alternatives = token.split('|');
    for (const word of alternatives) {
      if (!WORD.test(word)) fail(`"${word}" is not a lowercase lemma`);
    }
    slots.push(alternatives);
  }
  return { slots, targetPos };
}

function compileEntry(raw: RawLexiconEntry, file: string, fileName: string, index: number): LexiconEntry {
  const fail = (reason: string): never => {
    throw new LexiconError(file, index, reason, typeof raw?.code === 'string' ? `code ${raw.code}, "${raw.pattern}"` : '');
  };
  if (!raw || typeof raw !== 'object') fail('not an object');
  for (const key of Object.keys(raw)) if (!ENTRY_KEYS.has(key)) fail(`unknown field "${key}"`);
  if (typeof raw.code !== 'string') fail('missing "code"');
  const info = findCode(raw.code);
  if (!info) fail(`code ${raw.code} is not in the CAMEO codebook`);
  if (info!.depth < 3) fail(`code ${raw.code} is a root; use a three- or four-digit code`);
  if (!KINDS.includes(raw.kind)) fail(`kind must be one of ${KINDS.join(', ')}`);
  if (typeof raw.lemma !== 'string' || !WORD.test(raw.lemma)) fail('"lemma" must be one lowercase lemma');
  if (raw.modality !== undefined && !MODALITIES.includes(raw.modality)) {
    fail(`modality must be one of ${MODALITIES.join(', ')}`);
  }
  for (const flag of ['symmetric', 'fallback', 'reverse', 'passive', 'actorTarget'] as const) {
    if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') fail(`"${flag}" must be true or false`);
  }
  const byAgent = raw.byAgent ?? null;
  if (byAgent !== null && (typeof byAgent !== 'object' || Object.values(byAgent).some((code) => typeof code !== 'string' || !findCode(code) || findCode(code)!.depth < 3))) {
    fail('"byAgent" must map agent classes to three- or four-digit codebook codes');
  }
  const also = raw.alsoLemmas ?? [];
  if (!Array.isArray(also) || also.some((l) => typeof l !== 'string' || !WORD.test(l))) {
    fail('"alsoLemmas" must be a list of lowercase lemmas');
  }

  const { slots, targetPos } = parsePattern(raw.pattern, fail);
  const headPos = slots.findIndex((slot) => slot.length === 1 && slot[0] === raw.lemma);
  if (headPos < 0) fail(`lemma "${raw.lemma}" does not appear on its own in the pattern`);
  if (targetPos !== null && targetPos < headPos) fail('$T must come after the head');

  const before = slots.slice(0, headPos);
  const afterWithTarget = slots.slice(headPos + 1);
  const after = afterWithTarget.filter((slot) => slot[0] !== TARGET);
  let targetRole: TargetRole = 'none';
  let preps: string[] = [];
  let targetIndex: number | null = null;
  if (targetPos !== null) {
    targetIndex = targetPos - headPos - 1;
    const previous = slots[targetPos - 1]!;
    if (targetPos - 1 === headPos) targetRole = 'object';
    else if (previous.every((w) => w === 'that')) targetRole = 'clause';
    else if (previous.every((w) => TARGET_PREPOSITIONS.has(w))) {
      targetRole = 'prep';
      preps = previous;
    } else targetRole = 'object';
  }

  const kind = raw.kind;
  return {
    id: `${fileName.replace(/\.json$/, '')}#${index}`,
    code: raw.code,
    root: info!.root,
    kind,
    lemma: raw.lemma,
    headLemmas: [...new Set([raw.lemma, ...also])],
    pattern: raw.pattern.trim(),
    before,
    after,
    targetIndex,
    targetRole,
    prep: preps[0] ?? null,
    preps,
    symmetric: raw.symmetric ?? false,
    passive: raw.passive ?? (kind === 'verb' && targetRole === 'object'),
    fallback: raw.fallback ?? false,
    reverse: raw.reverse ?? false,
    actorTarget: raw.actorTarget ?? false,
    modality: raw.modality ?? null,
    byAgent,
    required: wordIds([...before, ...after]),
    specificity: before.length + after.length,
    file: fileName,
    note: raw.note ?? null,
  };
}

/** Validates and compiles one lexicon file's JSON. `file` names it in error messages. */
export function compileLexiconFile(file: string, json: unknown): LexiconEntry[] {
  const entries = (json as { entries?: unknown })?.entries;
  if (!Array.isArray(entries)) throw new LexiconError(file, null, 'no "entries" array');
  const fileName = basename(file);
  // Entries are typed readonly; freezing thousands of small arrays only costs load time.
  return entries.map((raw, index) => compileEntry(raw as RawLexiconEntry, file, fileName, index));
}

/** More specific first: more words, then non-fallback, then finer (four-digit) codes, then file order. */
function bySpecificity(a: LexiconEntry, b: LexiconEntry): number {
  return (
    b.specificity - a.specificity ||
    Number(a.fallback) - Number(b.fallback) ||
    b.code.length - a.code.length ||
    0
  );
}

/** Builds the lookup structures over compiled entries; rejects the same pattern listed twice. */
export function buildLexicon(entries: readonly LexiconEntry[]): EventLexicon {
  const seen = new Map<string, LexiconEntry>();
  const byLemma = new Map<string, LexiconEntry[]>();
  const byCodeMap = new Map<string, LexiconEntry[]>();
  for (const entry of entries) {
    const key = `${entry.kind} ${entry.pattern}`;
    const first = seen.get(key);
    if (first) {
      throw new LexiconError(
        entry.file,
        Number(entry.id.split('#')[1]),
        `${entry.kind} pattern "${entry.pattern}" is already ${first.id} (code ${first.code})`,
        `code ${entry.code}`,
      );
    }
    seen.set(key, entry);
    for (const lemma of entry.headLemmas) {
      const list = byLemma.get(lemma) ?? [];
      list.push(entry);
      byLemma.set(lemma, list);
    }
    const list = byCodeMap.get(entry.code) ?? [];
    list.push(entry);
    byCodeMap.set(entry.code, list);
  }
  // Array.prototype.sort is stable, so equal entries keep file order.
  for (const list of byLemma.values()) list.sort(bySpecificity);
  const heads = new Map<string, HeadEntries>();
  for (const [lemma, list] of byLemma) {
    const starts = new Int32Array(list.length + 1);
    for (const [e, entry] of list.entries()) starts[e + 1] = starts[e]! + entry.required.length;
    const required = new Int32Array(starts[list.length]!);
    for (const [e, entry] of list.entries()) required.set(entry.required, starts[e]);
    heads.set(lemma, { entries: list, required, starts });
  }
  const frozen = Object.freeze([...entries]);
  const none: readonly LexiconEntry[] = Object.freeze([]);
  return {
    entries: frozen,
    lookup: (lemma) => byLemma.get(lemma.toLowerCase()) ?? none,
    lookupHead: (lemma) => heads.get(lemma) ?? null,
    byCode: (code) => byCodeMap.get(code) ?? none,
    headLemmas: new Set(byLemma.keys()),
    wordId: (lemma) => WORD_IDS.get(lemma) ?? -1,
    get wordCount() {
      return WORD_IDS.size;
    },
    verbHeads: new Set(entries.filter((e) => e.kind === 'verb').flatMap((e) => e.headLemmas)),
    nounHeads: new Set(entries.filter((e) => e.kind === 'noun').flatMap((e) => e.headLemmas)),
  };
}

function readJson(path: string, label: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LexiconError(label, null, `cannot read JSON: ${(error as Error).message}`);
  }
}

let lexicon: EventLexicon | undefined;

/** The event lexicon, read and validated once per process. */
export function loadEventLexicon(): EventLexicon {
  if (lexicon) return lexicon;
  const files = readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new LexiconError('data/events/lexicon', null, 'no lexicon files');
  const entries = files.flatMap((name) => {
    const label = `data/events/lexicon/${name}`;
    return compileLexiconFile(label, readJson(`${LEXICON_DIR}${name}`, label));
  });
  lexicon = buildLexicon(entries);
  return lexicon;
}

// --- Cues -----------------------------------------------------------------------------------

interface RawCue {
  text: string;
  lemmas?: string;
  governs?: CueScope;
  derive?: DerivationKind;
  role?: 'agent' | 'patient';
  naming?: boolean;
  note?: string;
}

function compileWords(raw: RawCue, file: string, where: string): string[][] {
  const fail = (reason: string): never => {
    throw new LexiconError(file, null, reason, where);
  };
  if (typeof raw?.text !== 'string') fail('cue without "text"');
  const text = raw.lemmas ?? raw.text.replace(/\S+/g, (w) => (w === TARGET ? w : w.toLowerCase()));
  return parsePattern(text, fail).slots;
}

function compileCue(raw: RawCue, file: string, where: string): Cue {
  const words = compileWords(raw, file, where);
  if (!raw.governs || !SCOPES.includes(raw.governs)) {
    throw new LexiconError(file, null, `"governs" must be one of ${SCOPES.join(', ')}`, where);
  }
  if (raw.derive !== undefined && !DERIVATIONS.includes(raw.derive)) {
    throw new LexiconError(file, null, `"derive" must be one of ${DERIVATIONS.join(', ')}`, where);
  }
  return Object.freeze({
    text: raw.text,
    words,
    governs: raw.governs,
    derive: raw.derive ?? null,
    note: raw.note ?? null,
  });
}

function compileVerb(raw: RawCue, file: string, where: string): SupportVerb {
  return Object.freeze({
    text: raw.text,
    words: compileWords(raw, file, where),
    role: raw.role === 'patient' ? 'patient' : 'agent',
    naming: raw.naming === true,
    note: raw.note ?? null,
  });
}

/** Validates and compiles cues.json. */
export function compileCues(file: string, json: unknown): EventCues {
  const data = json as {
    negation?: { cues?: RawCue[] };
    modality?: Record<string, { cues?: RawCue[] }>;
    supportVerbs?: { verbs?: RawCue[] };
    causative?: { verbs?: RawCue[] };
    derivations?: { table?: Record<string, Partial<Record<DerivationKind, string>>> };
  };
  const list = <T>(value: T[] | undefined, section: string): T[] => {
    if (!Array.isArray(value)) throw new LexiconError(file, null, `missing list "${section}"`);
    return value;
  };
  const negation = list(data?.negation?.cues, 'negation.cues').map((c, i) =>
    compileCue(c, file, `negation[${i}] "${c?.text}"`),
  );
  const modality = {} as Record<EntryModality, readonly Cue[]>;
  for (const kind of MODALITIES) {
    modality[kind] = Object.freeze(
      list(data?.modality?.[kind]?.cues, `modality.${kind}.cues`).map((c, i) =>
        compileCue(c, file, `modality.${kind}[${i}] "${c?.text}"`),
      ),
    );
  }
  const supportVerbs = list(data?.supportVerbs?.verbs, 'supportVerbs.verbs').map((c, i) =>
    compileVerb(c, file, `supportVerbs[${i}] "${c?.text}"`),
  );
  const causative = list(data?.causative?.verbs, 'causative.verbs').map((c, i) =>
    compileVerb(c, file, `causative[${i}] "${c?.text}"`),
  );
  const table = data?.derivations?.table;
  if (!table || typeof table !== 'object') throw new LexiconError(file, null, 'missing "derivations.table"');
  for (const [code, row] of Object.entries(table)) {
    if (!findCode(code)) throw new LexiconError(file, null, `derivation key ${code} is not in the CAMEO codebook`);
    for (const [kind, derived] of Object.entries(row)) {
      if (!DERIVATIONS.includes(kind as DerivationKind)) {
        throw new LexiconError(file, null, `derivation ${code} has unknown kind "${kind}"`);
      }
      if (typeof derived !== 'string' || !findCode(derived)) {
        throw new LexiconError(file, null, `derivation ${code}.${kind} -> ${derived} is not in the CAMEO codebook`);
      }
    }
  }
  return {
    negation: Object.freeze(negation),
    modality: Object.freeze(modality),
    supportVerbs: Object.freeze(supportVerbs),
    causative: Object.freeze(causative),
    derive(code, kind) {
      // The code's own row, else its parent's (0811 → 081), never the root's.
      for (let c: string | null = code; c && c.length >= 3; c = findCode(c)?.parent ?? null) {
        const derived = table[c]?.[kind];
        if (derived) return derived;
      }
      return null;
    },
  };
}

let cues: EventCues | undefined;

/** Negation/modality cues, support verbs and code derivations, read and validated once per process. */
export function loadEventCues(): EventCues {
  cues ??= compileCues('data/events/cues.json', readJson(CUES_PATH, 'data/events/cues.json'));
  return cues;
}
