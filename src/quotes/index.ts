// The quotes stage: who said what on whose authority, who would not say, and where the author speaks.
import type { LanguageLayer } from '../language/types.ts';
import type { Actor, ArticleMeta, NonAnswer, Quote, Source, SourcingProfile, Span, Stance, VoiceMarker } from '../types.ts';
import { type Claim, ClaimFinder } from './attribute.ts';
import { Doc, type TokenRange } from './doc.ts';
import { relays } from './lexicon.ts';
import { findQuotedSpans } from './marks.ts';
import { findNonAnswers } from './nonanswers.ts';
import { phraseStartingAt } from './phrases.ts';
import { type Entity, SourceRegistry } from './sources.ts';
import { findStances, type StanceHit } from './stances.ts';
import { findVoice } from './voice.ts';

export interface AttributionResult {
  quotes: Quote[];
  /** Positions, beliefs and intentions, apart from quotes; their holders are among `sources`. */
  stances: Stance[];
  sources: Source[];
  voice: VoiceMarker[];
  nonAnswers: NonAnswer[];
}

const spanOf = (doc: Doc, range: TokenRange): Span => ({ start: doc.start(range), end: doc.end(range) });

export function findAttributions(article: ArticleMeta, language: LanguageLayer, actors: readonly Actor[]): AttributionResult {
  // States and seats named in the article: an attack launched on one is a physical act.
  const places = actors.filter((a) => a.kind === 'state' || a.seat).flatMap((a) => a.mentions);
  const doc = new Doc(article.text, language, places);
  const finder = new ClaimFinder(doc, findQuotedSpans(article.text, language.paragraphs));
  const found = finder.find(article.blockQuotes);
  const tokensOf = (first: number, end: number) => Array.from({ length: Math.max(0, end - first) }, (_, k) => first + k);
  // What stands between a cue and its content is the cue's too: "reiterated his belief that …" is no stance of "his".
  const gaps = found.flatMap((c) => (c.cue && c.cue.range.end <= doc.tokenAt(c.start) ? tokensOf(c.cue.range.end, doc.tokenAt(c.start)) : []));
  // A cue that attributed nothing leaves its words free: "These calls for more troops" is a noun, not "call for" with no caller.
  const read = new Set(found.map((claim) => claim.cue));
  const cueTokens = new Set([...finder.cues.filter((c) => c.speaker || read.has(c)).flatMap((c) => tokensOf(c.range.first, c.range.end)), ...gaps]);
  const nounHits = findStances(doc, finder, (token) => cueTokens.has(token));
  const stanceHits = nounHits.filter((hit): hit is StanceHit & { holder: TokenRange } => hit.holder !== null);
  // A noun held by no one ("allegations that …") attributes its content to no one in particular, as an evidential does.
  const unowned = nounHits
    .filter((hit) => hit.holder === null)
    .map((hit): Claim => ({ kind: 'indirect', ...ownerlessContent(doc, finder, hit.content), sentence: hit.sentence, cue: null, cueSpan: spanOf(doc, hit.cue), speaker: null, speakerName: null, listener: null, continues: null }));
  const claims = [...found, ...unowned].sort((a, b) => a.start - b.start || b.end - a.end);
  const quoted = claims.filter((c) => c.kind === 'direct' || c.kind === 'block');
  const registry = new SourceRegistry(doc, actors, quoted);
  const nonAnswerHits = findNonAnswers(doc, claims);

  // Phrases are resolved in text order so that "he" or "the officials" find what came before.
  const resolved = new Map<string, Entity | null>();
  const resolve = (range: TokenRange, options: { outletCue?: boolean; name?: string } = {}) => {
    const key = `${range.first}:${range.end}`;
    if (!resolved.has(key)) resolved.set(key, registry.resolve(range, options));
    return resolved.get(key) ?? null;
  };
  const steps: { at: number; run: () => void }[] = [];
  const speakers = new Map<Claim, Entity | null>();
  for (const claim of claims) {
    const { speaker, listener } = claim;
    if (speaker && !claim.continues) {
      const options = { outletCue: claim.cue?.entry.outlet, name: claim.speakerName ?? undefined };
      steps.push({ at: doc.tokens[speaker.first]!.start, run: () => speakers.set(claim, resolve(speaker, options)) });
    }
    if (listener) steps.push({ at: doc.tokens[listener.first]!.start, run: () => tellOutlet(claim, listener) });
  }
  const nonAnswers: NonAnswer[] = [];
  for (const hit of nonAnswerHits) {
    steps.push({
      at: doc.tokens[hit.subject.first]!.start,
      run: () => {
        const entity = resolve(hit.subject);
        if (!entity) return;
        entity.source.nonAnswer = true;
        const who = { actor: entity.source.actor, name: entity.source.name };
        nonAnswers.push({ sentence: hit.sentence, ...spanOf(doc, hit.cue), who, cue: doc.slice(hit.cue) });
      },
    });
  }
  const stances: Stance[] = [];
  for (const hit of stanceHits) {
    steps.push({
      at: doc.tokens[hit.holder.first]!.start,
      run: () => {
        const entity = resolve(hit.holder);
        if (!entity) return;
        const cueSpan = spanOf(doc, hit.cue);
        const holder = { actor: entity.source.actor, name: entity.source.name };
        const text = article.text.slice(hit.content.start, hit.content.end);
        stances.push({ id: '', holder, holderSpan: spanOf(doc, hit.holder), cue: doc.slice(hit.cue), cueSpan, sentence: hit.sentence, text, ...hit.content });
      },
    });
  }
  // An outlet told something relies on whoever told it ("two sources told the New York Times").
  const tellOutlet = (claim: Claim, listener: TokenRange) => {
    const outlet = registry.outlet(listener);
    const teller = speakers.get(claim);
    if (outlet && teller && outlet !== teller) relyOn(outlet, teller);
  };
  for (const step of steps.sort((a, b) => a.at - b.at)) step.run();
  for (const claim of claims) if (claim.continues) speakers.set(claim, speakers.get(claim.continues) ?? null);

  linkChains(doc, claims, speakers, resolve, finder);

  const quotes = claims.map((claim, i): Quote => {
    const entity = speakers.get(claim) ?? null;
    return {
      id: `q${i + 1}`,
      kind: claim.kind,
      text: article.text.slice(claim.start, claim.end),
      speaker: entity ? { actor: entity.source.actor, name: entity.source.name } : null,
      cue: claim.cueSpan ? article.text.slice(claim.cueSpan.start, claim.cueSpan.end) : null,
      sentence: claim.sentence,
      start: claim.start,
      end: claim.end,
      cueSpan: claim.cueSpan,
      speakerSpan: claim.speaker && !claim.continues ? spanOf(doc, claim.speaker) : null,
      source: entity?.source.id ?? null,
      ...(claim.cue?.negated ? { negated: true as const } : {}),
    };
  });
  stances.sort((a, b) => a.cueSpan.start - b.cueSpan.start).forEach((stance, i) => {
    stance.id = `t${i + 1}`;
  });
  const attributed = [...claims, ...stances, ...article.blockQuotes.map((b) => b.leadIn)];
  return { quotes, stances, sources: registry.sources(), voice: findVoice(doc, attributed), nonAnswers: nonAnswers.sort((a, b) => a.start - b.start) };
}

