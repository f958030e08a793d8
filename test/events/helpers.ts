// Runs the real language, actor and event stages on a short text, the way the pipeline does.
import { loadActorDictionary } from '../../src/actors/dictionary.ts';
import { findActorsAndPlaces } from '../../src/actors/index.ts';
import { codeEvents } from '../../src/events/index.ts';
import { analyzeLanguage } from '../../src/language/index.ts';
import assert from 'node:assert/strict';
import type { Actor, ArticleMeta, CodedEvent, Modality } from '../../src/types.ts';

export function article(text: string, published: string | null = '2024-05-01'): ArticleMeta {
  return { title: null, byline: null, publisher: null, published, url: null, language: 'eng', text, furniture: [], blockQuotes: [], dateline: null, notes: [] };
}

export function code(text: string, published: string | null = '2024-05-01'): { events: CodedEvent[]; actors: Actor[] } {
  const meta = article(text, published);
  const language = analyzeLanguage(text, { published });
  const { actors, places } = findActorsAndPlaces(meta, language, loadActorDictionary());
  return { events: codeEvents({ article: meta, language, actors, places }), actors };
}

/** "IRN>USA 18" or "IRN>- 011": source and target countries (or code prefixes), then a code prefix. */
export function describe(e: CodedEvent, actors: Actor[]): string {
  const country = (id: string | null, code: string) => (actors.find((a) => a.id === id)?.country ?? code).slice(0, 3);
  const target = e.target ? country(e.target.actor, e.target.code) : '-';
  return `${country(e.source.actor, e.source.code)}>${target} ${e.cameo}`;
}

/** An event a sentence must yield. */
export interface Expect {
  /** "SRC>TGT CODE-PREFIX", countries as ISO alpha-3, "-" for no target. */
  event: string;
  negated?: boolean;
  modality?: Modality;
}

/** Codes the sentence and asserts that every expected event is among its events. */
export function assertCodes(sentence: string, expected: readonly Expect[]): void {
  const { events, actors } = code(sentence);
  const got = events.map((e) => ({ e, d: describe(e, actors) }));
  for (const want of expected) {
    const [dyad, prefix] = want.event.split(' ') as [string, string];
    const hit = got.find(({ e, d }) => d.startsWith(`${dyad} `) && e.cameo.startsWith(prefix) && e.negated === (want.negated ?? false) && (!want.modality || e.modality === want.modality));
    assert.ok(hit, `${want.event}${want.negated ? ' negated' : ''} ${want.modality ?? ''} not in [${got.map(({ e, d }) => `${d}${e.negated ? ' neg' : ''} ${e.modality}`).join(', ')}]`);
  }
}
