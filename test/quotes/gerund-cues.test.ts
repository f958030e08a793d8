// Participle and gerund cues ("by saying …", "after initially saying …"): their speaker is the subject of
// the clause they hang on, and what they say is no part of an earlier cue's content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a gerund after "by" ends the content of the cue whose clause it modifies', () => {
  const text = 'Mayor Hill distanced himself from the Harbor Party by saying he would run as an independent.';
  const result = analyse(text);
  const distanced = result.quotes.find((q) => q.cue === 'distanced himself from');
  assert.equal(distanced?.text, 'the Harbor Party');
  const saying = quoteStarting(result, 'he would run');
  assert.equal(speakerOf(text, saying), 'Mayor Hill');
  assert.equal(saying?.cue, 'saying');
  assert.equal(saying?.text, 'he would run as an independent');
});

test('a gerund after "after" and an adverb takes the subject set off by commas before it', () => {
  const text = 'Ms. Reyes, after initially saying she would not debate the governor, agreed to two televised events.';
  const quote = quoteStarting(analyse(text), 'she would not debate');
  assert.equal(speakerOf(text, quote), 'Ms. Reyes');
  assert.equal(quote?.cue, 'initially saying');
  assert.equal(quote?.text, 'she would not debate the governor');
});

test('a gerund after "before" between commas takes the subject before them', () => {
  const text = 'Senator Ota, before announcing that she would retire in June, thanked her staff in Sapporo.';
  const quote = quoteStarting(analyse(text), 'she would retire');
  assert.equal(speakerOf(text, quote), 'Senator Ota');
  assert.equal(quote?.cue, 'announcing');
  assert.equal(quote?.text, 'she would retire in June');
});