/**
 * What an ownerless noun bears on ends where a speaker of its own sentence starts: "warnings that it is
 * running out of cash, and Ms. Acosta said …", "the question of whether …, she said, is …".
 */
function ownerlessContent(doc: Doc, finder: ClaimFinder, content: Span): Span {
  const speakerAt = finder.cues
    .map((cue) => cue.speaker?.first ?? -1)
    .filter((first) => first >= 0 && content.start < doc.tokens[first]!.start && doc.tokens[first]!.start < content.end);
  if (speakerAt.length === 0) return content;
  const first = doc.tokenAt(content.start);
  return finder.content(first, Math.min(...speakerAt), false) ?? content;
}

/** Records that `source` relies on `on`, unless that would close a circle. */
function relyOn(source: Entity, on: Entity): void {
  if (on.source.reliesOn.includes(source.source.id) || source.source.reliesOn.includes(on.source.id)) return;
  source.source.reliesOn.push(on.source.id);
}

/**
 * Chains of authority: a claim reported inside another's content ("the Times reported that officials
 * said …", a block quote's own quotes) is what the outer speaker relies on, as is a source cited
 * beside a cue ("Reuters reported, citing two diplomats, …").
 */
function linkChains(
  doc: Doc,
  claims: readonly Claim[],
  speakers: ReadonlyMap<Claim, Entity | null>,
  resolve: (range: TokenRange) => Entity | null,
  finder: ClaimFinder,
): void {
  for (const outer of claims) {
    const source = speakers.get(outer);
    if (!source || outer.kind === 'partial') continue;
    for (const inner of claims) {
      const on = speakers.get(inner);
      const cueAt = inner.cueSpan?.start ?? -1;
      // "X said Turkey had promised to …": an undertaking reported is no information X has from Turkey.
      if (inner.cue?.entry.commits) continue;
      if (on && on !== source && inner !== outer && outer.start <= cueAt && cueAt < outer.end) relyOn(source, on);
    }
  }
  for (const claim of claims) {
    const source = speakers.get(claim);
    if (!source || !claim.cue) continue;
    const { first, end } = doc.range(claim.cue.sentence);
    for (let i = first; i < end; i++) {
      if (!relays.has(doc.key(i)) || finder.isQuoted(doc.tokens[i]!.start)) continue;
      // A passive relay names its source after "by": "quoted by state media".
      const cited = phraseStartingAt(doc, doc.key(i + 1) === 'by' ? i + 2 : i + 1, end);
      const on = cited ? resolve(cited) : null;
      if (on && on !== source) relyOn(source, on);
    }
  }
}

/** Counts an article's claims by the kind of source behind them, and the author's own voice. */
export function sourcingProfile(result: AttributionResult): SourcingProfile {
  const kinds = new Map(result.sources.map((s) => [s.id, s.kind]));
  const profile: SourcingProfile = { named: 0, anonymous: 0, outlets: 0, organisations: 0, documents: 0, unattributed: 0, authorVoice: result.voice.length };
  const field = { named_person: 'named', anonymous: 'anonymous', outlet: 'outlets', organisation: 'organisations', document: 'documents' } as const;
  for (const quote of result.quotes) {
    const kind = quote.source ? kinds.get(quote.source) : undefined;
    if (kind) profile[field[kind]]++;
    else if (quote.kind !== 'partial') profile.unattributed++;
  }
  return profile;
}
