// Holders of polls and surveys, and stances in the passive with their holder after "by".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, quoteStarting, speakerOf, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"X, opposed by Y, …": the agent of a reduced passive holds the stance on the phrase before it', () => {
  const text = 'The fishing treaty, opposed by coastal mayors, was never ratified.';
  const stance = stanceWith(analyse(text), 'opposed');
  assert.equal(spanText(text, stance?.holderSpan), 'coastal mayors');
  assert.equal(stance?.text, 'The fishing treaty');
});

test('"a plan backed by Y": a participle after its noun, with no comma', () => {
  const text = 'The council rejected a plan backed by the governor on Tuesday.';
  const stance = stanceWith(analyse(text), 'backed');
  assert.equal(spanText(text, stance?.holderSpan), 'the governor');
  assert.equal(stance?.text, 'a plan');
});

test('"X is favored by Y": the subject of a passive is what the agent holds a stance on', () => {
  const text = 'The carbon levy is strongly favored by most economists.';
  const stance = stanceWith(analyse(text), 'is strongly favored');
  assert.equal(spanText(text, stance?.holderSpan), 'most economists');
  assert.equal(stance?.text, 'The carbon levy');
});

test('"supported by evidence": an agent that cannot hold a view holds no stance', () => {
  const text = 'The rally was supported by rising prices.';
  assert.equal(analyse(text).stances.length, 0);
});

test('"distrust", "loathe": verbs of dislike are stances on their object, active or passive', () => {
  const text = 'Many dock workers distrust the new quota system. The minister is loathed by most voters.';
  const result = analyse(text);
  const distrust = stanceWith(result, 'distrust');
  assert.equal(spanText(text, distrust?.holderSpan), 'Many dock workers');
  assert.equal(distrust?.text, 'the new quota system');
  const loathed = stanceWith(result, 'is loathed');
  assert.equal(spanText(text, loathed?.holderSpan), 'most voters');
  assert.equal(loathed?.text, 'The minister');
});

test('"In a … poll last month, …": a date after the poll is no part of what names it', () => {
  const text = 'In a Gallup poll last month, the mayor held a nine-point lead.';
  const quote = analyse(text).quotes.find((q) => spanText(text, q.cueSpan) === 'In');
  assert.equal(speakerOf(text, quote), 'a Gallup poll last month');
  assert.equal(quote?.text, 'the mayor held a nine-point lead');
});

test('"In the poll, …": a single poll named by its article is a particular one', () => {
  const text = 'In the poll, support for the mayor fell over the past two weeks.';
  const quote = analyse(text).quotes.find((q) => spanText(text, q.cueSpan) === 'In');
  assert.equal(speakerOf(text, quote), 'the poll');
  assert.equal(quote?.text, 'support for the mayor fell over the past two weeks');
});

test('"leads in the polls": polls in general attribute nothing', () => {
  const text = 'The mayor leads in the polls.';
  assert.equal(analyse(text).quotes.length, 0);
});

test('"most in both regions supported …": a quantity standing alone heads its group\'s phrase', () => {
  const text = 'Among those who cared about jobs, most in both regions supported Lopez.';
  const stance = stanceWith(analyse(text), 'supported');
  assert.equal(spanText(text, stance?.holderSpan), 'most in both regions');
});

test('"a third agreed": a share after its article is the subject, not an adverb', () => {
  const text = 'Less than a third agreed with the minister that the port should close.';
  const quote = quoteStarting(analyse(text), 'the port should close');
  assert.equal(speakerOf(text, quote), 'a third');
});

test('"… voters in all three states voting Tuesday support …": a stance verb after a participle and its date is a verb', () => {
  const text = 'About two-thirds of Republican primary voters in all three states voting Tuesday support temporarily banning foreign fishing fleets from the bay.';
  const stance = stanceWith(analyse(text), 'support');
  assert.match(spanText(text, stance?.holderSpan) ?? '', /^two-thirds of Republican primary voters/);
  assert.equal(stance?.text, 'banning foreign fishing fleets from the bay');
});

test('"Officials there said …": a place adverb between the subject and its verb is no speaker', () => {
  const text = 'Officials there said the border crossing would reopen on Friday.';
  const quote = quoteStarting(analyse(text), 'the border crossing');
  assert.equal(speakerOf(text, quote), 'Officials');
});

test('"Polls there show …": a cue verb the tagger took for a noun after a subject trailer is a verb', () => {
  const text = 'Polls there show the governor is trailing her rival.';
  const quote = quoteStarting(analyse(text), 'the governor is trailing');
  assert.equal(speakerOf(text, quote), 'Polls');
});
