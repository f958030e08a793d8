// A cue's object or clause ends before a cue or stance verb coordinated with the cue's own verb and
// inflected as it is ("defended his brother and refused to …"): that verb is the speaker's, not part of
// what the speaker said.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, spanText, speakerOf } from './helpers.ts';

/** The quote whose cue is `cue`, with its speaker and text. */
function byCue(text: string, cue: string): { speaker: string | null; text: string } | null {
  const quote = analyse(text).quotes.find((q) => q.cue === cue);
  return quote ? { speaker: speakerOf(text, quote), text: quote.text } : null;
}

test('an object ends before a stance verb coordinated with the cue', () => {
  const text = 'The senator defended his brother and refused to condemn the protesters.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'his brother');
  assert.equal(quote?.cue, 'defended');
  assert.equal(quote?.text, 'his brother');
  const stance = result.stances.find((s) => spanText(text, s.cueSpan) === 'refused');
  assert.equal(spanText(text, stance?.holderSpan), 'The senator');
});

test('an object ends before a cue verb coordinated with the cue, which keeps the speaker', () => {
  const text = 'The governor thanked the volunteers and promised to rebuild the bridge.';
  assert.deepEqual(byCue(text, 'thanked'), { speaker: 'The governor', text: 'the volunteers' });
  assert.deepEqual(byCue(text, 'promised'), { speaker: 'The governor', text: 'to rebuild the bridge' });
});

test('"but" coordinates the second verb too', () => {
  const text = 'Gomez criticized the ruling but pledged to respect it.';
  assert.deepEqual(byCue(text, 'criticized'), { speaker: 'Gomez', text: 'the ruling' });
  assert.deepEqual(byCue(text, 'pledged'), { speaker: 'Gomez', text: 'to respect it' });
});

test('a comma before the conjunction ends the object as well', () => {
  const text = 'The mayor praised the new budget, and warned that property taxes must fall.';
  assert.deepEqual(byCue(text, 'praised'), { speaker: 'The mayor', text: 'the new budget' });
  assert.deepEqual(byCue(text, 'warned'), { speaker: 'The mayor', text: 'property taxes must fall' });
});

test('a clause the tagger reads after the object ends at the coordinated verb', () => {
  const text = 'The spokesman denied the report and insisted the talks were on track.';
  assert.deepEqual(byCue(text, 'denied'), { speaker: 'The spokesman', text: 'the report' });
  assert.deepEqual(byCue(text, 'insisted'), { speaker: 'The spokesman', text: 'the talks were on track' });
});

test('a coordinated verb after a verb of the content\'s own clause stays in the content', () => {
  const text = 'Ms. Diaz said the toll plan failed and cost the port thousands of jobs. Her deputy criticized the toll but promised to keep it.';
  assert.deepEqual(byCue(text, 'said'), { speaker: 'Ms. Diaz', text: 'the toll plan failed and cost the port thousands of jobs' });
  assert.deepEqual(byCue(text, 'criticized'), { speaker: 'Her deputy', text: 'the toll' });
});

test('a coordinated verb that is no cue or stance verb stays in the object', () => {
  const text = 'The minister welcomed the refugees and their families arrived on Monday. The envoy welcomed the truce and vowed to monitor it.';
  const result = analyse(text);
  assert.equal(quoteStarting(result, 'the refugees')?.text.startsWith('the refugees and their families'), true);
  assert.equal(quoteStarting(result, 'the truce')?.text, 'the truce');
});
