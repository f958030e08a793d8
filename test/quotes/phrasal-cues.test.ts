// Cues of several words: a verb with its particle or preposition ("is doubling down on", "bristled at"), a date or
// whom one spoke to inside the phrase ("spoke out Tuesday about", "spoke to reporters on Monday about"), and an
// object noun that makes the phrase ("took some shots at", "draw a contrast with").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, spanText, speakerOf } from './helpers.ts';

function assertPhrasal(text: string, speaker: string, cue: string, content: string): void {
  const quote = quoteStarting(analyse(text), content);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, cue);
  assert.equal(quote?.text, content);
}

test('a date between a phrasal verb and its preposition stays in the cue', () => {
  assertPhrasal('Ms. Okafor spoke out Tuesday about the closing of the shipyard.', 'Ms. Okafor', 'spoke out Tuesday about', 'the closing of the shipyard');
});

test('a date between "called" and "for"', () => {
  assertPhrasal('The councilman called Friday for an audit of the transit agency.', 'The councilman', 'called Friday for', 'an audit of the transit agency');
});

test('whom one spoke to and when, between the verb and "about"', () => {
  assertPhrasal('The coach spoke to reporters on Monday about the injury to his goalkeeper.', 'The coach', 'spoke to reporters on Monday about', 'the injury to his goalkeeper');
});

test('a verb with a particle and a preposition in the progressive', () => {
  assertPhrasal('The senator is doubling down on his criticism of the trade pact.', 'The senator', 'is doubling down on', 'his criticism of the trade pact');
});

test('a reaction verb with "at" reports what it bears on', () => {
  assertPhrasal('The governors bristled at questions about their budgets.', 'The governors', 'bristled at', 'questions about their budgets');
});

test('an object noun with a determiner inside the phrase', () => {
  assertPhrasal('Mr. Lindqvist took some shots at his rival over the pension scheme.', 'Mr. Lindqvist', 'took some shots at', 'his rival over the pension scheme');
});

test('a phrase in the infinitive starts from the verb governing it', () => {
  assertPhrasal('She tries to draw a contrast with the incumbent on water policy.', 'She', 'tries to draw a contrast with', 'the incumbent on water policy');
});

test('a phrasal verb with a particle alone', () => {
  assertPhrasal('The minister played down fears of a fuel shortage.', 'The minister', 'played down', 'fears of a fuel shortage');
});

test('"seized on" reports what it bears on; "fired back at" the gunmen reports nothing', () => {
  const text = 'The union leader has seized on the delay to the pay talks. The soldiers fired back at the gunmen near the depot.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the delay')), 'The union leader');
  assert.equal(quoteStarting(result, 'the delay')?.cue, 'has seized on');
  assert.equal(quoteStarting(result, 'the gunmen'), undefined);
});

test('what one turns one\'s attention to, and what one is thinking about', () => {
  const text = 'Ms. Lee turned her attention to the harbor budget. The mayor is thinking about running for the Senate.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the harbor budget')), 'Ms. Lee');
  assert.equal(quoteStarting(result, 'the harbor budget')?.cue, 'turned her attention to');
  const stance = result.stances.find((s) => s.text.startsWith('running for'));
  assert.equal(stance?.cue, 'is thinking about');
  assert.equal(stance?.text, 'running for the Senate');
});

test('an object opening with an adverb and a participle describing its noun', () => {
  assertPhrasal('Mr. Varga went on to discuss recently released figures on tourism.', 'Mr. Varga', 'discuss', 'recently released figures on tourism');
});

test('a light verb with its noun and preposition: statements made, tribute paid, credit taken', () => {
  assertPhrasal('Mr. Hale has made several controversial statements on the harbor tax.', 'Mr. Hale', 'has made several controversial statements on', 'the harbor tax');
  assertPhrasal('The mayor often takes full credit for the idea of a new bridge.', 'The mayor', 'often takes full credit for', 'the idea of a new bridge');
  assertPhrasal('He is paying tribute to the rival who won the runoff.', 'He', 'is paying tribute to', 'the rival who won the runoff');
});

