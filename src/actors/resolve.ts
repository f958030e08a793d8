// Turns references into actors: dictionary entries coded at the article date, unknown people and bodies
// coded from their descriptions, and mentions joined by entry, name, spelling variant and role.
import type { LanguageLayer } from '../language/types.ts';
import type { Actor, ActorKind, Mention, PlaceMention } from '../types.ts';
import type { ActorEntry, PersonEntry, StateEntry } from './dictionary.ts';
import { normalizeAlias } from './dictionary.ts';
import { roleHead } from './dictionary-index.ts';
import { lexicon } from './lexicon.ts';
import { aimedAt, type Description, type Ref } from './phrases.ts';
import { editDistance, isDash, tokenKey, variantSpelling } from './surface.ts';
import type { EntityUnit, NameUnit, PatternUnit, Scan, Unit } from './units.ts';

interface Coded {
  code: string;
  country: string | null;
  agent: string | null;
}

interface Draft extends Coded {
  entry: ActorEntry | null;
  kind: ActorKind;
  /** Names as written, titles dropped; the longest becomes the actor's name. */
  names: string[];
  fallbackName: string;
  roles: string[];
  mentions: (Mention & { token: number })[];
  /** Lower-case roles for matching descriptions ("president-elect", "ambassador to the united nations"). */
  roleKeys: Set<string>;
  /** For people: full names, surnames and given names as token keys. */
  fullNames: Set<string>;
  surnames: Set<string>;
  givenNames: Set<string>;
  /** For actors made by a pattern: its last word ("administration"). */
  patternWord: string | null;
}

// Agents that make a code on their own, without a country (CAMEO international actors).
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'MNC']);
export const UNKNOWN_COUNTRY = '---';
// What a missing list reads as, without allocating one.
const NONE: readonly never[] = [];
const PLURAL = /[^s]s$/;
// Agents of a state's own offices: a definite one that speaks is of the country under discussion.
const STATE_AGENTS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP', 'SPY']);
// What may come before a role phrase that opens its sentence: determiners, numbers, quantity nouns, adjectives.
const OPENING_POS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'ADV']);
/** First words of a verbless adjunct fronted before the subject ("In Kenya,", "Meanwhile,"). */
const FRONTED_ADJUNCT_POS = new Set(['ADP', 'ADV']);
const VERB_POS = new Set(['VERB', 'AUX']);

function compose(country: string | null, agent: string | null): Coded | null {
  if (country !== null) return { code: country + (agent ?? ''), country, agent };
  if (agent === null) return null;
  return { code: INTERNATIONAL.has(agent) ? agent : UNKNOWN_COUNTRY + agent, country: null, agent };
}

export class Resolver {
  private readonly drafts: Draft[] = [];
  private readonly byKey = new Map<string, Draft>();
  /** The last group of a known country named with each head word, which "the <head>" refers back to. */
  private readonly groupsByHead = new Map<string, Draft>();
  private readonly entryDrafts = new Map<ActorEntry, Draft>();
  private readonly actors = new Map<Ref, Draft | null>();
  private readonly codes = new Map<Ref, Coded | null>();
  /** Dictionary entries' codes at the article date, asked for by every mention. */
  private readonly entryCodes = new Map<ActorEntry, Coded>();
  private readonly pending = new Set<Ref>();
  private readonly sentenceRefs: Ref[][] = [];
  /** Countries named in each paragraph and in the whole article, for "the government" without a state. */
  private readonly votes = new Map<number, Map<string, number>>();

  constructor(
    private readonly scan: Scan,
    private readonly language: LanguageLayer,
    private readonly date: string | null,
  ) {}

  resolve(refsBySentence: Ref[][]): Actor[] {
    this.sentenceRefs.push(...refsBySentence);
    this.countVotes();
    for (const refs of refsBySentence) {
      for (const ref of refs) {
        if (ref.span === null) continue;
        const target = ref.apposedTo ?? ref;
        const draft = this.actor(target);
        if (draft !== null) this.addMention(draft, ref);
      }
    }
    return this.output();
  }

  /** The places the sentences are set in ("in Amman", "to Bosnia"), which are no actors, each with its state. */
  places(): PlaceMention[] {
    const places: PlaceMention[] = [];
    for (const refs of this.sentenceRefs) {
      for (const ref of refs) {
        if (!ref.placed || ref.span === null || ref.unit.kind !== 'entity') continue;
        const country = this.entityCode(ref.unit).country;
        const start = this.scan.tokens[ref.span.first]!.start;
        const end = this.scan.tokens[ref.span.end - 1]!.end;
        if (country !== null) places.push({ sentence: ref.sentence, start, end, text: this.scan.text.slice(start, end), country });
      }
    }
    return places;
  }

