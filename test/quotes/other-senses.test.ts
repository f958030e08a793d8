// Cue and stance words in a sense that reports nothing (idioms, states of affairs, turns of phrase), found
// among the spurious cues of PolNeAR's train split, beside the same words in their reporting sense.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsIn } from './helpers.ts';

test('finding oneself somewhere reports no finding; a finding with a clause after it is reported', () => {
  assert.deepEqual(claimsIn('The union found itself isolated after the vote.'), []);
  assert.deepEqual(claimsIn('By spring the two senators had found themselves on opposite sides of the pipeline fight.'), []);
  assert.deepEqual(claimsIn('Inspectors found that the bridge was unsafe.'), [{ cue: 'found', speaker: 'Inspectors', text: 'the bridge was unsafe' }]);
});

test('finding a way or ways to do something reports no finding', () => {
  assert.deepEqual(claimsIn('The mayor found a way to keep the libraries open, and the council found ways to pay for it.'), []);
  assert.deepEqual(claimsIn('Smugglers always find their way across the river.'), []);
  assert.deepEqual(claimsIn('The audit found the agency had overspent by $2 million.'), [{ cue: 'found', speaker: 'The audit', text: 'the agency had overspent by $2 million' }]);
});

test('a negated passive with no agent attributes nothing, unlike one that is not negated', () => {
  assert.deepEqual(claimsIn('The senator has never been charged with a crime, and his lawyers said the inquiry was closed.'), [
    { cue: 'said', speaker: 'his lawyers', text: 'the inquiry was closed' },
  ]);
  assert.deepEqual(claimsIn('The governor was not asked about the pipeline. The mayor was asked whether the budget would pass.'), [
    { cue: 'was asked', speaker: null, text: 'whether the budget would pass' },
  ]);
});

test('a fixed phrase around a cue word reports nothing: "all told", "truth be told", "not to mention", "call to mind"', () => {
  assert.deepEqual(claimsIn('All told, the campaign spent $40 million on ads.'), []);
  assert.deepEqual(claimsIn('Truth be told, the mayor backed the plan, aides told reporters.'), [
    { cue: 'told', speaker: 'aides', text: 'Truth be told, the mayor backed the plan' },
    { cue: 'backed', speaker: 'the mayor', text: 'the plan' },
  ]);
  assert.deepEqual(claimsIn('The plan would cost billions, not to mention the damage to the party.'), []);
  assert.deepEqual(claimsIn('The ruling called to mind the court’s decision in 1998.'), []);
});

test('an idiom with a stance verb holds nothing: "see fit", "feel free"', () => {
  assert.deepEqual(claimsIn('The governor may see fit to veto the bill.'), []);
  assert.deepEqual(claimsIn('Residents should feel free to attend the hearing, but the council plans to vote anyway.'), [
    { cue: 'plans', speaker: 'the council', text: 'to vote anyway' },
  ]);
});

test('"it" before an adverb and an infinitive speaks no cue ("it is too soon to say")', () => {
  assert.deepEqual(claimsIn('It is too soon to say whether the tariffs will work.'), []);
  assert.deepEqual(claimsIn('It is far too early to tell how the court will rule, the lawyer said.'), [
    { cue: 'said', speaker: 'the lawyer', text: 'It is far too early to tell how the court will rule' },
  ]);
});
