// Loads the actor knowledge base (data/actors/) plus user files given with --actors, validates it, and
// builds the lookup indexes the actor matcher uses. The data format is documented in data/actors/README.md.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type {
  ActorDictionary,
  ActorEntry,
  AgentHit,
  Alias,
  AliasForm,
  AliasHit,
  CodeRange,
  DictionaryFileSpec,
  Gender,
  OrganisationEntry,
  PatternEntry,
  PersonEntry,
  ResolvedCode,
  Role,
  SeatEntry,
  StateEntry,
  TitleEntry,
} from './dictionary-types.ts';
import { hasCapital } from './surface.ts';

export type * from './dictionary-types.ts';

/** Bad dictionary data: names the file and the entry so a user can fix an --actors file. */
export class ActorDictionaryError extends Error {
  override name = 'ActorDictionaryError';
  constructor(
    readonly file: string,
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${file}: ${where}: ${reason}`);
  }
}

const BUNDLED = ['states.json', 'places.json', 'organisations.json', 'people.jsonl', 'agents.json'];
const SECTIONS = ['states', 'places', 'organisations', 'people', 'agents', 'titles', 'patterns'] as const;
type Section = (typeof SECTIONS)[number];

// ---- Normalisation

const APOSTROPHES = /[\u2018\u2019\u201B\u02BB\u02BC\u0060\u00B4\u2032]/g;
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
// Letters NFD does not decompose but that writers routinely drop (Støre → Store, Yıldırım → Yildirim).
const FOLD: Record<string, string> = { ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', ð: 'd' };
const FOLD_RE = /[øØłŁđĐıßæÆœŒþð]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;
// Anything beyond printable ASCII with single inner spaces: non-ASCII, dashes, backticks, odd spacing.
const NEEDS_WORK_RE = /[^\x21-\x7e ]|[-`]|\s\s|^\s|\s$/;
// Combining marks left by NFD: Latin diacritics plus the extended and supplementary blocks.
const MARKS_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/** The alias as a matcher compares it when case matters: diacritics, dashes, "the" and possessives unified. */
export function surfaceForm(text: string): string {
  let s = text;
  // Most aliases are plain ASCII words with single spaces: one regex test lets them skip the rest.
  if (NEEDS_WORK_RE.test(s)) {
    if (!ASCII_RE.test(s)) {
      s = s.normalize('NFD').replace(MARKS_RE, '').replace(FOLD_RE, (c) => FOLD[c] ?? c).replace(APOSTROPHES, "'");
    } else if (s.includes('`')) {
      s = s.replace(APOSTROPHES, "'");
    }
    s = s.replace(DASHES, ' ').replace(/\s+/g, ' ').trim();
  }
  if (s.length > 4 && (s.charCodeAt(0) | 32) === 116 && /^the /i.test(s)) s = s.slice(4);
  // Possessives: "Iran's" and "the Iranians'" index as "Iran" and "Iranians".
  if (s.endsWith("'s") || s.endsWith("'S")) s = s.slice(0, -2);
  else if (s.length > 2 && s.endsWith("'") && (s.charCodeAt(s.length - 2) | 32) === 115) s = s.slice(0, -1);
  return s;
}

/** Index key: surfaceForm lowercased. */
export function normalizeAlias(text: string): string {
  return surfaceForm(text).toLowerCase();
}

// ---- Dates

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A YYYY, YYYY-MM or YYYY-MM-DD date as a full ISO day, or null when malformed. `end` false gives the
 * start of the period ("2019" → 2019-01-01); `end` true the first day after it ("2019" → 2020-01-01),
 * so a year-precision `to` covers the whole year.
 */
function isoDay(value: string, end: boolean): string | null {
  const m = DATE_RE.exec(value);
  if (m === null) return null;
  const [, y, mo, d] = m;
  const month = mo === undefined ? 1 : Number(mo);
  const day = d === undefined ? 1 : Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (!end) return `${y}-${mo ?? '01'}-${d ?? '01'}`;
  if (d !== undefined) return value;
  if (mo === undefined || month === 12) return `${Number(y) + 1}-01-01`;
  return `${y}-${String(month + 1).padStart(2, '0')}-01`;
}

// ---- Validation helpers

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const CODE_RE = /^[A-Z]{3}(?:[A-Z0-9]{3})*$/;
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'NGM', 'MNC']);
// First agent after a country: CAMEO role codes (agentnames.txt) plus the ethnic/religious codes
// CAMEO allows in that slot. Later slots hold CAMEO group codes (HMS, HEZ, TAL…) and are free.
const AGENTS = new Set(
  'GOV MIL COP LEG JUD PTY OPP CRM REB INS SEP RAD CVL ELI BUS EDU LAB MED REF REL SPY HLH DEV HRI ENV AGR UAF MOD NGO IGO KUR ARB PAL JEW MOS CHR'.split(' '),
);

