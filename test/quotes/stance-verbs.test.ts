// Recall of stance verbs: beliefs, positions and intentions reported by a verb ("X trusts …", "X
// anticipates that …"), and where what the holder holds ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

/** Holder, cue and content of the stance whose cue is `cue`. */
function stance(text: string, cue: string): [string | null, string | undefined] {
  const found = stanceWith(analyse(text), cue);
  return [spanText(text, found?.holderSpan ?? null), found?.text];
}

test('"trust … to": trusting someone to act is a stance', () => {
  assert.deepEqual(stance('Few farmers trust the new agency to protect their water rights.', 'trust'), ['Few farmers', 'the new agency to protect their water rights']);
});

test('"anticipate that …": an expectation is a stance', () => {
  assert.deepEqual(stance('Analysts anticipate that the central bank will raise rates again in March.', 'anticipate'), ['Analysts', 'the central bank will raise rates again in March']);
});

test('"imagine …": what the holder pictures is a stance', () => {
  assert.deepEqual(stance('Party elders imagine the convention will settle the fight by Friday.', 'imagine'), ['Party elders', 'the convention will settle the fight by Friday']);
});

test('"foresee …": what the holder expects, as a noun phrase', () => {
  assert.deepEqual(stance('Few economists foresee a deep recession.', 'foresee'), ['Few economists', 'a deep recession']);
});

test('"support a wall; a plurality oppose …": a semicolon ends what the first holder holds', () => {
  const text = 'Most ranchers support a border fence; a plurality of city dwellers oppose the idea.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'support')?.text, 'a border fence');
  assert.equal(spanText(text, stanceWith(result, 'oppose')?.holderSpan ?? null), 'a plurality of city dwellers');
});

test('"what scientists think is necessary": a free relative stands for the clause\'s subject', () => {
  assert.deepEqual(stance('Nobody has offered a way to do what engineers think is necessary.', 'think'), ['engineers', 'is necessary']);
});

test('"what it hopes will become …": a pronoun holder after a free relative', () => {
  assert.deepEqual(stance('The company is building a depot in what it hopes will become a regional hub.', 'hopes'), ['it', 'will become a regional hub']);
});

test('"whom many residents believed was …": "whom" opens the relative clause too', () => {
  assert.deepEqual(stance('Voters chose a sheriff whom many residents believed was too close to developers.', 'believed'), ['many residents', 'was too close to developers']);
});

test('"although most oppose it": a quantity after a subordinator the tagger took for a preposition holds the stance', () => {
  const text = 'Farmers are split on the tariff, although most oppose it.';
  const found = stanceWith(analyse(text), 'oppose');
  assert.equal(spanText(text, found?.holderSpan ?? null), 'most');
  assert.equal(found?.text, 'it');
});

test('"a step the ministry hopes will …": an "-s" form the tagger took for a noun before an auxiliary', () => {
  assert.deepEqual(stance('The agency filed a report, a step that the ministry hopes will end the dispute.', 'hopes'), ['the ministry', 'will end the dispute']);
});

test('"regret …", "admire …", "desire …": feelings towards a thing are stances on it', () => {
  assert.deepEqual(stance('Several aides regret the decision to skip the debate.', 'regret'), ['Several aides', 'the decision to skip the debate']);
  assert.deepEqual(stance('Many delegates admire the governor for her candor.', 'admire'), ['Many delegates', 'the governor for her candor']);
  assert.deepEqual(stance('Both parties desire a quick end to the strike.', 'desire'), ['Both parties', 'a quick end to the strike']);
});

test('"resent …", "tolerate …", "relish …": attitudes towards a thing or a prospect', () => {
  assert.deepEqual(stance('Rural voters resent the new fuel tax.', 'resent'), ['Rural voters', 'the new fuel tax']);
  assert.deepEqual(stance('The unions will not tolerate further delays.', 'will not tolerate'), ['The unions', 'further delays']);
  assert.deepEqual(stance('The challenger relishes the rematch.', 'relishes'), ['The challenger', 'the rematch']);
});
