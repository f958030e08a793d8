// Indexes the actor stage derives once per loaded dictionary: alias-key prefixes for scanning tokens,
// compiled name patterns, and people by surname and by role for spelling variants and descriptions.
import type { ActorDictionary, AgentHit, PatternEntry, PersonEntry, StateEntry, TitleEntry } from './dictionary.ts';
import { normalizeAlias } from './dictionary.ts';
import { type KeyHashes, keyHashes } from './surface.ts';

export type SlotKind = 'person' | 'state' | 'demonym';

/** "{person} transition team" as a slot and the words after it. */
export interface CompiledPattern {
  id: string;
  slot: SlotKind | null;
  /** The slot is written with "'s" ("{state}'s government"). */
  possessive: boolean;
  /** Lower-case words after the slot, compared with token keys. */
  words: string[];
  agent: string;
  requiresContext: boolean;
  /** For a bare template ("the group"): codes one of which the actor it refers back to holds. */
  refersBack: string[];
}

export interface DictionaryIndex {
  /** Hashes of alias keys and their prefixes, so a scan stops as soon as no alias can continue. */
  aliases: KeyHashes;
  /** The same for role nouns, and for titles in lower case (titles are then matched as written). */
  agents: KeyHashes;
  titles: KeyHashes;
  /** Patterns with a slot by the first word after it, longest first. */
  slotPatterns: Map<string, CompiledPattern[]>;
  /** Patterns without one ("the administration"), by their first word. */
  barePatterns: Map<string, CompiledPattern[]>;
  /** People by the first letter of a surname, for spelling variants of names the dictionary lacks. */
  surnames: Map<string, { surname: string; given: string[]; person: PersonEntry }[]>;
  /** One-word state names by first letter, for misspellings ("Ethopia", "Afganistan"). */
  stateNames: Map<string, { key: string; state: StateEntry }[]>;
  /**
   * The dictionary's holder of a role in a country on a date ("president", USA, 2019-05-01): the one
   * whose role is exactly this, else the only one whose role has this head word ("supreme leader" for
   * "leader"); null when none or several.
   */
  roleHolder(key: string, country: string, date: string | null): PersonEntry | null;
  /** A person's names as word lists (see personNames), worked out once. */
  personNames(person: PersonEntry): string[][];
  /** Role nouns and titles by the words tried, found or not: most word sequences recur from article to article. */
  agentFor(words: string): AgentHit | null;
  titleFor(words: string): TitleEntry | null;
}

// Bounds each memo: past this many word sequences it starts afresh.
const MEMO_LIMIT = 100_000;

function memo<T>(lookup: (words: string) => T | undefined): (words: string) => T | null {
  const seen = new Map<string, T | null>();
  return (words) => {
    let found = seen.get(words);
    if (found === undefined) {
      if (seen.size >= MEMO_LIMIT) seen.clear();
      found = lookup(words) ?? null;
      seen.set(words, found);
    }
    return found;
  };
}

const cache = new WeakMap<ActorDictionary, DictionaryIndex>();

const ROLE_BREAK = / (?:to|of|for|at|in|on|with) /;

const heads = new Map<string, string>();

/** Head word of a role: "ambassador to the United Nations" → "ambassador", "supreme leader" → "leader". */
export function roleHead(role: string): string {
  let head = heads.get(role);
  if (head === undefined) {
    const key = role.toLowerCase();
    const cut = ROLE_BREAK.exec(key);
    head = (cut ? key.slice(0, cut.index) : key).trim().split(/\s+/).at(-1) ?? key;
    // Roles recur from article to article; the bound keeps a long run's memory flat.
    if (heads.size >= MEMO_LIMIT) heads.clear();
    heads.set(role, head);
  }
  return head;
}

/**
 * A person's names as word lists, titles dropped from the aliases: "President Trump" gives "trump",
 * so "president" never passes for a given name. The entry's own name is kept whole ("Amir Saeid Iravani").
 */
function personNames(dictionary: ActorDictionary, person: PersonEntry): string[][] {
  const names = [normalizeAlias(person.name).split(' ')];
  for (const alias of person.aliases) {
    const words = alias.text.trim().split(/\s+/);
    let skip = 0;
    for (let n = Math.min(dictionary.maxTitleWords, words.length - 1); n > 0 && skip === 0; n--) {
      if (dictionary.titleFor(words.slice(0, n).join(' '))) skip = n;
    }
    names.push(normalizeAlias(words.slice(skip).join(' ')).split(' '));
  }
  return names;
}