type Obj = Record<string, unknown>;

// Fields each kind of object may have: anything else is reported (usually a typo).
const FIELDS = {
  alias: new Set(['text', 'caseSensitive', 'ambiguous', 'preferred', 'note']),
  range: new Set(['code', 'from', 'to', 'note']),
  file: new Set(['$schema', 'dictionary', 'version', 'note', ...SECTIONS, 'remove']),
  header: new Set(['dictionary', 'version', 'note']),
  state: new Set(['id', 'iso2', 'code', 'name', 'aliases', 'demonyms', 'seats', 'parent', 'note']),
  seat: new Set(['name', 'aliases', 'code', 'caseSensitive', 'ambiguous', 'ranges', 'note']),
  place: new Set(['id', 'names', 'note']),
  organisation: new Set(['id', 'kind', 'name', 'aliases', 'code', 'country', 'agent', 'ranges', 'hq', 'note']),
  person: new Set(['id', 'name', 'aliases', 'surnames', 'gender', 'country', 'default', 'former', 'roles', 'died', 'note']),
  role: new Set(['role', 'code', 'agent', 'from', 'to', 'note']),
  agent: new Set(['id', 'agent', 'terms', 'note']),
  title: new Set(['id', 'agent', 'forms', 'gender', 'note']),
  pattern: new Set(['id', 'patterns', 'agent', 'requiresContext', 'refersBack', 'note']),
};

