// Cuts each sentence into units: dictionary names (longest match first), role nouns and titles, runs of
// capitalised words the dictionary does not know, and name patterns ("the Biden administration").
import type { Token } from '../language/types.ts';
import type { Sentence } from '../types.ts';
import type { ActorDictionary, ActorEntry, AliasForm, AliasHit, TitleEntry } from './dictionary.ts';
import { surfaceForm } from './dictionary.ts';
import { type CompiledPattern, type DictionaryIndex, indexFor } from './dictionary-index.ts';
import { lexicon } from './lexicon.ts';
import { allCaps, capitalised, hasCapital, hashPower, isDash, joinHash, mayHave, singleSpaced, spaced, spaceHash, startsWithLetter, stringHash, tokenKey } from './surface.ts';

/** Token range [first, end) of a unit; `possessive` when "'s" follows it. */
interface UnitSpan {
  first: number;
  end: number;
  possessive: boolean;
}

export interface EntityUnit extends UnitSpan {
  kind: 'entity';
  entry: ActorEntry;
  form: AliasForm;
  /** Matched by an alias that also means something else ("Brussels" for the EU). */
  ambiguous: boolean;
}

export interface RoleUnit extends UnitSpan {
  kind: 'role';
  agent: string | null;
  /** The role noun also has an everyday sense ("leader", "forces"): it needs an affiliation to count. */
  ambiguous: boolean;
  /** The words form a title written before names ("President", "Mr.", "Supreme Leader"). */
  title: TitleEntry | null;
  /** Lower-case text ("president-elect", "communications director"). */
  key: string;
}

export type NameShape = 'person' | 'organisation' | 'media' | 'place' | 'other' | 'acronym';

export interface NameUnit extends UnitSpan {
  kind: 'name';
  shape: NameShape;
  /** Token of the word that tells what the name is: the last, or the organisation word before "of"/"for" ("Agency for Development"). */
  head: number;
  /** A state or capital written inside the name ("Bank of England"). */
  place: EntityUnit | null;
}

export interface PatternUnit extends UnitSpan {
  kind: 'pattern';
  pattern: CompiledPattern;
  /** The person or state the pattern names, or null for "the administration". */
  slot: EntityUnit | NameUnit | null;
}

export interface TokenUnit extends UnitSpan {
  kind: 'token';
  token: Token;
}

export type Unit = EntityUnit | RoleUnit | NameUnit | PatternUnit | TokenUnit;

/** Everything the scan needs about one article. */
export interface Scan {
  text: string;
  tokens: readonly Token[];
  /** tokenKey of every token, computed once, with its hash and hash power (see surface.ts). */
  keys: string[];
  hashes: Int32Array;
  powers: Int32Array;
  /** 1 for tokens that are a dash alone. */
  dashes: Uint8Array;
  dictionary: ActorDictionary;
  index: DictionaryIndex;
}

interface Candidate {
  end: number;
  hits: AliasHit[];
}

/** Aliases starting at each token of the article, longest first (an array: looked up at every token). */
type Candidates = (Candidate[] | undefined)[];

/** The alias chosen at a token, by token index; `coordinated` when a state beside it vouched for it. */
type Picked = Map<number, { end: number; hit: AliasHit; rivals: boolean; coordinated: boolean }>;

/** What unambiguous names in the article vouch for: an ambiguous alias counts only when vouched for. */
interface Confirmed {
  entries: Set<string>;
  countries: Set<string>;
  codes: Set<string>;
}

const OPENERS = new Set(['“', '‘', '(', '[', '—', '–', ':', '-']);
// Straight quotes open or close: one opens when a space comes before it and none after.
const STRAIGHT_QUOTES = new Set(['"', "'"]);
const NAME_POS = new Set(['NOUN', 'ADJ', 'VERB', 'X', 'ADV', 'NUM']);
const ROLE_START_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const ROLE_INNER_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
// Function words inside role nouns: "secretary of state", "chief of the general staff", "commander-in-chief".
const ROLE_INNER_WORDS = new Set(['of', 'the', 'in', "d'"]);
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const COORDINATORS = new Set(['and', ',']);
// What a missing list reads as, without allocating one.
const NONE: readonly never[] = [];
const FORM_RANK: Record<AliasForm, number> = { name: 0, alias: 1, seat: 2, demonym: 3, surname: 4 };