  // ---- Actors for references

  private actor(ref: Ref): Draft | null {
    if (this.actors.has(ref)) return this.actors.get(ref)!;
    if (this.pending.has(ref)) return null;
    this.pending.add(ref);
    const draft = this.makeActor(ref);
    this.pending.delete(ref);
    this.actors.set(ref, draft);
    if (draft !== null) this.learn(draft, ref);
    return draft;
  }

  private makeActor(ref: Ref): Draft | null {
    const unit = ref.unit;
    switch (unit.kind) {
      case 'entity':
        return ref.locative || unit.entry.kind === 'seat' ? this.placeDraft(unit.entry, ref.locative) : this.entryDraft(unit.entry);
      case 'name':
        return unit.shape === 'person' ? this.personName(ref, unit) : this.organisationName(ref, unit);
      case 'pattern':
        return this.patternActor(ref, unit);
      case 'role':
        return this.describedPerson(ref) ?? this.roleActor(ref);
    }
  }

  /**
   * Where something happens ("in Kirkuk", "in Tehran", "withdrawal from Gorazde") is no actor; it only
   * places the sentence (see placeCountry). Named otherwise, a gazetteer place is a mention of its state
   * ("shelling hit Kirkuk") and a capital stands for its government ("Tehran rejected").
   */
  private placeDraft(entry: ActorEntry, locative: boolean): Draft | null {
    if (entry.kind !== 'seat') return null;
    if (locative) return null;
    return this.entryDraft(this.gazetteerState(entry) ?? entry);
  }

  /** The state of a gazetteer place (a seat coded as its bare state: "Kherson"), null for a capital ("Kyiv"). */
  private gazetteerState(entry: ActorEntry): ActorEntry | null {
    if (entry.kind !== 'seat') return null;
    const state = this.scan.dictionary.state(entry.state);
    return state !== undefined && entry.code === state.code ? state : null;
  }

  private entryDraft(entry: ActorEntry): Draft {
    const existing = this.entryDrafts.get(entry);
    if (existing) return existing;
    const resolved = this.scan.dictionary.resolveCode(entry, this.date);
    const country = entry.kind === 'state' ? entry.code : resolved.country;
    const kind: ActorKind =
      entry.kind === 'person' ? 'person' : entry.kind === 'state' ? 'state' : entry.kind === 'seat' ? 'organisation' : entry.stateLike ? 'state' : entry.kind;
    const draft = this.newDraft(null, kind, { code: resolved.code, country, agent: resolved.agent }, entry.name);
    this.entryDrafts.set(entry, draft);
    draft.entry = entry;
    if (entry.kind === 'person') {
      if (resolved.role !== null) {
        draft.roles.push(resolved.role);
        draft.roleKeys.add(resolved.role.toLowerCase());
      }
      for (const surname of entry.surnames) draft.surnames.add(normalizeAlias(surname.text));
      for (const words of this.scan.index.personNames(entry)) this.addPersonName(draft, words);
    }
    return draft;
  }

  private newDraft(key: string | null, kind: ActorKind, coded: Coded, fallbackName: string): Draft {
    const draft: Draft = {
      entry: null,
      kind,
      ...coded,
      names: [],
      fallbackName,
      roles: [],
      mentions: [],
      roleKeys: new Set(),
      fullNames: new Set(),
      surnames: new Set(),
      givenNames: new Set(),
      patternWord: null,
    };
    this.drafts.push(draft);
    if (key !== null) this.byKey.set(key, draft);
    return draft;
  }

  private addPersonName(draft: Draft, keys: string[]): void {
    const words = keys.filter((k) => k !== '');
    if (words.length === 0) return;
    draft.fullNames.add(words.join(' '));
    // "Donald Trump Jr." lends neither "Donald" nor "Trump" to shorter mentions: those are his father's.
    if (words.length > 1 && !words.some((w) => lexicon.suffixes.has(w))) {
      draft.givenNames.add(words[0]!);
      draft.surnames.add(words.at(-1)!);
    }
  }

  /** Records what a reference says about its actor: names as written, roles. */
  private learn(draft: Draft, ref: Ref): void {
    const unit = ref.unit;
    if (draft.kind === 'person' && (unit.kind === 'name' || (unit.kind === 'entity' && unit.form !== 'surname'))) {
      this.addPersonName(draft, this.unitKeys(unit).slice(this.titleWords(unit)));
    }
    for (const description of ref.descriptions) {
      if (description.text !== '' && !description.courtesy) this.addRole(draft, description.text);
    }
  }

  private addRole(draft: Draft, role: string): void {
    draft.roleKeys.add(role.toLowerCase());
    if (!draft.roles.some((r) => r.toLowerCase() === role.toLowerCase())) draft.roles.push(role);
  }

