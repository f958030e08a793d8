// Pronoun speakers: back-references ("he", "she", "they"), relative pronouns standing for their antecedent
// ("who", "which") and the contracted perfect ("he's said"), each with the reading that must stay as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a contracted "has" before a cue participle keeps its subject as speaker; "it\'s said" stays sourceless', () => {
  const text = 'Okonkwo chairs the panel. While he’s said the levy is fair, he has doubts. She’s predicted a recount in Kano. It’s said that the governor is ill.';
  const result = analyse(text);
  const levy = quoteStarting(result, 'the levy is fair');
  assert.equal(levy?.cue, '’s said');
  assert.equal(speakerOf(text, levy), 'he');
  assert.equal(speakerOf(text, quoteStarting(result, 'a recount in Kano')), 'She');
  const rumour = quoteStarting(result, 'the governor is ill');
  assert.equal(rumour?.cue, '’s said');
  assert.equal(rumour?.speakerSpan, null);
});

test('a relative pronoun with a contracted "has" speaks for its antecedent: "who\'s argued for years that …"', () => {
  const text = 'The rule was drafted by Lena Ruiz, who’s argued for years that tariffs are void.';
  const quote = quoteStarting(analyse(text), 'tariffs are void');
  assert.equal(speakerOf(text, quote), 'who');
  assert.equal(quote?.speaker?.name, 'Lena Ruiz');
});