/** The first word of a sentence or of a quotation, capitalised whatever it is. */
function isInitial(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  if (i === sentenceFirst) return true;
  const before = tokens[i - 1]!;
  if (before.pos !== 'PUNCT') return false;
  if (STRAIGHT_QUOTES.has(before.text)) return !spaced(tokens, i) && (i - 1 === sentenceFirst || spaced(tokens, i - 1));
  return OPENERS.has(before.text);
}

/**
 * A capitalised word that can be part of a name; at the start of a sentence only a proper noun can, and
 * in a sentence written in capitals none can (only dictionary names are read there).
 */
function nameish(tokens: readonly Token[], i: number, sentenceFirst: number, shouting: boolean): boolean {
  const token = tokens[i]!;
  if (shouting || !capitalised(token.text) || !LETTER.test(token.text)) return false;
  if (token.pos === 'PROPN') return true;
  return NAME_POS.has(token.pos) && !isInitial(tokens, i, sentenceFirst);
}

function possessiveAfter(tokens: readonly Token[], end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || spaced(tokens, end)) return false;
  const token = tokens[end]!;
  return lexicon.possessives.has(token.norm) && (token.pos === 'PART' || (token.norm === "'" && token.pos === 'PUNCT'));
}

function sameCase(alias: string, written: string, initial: boolean): boolean {
  return alias === written || (initial && alias.length > 0 && alias[0]!.toUpperCase() + alias.slice(1) === written);
}

/** The hash of the key of tokens [i, j] from that of tokens [i, j): dashes read as spaces, as in the dictionary's keys. */
function extendHash(scan: Scan, hash: number, i: number, j: number): number {
  if (j === i) return scan.hashes[j]!;
  if (scan.dashes[j]) return hash;
  const h = spaced(scan.tokens, j) || scan.dashes[j - 1] ? spaceHash(hash) : hash;
  return joinHash(h, scan.hashes[j]!, scan.powers[j]!);
}

/** The dictionary key of tokens [i, end), as extendHash hashes it. */
function keyText(scan: Scan, i: number, end: number): string {
  let key = scan.keys[i]!;
  for (let j = i + 1; j < end; j++) {
    if (scan.dashes[j]) continue;
    if (spaced(scan.tokens, j) || scan.dashes[j - 1]) key += ' ';
    key += scan.keys[j];
  }
  return key;
}

/** Dictionary aliases starting at each token, longest first. */
function findCandidates(scan: Scan, first: number, end: number, out: Candidates): void {
  const { tokens, text, dictionary, index } = scan;
  const { prefixes, keys } = index.aliases;
  for (let i = first; i < end; i++) {
    const start = tokens[i]!;
    // Most tokens start no alias: one look-up rules them out.
    if (start.pos === 'PUNCT' || start.pos === 'PART' || scan.dashes[i] || !mayHave(prefixes, scan.hashes[i]!)) continue;
    let hash = 0;
    let found: Candidate[] | null = null;
    for (let j = i; j < end; j++) {
      // A dash reads as a space: "Al-Qaeda" is "al qaeda".
      if (scan.dashes[j]) continue;
      hash = extendHash(scan, hash, i, j);
      if (!mayHave(prefixes, hash)) break;
      if (!mayHave(keys, hash)) continue;
      const hits = dictionary.aliasIndex.get(keyText(scan, i, j + 1));
      if (hits === undefined) continue;
      const token = tokens[j]!;
      const written = text.slice(start.start, token.end);
      const surface = surfaceForm(written);
      const capital = hasCapital(written);
      const initial = isInitial(tokens, i, first);
      // Case-insensitive aliases still need a capital when the alias has one: "turkey" is not Turkey.
      // Case-sensitive ones allow the capital a sentence starts with ("Al-Hayya" for "al-Hayya").
      const fit: AliasHit[] = [];
      for (const h of hits) {
        if (h.caseSensitive ? sameCase(h.surface, surface, initial) : capital || !h.capital) fit.push(h);
      }
      if (fit.length === 0) continue;
      found ??= [];
      found.unshift({ end: j + 1, hits: fit });
    }
    if (found !== null) out[i] = found;
  }
}

