// Sources: what a speaker's phrase refers to (a named person, organisation, outlet, document or an
// anonymous source), the actor it is, and back-references ("he", "the officials") to earlier ones.
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Actor, Source, Span } from '../types.ts';
import type { Doc, TokenRange } from './doc.ts';
import {
  agentWords,
  bareName,
  anonymousNouns,
  definiteDeterminers,
  documentNouns,
  numberWords,
  organisationWords,
  outletWords,
  participleHolders,
  places,
  pluralNouns,
  vagueQuantities,
} from './lexicon.ts';
import { headOf, isRelativePronoun, PREDICATE, phraseEndingAt, phraseStartingAt, pronounOf, properName } from './phrases.ts';

countries.registerLocale(english);
/** Country codes of names already looked up: i18n-iso-countries searches its whole list each time. */
const placeCodes = new Map<string, string | null>();
const PLACE_CACHE_SIZE = 20_000;

export type SourceKind = Source['kind'];

export interface Entity {
  source: Source;
  /** Can be "he" or "she". */
  person: boolean;
  /** Can be "they". */
  plural: boolean;
  /** Lemma of the head noun, for "the officials" after "U.S. officials". */
  head: string;
}

/** A mention that "he", "they" or "it" can refer back to: a source, or a person actor not yet a source. */
type Mention = { offset: number; entity: Entity; actor?: never } | { offset: number; actor: Actor; entity?: never };

/** What a back-reference can test about a candidate antecedent. */
interface Profile {
  person: boolean;
  plural: boolean;
  head: string;
  kind: SourceKind;
  name: string;
  /** The actor the source is, if any. */
  actor: string | null;
}