// A Checker knows where it is (file, then a path such as `people[3] (id "x") roles[0]`) but builds the
// location text only when something is wrong: most of the load-time budget goes on the happy path.
class Checker {
  constructor(
    readonly file: string,
    private readonly segment: string | (() => string),
    private readonly parent: Checker | null = null,
  ) {}
  where(): string {
    const own = typeof this.segment === 'string' ? this.segment : this.segment();
    return this.parent === null ? own : `${this.parent.where()} ${own}`;
  }
  sub(key: string, index: number): Checker {
    return new Checker(this.file, () => `${key}[${index}]`, this);
  }
  fail(reason: string): never {
    throw new ActorDictionaryError(this.file, this.where(), reason);
  }
  object(value: unknown, allowed: ReadonlySet<string>): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('expected an object');
    for (const key in value) if (!allowed.has(key)) this.fail(`unknown field "${key}"`);
    return value as Obj;
  }
  string(obj: Obj, key: string): string {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string`);
    return v;
  }
  optString(obj: Obj, key: string): string | null {
    const v = obj[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must be a non-empty string or null`);
    return v;
  }
  optBool(obj: Obj, key: string): boolean {
    const v = obj[key];
    if (v === undefined) return false;
    if (typeof v !== 'boolean') this.fail(`"${key}" must be true or false`);
    return v;
  }
  array(obj: Obj, key: string): unknown[] {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(`"${key}" must be an array`);
    return v;
  }
  strings(obj: Obj, key: string): string[] {
    const list = this.array(obj, key);
    for (const v of list) if (typeof v !== 'string' || v.trim() === '') this.fail(`"${key}" must hold non-empty strings`);
    return list as string[];
  }
  id(obj: Obj): string {
    const id = this.string(obj, 'id');
    if (!ID_RE.test(id)) this.fail(`id "${id}" may hold only letters, digits and . _ : -`);
    return id;
  }
  code(value: string, key: string): string {
    if (!CODE_RE.test(value)) this.fail(`"${key}" ${JSON.stringify(value)} is not a CAMEO code (upper-case, 3-letter blocks)`);
    return value;
  }
  /** A date field as a full ISO day (see isoDay), or null when absent. */
  date(obj: Obj, key: string, end = false): string | null {
    const v = this.optString(obj, key);
    if (v === null) return null;
    const day = isoDay(v, end);
    if (day === null) this.fail(`"${key}" ${JSON.stringify(v)} must be YYYY, YYYY-MM or YYYY-MM-DD`);
    return day;
  }
  alias(value: unknown, key: string): Alias {
    if (typeof value === 'string') {
      if (value.trim() === '') this.fail(`empty string in "${key}"`);
      return { text: value, caseSensitive: false, ambiguous: false, preferred: false };
    }
    const o = this.object(value, FIELDS.alias);
    return {
      text: this.string(o, 'text'),
      caseSensitive: this.optBool(o, 'caseSensitive'),
      ambiguous: this.optBool(o, 'ambiguous'),
      preferred: this.optBool(o, 'preferred'),
    };
  }
  aliases(obj: Obj, key: string): Alias[] {
    return this.array(obj, key).map((a) => this.alias(a, key));
  }
  ranges(obj: Obj, key: string): CodeRange[] {
    return this.array(obj, key).map((r, i) => {
      const sub = this.sub(key, i);
      const o = sub.object(r, FIELDS.range);
      const code = sub.code(sub.string(o, 'code'), 'code');
      return { code, ...sub.span(o) };
    });
  }
  /** `from`/`to` of a range or role, checked to be in order. */
  span(o: Obj): { from: string | null; to: string | null } {
    const from = this.date(o, 'from');
    const to = this.date(o, 'to', true);
    if (from !== null && to !== null && from >= to) this.fail(`"from" ${String(o.from)} is not before "to" ${String(o.to)}`);
    return { from, to };
  }
}

function describe(section: string, index: number, value: unknown): () => string {
  return () => {
    const id = typeof value === 'object' && value !== null ? (value as Obj).id : undefined;
    return typeof id === 'string' ? `${section}[${index}] (id "${id}")` : `${section}[${index}]`;
  };
}

// ---- Reading files

interface Loaded {
  file: string;
  spec: DictionaryFileSpec;
}

function readDictionaryFile(path: string | URL, label: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ActorDictionaryError(label, 'file', `cannot read: ${(err as Error).message}`);
  }
  if (label.endsWith('.jsonl')) return { file: label, spec: parseJsonl(text, label) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ActorDictionaryError(label, 'file', `invalid JSON: ${(err as Error).message}`);
  }
  const top = new Checker(label, () => 'top level').object(data, FIELDS.file);
  return { file: label, spec: top as DictionaryFileSpec };
}

// JSONL: a header line {"dictionary": "<section>"} and then one entry of that section per line.
function parseJsonl(text: string, label: string): DictionaryFileSpec {
  const start = text.search(/\S/);
  if (start < 0) throw new ActorDictionaryError(label, 'file', 'empty: a JSONL dictionary starts with a header line');
  const newline = text.indexOf('\n', start);
  const headerEnd = newline < 0 ? text.length : newline;
  const headerLine = text.slice(0, start).split('\n').length - 1;
  const header = parseLine(text.slice(start, headerEnd), headerLine, label);
  const head = new Checker(label, () => `line ${headerLine + 1} (header)`).object(header, FIELDS.header);
  const name = head.dictionary;
  if (typeof name !== 'string' || !(SECTIONS as readonly string[]).includes(name)) {
    throw new ActorDictionaryError(label, `line ${headerLine + 1} (header)`, `"dictionary" must be one of ${SECTIONS.join(', ')}`);
  }
  const body = text.slice(headerEnd).trim();
  let entries: unknown[];
  try {
    // JSON strings cannot hold raw newlines, so joining the lines with commas makes one array: a
    // single parse is several times faster than a parse per line.
    const joined = /\n\s*\n/.test(body) ? body.replace(/\s*\n\s*/g, ',') : body.replaceAll('\n', ',');
    entries = body === '' ? [] : (JSON.parse(`[${joined}]`) as unknown[]);
  } catch {
    // Find the bad line for the error message.
    const lines = text.split('\n');
    entries = [];
    for (let i = headerLine + 1; i < lines.length; i++) if (lines[i]!.trim() !== '') entries.push(parseLine(lines[i]!, i, label));
  }
  return { [name]: entries };
}