function vouch(confirmed: Confirmed, hit: AliasHit, dictionary: ActorDictionary): void {
  const entry = hit.entry;
  confirmed.entries.add(entry.id);
  switch (entry.kind) {
    case 'state':
      confirmed.countries.add(entry.code);
      break;
    case 'seat': {
      const state = dictionary.state(entry.state);
      if (state) confirmed.countries.add(state.code);
      confirmed.codes.add(entry.code);
      break;
    }
    case 'person':
      if (entry.country) confirmed.countries.add(entry.country);
      break;
    default:
      if (entry.country) confirmed.countries.add(entry.country);
      confirmed.codes.add(entry.code);
  }
}

function vouchedFor(confirmed: Confirmed, hit: AliasHit): boolean {
  const entry = hit.entry;
  if (confirmed.entries.has(entry.id)) return true;
  switch (entry.kind) {
    case 'state':
      return confirmed.countries.has(entry.code);
    case 'seat':
      // A capital's other senses (a person, a US state) show in longer names and after "in", not here.
      return true;
    case 'person':
      return false;
    default:
      return confirmed.codes.has(entry.code);
  }
}

/**
 * One hit among several for the same words: vouched-for entries, then fuller forms, then the preferred holder
 * of a shared ambiguous name; people sharing a surname stay unresolved. `statesBeside`: the words are coordinated with a state ("between the
 * Emirates and Saudi Arabia"), which vouches for an ambiguous alias that names one state.
 */
function chooseHit(hits: AliasHit[], confirmed: Confirmed | null, statesBeside: boolean): AliasHit | null {
  if (hits.length === 1) {
    const hit = hits[0]!;
    const usable = confirmed === null || !hit.ambiguous || vouchedFor(confirmed, hit) || (statesBeside && hit.entry.kind === 'state');
    return usable ? hit : null;
  }
  const oneState = statesBeside && hits.filter((h) => h.entry.kind === 'state').length === 1;
  const usable = confirmed === null ? hits : hits.filter((h) => !h.ambiguous || vouchedFor(confirmed, h) || (oneState && h.entry.kind === 'state'));
  // A shared name the article vouches for no holder of means its usual holder, when the dictionary names one.
  if (usable.length === 0) return hits.find((h) => h.preferred) ?? null;
  if (usable.length <= 1) return usable[0]!;
  if (confirmed !== null) {
    const vouched = usable.filter((h) => confirmed.entries.has(h.entry.id));
    if (vouched.length === 1) return vouched[0]!;
  }
  const clear = usable.filter((h) => !h.ambiguous);
  const pool = clear.length > 0 ? clear : usable;
  const people = new Set(pool.filter((h) => h.entry.kind === 'person').map((h) => h.entry.id));
  if (people.size > 1 && people.size === pool.length) return null;
  return [...pool].sort((a, b) => FORM_RANK[a.form] - FORM_RANK[b.form])[0]!;
}

/**
 * "President Xi" is an alias, but in "President Xi Jinping" the title should give way to the longer
 * name that starts after it.
 */
function titleBeforeLongerName(scan: Scan, i: number, end: number, candidates: Candidates): boolean {
  const { tokens, text, dictionary } = scan;
  for (let j = i + 1; j < end; j++) {
    const longer = candidates[j]?.[0];
    if (longer !== undefined && longer.end > end && dictionary.titleFor(text.slice(tokens[i]!.start, tokens[j - 1]!.end))) return true;
  }
  return false;
}

/** Whether "and" or a comma joins tokens [i, to) to a state's unambiguous name on either side. */
function coordinatedWithState(scan: Scan, i: number, to: number, first: number, end: number, candidates: Candidates): boolean {
  const { tokens } = scan;
  if (to + 1 < end && COORDINATORS.has(tokens[to]!.norm) && namesState(candidates[to + 1]?.[0])) return true;
  if (i - 1 <= first || !COORDINATORS.has(tokens[i - 1]!.norm)) return false;
  // A state name ending right before the "and": a candidate starting a few tokens back.
  for (let k = Math.max(first, i - 5); k < i - 1; k++) {
    if (candidates[k]?.some((c) => c.end === i - 1 && namesState(c))) return true;
  }
  return false;
}

/** Most words a role or title spans, looked back over for a name after it. */
const TITLE_LOOKBACK = 3;

/**
 * "Senator Paloma Valencia", "Finance Minister Carlos Lima": a place's name after a capitalised word that a
 * role or title opens is the surname of a person, not the place.
 */
