// Participles whose speaker is the phrase they follow, when the tagger took the participle for a noun or
// adjective ("…, with three in 10 saying …"), and participles after a comma that closes an issued message.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

function assertParticiple(text: string, start: string, speaker: string, cue: string, content: string): void {
  const quote = quoteStarting(analyse(text), start);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, cue);
  assert.equal(quote?.text, content);
}

test('a share of respondents before a participle tagged as a noun says what follows it', () => {
  assertParticiple('Turnout was low, with one in five saying the race did not matter to them.', 'the race', 'one in five', 'saying', 'the race did not matter to them');
});

test('a ratio before "saying" after the main clause of a sentence with its own cue', () => {
  assertParticiple('Most delegates backed the rules, with two in three saying the fight was over.', 'the fight', 'two in three', 'saying', 'the fight was over');
});

test('a percentage before a warning with "that"', () => {
  assertParticiple('The survey found deep divisions, with 12 percent warning that the economy would collapse.', 'the economy', '12 percent', 'warning', 'the economy would collapse');
});

test('a ratio before an insisting participle with "that"', () => {
  assertParticiple('The poll was grim, with two in three insisting that the country was on the wrong track.', 'the country', 'two in three', 'insisting', 'the country was on the wrong track');
});

test('a ratio before "saying" with a pronoun opening what is said', () => {
  assertParticiple('The union vote was lopsided, with nine in 10 saying they backed the contract.', 'they backed', 'nine in 10', 'saying', 'they backed the contract');
});

test('a participle after a comma is no part of an issued message\'s cue', () => {
  assertParticiple('The mayor announced Tuesday he filed his statement of candidacy with the board, saying the city needed new leadership.', 'the city', 'The mayor', 'saying', 'the city needed new leadership');
});

test('a participle after a comma closing a sent letter is the sender\'s own cue', () => {
  const text = 'The senator sent a letter to the board on Monday, urging it to reject the plan.';
  const quote = quoteStarting(analyse(text), 'to reject');
  assert.equal(speakerOf(text, quote), 'The senator');
  assert.equal(quote?.cue, 'urging');
});
