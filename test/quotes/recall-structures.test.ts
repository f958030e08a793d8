// Structures around the core speech verbs that used to lose their attribution: relative clauses around
// the cue, relative clauses after the speaker, coordinated subjects and clauses, answers, asides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting } from './helpers.ts';

test('a relative word opening the speaker\'s phrase, or standing with no antecedent, is no part of the speaker', () => {
  const result = analyse('The levy, which farmers said was ruinous for small dairies, passed in Oslo. The truce was what many diplomats said was a first step toward talks in Geneva.');
  const levy = quoteStarting(result, 'was ruinous');
  assert.equal(levy?.speaker?.name, 'farmers');
  assert.equal(levy?.cue, 'said');
  assert.equal(levy?.text, 'was ruinous for small dairies');
  const truce = quoteStarting(result, 'was a first step');
  assert.equal(truce?.speaker?.name, 'many diplomats');
  assert.equal(truce?.text, 'was a first step toward talks in Geneva');
});

test('a relative clause after an inverted speaker is no trailing cue of its own', () => {
  const result = analyse('“The ceasefire in Sudan will not hold without monitors,” said Amina Yusuf, who has advised the African Union on mediation.');
  const quote = quoteStarting(result, 'The ceasefire in Sudan');
  assert.equal(quote?.speaker?.name, 'Amina Yusuf');
  assert.equal(quote?.cue, 'said');
  assert.equal(result.quotes.filter((q) => q.cue?.includes('advised')).length, 0);
});
