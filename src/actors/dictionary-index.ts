// Indexes the actor stage derives once per loaded dictionary: alias-key prefixes for scanning tokens,
// compiled name patterns, and people by surname and by role for spelling variants and descriptions.
import type { ActorDictionary, AgentHit, PersonEntry, StateEntry, TitleEntry } from './dictionary.ts';
import { normalizeAlias } from './dictionary.ts';

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
}

export interface DictionaryIndex {
  /** Every prefix of every alias key, so a scan stops as soon as no alias can continue. */
  prefixes: Set<string>;
  /** Patterns with a slot, longest first. */
  slotPatterns: CompiledPattern[];
  /** Patterns without one ("the administration"), by their first word. */
  barePatterns: Map<string, CompiledPattern[]>;
  /** People by the first letter of a surname, for spelling variants of names the dictionary lacks. */
  surnames: Map<string, { surname: string; given: string[]; person: PersonEntry }[]>;
  /** One-word state names by first letter, for misspellings ("Ethopia", "Afganistan"). */
  stateNames: Map<string, { key: string; state: StateEntry }[]>;
  /** People by the head word of a role they held ("leader" for "supreme leader"). */
  roleHolders: Map<string, PersonEntry[]>;
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

/** Head word of a role: "ambassador to the United Nations" → "ambassador", "supreme leader" → "leader". */
export function roleHead(role: string): string {
  const key = role.toLowerCase();
  const cut = ROLE_BREAK.exec(key);
  const words = (cut ? key.slice(0, cut.index) : key).trim().split(/\s+/);
  return words.at(-1) ?? key;
}

/**
 * A person's names as word lists, titles dropped from the aliases: "President Trump" gives "trump",
 * so "president" never passes for a given name. The entry's own name is kept whole ("Amir Saeid Iravani").
 */
export function personNames(dictionary: ActorDictionary, person: PersonEntry): string[][] {
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

function compilePattern(id: string, template: string, agent: string, requiresContext: boolean): CompiledPattern {
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
  };
}

function build(dictionary: ActorDictionary): DictionaryIndex {
  const prefixes = new Set<string>();
  for (const key of dictionary.aliasIndex.keys()) {
    for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
  }
  const patterns = dictionary.patterns.flatMap((entry) =>
    entry.patterns.map((template) => compilePattern(entry.id, template, entry.agent, entry.requiresContext)),
  );
  // Longest first, so "{person} transition team" is tried before "{person} transition".
  patterns.sort((a, b) => b.words.length - a.words.length);
  const barePatterns = new Map<string, CompiledPattern[]>();
  for (const pattern of patterns) {
    if (pattern.slot !== null || pattern.words.length === 0) continue;
    barePatterns.set(pattern.words[0]!, [...(barePatterns.get(pattern.words[0]!) ?? []), pattern]);
  }

  const stateNames: DictionaryIndex['stateNames'] = new Map();
  for (const entry of dictionary.entries.values()) {
    if (entry.kind !== 'state') continue;
    for (const alias of [{ text: entry.name, caseSensitive: false }, ...entry.aliases]) {
      const key = normalizeAlias(alias.text);
      if (alias.caseSensitive || key.length < 5 || key.includes(' ')) continue;
      stateNames.set(key[0]!, [...(stateNames.get(key[0]!) ?? []), { key, state: entry }]);
    }
  }

  const surnames: DictionaryIndex['surnames'] = new Map();
  const roleHolders: DictionaryIndex['roleHolders'] = new Map();
  for (const entry of dictionary.entries.values()) {
    if (entry.kind !== 'person') continue;
    const names = personNames(dictionary, entry);
    const given = [...new Set(names.filter((words) => words.length > 1).map((words) => words[0]!))];
    const family = new Set([...entry.surnames.map((s) => normalizeAlias(s.text)), ...names.map((words) => words.at(-1)!)]);
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
  return {
    prefixes,
    slotPatterns: patterns.filter((pattern) => pattern.slot !== null),
    barePatterns,
    surnames,
    stateNames,
    roleHolders,
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