  private addMention(draft: Draft, ref: Ref): void {
    const { tokens, text } = this.scan;
    const span = ref.span!;
    const start = tokens[span.first]!.start;
    const end = tokens[span.end - 1]!.end;
    if (draft.mentions.some((m) => m.start === start && m.end === end)) return;
    draft.mentions.push({ sentence: ref.sentence, start, end, text: text.slice(start, end), token: span.first });
    const name = this.namingText(ref);
    if (name !== null) draft.names.push(name);
  }

  /** The words of a reference that name its actor ("Ali Khamenei" in "Ayatollah Ali Khamenei"), if they do. */
  private namingText(ref: Ref): string | null {
    const unit = ref.unit;
    if (ref.apposedTo !== null || unit.kind === 'role') return null;
    if (unit.kind === 'entity' && (unit.form === 'demonym' || unit.form === 'surname' || unit.form === 'seat')) return null;
    if (unit.kind === 'pattern') return null;
    const first = unit.first + this.titleWords(unit);
    if (first >= unit.end) return null;
    return this.scan.text.slice(this.scan.tokens[first]!.start, this.scan.tokens[unit.end - 1]!.end);
  }

  /**
   * How many leading tokens of a unit are a title ("President Trump", "Ayatollah Ali Khamenei" as one
   * alias), unless the person's own name starts with that word ("Amir Saeid Iravani").
   */
  private titleWords(unit: Unit): number {
    const { tokens, text, dictionary } = this.scan;
    const own = unit.kind === 'entity' ? normalizeAlias(unit.entry.name) : '';
    for (let n = Math.min(dictionary.maxTitleWords, unit.end - unit.first - 1); n > 0; n--) {
      const words = text.slice(tokens[unit.first]!.start, tokens[unit.first + n - 1]!.end);
      if (dictionary.titleFor(words) && !own.startsWith(normalizeAlias(words))) return n;
    }
    return 0;
  }

  private unitKeys(unit: Unit): string[] {
    const keys: string[] = [];
    for (let k = unit.first; k < unit.end; k++) {
      const token = this.scan.tokens[k]!;
      if (!isDash(token)) keys.push(...tokenKey(token).split(' '));
    }
    return keys;
  }

  // ---- People missing from the dictionary

  private personName(ref: Ref, unit: NameUnit): Draft | null {
    const keys = this.unitKeys(unit).filter((k) => !lexicon.particles.has(k));
    const joined = this.findPerson(keys, unit.first);
    if (joined !== null) return joined;
    const known = keys.some((k) => lexicon.suffixes.has(k)) ? null : this.dictionaryVariant(keys);
    if (known !== null) return this.entryDraft(known);
    const described = ref.descriptions.some((d) => d.text !== '' || d.courtesy);
    const misspelt = keys.length === 1 && !described ? this.misspeltState(keys[0]!) : null;
    if (misspelt !== null) return ref.locative ? null : this.entryDraft(misspelt);
    if (ref.locative) return null;
    // A lone capitalised word is a person only when something says so: a title, a role, a verb of speech.
    if (keys.length < 2 && !described && !ref.speech) return null;
    const written = this.scan.text.slice(this.scan.tokens[unit.first]!.start, this.scan.tokens[unit.end - 1]!.end);
    const namesakes = keys.length === 1 ? this.namesakes(keys[0]!, ref) : NONE;
    if (namesakes.length === 1) return this.entryDraft(namesakes[0]!);
    let coded = this.describedCode(ref) ?? { code: UNKNOWN_COUNTRY, country: null, agent: null };
    // "President Bush": dictionary people of that surname and role, who all were of one country.
    const shared = new Set(namesakes.map((person) => person.country));
    if (coded.country === null && coded.agent !== null && shared.size === 1) coded = compose([...shared][0]!, coded.agent)!;
    // "President X" with no state of its own: the one state its sentence names ("… Chilean officials").
    if (coded.country === null && coded.agent !== null && !INTERNATIONAL.has(coded.agent)) coded = compose(this.sentenceCountry(ref.sentence), coded.agent)!;
    const draft = this.newDraft(`n:${keys.join(' ')}`, 'person', coded, written);
    return draft;
  }

  /**
   * Dictionary people with this surname whom the reference's title or role fits ("King Hassan" is
   * Hassan II, not the prime minister Jafar Hassan), and of the state it names, if it names one.
   */
  private namesakes(surname: string, ref: Ref): readonly PersonEntry[] {
    const heads = new Set<string>();
    for (const description of ref.descriptions) if (!description.courtesy && description.key !== '') heads.add(roleHead(description.key));
    if (heads.size === 0) return NONE;
    const country = ref.descriptions.map((d) => this.descriptionCountry(d)).find((c) => c !== null) ?? null;
    const found = new Set<PersonEntry>();
    for (const { surname: name, person } of this.scan.index.surnames.get(surname[0]!) ?? NONE) {
      if (name !== surname || (country !== null && person.country !== country)) continue;
      if (person.roles.some((r) => heads.has(roleHead(r.role)))) found.add(person);
    }
    return [...found];
  }

