import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting } from './helpers.ts';

test('"is expected to": an attribution with a cue and content but no source', () => {
  const quote = quoteStarting(analyse('The Reserve Bank of India is expected to hold interest rates steady on Friday.'), 'hold interest rates');
  assert.equal(quote?.cue, 'is expected to');
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.speakerSpan, null);
  assert.equal(quote?.text, 'hold interest rates steady on Friday');
});

test('"reportedly" before a plain verb is sourceless; before a cue verb it belongs to that cue', () => {
  const result = analyse('The Saudi crown prince is reportedly weighing a visit to Jakarta. The Kremlin reportedly said the grain talks had failed.');
  const rumour = quoteStarting(result, 'weighing a visit');
  assert.equal(rumour?.cue, 'reportedly');
  assert.equal(rumour?.speaker, null);
  const said = quoteStarting(result, 'the grain talks');
  assert.equal(said?.cue, 'reportedly said');
  assert.equal(said?.speaker?.name, 'Kremlin');
});

test('"seemed" and "it appears that": the author’s evidentials, kept as sourceless attributions', () => {
  const result = analyse('The ceasefire in Sudan seemed to be holding on Monday. It appears, however, that aid convoys are still blocked near El Fasher.');
  assert.equal(quoteStarting(result, 'be holding')?.cue, 'seemed to');
  const appears = quoteStarting(result, 'aid convoys');
  assert.equal(appears?.cue, 'It appears');
  assert.equal(appears?.text, 'aid convoys are still blocked near El Fasher');
  // The hedge stays the author's voice too.
  assert.ok(result.voice.some((v) => v.kind === 'hedge' && v.cue === 'seemed to'));
});

test('a seeming cue verb of its own: "appeared to imply" has its subject as speaker', () => {
  const quote = quoteStarting(analyse('The Thai prime minister appeared to imply that the border talks had stalled.'), 'the border talks');
  assert.equal(quote?.cue, 'appeared to imply');
  assert.equal(quote?.speaker?.name, 'The Thai prime minister');
});

test('a passive cue with no agent attributes to no one: "was asked about", "it was announced that"', () => {
  const result = analyse('Ms. Ardern was asked about the housing shortage in Auckland. It was announced that the summit in Nairobi would go ahead.');
  const asked = quoteStarting(result, 'about the housing');
  assert.equal(asked?.cue, 'was asked');
  assert.equal(asked?.speaker, null);
  const announced = quoteStarting(result, 'the summit in Nairobi');
  assert.equal(announced?.cue, 'was announced');
  assert.equal(announced?.speaker, null);
});

test('"Asked whether …, 75 percent said yes": the question is sourceless, the answer is the respondents’', () => {
  const result = analyse('Asked whether the president deserved a second term, 58 percent of Brazilian voters said yes.');
  const asked = quoteStarting(result, 'whether the president');
  assert.equal(asked?.cue, 'Asked');
  assert.equal(asked?.speaker, null);
  assert.equal(asked?.text, 'whether the president deserved a second term');
  const answer = result.quotes.find((q) => q.cue === 'said');
  assert.equal(answer?.text, 'yes');
  assert.equal(answer?.speaker?.name, '58 percent of Brazilian voters');
});

test('a named poll after "in" is the source of the finding it closes or opens', () => {
  const result = analyse('Labour held a 20-point lead among voters under 35 in a new YouGov poll. The Tories gained ground in the polls after the budget.');
  const lead = quoteStarting(result, 'Labour held');
  assert.equal(lead?.cue, 'in');
  assert.equal(lead?.speaker?.name, 'a new YouGov poll');
  assert.equal(lead?.text, 'Labour held a 20-point lead among voters under 35');
  // "the polls" in general names no source.
  assert.equal(quoteStarting(result, 'The Tories'), undefined);
});

test('"is widely seen as": a passive judgement held by no one in particular', () => {
  const quote = quoteStarting(analyse('The port of Gwadar is widely seen as the centrepiece of the corridor.'), 'the centrepiece');
  assert.equal(quote?.cue, 'is widely seen as');
  assert.equal(quote?.speaker, null);
});
