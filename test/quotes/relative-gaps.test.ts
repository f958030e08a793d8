// Cues inside relative clauses whose content's subject went before the speaker: the antecedent may run into
// the speaker's name, modifiers may stand between the relative word and the speaker, and a pronoun speaker
// may follow an aside.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsIn } from './helpers.ts';

function claimOf(text: string, cue: string) {
  return claimsIn(text).find((c) => c.cue === cue);
}

test('a name after a noun with no relative word opens the speaker', () => {
  const claim = claimOf('It is a trend Ramirez said could push farmers toward the Greens this year.', 'said');
  assert.equal(claim?.speaker, 'Ramirez');
  assert.equal(claim?.text, 'could push farmers toward the Greens this year');
});

test('a stance holder is the name, not the antecedent before it', () => {
  const claim = claimOf('The governor courted the unions, a tactic Democrats hope will lift turnout in the fall.', 'hope');
  assert.equal(claim?.speaker, 'Democrats');
  assert.equal(claim?.text, 'will lift turnout in the fall');
});

test('an adjective between the article and the name belongs to the antecedent', () => {
  const claim = claimOf('It is a dynamic Okonkwo said could drive moderates toward the Liberals.', 'said');
  assert.equal(claim?.speaker, 'Okonkwo');
  assert.equal(claim?.text, 'could drive moderates toward the Liberals');
});

test('the "\'s" of a contraction opens no speaker\'s phrase', () => {
  const claim = claimOf("It's a shift Haddad said could cost the ruling party its majority.", 'said');
  assert.equal(claim?.speaker, 'Haddad');
  assert.equal(claim?.text, 'could cost the ruling party its majority');
});

test('a pronoun and a name after it are the antecedent and the speaker', () => {
  const claim = claimOf('The levy, something Sanders aides argue is unfair, was dropped.', 'argue');
  assert.equal(claim?.speaker, 'Sanders aides');
  assert.equal(claim?.text, 'is unfair');
});

test('modifiers of the speaker may stand between the relative word and the speaker', () => {
  const claim = claimOf('The Senate, which even the most hopeful Republicans doubt will change hands, met on Monday.', 'doubt');
  assert.equal(claim?.speaker, 'the most hopeful Republicans');
  assert.equal(claim?.text, 'will change hands');
});

test('a pronoun speaker after an aside reads a gap before its finite verb', () => {
  const claim = claimOf('She found the cause — rail safety — she believes will define her term.', 'believes');
  assert.equal(claim?.speaker, 'she');
  assert.equal(claim?.text, 'will define her term');
});

test('a participle after a pronoun\'s verb is no gap', () => {
  assert.equal(claimsIn('When the envoy arrived in Lima, he felt blindsided by the demand.').some((c) => c.text.startsWith('blindsided')), false);
});
