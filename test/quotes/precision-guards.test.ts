// Readings of cue words that attribute nothing: nouns the tagger took for cue verbs, cue verbs in another
// sense, and colon headlines that are no one's words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './helpers.ts';

/** The cues of every quote and stance found in `text`. */
function cuesIn(text: string): string[] {
  const result = analyse(text);
  return [...result.quotes.map((q) => q.cue), ...result.stances.map((s) => s.cue)].filter((c): c is string => c !== null);
}

test('"states" and "state" are nouns unless the tagger says otherwise ("Western states that vote in March")', () => {
  assert.deepEqual(cuesIn('Most Western states that hold caucuses in March have small Latino populations.'), []);
  assert.deepEqual(cuesIn('However, most state parties release their delegates after the first ballot.'), []);
});

test('"vote for" is a cue only as a verb, not as a noun ("her vote for the bailout")', () => {
  assert.deepEqual(cuesIn('Her vote for the Mexican bailout came up again in the debate.'), []);
  assert.deepEqual(cuesIn('The senator voted for the Mexican bailout in 1995.'), ['voted for']);
});

test('an object pronoun opens no clause after a cue unless its verb follows ("found himself in a race")', () => {
  // What the newcomer promised is a noun phrase; "found" reports nothing.
  assert.deepEqual(cuesIn('The former governor found himself in a bruising race against a wealthy newcomer who has promised jobs.'), ['has promised']);
  assert.ok(cuesIn('The coach recalled him saying the team would win the title.').includes('recalled'));
});

test('"cast their votes for" is a cue with a plural noun too', () => {
  assert.deepEqual(cuesIn('Hundreds of delegates cast their votes for other candidates.'), ['cast their votes for']);
});

test('a heading before a colon attributes no instruction and no list ("Rubio: Finish second", "Ohio: Tim Ames, …")', () => {
  assert.deepEqual(cuesIn('Rubio: Finish second. The Florida senator needs a strong night.'), []);
  assert.deepEqual(cuesIn('Kasich: Just hang on. Nobody has less at stake in Ohio.'), []);
  assert.deepEqual(cuesIn('Ohio: Tim Ames, Brad Lutz, Ann Kemper, Joe Ruiz.'), []);
  assert.deepEqual(cuesIn('Kasich: Ohio will decide the nomination.'), [':']);
});

test('a heading names a speaker only when its phrase fills it ("Kasich fares only a bit better: …")', () => {
  assert.deepEqual(cuesIn('Kasich fares only a bit better: 54% have a negative view of the governor.'), []);
});

test('an expletive "it" speaks no infinitive its adjective governs ("it is hard to say"), unlike a raising one', () => {
  assert.deepEqual(cuesIn('It is hard to say whether the Kenyan plan will survive the vote.'), []);
  assert.deepEqual(cuesIn("It's important to remember that the Chilean deal was signed in May."), []);
  assert.deepEqual(cuesIn('The ministry was quick to deny that the talks had failed.'), ['was quick to deny']);
});

test('a participle naming an indefinite noun inside a longer phrase is no cue ("organizer of a group called …")', () => {
  assert.deepEqual(cuesIn('Tim Baker, the organizer of a group called Citizens for Peace, expects a big crowd.'), []);
});

test('a noun stance between a cue and its content belongs to that cue ("reiterated his belief that …")', () => {
  const result = analyse('The Chilean minister reiterated his belief that the copper deal will pass.');
  assert.deepEqual(result.stances, []);
  assert.equal(result.quotes.length, 1);
  assert.equal(result.quotes[0]?.cue, 'reiterated');
});

test('some cue verbs name another sense in an infinitive of purpose ("had the votes to challenge him", "to find a way")', () => {
  assert.deepEqual(cuesIn('The Peruvian opposition had the votes to challenge the president on the budget.'), []);
  assert.deepEqual(cuesIn('The council met on Friday to find a way around the ruling.'), []);
  assert.deepEqual(cuesIn('The governor went on television to defend the budget.'), ['defend']);
});

test('"continue" reports only a quote beside it ("“…,” she continued"), not what follows it', () => {
  assert.deepEqual(cuesIn('Her victories in the south continue her momentum after the Ohio primary.'), []);
  assert.deepEqual(cuesIn('The senator continued his tour of the Kenyan coast on Monday.'), []);
  assert.deepEqual(cuesIn('“We will win this state,” she continued.'), ['continued']);
});

test('an infinitive completing a noun of right or power is no purpose of the subject\'s, quoted or not', () => {
  const result = analyse('Spokesman Esmaeil Baghaei told a news conference that Tehran "reserves the right" to defend itself under international law.');
  assert.equal(result.quotes.filter((q) => q.cue === 'defend').length, 0);
  assert.equal(result.quotes.filter((q) => q.cue === 'told').length, 1);
});
