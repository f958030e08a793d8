// Cues inside relative clauses whose content's subject went before the speaker: the antecedent may run into
// the speaker's name, modifiers may stand between the relative word and the speaker, and a pronoun speaker
// may follow an aside; a coordinated speaker of a parenthetical cue stands after the clause's subject.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsIn } from './helpers.ts';

const cases: [name: string, text: string, cue: string, speaker: string, content: string][] = [
  ['a name after a noun with no relative word opens the speaker', 'It is a trend Ramirez said could push farmers toward the Greens this year.', 'said', 'Ramirez', 'could push farmers toward the Greens this year'],
  ['a stance holder is the name, not the antecedent before it', 'The governor courted the unions, a tactic Democrats hope will lift turnout in the fall.', 'hope', 'Democrats', 'will lift turnout in the fall'],
  ['an adjective between the article and the name belongs to the antecedent', 'It is a dynamic Okonkwo said could drive moderates toward the Liberals.', 'said', 'Okonkwo', 'could drive moderates toward the Liberals'],
  ['the "\'s" of a contraction opens no speaker\'s phrase', "It's a shift Haddad said could cost the ruling party its majority.", 'said', 'Haddad', 'could cost the ruling party its majority'],
  ['a pronoun and a name after it are the antecedent and the speaker', 'The levy, something Sanders aides argue is unfair, was dropped.', 'argue', 'Sanders aides', 'is unfair'],
  ['modifiers of the speaker may stand between the relative word and the speaker', 'The Senate, which even the most hopeful Republicans doubt will change hands, met on Monday.', 'doubt', 'the most hopeful Republicans', 'will change hands'],
  ['a pronoun speaker after an aside reads a gap before its finite verb', 'She found the cause — rail safety — she believes will define her term.', 'believes', 'she', 'will define her term'],
  ['a parenthetical cue after the clause\'s subject has a coordinated speaker', 'The cost of the plan, union members and leaders say, is higher than promised.', 'say', 'union members and leaders', 'The cost of the plan, union members and leaders say, is higher than promised'],
];

for (const [name, text, cue, speaker, content] of cases) {
  test(name, () => {
    const claim = claimsIn(text).find((c) => c.cue === cue);
    assert.equal(claim?.speaker, speaker);
    assert.equal(claim?.text, content);
  });
}

test('a participle after a pronoun\'s verb is no gap, though a gap after it is read', () => {
  assert.equal(claimsIn('When the envoy arrived in Lima, he felt blindsided by the demand.').some((c) => c.text.startsWith('blindsided')), false);
  assert.equal(claimsIn('It was the vote — a close one — he believes would decide the race.').find((c) => c.cue === 'believes')?.text, 'would decide the race');
});
