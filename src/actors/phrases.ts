// Groups a sentence's units into noun phrases and reads them: which words refer to an actor, and which
// describe one ("Trump communications director Steven Cheung", "Ali Vaez, senior adviser at Crisis Group").
import type { Token } from '../language/types.ts';
import { lexicon } from './lexicon.ts';
import { capitalised, isDash, singleSpaced, spaced } from './surface.ts';
import type { EntityUnit, NameUnit, PatternUnit, RoleUnit, Scan, Unit } from './units.ts';

export type RefUnit = EntityUnit | NameUnit | PatternUnit | RoleUnit;

/** Words that refer to an actor, or that only modify one ("Iranian" in "Iranian officials"). */
export interface Ref {
  unit: RefUnit;
  sentence: number;
  /** Token span of the mention, or null when the words only modify another phrase. */
  span: { first: number; end: number } | null;
  /** What the surrounding words say about the actor: titles, roles, appositives. */
  descriptions: Description[];
  /** A role phrase set beside a name ("the supreme leader, Ayatollah Ali Khamenei"): it names that person. */
  apposedTo: Ref | null;
  /** A place rather than an actor ("in Washington", "returns to the White House"). */
  locative: boolean;
  /** A dictionary name after a locative preposition ("in Amman", "in Iraq"): where the sentence is set. */
  placed: boolean;
  /** Next to a verb of speech ("said Vaez"). */
  speech: boolean;
  /** Has "the" or a possessor in front ("the president-elect", "North Korea's leader"). */
  definite: boolean;
  /** For a role phrase: its words from the first possessor or modifier to the head ("Iran's leadership"). */
  extent: { first: number; end: number } | null;
  /** For a demonym coordinated before a role ("Indian" in "Indian and Pakistani troops"): the role words it shares. */
  sharedRole: { first: number; end: number } | null;
}

/** An adjective or participle before a place: "northern", "disputed", "occupied". */
function describesPlace(token: Token): boolean {
  return token.pos === 'ADJ' || (token.pos === 'VERB' && /^\p{Ll}.*ed$/u.test(token.text));
}

export interface Description {
  /** The role as written, for Actor.roles ("ambassador to the United Nations"); empty for bare modifiers. */
  text: string;
  /** Role words in lower case, without determiners and phrases after the head ("supreme leader"). */
  key: string;
  agent: string | null;
  /** The only role nouns also have an everyday sense ("leader"): the description needs an affiliation. */
  ambiguous: boolean;
  former: boolean;
  /** "counterpart": takes its agent from another person in the sentence. */
  relational: boolean;
  /** Only a courtesy title ("Mr.", "Sheikh"). */
  courtesy: boolean;
  /** States, organisations and people the role belongs to, nearest first; never where an envoy is posted. */
  affiliations: Ref[];
}