  /**
   * A person already in the article under this name: the same full name, its last words ("Trump Jr."),
   * the surname alone, the given name alone, or spelling variants (same first letter, at most two edits,
   * six letters or more).
   */
  private findPerson(keys: string[], before: number): Draft | null {
    if (keys.length === 0) return null;
    const full = keys.join(' ');
    const last = keys.at(-1)!;
    const first = keys[0]!;
    let best: { draft: Draft; rank: number; at: number } | null = null;
    for (const draft of this.drafts) {
      if (draft.kind !== 'person') continue;
      const surname = draft.surnames.has(last) || [...draft.surnames].some((s) => variantSpelling(last, s, 2));
      let rank = -1;
      if (draft.fullNames.has(full)) rank = 0;
      else if (keys.length === 1 && draft.surnames.has(last)) rank = 1;
      else if (keys.length === 1 && surname) rank = 2;
      else if (keys.length === 1 && draft.givenNames.has(first)) rank = 3;
      else if (keys.length > 1 && surname && [...draft.givenNames].some((g) => variantSpelling(first, g, 2))) rank = 1;
      else if (keys.length > 1 && [...draft.fullNames].some((n) => n.endsWith(` ${full}`))) rank = 1;
      if (rank < 0) continue;
      const at = lastMentionBefore(draft, before);
      if (best === null || rank < best.rank || (rank === best.rank && at > best.at)) best = { draft, rank, at };
    }
    return best?.draft ?? null;
  }

