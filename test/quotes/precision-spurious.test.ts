// Spurious sources and cues found on PolNeAR's train split, read the way its annotators read them: a
// heading that names no one, the speaker of a participle after an object, split names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsIn } from './helpers.ts';

const speakerOf = (text: string, cue: string) => claimsIn(text).find((c) => c.cue === cue)?.speaker;

test('a title before a colon names no one unless the article names it again ("Stealth Over Health: …")', () => {
  const title = 'Stealth Over Health: Hillary Clinton Was Headed to ER But Diverted to Avoid Bad Optics. The New York Post reports that her team avoided the hospital.';
  assert.deepEqual(
    claimsIn(title).map((c) => c.cue),
    ['reports'],
  );
  assert.equal(speakerOf('The Ninth Circle: The Hellish View from Inside the Beltway. In our last epistle we mocked the hopefuls.', ':'), undefined);
  // A name the article names again, a plain name, and a noun for a kind of source still head what follows.
  const named = 'Former AG Mukasey at RNC: Clinton email scandal disqualifies her. Michael Mukasey told delegates that she broke the law.';
  assert.equal(speakerOf(named, ':'), 'Former AG Mukasey at RNC');
  assert.equal(speakerOf('Lynch: No outside influence on FBI probe into Clinton emails.', ':'), 'Lynch');
  assert.equal(speakerOf('Poll: Clinton and Sanders in dead heat in California.', ':'), 'Poll');
  assert.equal(speakerOf('Insiders: Trump will rebound in New Hampshire.', ':'), 'Insiders');
});

test('a list after a heading counts words, not tokens ("Lou D’Allesandro" is two)', () => {
  assert.deepEqual(claimsIn('New Hampshire: Charlie Arlinghaus, Lou D’Allesandro, Martha Fuller Clark, Jack Heath, Rich Killion.'), []);
});

test('what an issuer puts out is no speaker of the participle describing it ("issued a statement saying …")', () => {
  // A message noun joins the cue (see communication-acts); another object leaves the participle alone as the cue.
  assert.equal(speakerOf('Trump and Ryan issued a statement describing their meeting as a very positive step toward unification.', 'issued a statement describing'), 'Trump and Ryan');
  assert.equal(speakerOf('The Vermont senator emailed supporters saying the struggle continues.', 'saying'), 'The Vermont senator');
  assert.equal(speakerOf('His office put out a statement saying the country cannot vet every refugee.', 'put out a statement saying'), 'His office');
  // A noun before a participle is its speaker when no issuing verb governs it.
  assert.equal(speakerOf('Democrats supporting Mrs. Clinton have pointed to Senator Harry Reid.', 'supporting'), 'Democrats');
});

test('a participle after the object of a clause closed by a comma is its subject’s ("attacked Trump, …, calling him …")', () => {
  const text = "Bush, Florida's former governor, also attacked Trump, with whom he clashed at the debate, calling him a loser.";
  assert.equal(speakerOf(text, 'calling'), 'Bush');
  assert.equal(speakerOf('Mr. Carson endorsed Mr. Trump at a news conference, calling him a very intelligent man.', 'calling'), 'Mr. Carson');
  // After an inverted cue the participle is that cue's speaker's.
  assert.equal(speakerOf('“It is over,” said Devine, suggesting that the coming contests would be calmer.', 'suggesting'), 'Devine');
});

test('a participle after a trailing cue is its speaker’s, not the subject of the sentence’s first verb', () => {
  const text = 'The former secretary of state will play the woman card, Fiorina said, adding that the way to beat her is her record.';
  assert.equal(speakerOf(text, 'adding'), 'Fiorina');
});

test('a first name the tagger takes for a verb stays in the name after a title ("spokesman Josh Schwerin", "Sen. Ted Cruz")', () => {
  assert.equal(speakerOf('Clinton spokesman Josh Schwerin said the remarks were outrageous.', 'said'), 'Clinton spokesman Josh Schwerin');
  const hicks = claimsIn('Trump campaign spokeswoman Hope Hicks said the group was created independently.');
  assert.deepEqual(
    hicks.map((c) => [c.cue, c.speaker]),
    [['said', 'Trump campaign spokeswoman Hope Hicks']],
  );
  assert.equal(speakerOf('Republican Presidential hopeful Sen. Ted Cruz was also critical of the plan, telling reporters it would fail.', 'telling'), 'Republican Presidential hopeful Sen. Ted Cruz');
});

test('an infinitive after a verb that has its object act is the object’s ("prompted Rubio to make a joke")', () => {
  assert.equal(speakerOf('That prompted Rubio to make a joke about yoga.', 'make a joke about'), 'Rubio');
  assert.equal(speakerOf('The sleepy timing of the debate led Republicans to say that Democrats were protecting her.', 'say'), 'Republicans');
  // An infinitive of purpose after any other verb's object is the subject's.
  assert.equal(speakerOf('He also gave an eight-hour floor speech to defend himself.', 'defend'), 'He');
});

test('a cue followed by its object closes no sentence before it ("A year later, Mr. Obama called Naghmeh Abedini.")', () => {
  assert.deepEqual(claimsIn('A year later, Mr. Obama called Naghmeh Abedini.'), [{ cue: 'called', speaker: 'Mr. Obama', text: 'Naghmeh Abedini' }]);
  // An adverbial of time is no answer: "Then, last week, Eric Trump called."
  assert.deepEqual(claimsIn('Then, last week, Eric Trump called.'), []);
  // A trailing cue still closes what precedes it, past its dates.
  assert.deepEqual(claimsIn('The economy is slowing, the officials said Monday.'), [{ cue: 'said', speaker: 'the officials', text: 'The economy is slowing' }]);
});

test('a cue verb and a particle of another sense report nothing ("showed up", "backed away from")', () => {
  assert.deepEqual(claimsIn('One voter, Guadalupe Potocacetpl, showed up in the brown beret gear of a nationalist group.'), []);
  assert.deepEqual(claimsIn('The former Mrs. Trump recently backed away from the claim.'), []);
});

test('"focus on" in an infinitive of purpose is no speech ("stayed off the airwaves to focus on New Hampshire")', () => {
  assert.deepEqual(claimsIn('Rubio stayed off the airwaves to focus on New Hampshire.'), []);
  assert.equal(speakerOf('The Daily News focuses on how many people the terrorists were able to kill.', 'focuses on'), 'The Daily News');
});
