// Outlets, documents and media artefacts as sources: what a report, an ad or a newspaper details, features or
// shows ("the newspaper has also detailed …", "the ad then references …", "the spot features a report that …").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

function assertClaim(text: string, start: string, speaker: string, cue: string, content: string): void {
  const quote = quoteStarting(analyse(text), start);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, cue);
  assert.equal(quote?.text, content);
}

test('a past form the tagger took for an adjective after a noun and an adverb is a cue', () => {
  assertClaim('The memo also referenced the cost of the program to taxpayers.', 'the cost', 'The memo', 'also referenced', 'the cost of the program to taxpayers');
});

test('a past form the tagger took for an adjective after "has" is a perfect cue', () => {
  assertClaim('The magazine has detailed the payments to the council members.', 'the payments', 'The magazine', 'has detailed', 'the payments to the council members');
});