const profileOf = (e: Entity): Profile => ({ person: e.person, plural: e.plural, head: e.head, kind: e.source.kind, name: e.source.name, actor: e.source.actor });
const actorProfile = (a: Actor): Profile => ({ person: true, plural: false, head: a.name.toLowerCase(), kind: 'named_person', name: a.name, actor: a.id });
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export class SourceRegistry {
  private readonly doc: Doc;
  private readonly actors: readonly Actor[];
  private readonly entities = new Map<string, Entity>();
  /** Mentions that "he", "they" or "it" can refer back to, in text order. */
  private readonly mentions: Mention[] = [];

  /** `quoted`: spans of direct quotes, whose names are not antecedents for the narrative's pronouns. */
  constructor(doc: Doc, actors: readonly Actor[], quoted: readonly Span[]) {
    this.doc = doc;
    this.actors = actors;
    for (const actor of actors) {
      if (actor.kind !== 'person') continue;
      for (const m of actor.mentions) if (!quoted.some((q) => overlaps(q, m))) this.mentions.push({ offset: m.start, actor });
    }
    this.mentions.sort((a, b) => a.offset - b.offset);
  }

  sources(): Source[] {
    return [...this.entities.values()].map((e) => e.source);
  }

  /** The entity a speaker's phrase refers to; null for the author ("we") and for what cannot be a source. */
  resolve(phrase: TokenRange, options: { outletCue?: boolean; name?: string } = {}): Entity | null {
    const doc = this.doc;
    const offset = doc.tokens[phrase.first]!.start;
    const reference = pronounOf(doc, phrase);
    if (reference === 'author') return null;
    if (reference === 'antecedent') {
      // "Rubio, who …", "voters who …", or a demonstrative standing alone: "those who …"
      const before = doc.key(phrase.first - 1) === ',' ? phrase.first - 2 : phrase.first - 1;
      const antecedent = phraseEndingAt(doc, before, 0) ?? (participleHolders.has(doc.key(before)) ? { first: before, end: before + 1 } : null);
      if (antecedent) return this.resolve(antecedent, options);
      // "a party that was founded …, and which …": a relative after a conjunction shares the antecedent of the one before.
      if (doc.pos(phrase.first - 1) !== 'CCONJ') return null;
      const { first: floor } = doc.range(doc.tokens[phrase.first]!.sentence);
      for (let i = phrase.first - 2; i >= floor; i--) if (isRelativePronoun(doc, i)) return this.resolve({ first: i, end: i + 1 }, options);
      return null;
    }
    const resolved =
      reference === 'person'
        ? this.latest(offset, (e) => e.person)
        : reference === 'group'
          ? this.latest(offset, (e) => e.plural)
          : reference === 'organisation'
            ? (this.sentenceSubject(phrase) ?? this.latest(offset, (e) => e.kind !== 'named_person' && e.kind !== 'anonymous'))
            : this.backReference(phrase, offset);
    const entity = resolved ?? this.entityFor(phrase, options);
    this.mentions.push({ offset, entity });
    this.mentions.sort((a, b) => a.offset - b.offset);
    return entity;
  }

  /**
   * "it" later in the sentence whose subject is a state or body: that subject ("The Philippines summoned the
   * envoy to protest what it called …"), not a state named on the way.
   */
  private sentenceSubject(pronoun: TokenRange): Entity | null {
    const doc = this.doc;
    const { first } = doc.range(doc.tokens[pronoun.first]!.sentence);
    const subject = first < pronoun.first ? phraseStartingAt(doc, first, pronoun.first) : null;
    const actor = subject && PREDICATE.has(doc.pos(subject.end)) ? this.actorFor(subject) : null;
    return actor && (actor.kind === 'state' || actor.kind === 'organisation') ? this.entityForActor(actor) : null;
  }

  /** An outlet someone spoke to ("told the New York Times"); null for any other listener. */
  outlet(phrase: TokenRange): Entity | null {
    const actor = this.actorFor(phrase);
    const kind = this.kindOf(phrase, actor, false);
    return kind === 'outlet' ? this.resolve(phrase) : null;
  }

  /** The most recent mention before `offset` that fits. */
  private latest(offset: number, fits: (profile: Profile) => boolean): Entity | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i]!;
      if (mention.offset >= offset) continue;
      if (mention.entity && fits(profileOf(mention.entity))) return mention.entity;
      if (mention.actor && fits(actorProfile(mention.actor))) return this.entityForActor(mention.actor);
    }
    return null;
  }

  /** "the officials", "the source", "the newspaper": the latest source with that head noun (or of that kind). */
  private backReference(phrase: TokenRange, offset: number): Entity | null {
    const doc = this.doc;
    if (!definiteDeterminers.has(doc.key(phrase.first))) return null;
    const head = headOf(doc, phrase);
    if (head !== phrase.end - 1 || doc.pos(head) !== 'NOUN') return null;
    for (let i = phrase.first + 1; i < head; i++) if (doc.pos(i) !== 'ADJ') return null;
    const lemma = this.lemma(head);
    // "the French foreign ministry" after Niger's "foreign ministry": a phrase that is an actor refers back only to that actor.
    const actor = this.actorFor(phrase);
    const same = (e: Profile) => actor === null || e.actor === actor.id;
    if (outletWords.nouns.has(lemma)) return this.latest(offset, (e) => e.kind === 'outlet' && same(e));
    return this.latest(offset, (e) => (e.head === lemma || (e.kind === 'organisation' && e.name.toLowerCase().includes(lemma))) && same(e));
  }

  private lemma(index: number): string {
    return this.doc.tokens[index]!.lemma.toLowerCase();
  }

  private entityForActor(actor: Actor): Entity {
    const key = `actor:${actor.id}`;
    const known = this.entities.get(key);
    if (known) return known;
    const kind: SourceKind = actor.kind === 'media' ? 'outlet' : actor.kind === 'person' ? 'named_person' : 'organisation';
    return this.add(key, {
      source: this.source(actor.name, kind, actor.id, null, actor.code),
      person: kind === 'named_person',
      plural: false,
      head: actor.name.toLowerCase(),
    });
  }

  private entityFor(phrase: TokenRange, options: { outletCue?: boolean; name?: string }): Entity {
    const doc = this.doc;
    const actor = this.actorFor(phrase, options.name);
    const kind = this.kindOf(phrase, actor, options.outletCue ?? false);
    // An actor for unnamed officials or a document ("U.S. officials") links the source but does not name it.
    if (actor && kind !== 'anonymous' && kind !== 'document') return this.entityForActor(actor);
    const head = headOf(doc, phrase);
    const name = options.name ?? this.nameOf(phrase, kind);
    const lower = name.toLowerCase();
    // A surname alone refers to the person named in full before ("Vaez" after "Ali Vaez").
    const surnameOf = kind === 'named_person' && !lower.includes(' ') ? [...this.entities.values()].find((e) => e.person && e.source.name.toLowerCase().endsWith(` ${lower}`)) : undefined;
    if (surnameOf) return surnameOf;
    const key = actor ? `actor:${actor.id}` : `${kind}:${bareName(name)}`;
    const known = this.entities.get(key);
    if (known) return known;
    const plural = doc.key(head) !== this.lemma(head) || pluralNouns.has(doc.key(head));
    const anonymous = kind === 'anonymous';
    const affiliation = anonymous ? (this.affiliation(phrase, head) ?? actor?.code ?? null) : null;
    return this.add(key, {
      source: this.source(name, kind, actor?.id ?? null, anonymous ? this.count(phrase, head, plural) : null, affiliation),
      person: kind === 'named_person',
      plural: anonymous && plural,
      head: this.lemma(head),
    });
  }

  private add(key: string, entity: Entity): Entity {
    this.entities.set(key, entity);
    return entity;
  }

  private source(name: string, kind: SourceKind, actor: string | null, count: number | null, affiliation: string | null): Source {
    return { id: `s${this.entities.size + 1}`, name, kind, actor, count, reliesOn: [], affiliation, nonAnswer: false };
  }

  /** The actor whose mention covers the phrase's head (or proper name), else one named the same. */
  private actorFor(phrase: TokenRange, name?: string): Actor | null {
    const doc = this.doc;
    const head = headOf(doc, phrase);
    const proper = properName(doc, phrase);
    const span = proper ? { start: doc.start(proper), end: doc.end(proper) } : { start: doc.tokens[head]!.start, end: doc.tokens[head]!.end };
    const covering = this.actors.find((a) => a.mentions.some((m) => overlaps(m, span)));
    if (covering) return covering;
    if (!proper && !name) return null;
    const wanted = (name ?? doc.slice(proper!)).toLowerCase();
    return (
      this.actors.find((a) => {
        const names = [a.name, ...a.mentions.map((m) => m.text)].map((n) => n.toLowerCase());
        return names.includes(wanted) || (a.kind === 'person' && names.some((n) => n.endsWith(` ${wanted}`)));
      }) ?? null
    );
  }

  private kindOf(phrase: TokenRange, actor: Actor | null, outletCue: boolean): SourceKind {
    if (actor?.kind === 'media') return 'outlet';
    const doc = this.doc;
    const head = headOf(doc, phrase);
    // A person the phrase only describes ("a senior U.S. official, who asked not to be named") is no named source.
    if (actor?.kind === 'person') return anonymousNouns.has(this.lemma(head)) ? 'anonymous' : 'named_person';
    // Other actors are organisations, unless the phrase names no one ("U.S. officials", "the report").
    if (actor) {
      const lemma = this.lemma(head);
      if (properName(doc, phrase)) return 'organisation';
      return anonymousNouns.has(lemma) ? 'anonymous' : documentNouns.has(lemma) ? 'document' : 'organisation';
    }
    const reference = pronounOf(doc, phrase);
    if (reference) return reference === 'person' ? 'named_person' : reference === 'group' ? 'anonymous' : 'organisation';
    const proper = properName(doc, phrase);
    // "Officials in Manila said": a source noun capitalised only because it opens the sentence names no one.
    const opening = proper !== null && proper.end - proper.first === 1 && doc.tokens[proper.first - 1]?.sentence !== doc.tokens[proper.first]!.sentence;
    if (opening && doc.lemmas(proper.first).some((lemma) => anonymousNouns.has(lemma))) return 'anonymous';
    if (proper) {
      const name = bareName(doc.slice(proper));
      const last = doc.key(proper.end - 1);
      if (outletWords.names.has(name) || outletWords.nameWords.has(last)) return 'outlet';
      if (outletCue && definiteDeterminers.has(doc.key(phrase.first))) return 'outlet';
      if (organisationWords.names.has(name) || organisationWords.nameWords.has(last) || this.place(name)) return 'organisation';
      return 'named_person';
    }
    const lemma = this.lemma(head);
    // "Some told reporters …", "others dismissed …": a quantity standing for unnamed people.
    if (anonymousNouns.has(lemma) || anonymousNouns.has(doc.key(head)) || (phrase.end - phrase.first === 1 && vagueQuantities.has(doc.key(head)))) return 'anonymous';
    if (documentNouns.has(lemma)) return 'document';
    if (outletWords.nouns.has(lemma)) return 'outlet';
    return 'organisation';
  }

  private nameOf(phrase: TokenRange, kind: SourceKind): string {
    const doc = this.doc;
    const proper = properName(doc, phrase);
    if (proper && kind !== 'anonymous') {
      const first = definiteDeterminers.has(doc.key(proper.first)) && proper.end > proper.first + 1 ? proper.first + 1 : proper.first;
      return doc.slice({ first, end: proper.end });
    }
    return doc.slice(phrase);
  }

  /** "two Iranian sources" → 2; "a senior official" → 1; "several officials" and "officials" → null. */
  private count(phrase: TokenRange, head: number, plural: boolean): number | null {
    const doc = this.doc;
    let count: number | null = plural ? null : 1;
    for (let i = phrase.first; i < head; i++) {
      const key = doc.key(i);
      if (vagueQuantities.has(key)) return null;
      const value = /^\d+$/.test(key) ? Number(key) : numberWords.get(key);
      if (value !== undefined) count = value;
    }
    return count;
  }

  /** Country (and agent) of an anonymous source: "U.S. officials" → USAGOV, "two Iranian sources" → IRN. */
  private affiliation(phrase: TokenRange, head: number): string | null {
    const doc = this.doc;
    let agent = anonymousNouns.get(this.lemma(head)) ?? null;
    let country: string | null = null;
    const words: string[] = [];
    for (let i = phrase.first; i < phrase.end; i++) if (i !== head && doc.pos(i) !== 'PART') words.push(doc.key(i));
    for (let i = 0; i < words.length; i++) {
      for (const key of [`${words[i]} ${words[i + 1] ?? ''}`.trim(), words[i]!]) {
        country ??= places.get(key) ?? null;
        agent = agentWords.get(key) ?? agent;
      }
    }
    for (let i = phrase.first; i < phrase.end && !country; i++) {
      if (i === head) continue;
      const token = doc.tokens[i]!;
      const actor = this.actors.find((a) => a.country && a.mentions.some((m) => overlaps(m, token)));
      if (actor) return actor.code.length > 3 || !agent ? actor.code : `${actor.code}${agent}`;
      country = this.place(token.text);
    }
    if (!country) return null;
    return country.length === 3 ? `${country}${agent ?? ''}` : country;
  }

  private place(name: string): string | null {
    const known = placeCodes.get(name);
    if (known !== undefined) return known;
    const code = places.get(name.toLowerCase()) ?? countries.getAlpha3Code(name, 'en') ?? null;
    if (placeCodes.size >= PLACE_CACHE_SIZE) placeCodes.clear();
    placeCodes.set(name, code);
    return code;
  }
}