interface Phrase {
  /** Unit indexes [first, end) including prepositional phrases. */
  first: number;
  end: number;
  det: Token | null;
  body: Unit[];
  pps: { prep: Token; phrase: Phrase }[];
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const BODY_START_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const PP_PREPOSITIONS = new Set(['to', 'of', 'for', 'at', 'in', 'with', 'from', 'on']);
// Prepositions that tie a role to whom it serves: "adviser to", "spokeswoman for", "fellow at", "leader of".
const AFFILIATING = new Set(['to', 'of', 'for', 'at', 'with', 'from']);
const DATELINE_AFTER = new Set([',', '/', '(', '-', '—', '–']);
const CLOSERS = new Set([',', '.', ';', ':', ')', '—', '–', '”', '"', '?', '!']);

function tokenOf(unit: Unit | undefined): Token | null {
  return unit?.kind === 'token' ? unit.token : null;
}

/**
 * A noun phrase starting at unit `u`, or null. A role takes prepositional phrases ("ambassador to the
 * United Nations"); so does any noun right after a comma, where it may describe a name ("a fellow at X").
 */
function parsePhrase(scan: Scan, units: Unit[], u: number, afterComma: boolean): Phrase | null {
  const { tokens } = scan;
  let i = u;
  let det: Token | null = null;
  while (i < units.length) {
    const token = tokenOf(units[i]);
    if (token === null || !(DETERMINERS.has(token.norm) || token.pos === 'NUM')) break;
    det ??= token;
    i++;
  }
  // Most words start no noun phrase: no need to make one.
  const start = units[i];
  if (start === undefined || (start.kind === 'token' && !BODY_START_POS.has(start.token.pos))) return null;
  const body: Unit[] = [];
  let nominal = false;
  while (i < units.length) {
    const unit = units[i]!;
    if (unit.kind !== 'token') {
      body.push(unit);
      i++;
      // "'s" closes the possessor; a new noun phrase may follow, adjectives first.
      if (unit.possessive) i++;
      nominal = !unit.possessive;
      continue;
    }
    const token = unit.token;
    // "Hungarian and Romanian officials": coordinated demonyms share the head that follows them.
    if (token.norm === 'and' && isDemonym(body.at(-1)) && isDemonym(units[i + 1])) {
      body.push(unit);
      i++;
      continue;
    }
    const glued = body.length > 0 && !spaced(tokens, token.index) && (isDash(token) || isDash(tokens[token.index - 1]!));
    if (!glued && body.at(-1)?.kind === 'role' && mistaggedVerb(tokens, token)) break;
    if (glued || token.pos === 'NOUN' || token.pos === 'PROPN' || (token.pos === 'ADJ' && !nominal)) {
      body.push(unit);
      nominal = token.pos === 'NOUN' || token.pos === 'PROPN';
      i++;
      continue;
    }
    break;
  }
  if (body.length === 0) return null;
  const phrase: Phrase = { first: u, end: i, det, body, pps: [] };
  const head = lastUnit(body);
  if (head?.kind === 'role' || (afterComma && head === null && tokenOf(body.at(-1))?.pos === 'NOUN')) {
    while (phrase.end < units.length) {
      const prep = tokenOf(units[phrase.end]);
      if (prep === null || prep.pos !== 'ADP' || !PP_PREPOSITIONS.has(prep.norm)) break;
      const object = parsePhrase(scan, units, phrase.end + 1, false);
      // The object must name someone: a name or role at its head, or a possessor ("the parliament's committee").
      const named = object !== null && (lastUnit(object.body) !== null || object.body.some((v) => v.kind !== 'token' && v.possessive));
      if (!named) break;
      phrase.pps.push({ prep, phrase: object });
      phrase.end = object.end;
    }
  }
  return phrase;
}

/** Is `prep` the "at" of a verb of aiming a few words before it in its clause ("fired tear gas at", "launched drones at")? */
export function aimedAt(tokens: readonly Token[], prep: Token): boolean {
  if (!lexicon.aimPrepositions.has(prep.norm)) return false;
  for (let k = prep.index - 1; k >= 0 && k >= prep.index - 6 && tokens[k]!.sentence === prep.sentence; k--) {
    // "fired tear gas at": wink may tag a word of the object as a verb, so look past it to the clause's punctuation.
    if (tokens[k]!.pos === 'PUNCT') return false;
    if (tokens[k]!.pos === 'VERB' && lexicon.aimVerbs.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

const OBJECT_OPENING_POS = new Set(['DET', 'NUM', 'PRON']);

/**
 * wink tags some verbs after a role as nouns or adjectives ("Kenyan police shot dead two protesters", "the army
 * rescued 30 children", "troops looted homes"): a regular past form, or a word followed by an object's opener, ends
 * the role's phrase rather than heading it.
 */
function mistaggedVerb(tokens: readonly Token[], token: Token): boolean {
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ') return false;
  if (/[^e]ed$/.test(token.norm) && token.norm.length > 4) return true;
  let next = tokens[token.index + 1];
  if (next?.pos === 'ADJ') next = tokens[token.index + 2];
  return next !== undefined && next.sentence === token.sentence && OBJECT_OPENING_POS.has(next.pos);
}

/** The last non-token unit when it ends the body; null when a plain word heads the phrase. */
function lastUnit(body: Unit[]): Exclude<Unit, { kind: 'token' }> | null {
  const last = body.at(-1);
  return last === undefined || last.kind === 'token' ? null : last;
}

function isDemonym(unit: Unit | undefined): boolean {
  return unit?.kind === 'entity' && unit.form === 'demonym';
}

function isPerson(unit: Unit): boolean {
  return (unit.kind === 'entity' && unit.entry.kind === 'person') || (unit.kind === 'name' && unit.shape === 'person');
}

/** State words used as adjectives ("Iranian officials", "U.S. officials") are part of the phrase, not mentions. */
function attributive(unit: Unit): boolean {
  return unit.kind === 'entity' && (unit.form === 'demonym' || ((unit.entry.kind === 'state' || unit.entry.kind === 'seat') && !unit.possessive));
}

function unitSpan(unit: Unit): { first: number; end: number } {
  return { first: unit.first, end: unit.end };
}

export class SentenceReader {
  readonly refs: Ref[] = [];
  private readonly phrases: { phrase: Phrase; head: Ref | null }[] = [];

  constructor(
    private readonly scan: Scan,
    private readonly units: Unit[],
    private readonly sentence: number,
  ) {}

  read(): Ref[] {
    for (let u = 0; u < this.units.length; ) {
      const phrase = parsePhrase(this.scan, this.units, u, tokenOf(this.units[u - 1])?.text === ',');
      if (phrase === null) {
        u++;
        continue;
      }
      // Plain words without a prepositional phrase ("a strike") refer to no one and describe no one.
      if (phrase.pps.length > 0 || phrase.body.some((unit) => unit.kind !== 'token')) this.phrases.push({ phrase, head: this.readPhrase(phrase, null) });
      u = phrase.end;
    }
    this.linkAppositives();
    this.refs.sort((a, b) => a.unit.first - b.unit.first);
    return this.refs;
  }

  private makeRef(unit: RefUnit, span: { first: number; end: number } | null, prep: Token | null): Ref {
    const ref: Ref = { unit, sentence: this.sentence, span, descriptions: [], apposedTo: null, locative: false, placed: false, speech: false, definite: false, extent: null, sharedRole: null };
    // Only capitals, unknown names and place-like aliases ("in Brussels") read as places; a state or an
    // organisation after "in" is still an actor.
    const placeLike = unit.kind === 'name' || (unit.kind === 'entity' && (unit.entry.kind === 'seat' || (unit.ambiguous && unit.entry.kind !== 'person')));
    const locative = this.isLocative(unit, prep);
    ref.locative = placeLike && (locative || this.isDateline(unit));
    ref.placed = locative && unit.kind === 'entity' && unit.form !== 'demonym' && span !== null;
    ref.speech = this.nearSpeech(unit);
    this.refs.push(ref);
    return ref;
  }

  /** The preposition in front of the words starting at token `first`, past determiners and adjectives ("in disputed Kashmir"). */
  private prepositionBefore(first: number): Token | null {
    const tokens = this.scan.tokens;
    let k = first - 1;
    while (k >= 0 && tokens[k]!.sentence === this.sentence && (DETERMINERS.has(tokens[k]!.norm) || describesPlace(tokens[k]!))) k--;
    const token = k >= 0 ? tokens[k]! : null;
    return token !== null && token.sentence === this.sentence && token.pos === 'ADP' ? token : null;
  }

  /** "CAIRO/JERUSALEM, Jan 15 (Reuters) -": a place in capitals before a comma, slash or bracket. */
  private isDateline(unit: Unit): boolean {
    const tokens = this.scan.tokens;
    const next = tokens[unit.end];
    const written = this.scan.text.slice(tokens[unit.first]!.start, tokens[unit.end - 1]!.end);
    return next !== undefined && DATELINE_AFTER.has(next.text) && written.length > 3 && !/\p{Ll}/u.test(written);
  }

  private isLocative(unit: Unit, prep: Token | null): boolean {
    const before = prep ?? this.prepositionBefore(unit.first);
    if (before === null) return false;
    const tokens = this.scan.tokens;
    // "fired missiles at Kyiv": what a weapon is aimed at is a target, not where things happen.
    if (aimedAt(tokens, before)) return false;
    // "talks between Kigali and Kinshasa": after a word of relations the names are its parties, not where things happen.
    const word = tokens[before.index - 1];
    if (lexicon.partyPrepositions.has(before.norm) && word?.sentence === before.sentence && lexicon.partyWords.has(word.lemma)) return false;
    if (lexicon.locatives.has(before.norm)) return true;
    if (!lexicon.motionPrepositions.has(before.norm)) return false;
    // "returns to the White House": a verb of motion within a few words before the preposition.
    for (let k = before.index - 1; k >= 0 && k >= before.index - 3 && tokens[k]!.sentence === this.sentence; k--) {
      if (lexicon.motionVerbs.has(tokens[k]!.lemma)) return true;
    }
    return false;
  }

  /** The subject of a verb of speech ("Vaez says"), or its inverted subject at the end of a clause ("said Vaez."). */
  private nearSpeech(unit: Unit): boolean {
    if (unit.possessive) return false;
    const tokens = this.scan.tokens;
    if (this.speaks(tokens[unit.end])) return true;
    const after = tokens[unit.end];
    const closes = after === undefined || after.sentence !== this.sentence || (after.pos === 'PUNCT' && CLOSERS.has(after.text));
    return closes && this.speaks(tokens[unit.first - 1]);
  }

  private speaks(token: Token | undefined): boolean {
    return token !== undefined && token.sentence === this.sentence && token.pos === 'VERB' && lexicon.speechVerbs.has(token.lemma);
  }

  /**
   * Reads one phrase; returns the reference its head makes, if any, or with `orPossessor` the last
   * possessor when a plain noun heads it ("of the Ukrainian parliament's foreign affairs committee").
   */
  private readPhrase(phrase: Phrase, prep: Token | null, orPossessor = false): Ref | null {
    const segments: Unit[][] = [[]];
    for (const unit of phrase.body) {
      segments.at(-1)!.push(unit);
      if (unit.kind !== 'token' && unit.possessive) segments.push([]);
    }
    if (segments.at(-1)!.length === 0) segments.pop();
    const possessors: Ref[] = [];
    let head: Ref | null = null;
    segments.forEach((segment, s) => {
      const last = s === segments.length - 1;
      const definite = (s === 0 && phrase.det !== null && DEFINITE.has(phrase.det.norm)) || possessors.length > 0;
      const owned = s === 0 && phrase.det !== null && POSSESSIVE_DETERMINERS.has(phrase.det.norm);
      head = this.readSegment(segment, possessors, definite, last ? phrase.pps : [], s === 0 ? prep : null, owned);
      if (!last && head !== null) possessors.push(head);
    });
    // "Beirut's southern suburbs": a capital owning part of a place is that place, not its government.
    const owned = segments.at(-1)!.at(-1);
    if (owned?.kind === 'token' && lexicon.placeParts.has(owned.token.norm)) {
      for (const possessor of possessors) if (possessor.unit.kind === 'entity' && possessor.unit.entry.kind === 'seat') possessor.locative = true;
    }
    return head ?? (orPossessor ? (possessors.at(-1) ?? null) : null);
  }

  private readSegment(segment: Unit[], possessors: Ref[], definite: boolean, pps: Phrase['pps'], prep: Token | null, owned: boolean): Ref | null {
    let head = lastUnit(segment);
    const last = segment.at(-1)!;
    if (head === null && pps.length > 0 && last.kind === 'token') {
      // "a senior fellow at the Carnegie Endowment": a plain noun with an affiliation reads as a role.
      head = { kind: 'role', first: last.first, end: last.end, possessive: false, agent: null, ambiguous: false, title: null, key: last.token.norm };
      segment = [...segment.slice(0, -1), head];
    }
    if (head === null) {
      // A plain noun heads the phrase ("Iranian sources", "Iran's oil"): every name in it stands alone,
      // except unknown names used as adjectives ("his Truth Social platform"), which are no people.
      for (const unit of segment) {
        if (unit.kind === 'token' || unit.kind === 'role') continue;
        if (unit.kind === 'name' && unit.shape === 'person' && !unit.possessive) continue;
        this.makeRef(unit, unitSpan(unit), prep);
      }
      return null;
    }
    const h = segment.length - 1;
    // Role words right before the head: role units, and nouns or adjectives among them ("communications director").
    let r = h;
    while (r > 0) {
      const unit = segment[r - 1]!;
      const word = unit.kind === 'role' || (unit.kind === 'token' && (unit.token.pos === 'NOUN' || unit.token.pos === 'ADJ' || unit.token.pos === 'PROPN'));
      if (!word) break;
      r--;
    }
    const roleUnits = segment.slice(r, head.kind === 'role' ? h + 1 : h);
    const modifiers = segment.slice(0, r);
    const personHead = isPerson(head);

    if (head.kind === 'role' || personHead) {
      const { description, absorbed } = this.describe(roleUnits, modifiers, possessors, pps, owned);
      if (head.kind === 'role') {
        // The mention runs from the role words back over the modifiers it absorbs ("Iranian UN ambassador"),
        // stopping at any that is a mention of its own ("Hamas fighters").
        let from: Unit = roleUnits[0] ?? head;
        for (let k = modifiers.length - 1; k >= 0; k--) {
          const modifier = modifiers[k]!;
          if (modifier.kind === 'token') {
            if (modifier.token.norm === 'and') break;
            continue;
          }
          if (!absorbed.has(modifier)) break;
          from = modifier;
        }
        const ref = this.makeRef(head, { first: from.first, end: head.end }, prep);
        ref.definite = definite;
        ref.descriptions.push(description);
        this.coordinated(segment, head, description, { first: roleUnits[0]?.first ?? head.first, end: head.end });
        // After coordinated demonyms the phrase is the last one's ("Pakistani troops"), the others being groups of their own.
        const coordination = modifiers.some((m) => tokenOf(m)?.norm === 'and');
        const start = coordination ? from : (possessors[0]?.unit ?? modifiers.find((m) => m.kind !== 'token') ?? from);
        ref.extent = { first: start.first, end: head.end };
        return ref;
      }
      // Titles written with a bare name belong to its mention ("Mr. Trump", "Supreme Leader Ayatollah Ali Khamenei");
      // after a modifier they describe it ("Revolutionary Guards General Qassim Suleimani").
      let first = head.first;
      if (modifiers.every((m) => m.kind === 'token') && possessors.length === 0) {
        for (let k = roleUnits.length - 1; k >= 0; k--) {
          const unit = roleUnits[k]!;
          if (unit.kind !== 'role' || unit.title === null || !capitalised(this.scan.tokens[unit.first]!.text)) break;
          first = unit.first;
        }
      }
      const ref = this.makeRef(head, { first, end: head.end }, prep);
      ref.definite = definite;
      if (description.text !== '' || description.affiliations.length > 0 || description.courtesy) ref.descriptions.push(description);
      return ref;
    }

    // A name, organisation, state or pattern heads the phrase; words in front of an unknown organisation give its country.
    const ref = this.makeRef(head, unitSpan(head), prep);
    ref.definite = definite;
    if (head.kind === 'name' && head.shape !== 'person') {
      const { description } = this.describe(roleUnits, modifiers, possessors, [], owned);
      if (description.affiliations.length > 0 || description.agent !== null) ref.descriptions.push(description);
    } else {
      for (const unit of modifiers) if (unit.kind !== 'token' && unit.kind !== 'role') this.makeRef(unit, unitSpan(unit), prep);
    }
    return ref;
  }

  /**
   * "Hungarian and Romanian officials": each demonym before "and" is a group of its own with the same role,
   * mentioned by the demonym ("Hungarian" → HUNGOV beside "Romanian officials" → ROUGOV).
   */
  private coordinated(segment: Unit[], head: RoleUnit, description: Description, sharedRole: { first: number; end: number }): void {
    for (let k = 0; k + 2 < segment.length; k++) {
      const unit = segment[k]!;
      if (!isDemonym(unit) || tokenOf(segment[k + 1])?.norm !== 'and') continue;
      const own = description.affiliations.find((a) => a.unit === unit);
      if (own === undefined) continue;
      const ref = this.makeRef(head, unitSpan(unit), null);
      ref.sharedRole = sharedRole;
      ref.descriptions.push({ ...description, affiliations: [own] });
    }
  }

  /**
   * Reads role words and what qualifies them into a description; names among the modifiers become
   * references, and those that are no mention of their own (state adjectives, postings) are `absorbed`.
   */
  private describe(roleUnits: Unit[], modifiers: Unit[], possessors: Ref[], pps: Phrase['pps'], owned: boolean): { description: Description; absorbed: Set<Unit> } {
    const { tokens, text } = this.scan;
    const roleWords = roleUnits.filter((u) => !(u.kind === 'role' && u.title !== null && u.agent === null));
    const roles = roleUnits.filter((u): u is RoleUnit => u.kind === 'role');
    const keyWords = roleWords.map((u) => (u.kind === 'role' ? u.key : tokens[u.first]!.norm));
    const key = keyWords.join(' ');
    const agentUnit = roles.find((u) => u.agent !== null);
    const relational = roles.some((u) => lexicon.relational.has(u.key));
    const posting = roles.some((u) => lexicon.postings.has(u.key) || lexicon.postings.has(u.key.split(' ').at(-1)!));
    const former = modifiers.some((u) => u.kind === 'token' && lexicon.former.has(u.token.norm)) || roleUnits.some((u) => u.kind === 'token' && lexicon.former.has(u.token.norm));

    const affiliations: Ref[] = [];
    // Modifiers nearest the role first. An envoy's nearest organisation is the posting, neither an
    // affiliation nor a mention: "Iran's UN ambassador" → UN (posting), Iran.
    const absorbed = new Set<Unit>();
    let next: Ref | null = null;
    let postedTo: Ref | null = null;
    for (let k = modifiers.length - 1; k >= 0; k--) {
      const unit = modifiers[k]!;
      if (unit.kind === 'token' || unit.kind === 'role') continue;
      const stateWord = attributive(unit);
      const isPosting = posting && absorbed.size === 0 && !stateWord && !isPerson(unit) && affiliations.length === 0;
      if (stateWord || isPosting) absorbed.add(unit);
      const ref = this.makeRef(unit, stateWord || isPosting ? null : unitSpan(unit), null);
      if (isPosting) postedTo = ref;
      else affiliations.push(ref);
      // "French National Assembly president Fabius": the state word is the body's, which the dictionary lacks.
      if (stateWord && next !== null && next.unit.kind === 'name' && next.unit.first === unit.end && !isPerson(next.unit)) {
        next.descriptions.push({ text: '', key: '', agent: null, ambiguous: false, former: false, relational: false, courtesy: false, affiliations: [ref] });
      }
      next = ref;
    }
    affiliations.push(...[...possessors].reverse());
    // With no one else to serve, the body a posting names is its employer: "the UN envoy for Sudan".
    if (affiliations.length === 0 && postedTo !== null) affiliations.push(postedTo);
    // Nouns alone are no role ("his son Matan"): a role needs a role noun, a title or a relational word.
    let roleText = roleWords.some((u) => u.kind === 'role') ? text.slice(tokens[roleWords[0]!.first]!.start, tokens[roleWords.at(-1)!.end - 1]!.end) : '';
    for (const { prep, phrase } of pps) {
      const object = this.readPhrase(phrase, prep, true);
      if (object === null) continue;
      if (object.locative) continue;
      // "recalled its ambassador from Niamey": a posting a pronoun owns comes from where it served, not from whom it serves.
      if (posting && (lexicon.postingPrepositions.has(prep.norm) || (owned && lexicon.ownedPostingPrepositions.has(prep.norm)))) {
        // "Iran's ambassador to the United Nations", "the UN envoy for Sudan": where the envoy is posted, not an actor of the sentence;
        // an envoy no name owns ("recalled its ambassador to Israel") leaves the state an actor.
        if (affiliations.length === 0) continue;
        object.span = null;
      } else if (AFFILIATING.has(prep.norm)) affiliations.push(object);
      else continue;
      const last = this.units[phrase.end - 1]!;
      roleText += ` ${prep.text} ${text.slice(tokens[this.units[phrase.first]!.first]!.start, tokens[last.end - 1]!.end)}`;
    }
    const description: Description = {
      text: singleSpaced(roleText),
      key,
      agent: agentUnit?.agent ?? null,
      ambiguous: roles.length > 0 && roles.every((u) => u.ambiguous),
      former,
      relational,
      courtesy: roles.length > 0 && roles.every((u) => u.title !== null && u.agent === null),
      affiliations,
    };
    return { description, absorbed };
  }

  /** "Name, role phrase," and "role phrase, Name,": the role phrase describes the named person. */
  private linkAppositives(): void {
    for (let p = 0; p + 1 < this.phrases.length; p++) {
      const a = this.phrases[p]!;
      const b = this.phrases[p + 1]!;
      const comma = tokenOf(this.units[a.phrase.end]);
      if (comma?.text !== ',' || b.phrase.first !== a.phrase.end + 1 || a.head === null || b.head === null) continue;
      if (!this.closes(b.phrase.end)) continue;
      const aPerson = isPerson(a.head.unit);
      const bPerson = isPerson(b.head.unit);
      // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,": capitalised words after "the" are a title, not a second name.
      const bTitle = b.head.unit.kind === 'name' && b.head.definite && b.head.descriptions.length > 0;
      if (aPerson && (b.head.unit.kind === 'role' || bTitle)) {
        a.head.descriptions.push(...b.head.descriptions);
        b.head.span = null;
      } else if (bPerson && a.head.unit.kind === 'role') {
        b.head.descriptions.push(...a.head.descriptions);
        a.head.apposedTo = b.head;
        // The role phrase names the person: its head word is a mention of them ("approved by the supreme leader").
        a.head.span = { first: a.head.unit.first, end: a.head.unit.end };
      }
    }
  }

  /** The unit at this index ends a phrase: punctuation that closes it, or the end of the sentence. */
  private closes(unitIndex: number): boolean {
    const next = this.units[unitIndex];
    return next === undefined || (next.kind === 'token' && next.token.pos === 'PUNCT' && CLOSERS.has(next.token.text));
  }
}
