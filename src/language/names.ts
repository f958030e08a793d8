// wink tags a capitalised surname that is also an English verb as an imperative VERB ("Lynch said", "Cook told"):
// a base-form VERB right before a finite verb is a name instead (data/language/pos.json).
import rules from '../../data/language/pos.json' with { type: 'json' };
import type { Token } from './types.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const PARTICIPLE_IMPERATIVES = new Set(rules.participleImperatives);

function isFiniteVerb(token: Token): boolean {
  if (token.pos !== 'AUX' && (token.pos !== 'VERB' || token.norm === token.lemma)) return false;
  return !rules.nonFiniteSuffixes.some((suffix) => token.norm.endsWith(suffix));
}

/** Retags as PROPN every capitalised base-form VERB followed, in its sentence, by a finite verb. */
export function tagVerbNames(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.pos !== 'VERB' || token.norm !== token.lemma || PARTICIPLE_IMPERATIVES.has(token.lemma)) continue;
    const next = tokens[i + 1]!;
    if (next.sentence === token.sentence && CAPITALISED.test(token.text) && isFiniteVerb(next)) token.pos = 'PROPN';
  }
}
