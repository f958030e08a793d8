// A cue joined with no comma to a clause of its own (coordinated, after a preposition, an infinitive of purpose)
// takes the subject of that nearest clause, not the sentence's first subject.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

function speakerFor(text: string, content: string): string | null {
  return speakerOf(text, quoteStarting(analyse(text), content));
}

test('a gerund after a preposition belongs to the subordinate clause it closes', () => {
  const text = 'The striker was dropped from the squad on Monday, a day after he drew heavy criticism for defending the coach.';
  const quote = quoteStarting(analyse(text), 'the coach');
  assert.equal(quote?.cue, 'defending');
  assert.equal(speakerOf(text, quote), 'he');
});

test('"as she did by announcing …": the speaker is the subject of the "as" clause', () => {
  const text = 'Ms. Okafor likes to surprise her hosts, as she did last year by announcing a new trade deal.';
  assert.equal(speakerFor(text, 'a new trade deal'), 'she');
});

test('a gerund after "by" in a "when" clause is that clause subject\'s', () => {
  const text = 'Pereira lost his seat in 2019, when voters turned against him by accusing him of fraud.';
  assert.equal(speakerFor(text, 'him of fraud'), 'voters');
});

test('a cue coordinated inside a "where" clause is its subject\'s', () => {
  const text = 'The minister visited Nairobi, where she met with local traders and promised new loans for farmers.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'promised');
  assert.equal(speakerOf(text, quote), 'she');
});

test('a cue coordinated inside an "after" clause is its subject\'s', () => {
  const text = 'The envoy left Geneva on Tuesday after she met the rebels and warned that the truce would collapse.';
  const quote = quoteStarting(analyse(text), 'the truce would collapse');
  assert.equal(quote?.cue, 'warned');
  assert.equal(speakerOf(text, quote), 'she');
});

test('a cue coordinated after a clause opened by "until" or ", and after …" is that clause subject\'s', () => {
  const until = 'Talks stalled in Oslo until the foreign minister arrived and insisted that the border stay open.';
  assert.equal(speakerFor(until, 'the border stay open'), 'the foreign minister');
  const after = 'Ramos lost the vote in March, and after the count she smiled and said the party would recover.';
  assert.equal(speakerFor(after, 'the party would recover'), 'she');
});

test('after a semicolon a coordinated cue takes the new clause subject', () => {
  const text = 'The union voted on Friday; its leader stood up, thanked the members and said the strike was over.';
  assert.equal(speakerFor(text, 'the strike was over'), 'its leader');
});

test('an infinitive of purpose inside a subordinate clause is its subject\'s', () => {
  const text = 'The council adjourned on Monday, after the mayor flew to Accra to defend the budget.';
  const quote = quoteStarting(analyse(text), 'the budget');
  assert.equal(quote?.cue, 'defend');
  assert.equal(speakerOf(text, quote), 'the mayor');
});

test('a relative aside before the cue still leaves a coordinated cue to the clause after it', () => {
  const text = 'The coach, who rarely speaks, was fined after he praised the referee and admitted the team had cheated.';
  assert.equal(speakerFor(text, 'the team had cheated'), 'he');
});
