// Verbs of promising, wanting, urging and proposing with an infinitive or noun-phrase complement: split and
// negated infinitives ("vowed to harshly punish …", "vowed not to …"), objects after a verb that may also
// take a listener ("promised lower taxes", "urges restraint").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, claimsIn, quoteStarting, speakerOf } from './helpers.ts';

function assertCommitment(text: string, start: string, speaker: string, cue: string, content: string): void {
  const quote = quoteStarting(analyse(text), start);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, cue);
  assert.equal(quote?.text, content);
}

test('an adverb splitting the infinitive of a vow leaves it the vow\'s content', () => {
  assertCommitment('The governor vowed to swiftly punish the officials who leaked the memo.', 'to swiftly', 'The governor', 'vowed', 'to swiftly punish the officials who leaked the memo');
});

test('a coordinated vow with a split infinitive keeps the clause\'s subject', () => {
  assertCommitment('The senator also released her housing plan and pledged to sharply cut rents in the city.', 'to sharply', 'The senator', 'pledged', 'to sharply cut rents in the city');
});

test('a cue verb in a negated infinitive starts from the vow governing it', () => {
  assertCommitment('The chairman vowed not to repeat the errors of the last campaign.', 'the errors', 'The chairman', 'vowed not to repeat', 'the errors of the last campaign');
});

test('a negated intention is a stance\'s content', () => {
  const claim = claimsIn('The mayor decided not to seek a third term.').find((c) => c.cue === 'decided');
  assert.equal(claim?.speaker, 'The mayor');
  assert.equal(claim?.text, 'not to seek a third term');
});

test('a vow not to do what no cue names is the vow\'s content', () => {
  assertCommitment('The company vows not to hire new staff until the audit ends.', 'not to hire', 'The company', 'vows', 'not to hire new staff until the audit ends');
});

test('a promised noun phrase with a preposition after it is no one promised to', () => {
  assertCommitment('The candidate promised tax credits for small farms.', 'tax credits', 'The candidate', 'promised', 'tax credits for small farms');
});

test('what is urged may be a noun phrase', () => {
  assertCommitment('A senator urges sanctions on the regime.', 'sanctions', 'A senator', 'urges', 'sanctions on the regime');
});

test('what is demanded may be a noun phrase', () => {
  assertCommitment('The union will demand higher wages for night shifts.', 'higher', 'The union', 'will demand', 'higher wages for night shifts');
});

test('"is promising" with an object is a cue the tagger took for an adjective', () => {
  assertCommitment('Senator Ruiz is now promising cheaper rents and better buses to every district.', 'cheaper', 'Senator Ruiz', 'is now promising', 'cheaper rents and better buses to every district');
  // With no object, or after "this", it stays an adjective.
  assert.deepEqual(claimsIn('The early results are promising, and this is promising news for the clinic.'), []);
});

test('an object ends before a clause of its own after a comma and a conjunction', () => {
  assertCommitment('The mayor has praised the new stadium deal, but the council has delayed its final decision.', 'the new', 'The mayor', 'has praised', 'the new stadium deal');
});

test('an object ends before a subordinate clause with a subject of its own', () => {
  assertCommitment('The governor thanked the volunteers, praising the nurses while the crowd cheered.', 'the nurses', 'The governor', 'praising', 'the nurses');
});

test('"pooh-pooh" bears on a noun with its clause', () => {
  assertCommitment('The governor has pooh-poohed the forecast that the dam could fail.', 'the forecast', 'The governor', 'has pooh-poohed', 'the forecast that the dam could fail');
});

test('views a speaker propounds are the object with their relative clause', () => {
  assertCommitment('The senator is propounding ideas that alarm her own party.', 'ideas', 'The senator', 'is propounding', 'ideas that alarm her own party');
});

test('what a speaker agrees to may be a noun phrase after the preposition', () => {
  assertCommitment('The utility agreed to a $2 million fine from the state regulator.', 'a $2 million', 'The utility', 'agreed to', 'a $2 million fine from the state regulator');
});

test('what a speaker insists on may be a gerund', () => {
  assertCommitment('The mayor has insisted on hiring more inspectors.', 'hiring', 'The mayor', 'has insisted on', 'hiring more inspectors');
});

test('a demand ends before a coordinated refusal after a comma and an adverb', () => {
  const text = 'The mayor demanded patience from residents, yet refused to publish the budget.';
  assertCommitment(text, 'patience', 'The mayor', 'demanded', 'patience from residents');
  const refusal = claimsIn(text).find((c) => c.cue === 'yet refused');
  assert.equal(refusal?.speaker, 'The mayor');
  assert.equal(refusal?.text, 'to publish the budget');
});

test('"what" after "be" stands for what is hoped or wanted', () => {
  const hoped = claimsIn('At least that is what the union now hopes.').find((c) => c.cue === 'now hopes');
  assert.equal(hoped?.speaker, 'the union');
  assert.equal(hoped?.text, 'what');
  const wanted = claimsIn('A lower fare is what the riders want.').find((c) => c.cue === 'want');
  assert.equal(wanted?.speaker, 'the riders');
  assert.equal(wanted?.text, 'what');
});

test('a publisher\'s note attributes nothing, even a pledge', () => {
  const text = 'The council met on Monday. Editor’s note: The mayor is a bully who has repeatedly pledged to close every shelter in the city.';
  assert.deepEqual(claimsIn(text), []);
});

test('a gerund cue after "avoid" starts from it and is negated', () => {
  const text = 'The governor avoids criticizing the union’s leaders.';
  assertCommitment(text, 'the union', 'The governor', 'avoids criticizing', 'the union’s leaders');
  assert.equal(quoteStarting(analyse(text), 'the union')?.negated, true);
});