function closesTitledName(scan: Scan, i: number, first: number, candidates: Candidates, hit: AliasHit): boolean {
  const given = i - 1;
  if (hit.entry.kind === 'person' || given <= first || candidates[given] !== undefined || !capitalised(scan.tokens[given]!.text)) return false;
  for (let k = Math.max(first, given - TITLE_LOOKBACK); k < given; k++) if (roleAt(scan, k, given)?.end === given) return true;
  return false;
}

/** "Chad's army", "Georgia's parliament": a possessor of a role with an agent is a state, not a person's given name. */
function ownsRole(scan: Scan, to: number, end: number): boolean {
  return to + 1 < end && possessiveAfter(scan.tokens, to, end) && (roleAt(scan, to + 1, end)?.agent ?? null) !== null;
}

function namesState(candidate: Candidate | undefined): boolean {
  return candidate?.hits.some((h) => h.entry.kind === 'state' && !h.ambiguous) === true;
}

/** Longest alias at each position, left to right. */
function pickEntities(
  scan: Scan,
  first: number,
  end: number,
  candidates: Candidates,
  confirmed: Confirmed | null,
): Picked {
  const picked: Picked = new Map();
  for (let i = first; i < end; ) {
    const found = candidates[i];
    let taken = false;
    for (const candidate of found ?? NONE) {
      const beside =
        confirmed !== null &&
        candidate.hits.some((h) => h.ambiguous && h.entry.kind === 'state') &&
        (coordinatedWithState(scan, i, candidate.end, first, end, candidates) || ownsRole(scan, candidate.end, end));
      const hit = chooseHit(candidate.hits, confirmed, beside);
      if (hit === null || titleBeforeLongerName(scan, i, candidate.end, candidates) || closesTitledName(scan, i, first, candidates, hit)) continue;
      picked.set(i, { end: candidate.end, hit, rivals: candidate.hits.length > 1, coordinated: beside && hit.entry.kind === 'state' });
      i = candidate.end;
      taken = true;
      break;
    }
    if (!taken) i++;
  }
  return picked;
}

/** A role or title may end on a word, not on a dash or a possessive ("president-", "administration's"). */
function wordEnd(token: Token): boolean {
  return token.pos !== 'PART' && startsWithLetter(token.text);
}

interface RoleMatch {
  end: number;
  title: TitleEntry | null;
  agent: string | null;
  ambiguous: boolean;
}

/** The longest title or role noun starting at token i. */
function roleAt(scan: Scan, i: number, end: number): RoleMatch | null {
  const { tokens, text, dictionary, index } = scan;
  const first = tokens[i]!;
  let best: RoleMatch | null = null;
  if (capitalised(first.text) && first.pos !== 'PUNCT') {
    let hash = 0;
    for (let j = i; j < end && j < i + dictionary.maxTitleWords; j++) {
      if (j > i && tokens[j]!.pos === 'PUNCT' && !scan.dashes[j]) break;
      // Titles are matched as written; their lower-case keys only rule out words no title starts with.
      hash = extendHash(scan, hash, i, j);
      if (!mayHave(index.titles.prefixes, hash)) break;
      if (!wordEnd(tokens[j]!) || !mayHave(index.titles.keys, hash)) continue;
      const title = index.titleFor(text.slice(first.start, tokens[j]!.end));
      if (title) best = { end: j + 1, title, agent: title.agent, ambiguous: false };
    }
  }
  if (ROLE_START_POS.has(first.pos) && startsWithLetter(first.text)) {
    let hash = 0;
    for (let j = i; j < end && j < i + dictionary.maxAgentWords; j++) {
      const token = tokens[j]!;
      if (j > i && !scan.dashes[j] && !ROLE_INNER_POS.has(token.pos) && !ROLE_INNER_WORDS.has(token.norm)) break;
      hash = extendHash(scan, hash, i, j);
      if (!mayHave(index.agents.prefixes, hash)) break;
      if (!wordEnd(token) || !mayHave(index.agents.keys, hash)) continue;
      const hit = index.agentFor(keyText(scan, i, j + 1));
      if (hit === null) continue;
      if (best === null || j + 1 > best.end) best = { end: j + 1, title: null, agent: hit.agent, ambiguous: hit.ambiguous };
    }
  }
  return best;
}