function compilePattern({ id, agent, requiresContext, refersBack }: PatternEntry, template: string): CompiledPattern {
  const parts = template.trim().split(/\s+/);
  const slot = /^\{(person|state|demonym)\}('s)?$/.exec(parts[0] ?? '');
  const words = (slot ? parts.slice(1) : parts).map((word) => word.toLowerCase());
  return {
    id,
    slot: slot ? (slot[1] as SlotKind) : null,
    possessive: slot?.[2] !== undefined,
    words,
    agent,
    requiresContext,
    refersBack,
  };
}

function build(dictionary: ActorDictionary): DictionaryIndex {
  const patterns = dictionary.patterns.flatMap((entry) =>
    entry.patterns.map((template) => compilePattern(entry, template)),
  );
  // Longest first, so "{person} transition team" is tried before "{person} transition".
  patterns.sort((a, b) => b.words.length - a.words.length);
  const barePatterns = new Map<string, CompiledPattern[]>();
  const slotPatterns = new Map<string, CompiledPattern[]>();
  for (const pattern of patterns) {
    if (pattern.words.length === 0) continue;
    const byWord = pattern.slot === null ? barePatterns : slotPatterns;
    byWord.set(pattern.words[0]!, [...(byWord.get(pattern.words[0]!) ?? []), pattern]);
  }

  const stateNames: DictionaryIndex['stateNames'] = new Map();
  for (const entry of dictionary.entries.values()) {
    if (entry.kind !== 'state') continue;
    for (const alias of [{ text: entry.name, caseSensitive: false, ambiguous: false }, ...entry.aliases]) {
      const key = normalizeAlias(alias.text);
      // Names that also mean something else ("Georgia", "the Emirates") are no misspelling of a state when written right.
      if (alias.caseSensitive || alias.ambiguous || key.length < 5 || key.includes(' ')) continue;
      stateNames.set(key[0]!, [...(stateNames.get(key[0]!) ?? []), { key, state: entry }]);
    }
  }

  const surnames: DictionaryIndex['surnames'] = new Map();
  const roleHolders = new Map<string, PersonEntry[]>();
  const names = new Map<PersonEntry, string[][]>();
  for (const entry of dictionary.entries.values()) {
    if (entry.kind !== 'person') continue;
    const words = personNames(dictionary, entry);
    names.set(entry, words);
    const given = [...new Set(words.filter((name) => name.length > 1).map((name) => name[0]!))];
    const family = new Set([...entry.surnames.map((s) => normalizeAlias(s.text)), ...words.map((name) => name.at(-1)!)]);
    for (const surname of family) {
      const list = surnames.get(surname[0]!) ?? [];
      list.push({ surname, given, person: entry });
      surnames.set(surname[0]!, list);
    }
    for (const head of new Set(entry.roles.map((r) => roleHead(r.role)))) {
      const list = roleHolders.get(head) ?? [];
      list.push(entry);
      roleHolders.set(head, list);
    }
  }
  const roleHolder = memo((query) => {
    const [key, country, date] = query.split('\t') as [string, string, string];
    const head = roleHead(key);
    const holders: PersonEntry[] = [];
    const exact: PersonEntry[] = [];
    for (const person of roleHolders.get(head) ?? []) {
      const resolved = dictionary.resolveCode(person, date === '' ? null : date);
      if (resolved.country !== country || resolved.role === null || roleHead(resolved.role) !== head) continue;
      if (resolved.role.toLowerCase() === key) exact.push(person);
      // A posting ("ambassador to the United Nations") is one of many a bare "the Russian ambassador" may mean.
      else if (!ROLE_BREAK.test(resolved.role.toLowerCase())) holders.push(person);
    }
    return exact.length === 1 ? exact[0] : exact.length === 0 && holders.length === 1 ? holders[0] : undefined;
  });
  return {
    roleHolder: (key, country, date) => roleHolder(`${key}\t${country}\t${date ?? ''}`),
    personNames: (person) => names.get(person) ?? personNames(dictionary, person),
    aliases: keyHashes(dictionary.aliasIndex.keys()),
    agents: keyHashes(dictionary.agents.keys()),
    titles: keyHashes([...dictionary.titles.keys()].map((form) => form.toLowerCase())),
    slotPatterns,
    barePatterns,
    surnames,
    stateNames,
    agentFor: memo((words) => dictionary.agentFor(words)),
    titleFor: memo((words) => dictionary.titleFor(words)),
  };
}

/** The derived indexes of a dictionary, built on first use. */
export function indexFor(dictionary: ActorDictionary): DictionaryIndex {
  let index = cache.get(dictionary);
  if (index === undefined) {
    index = build(dictionary);
    cache.set(dictionary, index);
  }
  return index;
}
