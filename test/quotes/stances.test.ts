import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"X wants to …": an intention, not a quote', () => {
  const result = analyse('The Kenyan government wants to renegotiate the railway loan with Beijing.');
  const stance = stanceWith(result, 'wants');
  assert.equal(stance?.holder.name, 'The Kenyan government');
  assert.equal(stance?.text, 'to renegotiate the railway loan with Beijing');
  assert.equal(result.quotes.length, 0);
});

test('"X plans to …" with the plan tagged as a noun', () => {
  const stance = stanceWith(analyse('The Danish administration plans to double its Arctic patrols.'), 'plans');
  assert.equal(stance?.holder.name, 'The Danish administration');
  assert.equal(stance?.text, 'to double its Arctic patrols');
});

test('"X supports …" and "X opposes …" take a noun phrase', () => {
  const result = analyse('Poland supports the new sanctions package. Hungary opposes the package.');
  assert.equal(stanceWith(result, 'supports')?.text, 'the new sanctions package');
  assert.equal(stanceWith(result, 'opposes')?.holder.name, 'Hungary');
});

test('"X believes …" and a trailing "…, she believes."', () => {
  const text = 'Finance Minister Ana Ruiz believes inflation has peaked. Rates will fall by spring, she believes.';
  const result = analyse(text);
  const [first, second] = result.stances;
  assert.equal(first?.holder.name, 'Ana Ruiz');
  assert.equal(first?.text, 'inflation has peaked');
  assert.equal(second?.holder.name, 'Ana Ruiz');
  assert.equal(second?.text, 'Rates will fall by spring');
  assert.equal(text.slice(second!.holderSpan.start, second!.holderSpan.end), 'she');
});

test('"X fears …" and "X hopes …", with spans that slice the text', () => {
  const text = 'Farmers in Punjab fear the monsoon will fail again. The ministry hopes that exports will recover.';
  const result = analyse(text);
  for (const stance of result.stances) {
    assert.equal(text.slice(stance.start, stance.end), stance.text);
    assert.equal(text.slice(stance.cueSpan.start, stance.cueSpan.end), stance.cue);
  }
  assert.equal(stanceWith(result, 'fear')?.text, 'the monsoon will fail again');
  assert.equal(stanceWith(result, 'hopes')?.text, 'exports will recover');
});

test('a relative clause holds a stance for its antecedent; an object is its noun phrase alone', () => {
  const stance = stanceWith(analyse('Dock workers who support the strike gathered in Lagos on Monday.'), 'support');
  assert.equal(stance?.holder.name, 'Dock workers');
  assert.equal(stance?.text, 'the strike');
});

test('no stance in a question, nor for the author', () => {
  assert.equal(analyse('Will voters in Ohio support the levy?').stances.length, 0);
  assert.equal(analyse('We believe the ceasefire will hold.').stances.length, 0);
});

test('a stance is not also a quote, and a quote cue is not a stance', () => {
  const result = analyse('The mayor said the city is determined to rebuild the bridge.');
  assert.equal(result.quotes[0]?.cue, 'said');
  assert.equal(stanceWith(result, 'is determined to')?.holder.name, 'the city');
});

test('speaker phrases stop before a verb the tagger took for a noun', () => {
  const text = 'Many members of the new Chilean cabinet favor negotiating, arguing that the miners would accept a deal.';
  const result = analyse(text);
  const quote = result.quotes.find((q) => q.cue === 'arguing');
  assert.equal(text.slice(quote!.speakerSpan!.start, quote!.speakerSpan!.end), 'Many members of the new Chilean cabinet');
  const stance = stanceWith(result, 'favor');
  assert.equal(stance?.holder.name, 'Many members of the new Chilean cabinet');
  assert.equal(stance?.text, 'negotiating');
});

test('"declined to …" is a refusal held by whoever declined; the non-answer is still recorded', () => {
  const result = analyse('The Tunisian labour union declined to comment on the new budget.');
  const stance = stanceWith(result, 'declined');
  assert.equal(stance?.holder.name, 'The Tunisian labour union');
  assert.equal(stance?.text, 'to comment on the new budget');
  assert.equal(result.nonAnswers.length, 1);
});

test('a position named by a noun belongs to its possessor: "Modi’s criticism of …", "his insistence that …"', () => {
  const text = 'Modi’s criticism of the tariffs drew applause in Delhi. Scientists were surprised by his insistence that the reef is safe.';
  const result = analyse(text);
  const criticism = stanceWith(result, 'criticism of');
  assert.equal(criticism?.holder.name, 'Modi');
  assert.equal(criticism?.text, 'the tariffs');
  const insistence = stanceWith(result, 'insistence');
  assert.equal(text.slice(insistence!.holderSpan.start, insistence!.holderSpan.end), 'his');
  assert.equal(insistence?.text, 'the reef is safe');
  // A noun without a possessor, or one that names no position, holds nothing.
  assert.equal(analyse('The criticism of the tariffs grew. His speech in Lagos ran long.').stances.length, 0);
});

test('"X sees Y as …": a view held', () => {
  const stance = stanceWith(analyse('Analysts in Jakarta see the election as a referendum on the president.'), 'see');
  assert.equal(stance?.holder.name, 'Analysts in Jakarta');
  assert.equal(stance?.text.startsWith('the election'), true);
});
