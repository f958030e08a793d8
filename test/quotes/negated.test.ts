import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeArticle } from '../../src/pipeline.ts';
import { analyse, quoteStarting } from './helpers.ts';

test('"did not say whether": a negated attribution, flagged, with its speaker', () => {
  const quote = quoteStarting(analyse('The Kenyan interior minister did not say whether the curfew in Mombasa would be lifted.'), 'whether the curfew');
  assert.equal(quote?.negated, true);
  assert.equal(quote?.cue, 'did not say');
  assert.equal(quote?.speaker?.name, 'The Kenyan interior minister');
  assert.equal(quote?.text, 'whether the curfew in Mombasa would be lifted');
});

test('"never mentioned" is negated; a plain "said" beside it is not', () => {
  const result = analyse('Mr. Lula said the rainforest fund was growing. He never mentioned that Norway had frozen its payments.');
  const negated = quoteStarting(result, 'Norway had frozen');
  assert.equal(negated?.negated, true);
  assert.equal(negated?.cue, 'never mentioned');
  const plain = quoteStarting(result, 'the rainforest fund');
  assert.equal(plain?.cue, 'said');
  assert.equal(plain?.negated, undefined);
});

test('"would not say" with a contraction: "wouldn’t say"', () => {
  const quote = quoteStarting(analyse('A spokeswoman for the Bundesbank wouldn’t say how many staff the bank would cut.'), 'how many staff');
  assert.equal(quote?.negated, true);
  assert.equal(quote?.speaker?.name, 'A spokeswoman for the Bundesbank');
});

test('events: a negated quote’s speaker does not vouch for the event inside it', () => {
  const analysed = (text: string) => analyzeArticle(ingestText(text, { published: '2024-11-15' }));
  const denied = analysed('Russian Foreign Minister Sergei Lavrov did not say that Ukraine attacked Russia.');
  const said = analysed('Russian Foreign Minister Sergei Lavrov said that Ukraine attacked Russia.');
  const attack = (events: typeof said.events) => events.find((e) => e.root === '19');
  assert.ok(attack(denied.events), 'the attack is coded');
  assert.equal(attack(denied.events)?.attributedTo, null);
  assert.equal(attack(said.events)?.attributedTo, 'Sergei Lavrov');
});
