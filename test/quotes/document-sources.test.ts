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

test('a report documents what it bears on', () => {
  assertClaim('The report also documented several cases where the mayor acted for donors.', 'several cases', 'The report', 'also documented', 'several cases where the mayor acted for donors');
});

test('an ad hits its target; a storm hitting a coast reports nothing', () => {
  assertClaim('The new ad hits the governor for raising fees on farmers.', 'the governor', 'The new ad', 'hits', 'the governor for raising fees on farmers');
  assert.equal(analyse('The storm hit the coast on Monday.').quotes.length, 0);
});

test('an outlet profiles someone; a rally featuring music reports nothing', () => {
  assertClaim('The Daily Tribune profiled a nurse who lost her job.', 'a nurse', 'The Daily Tribune', 'profiled', 'a nurse who lost her job');
  assert.equal(analyse('The rally featured music from a local band.').quotes.length, 0);
});

test('a spot features a clip', () => {
  assertClaim('The campaign spot features a clip of the senator praising the tax plan.', 'a clip', 'The campaign spot', 'features', 'a clip of the senator praising the tax plan');
});

test('an adverb between a subject and a verb the tagger took for a noun', () => {
  assertClaim('The ad then references criticism of the senator\'s record on taxes.', 'criticism of the', 'The ad', 'then references', 'criticism of the senator\'s record on taxes');
});

test('a "that" after the object of a cue opens the object\'s own clause', () => {
  assertClaim('The magazine has also detailed spending that benefited the council.', 'spending', 'The magazine', 'has also detailed', 'spending that benefited the council');
});

test('an article closes with what it implies', () => {
  assertClaim('The article closes with a clear hint about the mayor\'s health.', 'a clear hint', 'The article', 'closes with', 'a clear hint about the mayor\'s health');
});

test('what a paper finds may be a noun phrase', () => {
  assertClaim('One influential paper found gains in math scores.', 'gains', 'One influential paper', 'found', 'gains in math scores');
});

test('what a reporter reports may be a noun phrase; a dateline credit reports nothing', () => {
  assertClaim('A reporter for the Daily Tribune spotted the senator and reported her presence on Twitter.', 'her presence', 'A reporter for the Daily Tribune', 'reported', 'her presence on Twitter');
  assert.equal(analyse('The vote is set for May. Ruiz reported from Madrid.').quotes.length, 0);
});

test('a report provides details', () => {
  assertClaim('The report also provided details of leaks by former staff.', 'details', 'The report', 'also provided', 'details of leaks by former staff');
});

test('what a poll underscores may be a noun phrase', () => {
  assertClaim('The new poll underscores the close link between the mayor\'s image and the party\'s fate.', 'the close link', 'The new poll', 'underscores', 'the close link between the mayor\'s image and the party\'s fate');
});

test('research is a document', () => {
  assertClaim('The research documented a rise in rents.', 'a rise', 'The research', 'documented', 'a rise in rents');
});

test('a speech may focus on something, as a person may', () => {
  assertClaim('The governor\'s victory speech focused on jobs and schools.', 'jobs', 'The governor\'s victory speech', 'focused on', 'jobs and schools');
});

test('an outlet publishes what it reports; a participle describing a report is no cue', () => {
  assertClaim('The Daily Tribune published portions of the governor\'s tax returns.', 'portions', 'The Daily Tribune', 'published', 'portions of the governor\'s tax returns');
  const text = 'A report published Tuesday showed that the agency lost files.';
  const result = analyse(text);
  assert.deepEqual(result.quotes.map((q) => q.cue), ['showed']);
  assert.equal(speakerOf(text, result.quotes[0]), 'A report');
});

test('an ad seizes on remarks', () => {
  assertClaim('A new ad from the mayor\'s campaign is seizing on remarks her rival made.', 'remarks', 'A new ad from the mayor\'s campaign', 'is seizing on', 'remarks her rival made');
});

test('a document\'s author after "by" is part of its phrase', () => {
  assertClaim('A study by a law professor found that fraud was rare.', 'fraud', 'A study by a law professor', 'found', 'fraud was rare');
});

test('what polling averages show may be a noun phrase', () => {
  assertClaim('Polling averages show the mayor with a lead in the low single digits.', 'the mayor', 'Polling averages', 'show', 'the mayor with a lead in the low single digits');
});

test('a cue far more often a noun is a document\'s verb before "that"', () => {
  assertClaim('A memo on the council\'s website states that couples would receive six weeks of leave.', 'couples', 'A memo on the council\'s website', 'states', 'couples would receive six weeks of leave');
});

test('a verb the tagger took for a noun after a participial aside on its subject', () => {
  assertClaim('The 30-second spot, titled "Greedy," features a Daily Tribune report that the mayor paid no taxes.', 'a Daily', 'The 30-second spot', 'features', 'a Daily Tribune report that the mayor paid no taxes');
});