/** Extends a unit over a glued hyphenated ending: "president-elect", "Jong-un". */
function gluedEnd(tokens: readonly Token[], end: number, sentenceEnd: number): number {
  if (end + 1 < sentenceEnd && isDash(tokens[end]!) && !spaced(tokens, end) && !spaced(tokens, end + 1) && startsWithLetter(tokens[end + 1]!.text)) {
    return end + 2;
  }
  return end;
}

function shapeOf(tokens: readonly Token[], first: number, end: number): NameShape {
  let last = tokens[end - 1]!;
  if (end - first === 1 && allCaps(last.text) && last.text.replace(/\./g, '').length <= 6) return 'acronym';
  if (lexicon.leading.has(tokens[first]!.norm)) return 'place';
  // A body's acronym after a modifier ("Soviet NKVD") is no person's name.
  if (allCaps(last.text) && LETTER.test(last.text) && last.text.length > 1) return 'organisation';
  // A number after the head word ("World War Two", "Vatican II") leaves the head word to decide.
  if (end - first > 1 && (last.pos === 'NUM' || lexicon.suffixes.has(last.norm))) {
    end--;
    last = tokens[end - 1]!;
  }
  const lastTwo = end - first > 1 ? `${tokens[end - 2]!.norm} ${last.norm}` : '';
  return lexicon.headKinds.get(lastTwo) ?? lexicon.headKinds.get(last.norm) ?? 'person';
}

/** The unit each token of a sentence belongs to, filled in as units are found. */
class Slots {
  private readonly units: (Unit | undefined)[];
  constructor(
    readonly first: number,
    readonly end: number,
  ) {
    this.units = new Array(end - first);
  }
  at(i: number): Unit | undefined {
    return this.units[i - this.first];
  }
  covered(i: number): boolean {
    return this.units[i - this.first] !== undefined;
  }
  /** Inside the sentence and in no unit yet. */
  free(i: number): boolean {
    return i >= this.first && i < this.end && this.units[i - this.first] === undefined;
  }
  place(unit: Unit): void {
    for (let k = unit.first; k < unit.end; k++) this.units[k - this.first] = unit;
  }
  clear(unit: Unit): void {
    for (let k = unit.first; k < unit.end; k++) this.units[k - this.first] = undefined;
  }
}

/** The end of a run of capitalised words from `i`, with particles, glued hyphens and suffixes inside it. */
function nameRunEnd(tokens: readonly Token[], i: number, slots: Slots, shouting: boolean): number {
  const { first, end } = slots;
  let j = i + 1;
  while (j < end && !slots.covered(j)) {
    const token = tokens[j]!;
    if (isDash(token) && !spaced(tokens, j) && j + 1 < end && !spaced(tokens, j + 1) && !slots.covered(j + 1) && startsWithLetter(tokens[j + 1]!.text)) {
      j += 2;
      continue;
    }
    if (nameish(tokens, j, first, shouting) && !lexicon.dates.has(token.norm)) {
      j++;
      continue;
    }
    if (lexicon.particles.has(token.norm)) {
      // Particles only inside a name: "von der Leyen", "al-Jolani", "bin Salman".
      let k = j;
      while (k < end && !slots.covered(k) && lexicon.particles.has(tokens[k]!.norm)) k++;
      if (k < end && !slots.covered(k) && isDash(tokens[k]!) && !spaced(tokens, k)) k++;
      if (k < end && !slots.covered(k) && nameish(tokens, k, first, shouting)) {
        j = k + 1;
        continue;
      }
      break;
    }
    if (lexicon.suffixes.has(token.norm)) return j + 1;
    break;
  }
  return j;
}

