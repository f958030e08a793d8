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
