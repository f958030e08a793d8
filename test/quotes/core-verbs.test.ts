// Plain speech verbs ("said", "says", "told", "added", "wrote") that went unfound for the structure
// around them: quote marks nested at a quote's end, coordinated and inverted clauses, subjects of shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a straight double mark after a nested quote\'s closing mark and a space closes the quote', () => {
  const text = '"They dig up an old remark and treat it like, \'Oh, this is serious,\' " Ms. Halvorsen said at the rally in Bergen.';
  const quote = quoteStarting(analyse(text), 'They dig up');
  assert.equal(quote?.text, 'They dig up an old remark and treat it like, \'Oh, this is serious,\'');
  assert.equal(speakerOf(text, quote), 'Ms. Halvorsen');
  assert.equal(quote?.cue, 'said at the rally');
});

test('two apostrophes standing for a double mark close after a nested quote too', () => {
  const text = "''I hate the phrase 'genteel poverty,' '' she said, but added that rents in Lyon had doubled.";
  const result = analyse(text);
  const quote = quoteStarting(result, 'I hate the phrase');
  assert.equal(speakerOf(text, quote), 'she');
  assert.equal(quote?.cue, 'said');
  assert.equal(quoteStarting(result, 'rents in Lyon')?.cue, 'added');
});

test('a conjunction after a cue\'s object opens the clause of a later speaker', () => {
  const text = 'At one point, a student asked for a selfie and Ms. Ruiz said, “as long as we are not breaking any rules.”';
  const result = analyse(text);
  const selfie = result.quotes.find((q) => q.cue === 'asked for');
  assert.equal(selfie?.text, 'a selfie');
  const quote = quoteStarting(result, 'as long as');
  assert.equal(speakerOf(text, quote), 'Ms. Ruiz');
  assert.equal(quote?.cue, 'said');
});

test('a later speaker after "and" is no part of what an earlier cue\'s object runs to', () => {
  const text = 'The senator praised the governor\'s budget and his deputy said the cuts will hurt schools in Dayton.';
  const result = analyse(text);
  assert.equal(result.quotes.find((q) => q.cue === 'praised')?.text, 'the governor\'s budget');
  const cuts = quoteStarting(result, 'the cuts will hurt');
  assert.equal(speakerOf(text, cuts), 'his deputy');
  assert.equal(cuts?.cue, 'said');
});

test('what "said" bears on may be a noun phrase, or a clause whose verb the tagger took for a noun', () => {
  const judge = 'The judge rubbed his chin, and then said something very strange.';
  const strange = quoteStarting(analyse(judge), 'something very strange');
  assert.equal(speakerOf(judge, strange), 'The judge');
  const governor = 'Gov. Ann Ruiz of Ohio, a Democrat who has refused to endorse Mr. Dole, said the family deserved better.';
  const family = quoteStarting(analyse(governor), 'the family deserved better');
  assert.equal(speakerOf(governor, family), 'Gov. Ann Ruiz of Ohio');
  assert.equal(family?.cue, 'said');
  const wages = 'Dr. Okafor said each year of schooling yields a 10% rise in wages.';
  assert.equal(speakerOf(wages, quoteStarting(analyse(wages), 'each year of schooling')), 'Dr. Okafor');
});

test('a "that" clause right after "said" is read though the tagger took its verb for an adjective', () => {
  const text = "On Friday, the head of the inquiry, Mara Lindqvist, said that the messages between the two suspects involved ''private threats.''";
  const quote = quoteStarting(analyse(text), 'the messages between');
  assert.equal(speakerOf(text, quote), 'Mara Lindqvist');
  assert.equal(quote?.cue, 'said');
  const plain = 'Ms. Lindqvist said that the e-mails from the embassy involved sensitive material.';
  assert.equal(quoteStarting(analyse(plain), 'the e-mails from the embassy')?.text, 'the e-mails from the embassy involved sensitive material');
});

test('an inverted "say" agrees with a plural the tagger took for a name', () => {
  const text = 'A calmer governor may not be such a bad thing, say some Republicans, who wince as they recall his outbursts.';
  const quote = quoteStarting(analyse(text), 'A calmer governor');
  assert.equal(speakerOf(text, quote), 'some Republicans');
  assert.equal(quote?.cue, 'say');
});