/** Units of one sentence, covering every token in order. */
function sentenceUnits(scan: Scan, first: number, end: number, picked: Picked): Unit[] {
  const { tokens, text } = scan;
  const slots = new Slots(first, end);

  for (let i = first; i < end; ) {
    const entity = picked.get(i);
    const found = roleAt(scan, i, end);
    // A role word that is also a given name, written before another capitalised word, opens a name ("Spokesperson Karen Kuo").
    const givenName = found !== null && found.end === i + 1 && found.end < end && lexicon.givenNames.has(tokens[i]!.norm) && capitalised(tokens[i]!.text);
    const role = givenName && capitalised(tokens[i + 1]!.text) && !picked.has(i + 1) ? null : found;
    if (entity && (!role || entity.end >= role.end)) {
      const { entry, form } = entity.hit;
      // A state named beside another ("the Emirates and Saudi Arabia") is one for sure, not a place.
      const ambiguous = entity.hit.ambiguous && !entity.coordinated;
      slots.place({ kind: 'entity', first: i, end: entity.end, possessive: false, entry, form, ambiguous });
      i = entity.end;
    } else if (role) {
      const roleEnd = gluedEnd(tokens, role.end, end);
      const written = text.slice(tokens[i]!.start, tokens[roleEnd - 1]!.end).toLowerCase();
      const key = singleSpaced(written);
      slots.place({ kind: 'role', first: i, end: roleEnd, possessive: false, agent: role.agent, ambiguous: role.ambiguous, title: role.title, key });
      i = roleEnd;
    } else {
      // "counterpart" is a role without an agent of its own: it borrows one from the sentence.
      const token = tokens[i]!;
      if (lexicon.relational.has(token.norm)) {
        slots.place({ kind: 'role', first: i, end: i + 1, possessive: false, agent: null, ambiguous: false, title: null, key: token.norm });
      }
      i++;
    }
  }

  mergeNames(scan, slots);

  const units: Unit[] = [];
  for (let i = first; i < end; ) {
    const unit = slots.at(i) ?? ({ kind: 'token', first: i, end: i + 1, possessive: false, token: tokens[i]! } as TokenUnit);
    if (unit.kind !== 'token') unit.possessive = possessiveAfter(tokens, unit.end, end);
    units.push(unit);
    i = unit.end;
  }
  return findPatterns(scan, units);
}

/**
 * Runs of capitalised words the dictionary does not know become name units. A surname alias inside a
 * longer name ("Fred Trump", "Trump Jr.") and a capitalised role noun inside an organisation's name
 * ("Defense Ministry", "Ministry of Foreign Affairs") give way to the longer name.
 */
function mergeNames(scan: Scan, slots: Slots): void {
  const { tokens } = scan;
  const { first, end } = slots;
  const shouting = isShouting(tokens, first, end);

  for (let i = first; i < end; i++) {
    const unit = slots.at(i);
    if (unit === undefined || unit.first !== i) continue;
    const before = unit.first - 1;
    const after = unit.end;
    if (unit.kind === 'entity' && unit.entry.kind === 'person') {
      // Only a surname can be the end of a longer name ("Fred Trump"); a full name stays whole after a capitalised word.
      const joinsBefore = unit.form === 'surname' && slots.free(before) && startsName(tokens, before, first, shouting) && !isInitial(tokens, unit.first, first);
      const joinsAfter = slots.free(after) && (startsName(tokens, after, first, shouting) || lexicon.suffixes.has(tokens[after]!.norm));
      if (joinsBefore || joinsAfter) slots.clear(unit);
    } else if (unit.kind === 'role' && unit.title === null && tokensCapitalised(tokens, unit)) {
      const ofName = after + 1 < end && (tokens[after]!.norm === 'of' || tokens[after]!.norm === 'for') && slots.free(after + 1) && nameish(tokens, after + 1, first, shouting);
      if ((slots.free(before) && startsName(tokens, before, first, shouting)) || ofName) slots.clear(unit);
    }
  }

  for (let i = first; i < end; i++) {
    if (slots.covered(i) || !nameish(tokens, i, first, shouting)) continue;
    let start = i;
    let runEnd = nameRunEnd(tokens, i, slots, shouting);
    while (start < runEnd && lexicon.generic.has(tokens[start]!.norm)) start++;
    let placeUnit: EntityUnit | null = null;
    let extended = false;
    const head = runEnd - 1;
    // "Ministry of Foreign Affairs", "Forces for Defence of Democracy", "Association of African Jurists":
    // an organisation's name goes on after "of" or "for", over states and further names.
    if (start < runEnd && lexicon.headKinds.get(tokens[runEnd - 1]!.norm) === 'organisation') {
      while (runEnd + 1 < end && joinsName(tokens[runEnd]!.norm, extended)) {
        const and = tokens[runEnd]!.norm === 'and';
        let k = runEnd + 1;
        if (tokens[k]!.norm === 'the' && !and) k++;
        if (k >= end) break;
        const inner = slots.at(k);
        if (!and && inner?.kind === 'entity' && inner.first === k && (inner.entry.kind === 'state' || inner.entry.kind === 'seat')) {
          slots.clear(inner);
          placeUnit ??= inner;
          runEnd = slots.free(inner.end) && nameish(tokens, inner.end, first, shouting) ? nameRunEnd(tokens, inner.end, slots, shouting) : inner.end;
        } else if (slots.free(k) && nameish(tokens, k, first, shouting)) {
          const next = nameRunEnd(tokens, k, slots, shouting);
          // "… and Cooperation" goes on; "… and Council of Jurists" is a second body.
          if (and && lexicon.headKinds.get(tokens[next - 1]!.norm) === 'organisation') break;
          runEnd = next;
        } else break;
        extended = true;
      }
    }
    if (start < runEnd) {
      const shape = extended ? 'organisation' : shapeOf(tokens, start, runEnd);
      slots.place({ kind: 'name', first: start, end: runEnd, possessive: false, shape, head: extended ? head : runEnd - 1, place: placeUnit });
    }
    i = runEnd - 1;
  }
}