  /**
   * The one state whose name this unknown word misspells ("Ethopia", "Afganistan", "Quatar"): same first
   * letter, one edit (two from eight letters), six letters or more.
   */
  private misspeltState(key: string): StateEntry | null {
    if (key.length < 6) return null;
    const limit = key.length >= 8 ? 2 : 1;
    const found = new Set<StateEntry>();
    for (const { key: name, state } of this.scan.index.stateNames.get(key[0]!) ?? NONE) {
      if (editDistance(key, name, limit) <= limit) found.add(state);
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /** A dictionary person whose given name and surname are both spelling variants of this name. */
  private dictionaryVariant(keys: string[]): PersonEntry | null {
    if (keys.length < 2) return null;
    const first = keys[0]!;
    const last = keys.at(-1)!;
    const found = new Set<PersonEntry>();
    for (const { surname, given, person } of this.scan.index.surnames.get(last[0]!) ?? NONE) {
      if (variantSpelling(last, surname, 2) && given.some((g) => variantSpelling(first, g, 2))) found.add(person);
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  // ---- Organisations missing from the dictionary

  private organisationName(ref: Ref, unit: NameUnit): Draft | null {
    if (ref.locative || unit.shape === 'place' || unit.shape === 'other' || unit.shape === 'acronym') return null;
    const { tokens, text, dictionary } = this.scan;
    const head = tokens[unit.head]!;
    const described = this.describedCode(ref);
    // The head word decides the agent ("… Party" PTY), else a role word in front ("the rebel Revolutionary United Front").
    const agent = unit.shape === 'media' ? 'MED' : (dictionary.agentFor(head.text)?.agent ?? lexicon.headAgents.get(head.norm) ?? described?.agent ?? null);
    let country = described?.country ?? null;
    if (country === null && unit.place !== null) country = this.entityCode(unit.place).country;
    // A body nothing describes is still a body, of unknown country and sector.
    const coded = compose(country, agent) ?? { code: UNKNOWN_COUNTRY, country: null, agent: null };
    const written = text.slice(tokens[unit.first]!.start, tokens[unit.end - 1]!.end);
    return this.byKey.get(`o:${written.toLowerCase()}`) ?? this.newDraft(`o:${written.toLowerCase()}`, unit.shape === 'media' ? 'media' : 'organisation', coded, written);
  }

  // ---- Patterns: "the Biden administration", "the Iranian government", "the administration"

  private patternActor(ref: Ref, unit: PatternUnit): Draft | null {
    const { tokens, text } = this.scan;
    const word = unit.pattern.words.at(-1)!;
    const written = text.slice(tokens[unit.first]!.start, tokens[unit.end - 1]!.end);
    if (unit.slot === null) return this.contextActor(ref, unit, word);
    const slotCode = this.slotCode(unit.slot);
    if (slotCode?.country == null) return null;
    const coded = compose(slotCode.country, unit.pattern.agent)!;
    const slotText = text.slice(tokens[unit.slot.first]!.start, tokens[unit.slot.end - 1]!.end);
    const slotKey = unit.slot.kind === 'entity' ? unit.slot.entry.id : slotText.toLowerCase();
    const key = unit.pattern.slot === 'person' ? `p:${slotKey}:${unit.pattern.words.join(' ')}` : `p:${coded.code}:${word}`;
    const name = unit.slot.possessive ? `${slotText} ${unit.pattern.words.join(' ')}` : written;
    const draft = this.byKey.get(key) ?? this.newDraft(key, 'organisation', coded, name);
    draft.patternWord = word;
    return draft;
  }

  private slotCode(slot: EntityUnit | NameUnit): Coded | null {
    if (slot.kind === 'entity') return this.entityCode(slot);
    const ref = this.refAt(slot);
    return ref === null ? null : this.code(ref);
  }

  /**
   * "the administration" with no state named: the administration last named before it; else the
   * government of the most recently mentioned head of government; else of the article's main country.
   */
  private contextActor(ref: Ref, unit: PatternUnit, word: string): Draft | null {
    const at = unit.first;
    if (unit.pattern.refersBack.length > 0) {
      // "the group of experts" is a new group, not the one named before.
      return this.scan.tokens[unit.end]?.norm === 'of' ? null : this.lastCoded(at, unit.pattern.refersBack);
    }
    const recent = this.latest(at, (draft) => draft.patternWord === word);
    if (recent !== null) return recent;
    const country = this.leaderCountry(at) ?? this.mainCountry(ref.sentence);
    const coded = compose(country, unit.pattern.agent);
    if (coded === null) return null;
    const name = country === null ? word : `${this.scan.dictionary.state(country)?.name ?? country} ${word}`;
    const key = `c:${coded.code}:${word}`;
    const draft = this.byKey.get(key) ?? this.newDraft(key, 'organisation', coded, name);
    draft.patternWord = word;
    return draft;
  }

  /** Of the drafts that `fits`, the one mentioned last before token `before`, if any was mentioned before it. */
  private latest(before: number, fits: (draft: Draft) => boolean): Draft | null {
    let best: Draft | null = null;
    let bestAt = -1;
    for (const draft of this.drafts) {
      if (!fits(draft)) continue;
      const at = lastMentionBefore(draft, before);
      if (at > bestAt) {
        best = draft;
        bestAt = at;
      }
    }
    return best;
  }

  /** "the group": the actor last mentioned before token `before` whose code holds one of `codes`, if any. */
  private lastCoded(before: number, codes: readonly string[]): Draft | null {
    return this.latest(before, (draft) => codes.some((code) => draft.code.includes(code)));
  }

  private leaderCountry(before: number): string | null {
    const leader = this.latest(
      before,
      (draft) =>
        draft.kind === 'person' &&
        draft.country !== null &&
        [...draft.roleKeys].some((r) => lexicon.headsOfGovernment.has(r) || lexicon.headsOfGovernment.has(roleHead(r))),
    );
    return leader?.country ?? null;
  }

  private countVotes(): void {
    const article = new Map<string, number>();
    this.votes.set(-1, article);
    this.sentenceRefs.forEach((refs, s) => {
      const paragraph = this.language.sentences[s]!.paragraph;
      const counts = this.votes.get(paragraph) ?? new Map<string, number>();
      this.votes.set(paragraph, counts);
      for (const ref of refs) {
        if (ref.unit.kind !== 'entity') continue;
        const country = this.entityCode(ref.unit).country;
        if (country === null) continue;
        counts.set(country, (counts.get(country) ?? 0) + 1);
        article.set(country, (article.get(country) ?? 0) + 1);
      }
    });
  }

  /** The one country the sentence names (states, demonyms, capitals, dictionary actors), if only one. */
  private sentenceCountry(sentence: number): string | null {
    const countries = new Set<string>();
    for (const ref of this.sentenceRefs[sentence] ?? NONE) {
      if (ref.unit.kind !== 'entity') continue;
      const country = this.entityCode(ref.unit).country;
      if (country !== null) countries.add(country);
    }
    return countries.size === 1 ? [...countries][0]! : null;
  }

  /**
   * Where unnamed non-state actors are from ("Rebels attacked Chadian troops"): the one country the
   * sentence names, when it is also the one its paragraph is about; a foreign flag burnt by protesters
   * elsewhere does not make them its nationals.
   */
  private homeCountry(sentence: number): string | null {
    const country = this.sentenceCountry(sentence);
    return country !== null && country === this.mainCountry(sentence) ? country : null;
  }

  /** The country named most in the sentence's paragraph, else in the article. */
  private mainCountry(sentence: number): string | null {
    for (const counts of [this.votes.get(this.language.sentences[sentence]!.paragraph), this.votes.get(-1)]) {
      const ranked = [...(counts ?? [])].sort((a, b) => b[1] - a[1]);
      if (ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1])) return ranked[0]![0];
    }
    return null;
  }

  // ---- Role phrases without a name: "the president-elect", "Iranian officials"

  /** A role phrase that picks out one person: someone in the article holding that role, or the dictionary's holder. */
  private describedPerson(ref: Ref): Draft | null {
    const description = ref.descriptions[0];
    if (description === undefined || !ref.definite || description.key === '') return null;
    const key = description.key;
    const head = roleHead(key);
    const country = this.descriptionCountry(description);
    // An everyday role word ("leader") needs a state to pin it down; an exact role ("supreme leader") does not.
    const loose = !description.ambiguous || country !== null;
    const best = this.latest(
      ref.unit.first,
      (draft) =>
        draft.kind === 'person' && (country === null || draft.country === country) && [...draft.roleKeys].some((r) => r === key || (loose && roleHead(r) === head)),
    );
    if (best !== null || country === null) return best;
    const holder = this.scan.index.roleHolder(key, country, this.date);
    return holder === null ? null : this.entryDraft(holder);
  }

  private roleActor(ref: Ref): Draft | null {
    const description = ref.descriptions[0];
    if (description === undefined) return null;
    // Affiliations that code as nothing ("Islamic fundamentalists": "Islamic" is no actor) leave the role unaffiliated.
    const affiliated = description.affiliations.some((a) => this.code(a) !== null);
    const { tokens, text } = this.scan;
    const headToken = tokens[ref.unit.end - 1]!;
    const head = headToken.lemma.toLowerCase();
    // "The migrants" after "Haitian migrants", "the rebels" after "M23 rebels": the group already named.
    const named = !affiliated && ref.definite && description.agent !== null ? this.groupsByHead.get(head) : undefined;
    if (named !== undefined) return named;
    const coded = affiliated ? this.describedCode(ref) : this.unaffiliatedCode(ref, description);
    // A role of a body no state owns is that body ("the UN envoy"); a state role whose affiliation gives no country is no one.
    if (coded === null || (coded.country === null && affiliated && coded.code.startsWith(UNKNOWN_COUNTRY))) return null;
    const span = ref.extent ?? ref.span ?? { first: ref.unit.first, end: ref.unit.end };
    const role = ref.sharedRole;
    // A coordinated demonym is named with the role it shares: "Indian troops", not "Indian".
    const written = text.slice(tokens[span.first]!.start, tokens[span.end - 1]!.end) + (role ? ` ${text.slice(tokens[role.first]!.start, tokens[role.end - 1]!.end)}` : '');
    const key = `r:${coded.code}:${head}`;
    // A capitalised plural ("Farmers" opening a sentence) may be tagged a proper noun and keep its -s lemma.
    const plural = head !== headToken.norm || lexicon.groups.has(headToken.norm) || PLURAL.test(headToken.norm);
    const body = lexicon.bodies.has(description.key) || lexicon.bodies.has(headToken.norm);
    const kind: ActorKind = body && !lexicon.groups.has(headToken.norm) ? 'organisation' : plural ? 'group' : 'person';
    const draft = this.byKey.get(key) ?? this.newDraft(key, kind, coded, written);
    if (kind === 'group' && coded.country !== null) this.groupsByHead.set(head, draft);
    return draft;
  }

  /**
   * A role nothing affiliates ("Protesters in Baghdad", "farmers", "officials"): the country of the place
   * the sentence sets it in, or for government roles the country the paragraph names most, or for others
   * the sentence's one country when the paragraph is about it; else unknown (`---OPP`). Everyday role
   * words ("people", "forces") count only with a place they are set in; other roles also take a town the sentence
   * names ("shelled Kherson, killing three civilians").
   */
  private unaffiliatedCode(ref: Ref, description: Description): Coded | null {
    if (description.agent === null || description.relational || description.former) return null;
    // "the Parliament speaker said": one office holder who speaks, of the country the paragraph is about.
    const head = this.scan.tokens[ref.unit.end - 1]!.norm;
    const speaker = ref.definite && ref.speech && !PLURAL.test(head) && !lexicon.bodies.has(head) && STATE_AGENTS.has(description.agent);
    if (!speaker && !this.opensSentence(ref) && !this.counted(ref, description.agent)) return null;
    // An embassy or envoy is not of the place it is posted to ("an embassy in Tehran").
    const posted = lexicon.postings.has(description.key) || lexicon.postings.has(roleHead(description.key));
    const government = description.agent === 'GOV' || speaker;
    const context = government ? this.mainCountry(ref.sentence) : description.ambiguous ? null : this.homeCountry(ref.sentence);
    const country = (posted ? null : this.placeCountry(ref, !description.ambiguous)) ?? context;
    if ((description.ambiguous || speaker) && country === null) return null;
    return compose(country, description.agent);
  }

  /**
   * Whether the role phrase is what its sentence is about: only quantities and modifiers come before it
   * ("Thousands of protesters", "Some 800,000 farmers", "A group of elders"), or a fronted adjunct
   * closed by a comma ("In Kenya, police …", "After the vote, protesters …"). A bare role further on
   * ("attacks against rebels") is too generic to be an actor of its own.
   */
  private opensSentence(ref: Ref): boolean {
    const tokens = this.scan.tokens;
    const first = (ref.extent ?? ref.span ?? ref.unit).first;
    for (let k = first - 1; k >= 0 && tokens[k]!.sentence === ref.sentence; k--) {
      const token = tokens[k]!;
      if (token.text === ',') {
        // A clause before the comma ("Troops remain in Tigray, residents said") is no adjunct, unless subordinate.
        let start = k;
        let verb = false;
        while (start > 0 && tokens[start - 1]!.sentence === ref.sentence) {
          start--;
          if (VERB_POS.has(tokens[start]!.pos)) verb = true;
        }
        const opener = tokens[start]!.pos;
        return start < k && (opener === 'SCONJ' || (FRONTED_ADJUNCT_POS.has(opener) && !verb));
      }
      if (!OPENING_POS.has(token.pos) && token.norm !== 'of') return false;
    }
    return true;
  }

  /**
   * "40 protesters", "dozens of activists": a counted group is a particular one wherever it stands; so is a
   * verb's bare plural object ("detained protesters", "killed unarmed civilians"), the group the verb acted on,
   * unless it is a force the subject fields ("deployed warships near Taiwan" are not Taiwan's).
   */
  private counted(ref: Ref, agent: string): boolean {
    const tokens = this.scan.tokens;
    const head = tokens[ref.unit.end - 1]!;
    let k = (ref.extent ?? ref.span ?? ref.unit).first - 1;
    if (k >= 0 && tokens[k]!.norm === 'of') k--;
    const before = tokens[k];
    if (before === undefined || before.sentence !== ref.sentence) return false;
    // "fired tear gas at protesters": the group a weapon is aimed at.
    if (before.pos === 'NUM' || lexicon.countNouns.has(before.norm) || aimedAt(tokens, before)) return true;
    while (k > 0 && tokens[k]!.pos === 'ADJ') k--;
    const verb = tokens[k]!;
    // "…, said officials": a speaker is no object; "Masked men": a participle opening the sentence describes its subject.
    const subject = k > 0 && tokens[k - 1]!.sentence === ref.sentence && !lexicon.fieldedAgents.has(agent);
    return subject && verb.sentence === ref.sentence && verb.pos === 'VERB' && !lexicon.speechVerbs.has(verb.lemma) && head.lemma !== head.norm;
  }

  /**
   * The one country of the places the reference's sentence is set in ("in Amman", "in Iraq") or, with `named`,
   * names ("shelled Kherson, killing three civilians"), if only one.
   */
  private placeCountry(ref: Ref, named: boolean): string | null {
    const countries = new Set<string>();
    // A speaker is not where what it says takes place: "Analysts said the talks in Geneva would fail".
    const limit = ref.speech ? this.verbAfter(ref) : Number.POSITIVE_INFINITY;
    for (const other of this.sentenceRefs[ref.sentence] ?? NONE) {
      if (other.unit.kind !== 'entity' || other.unit.first >= limit || !(other.placed || (named && this.gazetteerState(other.unit.entry) !== null))) continue;
      const country = this.entityCode(other.unit).country;
      if (country !== null) countries.add(country);
    }
    return countries.size === 1 ? [...countries][0]! : null;
  }

  /** The first verb after the reference, in its sentence (or the sentence's end). */
  private verbAfter(ref: Ref): number {
    const tokens = this.scan.tokens;
    let k = (ref.extent ?? ref.span ?? ref.unit).end;
    while (k < tokens.length && tokens[k]!.sentence === ref.sentence && !VERB_POS.has(tokens[k]!.pos)) k++;
    return k;
  }

  // ---- Codes

  private refAt(unit: Unit): Ref | null {
    const token = this.scan.tokens[unit.first]!;
    return this.sentenceRefs[token.sentence]?.find((r) => r.unit === unit) ?? null;
  }

  private entityCode(unit: EntityUnit): Coded {
    const entry = unit.entry;
    let coded = this.entryCodes.get(entry);
    if (coded === undefined) {
      const resolved = this.scan.dictionary.resolveCode(entry, this.date);
      coded = entry.kind === 'state' ? { code: entry.code, country: entry.code, agent: null } : { code: resolved.code, country: resolved.country, agent: resolved.agent };
      this.entryCodes.set(entry, coded);
    }
    return coded;
  }

  /** The code a reference stands for, whether or not it is a mention itself. */
  private code(ref: Ref): Coded | null {
    if (this.codes.has(ref)) return this.codes.get(ref)!;
    let coded: Coded | null;
    if (ref.unit.kind === 'entity') coded = this.entityCode(ref.unit);
    else if (ref.unit.kind === 'role' && ref.span === null) coded = this.describedCode(ref);
    else {
      const draft = this.actor(ref);
      coded = draft === null ? null : { code: draft.code, country: draft.country, agent: draft.agent };
    }
    this.codes.set(ref, coded);
    return coded;
  }

  private descriptionCountry(description: Description): string | null {
    for (const affiliation of description.affiliations) {
      const coded = this.code(affiliation);
      if (coded?.country) return coded.country;
    }
    return null;
  }

  /**
   * Code from a reference's descriptions: an organisation it belongs to gives its whole code; else a state
   * or a person's country, with the role's agent ("former" makes it ELI, "counterpart" borrows the agent
   * of the other person in the sentence).
   */
  private describedCode(ref: Ref): Coded | null {
    let organisation: Coded | null = null;
    let country: string | null = null;
    let personAgent: string | null = null;
    let agent: string | null = null;
    let former = false;
    for (const description of ref.descriptions) {
      let affiliated = false;
      for (const affiliation of description.affiliations) {
        const coded = this.code(affiliation);
        if (coded === null) continue;
        affiliated = true;
        const unit = affiliation.unit;
        const person = (unit.kind === 'entity' && unit.entry.kind === 'person') || (unit.kind === 'name' && unit.shape === 'person');
        const state = unit.kind === 'entity' && unit.entry.kind === 'state';
        // A capital speaks for its government ("Kremlin spokesman") but only locates other bodies ("Cairo University").
        const place = unit.kind === 'entity' && unit.entry.kind === 'seat' && description.agent !== null && description.agent !== 'GOV';
        if (person) {
          country ??= coded.country;
          personAgent ??= coded.agent;
        } else if (state || place) country ??= coded.country;
        else if (coded.agent !== null) organisation ??= coded;
        else country ??= coded.country;
      }
      if (description.relational) agent ??= this.counterpartAgent(ref);
      else if (!description.ambiguous || affiliated) agent ??= description.agent;
      former ||= description.former;
    }
    if (organisation !== null) return organisation;
    return compose(country, former ? 'ELI' : (agent ?? personAgent));
  }

  /** "his Chinese counterpart": the agent of the nearest person before it in the sentence. */
  private counterpartAgent(ref: Ref): string | null {
    const refs = this.sentenceRefs[ref.sentence] ?? NONE;
    for (let k = refs.length - 1; k >= 0; k--) {
      const other = refs[k]!;
      if (other === ref || other.unit.first >= ref.unit.first) continue;
      const unit = other.unit;
      const person = (unit.kind === 'entity' && unit.entry.kind === 'person') || (unit.kind === 'name' && unit.shape === 'person');
      if (person) return this.code(other)?.agent ?? null;
    }
    return null;
  }

  // ---- Output

  private output(): Actor[] {
    const drafts = this.drafts.filter((d) => d.mentions.length > 0);
    drafts.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    return drafts.map((draft, i) => {
      const mentions = draft.mentions.sort((a, b) => a.start - b.start).map(({ token: _, ...mention }) => mention);
      // People are named by a full name as written; a surname or a title alone leaves the dictionary's name.
      // Text in capitals ("ABBAS ARAGHCHI") leaves the dictionary's spelling too.
      const names = draft.names.filter((n) => (draft.kind !== 'person' || /\s/.test(n)) && (draft.entry === null || /\p{Ll}/u.test(n)));
      const name = names.reduce<string | null>((best, n) => (best === null || n.length > best.length ? n : best), null) ?? draft.fallbackName;
      return {
        id: `a${i + 1}`,
        name,
        code: draft.code,
        country: draft.country,
        agent: draft.agent,
        kind: draft.kind,
        roles: draft.roles,
        mentions,
        dictionaryId: draft.entry?.id ?? null,
        ...(draft.entry?.kind === 'seat' ? { seat: true as const } : {}),
      };
    });
  }
}

/** Token index of the draft's last mention before `before`, or -1. */
function lastMentionBefore(draft: Draft, before: number): number {
  let at = -1;
  for (const mention of draft.mentions) if (mention.token < before && mention.token > at) at = mention.token;
  return at;
}