function parseLine(line: string, index: number, label: string): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    throw new ActorDictionaryError(label, `line ${index + 1}`, `invalid JSON: ${(err as Error).message}`);
  }
}

// ---- Merging: later files replace entries with the same id in the same section

interface Sourced<T> {
  file: string;
  where: () => string;
  spec: T;
}

type Raw = {
  [K in Section]: Map<string, Sourced<unknown>>;
};

function merge(files: Loaded[]): Raw {
  const raw: Raw = { states: new Map(), places: new Map(), organisations: new Map(), people: new Map(), agents: new Map(), titles: new Map(), patterns: new Map() };
  for (const { file, spec } of files) {
    for (const section of SECTIONS) {
      const list = spec[section];
      if (list === undefined) continue;
      if (!Array.isArray(list)) throw new ActorDictionaryError(file, section, 'must be an array');
      for (const [i, value] of list.entries()) {
        const where = describe(section, i, value);
        const check = new Checker(file, where);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) check.fail('expected an object');
        const id = check.id(value as unknown as Obj);
        // Replacing is for later files; a repeat inside one file is a mistake.
        if (raw[section].get(id)?.file === file) check.fail(`duplicate id "${id}" in this file`);
        raw[section].set(id, { file, where, spec: value });
      }
    }
    if (spec.remove !== undefined) {
      if (!Array.isArray(spec.remove)) throw new ActorDictionaryError(file, 'remove', 'must be an array of ids');
      for (const id of spec.remove) {
        const found = SECTIONS.some((section) => raw[section].delete(String(id)));
        if (!found) throw new ActorDictionaryError(file, 'remove', `no entry with id "${id}" to remove`);
      }
    }
  }
  return raw;
}

// ---- Building entries

function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