function startsName(tokens: readonly Token[], i: number, first: number, shouting: boolean): boolean {
  return nameish(tokens, i, first, shouting) && !lexicon.generic.has(tokens[i]!.norm);
}

/** Words an organisation's name goes on over; "and" only once it has ("Agency for Development and Cooperation"). */
function joinsName(word: string, extended: boolean): boolean {
  return word === 'of' || word === 'for' || (extended && word === 'and');
}

/** A sentence in capitals ("IRAN'S FOREIGN MINISTER SAID"): capitals there mark no names. */
function isShouting(tokens: readonly Token[], first: number, end: number): boolean {
  let words = 0;
  for (let k = first; k < end; k++) {
    const text = tokens[k]!.text;
    if (!LETTER.test(text)) continue;
    if (LOWER.test(text)) return false;
    words++;
  }
  return words >= 3;
}

function tokensCapitalised(tokens: readonly Token[], unit: Unit): boolean {
  for (let k = unit.first; k < unit.end; k++) {
    const token = tokens[k]!;
    if (startsWithLetter(token.text) && !capitalised(token.text) && !lexicon.particles.has(token.norm) && token.norm !== 'of') return false;
  }
  return true;
}

function slotFits(unit: Unit, pattern: CompiledPattern): unit is EntityUnit | NameUnit {
  if (pattern.slot === 'person') {
    return (unit.kind === 'entity' && unit.entry.kind === 'person') || (unit.kind === 'name' && unit.shape === 'person');
  }
  if (unit.kind !== 'entity' || unit.entry.kind !== 'state') return false;
  return pattern.slot === 'demonym' ? unit.form === 'demonym' : unit.form !== 'demonym';
}

/** Token index after `words` matched from token `at` (adjectives first, after a possessive slot), or -1. */
function matchWords(scan: Scan, at: number, end: number, words: string[], skipAdjectives: boolean): number {
  const { tokens } = scan;
  let k = at;
  if (skipAdjectives) while (k < end && tokens[k]!.pos === 'ADJ') k++;
  for (const word of words) {
    while (k < end && isDash(tokens[k]!)) k++;
    if (k >= end || scan.keys[k] !== word) return -1;
    k++;
  }
  return k;
}

/** The token after a backer compound ("Iran-backed", "U.S.-led") starting at `at` (at most four words before the dash), or -1. */
function backerCompoundEnd(scan: Scan, at: number, end: number): number {
  const { tokens } = scan;
  for (let dash = at + 1; dash < Math.min(end - 1, at + 5); dash++) {
    if (!isDash(tokens[dash]!)) continue;
    const participleEnd = gluedEnd(tokens, dash, end);
    return participleEnd > dash && lexicon.backerParticiples.has(scan.keys[dash + 1]!) ? participleEnd : -1;
  }
  return -1;
}

