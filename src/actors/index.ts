// The actor stage: finds the states, organisations, groups and people an article mentions, codes them
// the CAMEO way at the article's date, and joins each one's mentions.
import type { LanguageLayer } from '../language/types.ts';
import type { Actor, ArticleMeta } from '../types.ts';
import type { ActorDictionary } from './dictionary.ts';
import { SentenceReader } from './phrases.ts';
import { Resolver } from './resolve.ts';
import { makeScan, scanUnits } from './units.ts';

export type { ActorDictionary } from './dictionary.ts';
export { ActorDictionaryError, loadActorDictionary } from './dictionary.ts';

/** The article's actors, in order of first mention, with ids a1, a2, … and every mention's offsets into article.text. */
export function findActors(article: ArticleMeta, language: LanguageLayer, dictionary: ActorDictionary): Actor[] {
  const scan = makeScan(article.text, language.tokens, dictionary);
  const refs = scanUnits(scan, language.sentences).map((units, sentence) => new SentenceReader(scan, units, sentence).read());
  return new Resolver(scan, language, article.published).resolve(refs);
}