test('"That\'s according to X": the word standing for what precedes is what X is cited for', () => {
  const text = 'The campaign raised $21 million in January. That’s according to fundraising reports filed on Saturday.';
  const quote = analyse(text).quotes.find((q) => q.cue?.includes('according to'));
  assert.equal(speakerOf(text, quote), 'fundraising reports filed on Saturday');
  assert.equal(quote?.text, 'That');
});

test('addressing a matter is a cue, addressing an audience is none; embracing an idea is a stance', () => {
  const text = 'The governor has not addressed the closing of the mill. The senator addressed the convention on Tuesday. Several senators have embraced the idea of a border fee.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'the closing of the mill');
  assert.equal(speakerOf(text, quote), 'The governor');
  assert.equal(quote?.cue, 'has not addressed');
  assert.equal(quote?.negated, true);
  assert.equal(quoteStarting(result, 'the convention'), undefined);
  const stance = result.stances.find((s) => s.text.startsWith('the idea of'));
  assert.equal(stance?.cue, 'have embraced');
});

test('painting someone as something, and exposing what a report shows', () => {
  assertPhrasal('In 2012 the president effectively painted his rival as an out-of-touch banker.', 'the president', 'effectively painted', 'his rival as an out-of-touch banker');
  assertPhrasal('The report exposed the failures of the port authority.', 'The report', 'exposed', 'the failures of the port authority');
});

test('a gerund cue after "could not resist" is the subject\'s, and ends the earlier cue\'s content before ", but"', () => {
  const text = 'The board ruled that the claim was true, but they could not resist pointing out that the figures were wrong.';
  const result = analyse(text);
  const pointed = quoteStarting(result, 'the figures were wrong');
  assert.equal(speakerOf(text, pointed), 'they');
  assert.equal(pointed?.cue, 'could not resist pointing out');
  assert.equal(pointed?.negated, undefined);
  assert.equal(quoteStarting(result, 'the claim was true')?.text, 'the claim was true');
});

test('a gerund cue after "avoids" is a negated attribution of the subject', () => {
  const text = 'Mr. Hale avoids condemning the raid on the island.';
  const quote = quoteStarting(analyse(text), 'the raid');
  assert.equal(speakerOf(text, quote), 'Mr. Hale');
  assert.equal(quote?.cue, 'avoids condemning');
  assert.equal(quote?.negated, true);
});

test('phrasal verbs with a particle or a noun: brushing off, casting doubt on, shedding light on', () => {
  assertPhrasal('The senator brushed off questions about her health.', 'The senator', 'brushed off', 'questions about her health');
  assertPhrasal('Mr. Ruiz has cast doubt on the official count.', 'Mr. Ruiz', 'has cast doubt on', 'the official count');
  assertPhrasal('His tax returns would shed light on how the firm paid its debts.', 'His tax returns', 'would shed light on', 'how the firm paid its debts');
});

test('after a cue ending in a preposition, "that" past a noun belongs to the noun\'s phrase', () => {
  assertPhrasal('The minister took offense at suggestions that the port was unsafe.', 'The minister', 'took offense at', 'suggestions that the port was unsafe');
  assertPhrasal('The union agreed to the terms of the new contract.', 'The union', 'agreed to', 'the terms of the new contract');
});

test('an adjective of attitude with its preposition after its holder, with no "be"', () => {
  const text = 'The coalition drew in state officials angry about unfunded mandates.';
  const stance = analyse(text).stances.find((s) => s.text === 'unfunded mandates');
  assert.equal(stance?.cue, 'angry about');
  assert.equal(spanText(text, stance?.holderSpan), 'state officials');
});

test('an adverb splitting the infinitive a cue commits to or asks for', () => {
  assertPhrasal('The mayor vowed to quickly rebuild the pier.', 'The mayor', 'vowed', 'to quickly rebuild the pier');
  assertPhrasal('The governor urged lawmakers to swiftly pass the budget.', 'The governor', 'urged', 'to swiftly pass the budget');
});