function slug(text: string): string {
  return normalizeAlias(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function buildState(s: Sourced<unknown>): { state: StateEntry; seats: SeatEntry[] } {
  const c = new Checker(s.file, s.where);
  const o = c.object(s.spec, FIELDS.state);
  const id = c.id(o);
  const state: StateEntry = {
    id,
    kind: 'state',
    name: c.string(o, 'name'),
    aliases: c.aliases(o, 'aliases'),
    source: s.file,
    code: c.code(c.string(o, 'code'), 'code'),
    iso2: c.optString(o, 'iso2'),
    parent: c.optString(o, 'parent'),
    demonyms: c.aliases(o, 'demonyms'),
  };
  const seats = c.array(o, 'seats').map((value, i) => {
    const sc = c.sub('seats', i);
    const so = sc.object(value, FIELDS.seat);
    const name = sc.string(so, 'name');
    const seat: SeatEntry = {
      id: `${id}:${slug(name)}`,
      kind: 'seat',
      name,
      aliases: [{ text: name, caseSensitive: sc.optBool(so, 'caseSensitive'), ambiguous: sc.optBool(so, 'ambiguous'), preferred: false }, ...sc.aliases(so, 'aliases')],
      source: s.file,
      code: sc.code(sc.string(so, 'code'), 'code'),
      state: id,
      ranges: sc.ranges(so, 'ranges'),
    };
    return seat;
  });
  return { state, seats };
}

/** A gazetteer place is a seat coded as its bare state: where things happen, not who acts. */
function buildPlaces(s: Sourced<unknown>, states: ReadonlyMap<string, StateEntry>): SeatEntry[] {
  const c = new Checker(s.file, s.where);
  const o = c.object(s.spec, FIELDS.place);
  const state = c.id(o);
  const code = states.get(state)?.code ?? c.fail(`unknown state "${state}"`);
  return c.aliases(o, 'names').map((alias) => ({
    id: `${state}:${slug(alias.text)}`,
    kind: 'seat',
    name: alias.text,
    aliases: [alias],
    source: s.file,
    code,
    state,
    ranges: [],
  }));
}

const ORG_KINDS = ['organisation', 'group', 'media', 'state'];

function buildOrganisation(s: Sourced<unknown>): OrganisationEntry {
  const c = new Checker(s.file, s.where);
  const o = c.object(s.spec, FIELDS.organisation);
  const kind = c.string(o, 'kind');
  if (!ORG_KINDS.includes(kind)) c.fail(`"kind" must be one of ${ORG_KINDS.join(', ')}`);
  if (!('country' in o) || !('agent' in o)) c.fail('"country" and "agent" are required (null when not applicable)');
  return {
    id: c.id(o),
    kind: kind === 'state' ? 'organisation' : (kind as OrganisationEntry['kind']),
    stateLike: kind === 'state',
    name: c.string(o, 'name'),
    aliases: c.aliases(o, 'aliases'),
    source: s.file,
    code: c.code(c.string(o, 'code'), 'code'),
    country: c.optString(o, 'country'),
    agent: c.optString(o, 'agent'),
    ranges: c.ranges(o, 'ranges'),
    hq: c.optString(o, 'hq'),
  };
}

function buildPerson(s: Sourced<unknown>): PersonEntry {
  const c = new Checker(s.file, s.where);
  const o = c.object(s.spec, FIELDS.person);
  const gender = c.optString(o, 'gender');
  if (gender !== null && gender !== 'm' && gender !== 'f') c.fail('"gender" must be "m", "f" or absent');
  const def = c.optString(o, 'default');
  const former = c.optString(o, 'former');
  const roles: Role[] = c.array(o, 'roles').map((value, i) => {
    const rc = c.sub('roles', i);
    const ro = rc.object(value, FIELDS.role);
    const { from, to } = rc.span(ro);
    return { role: rc.string(ro, 'role'), agent: rc.optString(ro, 'agent'), code: rc.code(rc.string(ro, 'code'), 'code'), from, to };
  });
  const country = c.optString(o, 'country');
  if (country === null && def === null && roles.length === 0) c.fail('a person needs a "country", a "default" code or "roles"');
  // Surnames are proper nouns: always matched in their written capitalisation.
  const surnames = c.aliases(o, 'surnames').map((a) => ({ ...a, caseSensitive: true }));
  return {
    id: c.id(o),
    kind: 'person',
    name: c.string(o, 'name'),
    aliases: c.aliases(o, 'aliases'),
    source: s.file,
    surnames,
    gender: gender as Gender | null,
    country,
    default: def === null ? null : c.code(def, 'default'),
    former: former === null ? null : c.code(former, 'former'),
    roles,
    died: c.date(o, 'died'),
  };
}

// ---- The dictionary

class Dictionary implements ActorDictionary {
  readonly entries = new Map<string, ActorEntry>();
  readonly aliasIndex = new Map<string, AliasHit[]>();
  maxAliasWords = 1;
  readonly patterns: PatternEntry[] = [];
  loadMs = 0;
  maxAgentWords = 1;
  maxTitleWords = 1;
  private readonly states = new Map<string, StateEntry>();
  readonly agents = new Map<string, AgentHit>();
  readonly titles = new Map<string, TitleEntry>();
  private readonly goodCodes = new Set<string>();
  counts = { states: 0, seats: 0, places: 0, organisations: 0, people: 0, agents: 0, titles: 0, patterns: 0, aliases: 0 };

  build(raw: Raw): void {
    for (const s of raw.states.values()) {
      const { state, seats } = buildState(s);
      this.add(state, s);
      this.states.set(state.code, state);
      this.states.set(state.id, state);
      this.counts.states++;
      for (const seat of seats) {
        this.add(seat, s);
        this.counts.seats++;
      }
    }
    for (const s of raw.places.values()) {
      for (const place of buildPlaces(s, this.states)) {
        this.add(place, s);
        this.counts.places++;
      }
    }
    for (const s of raw.organisations.values()) {
      this.add(buildOrganisation(s), s);
      this.counts.organisations++;
    }
    for (const s of raw.people.values()) {
      this.add(buildPerson(s), s);
      this.counts.people++;
    }
    // Codes are checked once every state is known, so a user file may add a state and use it.
    for (const entry of this.entries.values()) this.checkCodes(entry, raw);
    for (const s of raw.agents.values()) this.addAgent(s);
    for (const s of raw.titles.values()) this.addTitle(s);
    for (const s of raw.patterns.values()) this.addPattern(s);
    for (const entry of this.entries.values()) this.index(entry);
    this.counts.aliases = this.aliasIndex.size;
  }

  private add(entry: ActorEntry, s: Sourced<unknown>): void {
    const other = this.entries.get(entry.id);
    if (other !== undefined) {
      throw new ActorDictionaryError(s.file, s.where(), `id "${entry.id}" is already used by a ${other.kind} entry (${other.source})`);
    }
    this.entries.set(entry.id, entry);
  }

  private checkCodes(entry: ActorEntry, raw: Raw): void {
    const fail = (reason: string): never => {
      const section = entry.kind === 'person' ? raw.people : entry.kind === 'state' || entry.kind === 'seat' ? raw.states : raw.organisations;
      const where = section.get(entry.kind === 'seat' ? entry.state : entry.id)?.where() ?? entry.id;
      throw new ActorDictionaryError(entry.source, where, reason);
    };
    const country = (code: string | null, what: string) => {
      if (code !== null && !this.states.has(code)) fail(`unknown ${what} "${code}"`);
    };
    switch (entry.kind) {
      case 'state':
        country(entry.parent, 'parent state');
        return;
      case 'person':
        country(entry.country, 'country');
        if (entry.default !== null) this.checkCode(entry.default, fail);
        if (entry.former !== null) this.checkCode(entry.former, fail);
        for (const r of entry.roles) {
          this.checkCode(r.code, fail);
          const derived = this.splitCode(r.code).agent;
          if (r.agent !== null && r.agent !== derived) fail(`role "${r.role}": agent "${r.agent}" does not match code "${r.code}" (${derived})`);
        }
        return;
      case 'seat':
        this.checkCode(entry.code, fail);
        for (const r of entry.ranges) this.checkCode(r.code, fail);
        return;
      default:
        country(entry.country, 'country');
        this.checkCode(entry.code, fail);
        for (const r of entry.ranges) this.checkCode(r.code, fail);
    }
  }

  private checkCode(code: string, fail: (reason: string) => never): void {
    // Codes repeat a lot (USAGOV hundreds of times): check each once.
    if (this.goodCodes.has(code)) return;
    if (!INTERNATIONAL.has(code.slice(0, 3))) {
      const { country, agent } = this.splitCode(code);
      if (country === null) fail(`code "${code}" starts with no known state code or IGO/NGO/IMG/MNC`);
      if (agent !== null && !AGENTS.has(agent)) fail(`code "${code}": "${agent}" is not a CAMEO agent code`);
    }
    this.goodCodes.add(code);
  }

  private addAgent(s: Sourced<unknown>): void {
    const c = new Checker(s.file, s.where);
    const o = c.object(s.spec, FIELDS.agent);
    const id = c.id(o);
    const agent = c.string(o, 'agent');
    if (!AGENTS.has(agent)) c.fail(`"${agent}" is not a CAMEO agent code`);
    for (const term of c.aliases(o, 'terms')) {
      const key = normalizeAlias(term.text);
      const prev = this.agents.get(key);
      if (prev !== undefined && prev.id !== id) c.fail(`term "${term.text}" is already listed under "${prev.id}"`);
      this.agents.set(key, { id, agent, term: term.text, ambiguous: term.ambiguous });
      this.maxAgentWords = Math.max(this.maxAgentWords, wordCount(key));
    }
    this.counts.agents++;
  }

  private addTitle(s: Sourced<unknown>): void {
    const c = new Checker(s.file, s.where);
    const o = c.object(s.spec, FIELDS.title);
    const id = c.id(o);
    const agent = c.optString(o, 'agent');
    if (agent !== null && !AGENTS.has(agent)) c.fail(`"${agent}" is not a CAMEO agent code`);
    const gender = c.optString(o, 'gender');
    if (gender !== null && gender !== 'm' && gender !== 'f') c.fail('"gender" must be "m", "f" or absent');
    for (const form of c.strings(o, 'forms')) {
      this.titles.set(surfaceForm(form), { id, agent, form, gender: gender as Gender | null });
      this.maxTitleWords = Math.max(this.maxTitleWords, form.trim().split(/\s+/).length);
    }
    this.counts.titles++;
  }

  private addPattern(s: Sourced<unknown>): void {
    const c = new Checker(s.file, s.where);
    const o = c.object(s.spec, FIELDS.pattern);
    const agent = c.string(o, 'agent');
    if (!AGENTS.has(agent)) c.fail(`"${agent}" is not a CAMEO agent code`);
    const patterns = c.strings(o, 'patterns');
    const refersBack = c.strings(o, 'refersBack').map((code) => c.code(code, 'refersBack'));
    this.patterns.push({ id: c.id(o), patterns, agent, requiresContext: c.optBool(o, 'requiresContext'), refersBack });
    this.counts.patterns++;
  }

  private index(entry: ActorEntry): void {
    // A seat is always a metonym, so even its own name is reported as form "seat".
    this.addHit(entry, { text: entry.name, caseSensitive: false, ambiguous: false, preferred: false }, entry.kind === 'seat' ? 'seat' : 'name');
    for (const a of entry.aliases) this.addHit(entry, a, entry.kind === 'seat' ? 'seat' : 'alias');
    if (entry.kind === 'state') for (const d of entry.demonyms) this.addHit(entry, d, 'demonym');
    if (entry.kind === 'person') for (const s of entry.surnames) this.addHit(entry, s, 'surname');
  }

  private addHit(entry: ActorEntry, alias: Alias, form: AliasForm): void {
    const key = normalizeAlias(alias.text);
    if (key === '') return;
    let hits = this.aliasIndex.get(key);
    if (hits === undefined) {
      hits = [];
      this.aliasIndex.set(key, hits);
    }
    for (const same of hits) {
      if (same.entry !== entry) continue;
      // The same text listed twice for one entry (the name, then a flagged alias "Georgia" marked
      // ambiguous): flags add up, so a caution given anywhere is kept.
      same.caseSensitive ||= alias.caseSensitive;
      same.ambiguous ||= alias.ambiguous;
      same.preferred ||= alias.preferred;
      return;
    }
    hits.push({ entry, text: alias.text, surface: surfaceForm(alias.text), capital: hasCapital(alias.text), form, caseSensitive: alias.caseSensitive, ambiguous: alias.ambiguous, preferred: alias.preferred });
    this.maxAliasWords = Math.max(this.maxAliasWords, wordCount(key));
  }

  lookup(text: string): AliasHit[] {
    const hits = this.aliasIndex.get(normalizeAlias(text));
    if (hits === undefined) return [];
    const surface = surfaceForm(text);
    return hits.filter((h) => !h.caseSensitive || h.surface === surface);
  }

  state(codeOrId: string): StateEntry | undefined {
    return this.states.get(codeOrId);
  }

  splitCode(code: string): { country: string | null; agent: string | null } {
    const prefix = code.slice(0, 3);
    // International actors: the sector is the agent; IMG (international militarised group) is rebel.
    if (prefix === 'IMG') return { country: null, agent: 'REB' };
    if (prefix === 'NGM') return { country: null, agent: 'NGO' };
    if (INTERNATIONAL.has(prefix)) return { country: null, agent: prefix };
    for (const n of [6, 3]) {
      const country = code.slice(0, n);
      if (code.length >= n && this.states.has(country) && this.states.get(country)!.code === country) {
        return { country, agent: code.slice(n, n + 3) || null };
      }
    }
    return { country: null, agent: null };
  }

  codeFor(entry: ActorEntry, isoDate?: string | null): string {
    return this.resolveCode(entry, isoDate).code;
  }

  resolveCode(entry: ActorEntry, isoDate?: string | null): ResolvedCode {
    const date = isoDate ? this.day(isoDate) : null;
    switch (entry.kind) {
      case 'state':
        return { code: entry.code, country: entry.code, agent: null, role: null };
      case 'seat': {
        const range = pick(entry.ranges, date);
        return this.resolved(range?.code ?? entry.code, null, range ? 'range' : null);
      }
      case 'person':
        return this.resolvePerson(entry, date);
      default: {
        const range = pick(entry.ranges, date);
        if (range === undefined || range.code === entry.code) return { code: entry.code, country: entry.country, agent: entry.agent, role: range ? 'range' : null };
        return this.resolved(range.code, null, 'range');
      }
    }
  }

  // An article asks about one date many times: the last one parsed is kept.
  private lastDate: { text: string; day: string } | null = null;

  private day(isoDate: string): string {
    if (this.lastDate?.text === isoDate) return this.lastDate.day;
    const day = isoDay(isoDate, false);
    if (day === null) throw new RangeError(`date ${JSON.stringify(isoDate)} must be YYYY, YYYY-MM or YYYY-MM-DD`);
    this.lastDate = { text: isoDate, day };
    return day;
  }

  private resolvePerson(p: PersonEntry, date: string | null): ResolvedCode {
    const role = pick(p.roles, date);
    if (role !== undefined) return this.resolved(role.code, role.agent, role.role);
    if (date !== null && p.roles.some((r) => r.to !== null && r.to <= date)) {
      // Out of office after holding one: CAMEO codes former officials as elites.
      const last = [...p.roles].filter((r) => r.to !== null && r.to <= date).sort((a, b) => (a.to! < b.to! ? 1 : -1))[0]!;
      const code = p.former ?? (p.country !== null ? `${p.country}ELI` : last.code);
      return this.resolved(code, null, null);
    }
    return this.resolved(p.default ?? p.country ?? p.roles[0]!.code, null, null);
  }

  private resolved(code: string, agent: string | null, role: string | null): ResolvedCode {
    const split = this.splitCode(code);
    return { code, country: split.country, agent: agent ?? split.agent, role };
  }

  agentFor(noun: string): AgentHit | undefined {
    return this.agents.get(normalizeAlias(noun));
  }

  titleFor(word: string): TitleEntry | undefined {
    return this.titles.get(surfaceForm(word));
  }
}

/**
 * The range covering `date` (the latest-starting one when several do, i.e. the most recent
 * appointment); without a date, the latest-starting range overall.
 */
function pick<T extends CodeRange>(ranges: readonly T[], date: string | null): T | undefined {
  let best: T | undefined;
  for (const r of ranges) {
    if (date !== null && ((r.from !== null && r.from > date) || (r.to !== null && r.to <= date))) continue;
    if (best === undefined || (r.from ?? '') > (best.from ?? '')) best = r;
  }
  return best;
}

/**
 * Loads the bundled dictionaries and then `extraFiles` (JSON or JSONL in the same format), whose
 * entries replace bundled ones with the same id. Throws ActorDictionaryError on bad data.
 */
export function loadActorDictionary(extraFiles: readonly string[] = []): ActorDictionary {
  const started = performance.now();
  const files: Loaded[] = BUNDLED.map((name) => readDictionaryFile(new URL(`../../data/actors/${name}`, import.meta.url), `data/actors/${name}`));
  for (const path of extraFiles) files.push(readDictionaryFile(path, path));
  const dictionary = new Dictionary();
  dictionary.build(merge(files));
  dictionary.loadMs = performance.now() - started;
  return dictionary;
}