function patternAt(scan: Scan, unit: Unit, end: number): PatternUnit | null {
  if (unit.kind === 'token') {
    for (const pattern of scan.index.barePatterns.get(scan.keys[unit.first]!) ?? NONE) {
      const to = matchWords(scan, unit.first, end, pattern.words, false);
      if (to >= 0) return { kind: 'pattern', first: unit.first, end: to, possessive: false, pattern, slot: null };
      // "the Iran-backed group": the pattern's words around a backer compound; the backer stays a mention of its own.
      const after = pattern.words.length > 1 ? backerCompoundEnd(scan, unit.first + 1, end) : -1;
      const rest = after < 0 ? -1 : matchWords(scan, after, end, pattern.words.slice(1), false);
      if (rest >= 0) return { kind: 'pattern', first: after, end: rest, possessive: false, pattern, slot: null };
    }
    return null;
  }
  // Only patterns whose first word comes next, after adjectives when the slot is possessive.
  const { tokens } = scan;
  let next = unit.possessive ? unit.end + 1 : unit.end;
  if (unit.possessive) while (next < end && tokens[next]!.pos === 'ADJ') next++;
  while (next < end && scan.dashes[next]) next++;
  if (next >= end) return null;
  for (const pattern of scan.index.slotPatterns.get(scan.keys[next]!) ?? NONE) {
    if (!slotFits(unit, pattern)) continue;
    // "{state}'s government" needs the possessive; a person may be written either way ("Pezeshkian's new government").
    if (pattern.possessive ? !unit.possessive : unit.possessive && pattern.slot !== 'person') continue;
    // A possessive slot stays a mention of its own; a bare one is part of the name ("the Biden administration").
    const first = unit.possessive ? unit.end + 1 : unit.first;
    const to = matchWords(scan, unit.possessive ? unit.end + 1 : unit.end, end, pattern.words, unit.possessive);
    if (to >= 0) return { kind: 'pattern', first, end: to, possessive: false, pattern, slot: unit };
  }
  return null;
}

/** Replaces the units a name pattern spans by one pattern unit. */
function findPatterns(scan: Scan, units: Unit[]): Unit[] {
  if (units.length === 0) return units;
  const end = units.at(-1)!.end;
  // Most sentences hold no pattern: the units are copied only once one is found.
  let out: Unit[] | null = null;
  for (let u = 0; u < units.length; u++) {
    const made = patternAt(scan, units[u]!, end);
    const from = made ? units.findIndex((v, k) => k >= u && v.first === made.first) : -1;
    const last = made ? units.findIndex((v, k) => k >= u && v.end === made.end) : -1;
    // Patterns must start and end on unit boundaries, and a bare one must not swallow a dictionary name.
    const fits = made !== null && from >= 0 && last >= 0 && (made.slot !== null || !units.slice(from, last + 1).some((v) => v.kind === 'entity'));
    if (!fits) {
      out?.push(units[u]!);
      continue;
    }
    out ??= units.slice(0, u);
    for (let k = u; k < from; k++) out.push(units[k]!);
    made.possessive = possessiveAfter(scan.tokens, made.end, end);
    out.push(made);
    u = last;
  }
  return out ?? units;
}

/**
 * Matches the dictionary over the whole article first, so ambiguous aliases ("Washington", "Cheung")
 * are kept only where an unambiguous name elsewhere in the article vouches for them.
 */
export function scanUnits(scan: Scan, sentences: readonly Sentence[]): Unit[][] {
  const { tokens } = scan;
  const bounds: [number, number][] = [];
  let t = 0;
  for (const sentence of sentences) {
    const first = t;
    while (t < tokens.length && tokens[t]!.sentence === sentence.index) t++;
    bounds.push([first, t]);
  }
  const candidates: Candidates = new Array(tokens.length);
  for (const [first, end] of bounds) findCandidates(scan, first, end, candidates);
  const confirmed: Confirmed = { entries: new Set(), countries: new Set(), codes: new Set() };
  for (const [first, end] of bounds) {
    for (const { hit, rivals } of pickEntities(scan, first, end, candidates, null).values()) {
      // A name two entries share ("FDD") vouches for neither.
      if (!hit.ambiguous && !rivals) vouch(confirmed, hit, scan.dictionary);
    }
  }
  return bounds.map(([first, end]) => sentenceUnits(scan, first, end, pickEntities(scan, first, end, candidates, confirmed)));
}

export function makeScan(text: string, tokens: readonly Token[], dictionary: ActorDictionary): Scan {
  const keys = tokens.map(tokenKey);
  const hashes = new Int32Array(tokens.length);
  const powers = new Int32Array(tokens.length);
  const dashes = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    hashes[i] = stringHash(keys[i]!);
    powers[i] = hashPower(keys[i]!);
    dashes[i] = isDash(tokens[i]!) ? 1 : 0;
  }
  return { text, tokens, keys, hashes, powers, dashes, dictionary, index: indexFor(dictionary) };
}
