// The actor stage: finds the states, organisations, groups and people an article mentions, codes them
// the CAMEO way at the article's date, and joins each one's mentions.
import type { LanguageLayer } from '../language/types.ts';
import type { Actor, ArticleMeta, PlaceMention } from '../types.ts';
import type { ActorDictionary } from './dictionary.ts';
import { lexicon } from './lexicon.ts';
import { SentenceReader } from './phrases.ts';
import { Resolver, UNKNOWN_COUNTRY } from './resolve.ts';
import { makeScan, scanUnits } from './units.ts';

export type { ActorDictionary } from './dictionary.ts';
export { ActorDictionaryError, loadActorDictionary } from './dictionary.ts';

export interface ActorsAndPlaces {
  actors: Actor[];
  /** Where the sentences are set ("in Amman"): no actors, but the events stage may take one as a target. */
  places: PlaceMention[];
}

/**
 * The article's actors, in order of first mention, with ids a1, a2, … and every mention's offsets into article.text,
 * and the places its sentences are set in.
 */
export function findActorsAndPlaces(article: ArticleMeta, language: LanguageLayer, dictionary: ActorDictionary): ActorsAndPlaces {
  const scan = makeScan(article.text, language.tokens, dictionary);
  const refs = scanUnits(scan, language.sentences).map((units, sentence) => new SentenceReader(scan, units, sentence).read());
  const resolver = new Resolver(scan, language, article.published);
  const actors = resolver.resolve(refs);
  const home = homeCountry(article, dictionary, actors);
  const placed = home === null ? actors : actors.map((actor) => (unplaced(actor) ? { ...actor, country: home, code: home + actor.agent } : actor));
  return { actors: placed, places: resolver.places() };
}

/**
 * The state a wire story is filed from, by its dateline ("ADDIS ABABA, Nov 20 (Reuters) -"), when the story
 * names that state: where its officials and forces of no named state belong ("government spokesman X").
 */
function homeCountry(article: ArticleMeta, dictionary: ActorDictionary, actors: readonly Actor[]): string | null {
  const place = article.dateline?.place;
  if (!place) return null;
  for (const hit of dictionary.lookup(place)) {
    const { country } = dictionary.splitCode(dictionary.codeFor(hit.entry, article.published));
    if (country !== null && actors.some((a) => a.country === country)) return country;
  }
  return null;
}

/** An official, force or group coded with a role but no state, and nothing in its words placing it abroad. */
function unplaced(actor: Actor): boolean {
  if (actor.country !== null || actor.agent === null || !actor.code.startsWith(UNKNOWN_COUNTRY)) return false;
  const words = [actor.name, ...actor.roles].join(' ').toLowerCase().split(/[^\p{L}]+/u);
  return !words.some((w) => lexicon.outsiders.has(w));
}
