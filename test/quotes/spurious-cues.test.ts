// Words that look like cues but report nothing: idioms built on a cue verb ("let's say", "it goes without
// saying"), a gerund after the preposition of a cue phrase ("In offering analysis of …"); a real cue nearby
// is still read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimsIn } from './helpers.ts';

type Claim = { cue: string | null; speaker: string | null; text: string };

function only(text: string): Claim[] {
  return claimsIn(text);
}

test('"let\'s say" sets up a supposition, not speech; the later cue is read', () => {
  const claims = only("Let's say your daughter wants a degree in law. The adviser said families should start saving early.");
  assert.ok(!claims.some((c) => c.cue === 'say'), JSON.stringify(claims));
  assert.deepEqual(
    claims.find((c) => c.cue === 'said'),
    { cue: 'said', speaker: 'The adviser', text: 'families should start saving early' },
  );
});

test('"it goes without saying that" is the writer\'s, not a claim of "it"', () => {
  const claims = only('It goes without saying that higher fees will anger students.');
  assert.deepEqual(claims, []);
});

test('"it goes without saying" inside a quote\'s content leaves the trailing cue its own', () => {
  const claims = only('It goes without saying that the budget will be late, the treasurer said.');
  assert.ok(!claims.some((c) => c.cue === 'saying'), JSON.stringify(claims));
  assert.deepEqual(claims.find((c) => c.cue === 'said')?.speaker, 'the treasurer');
});

test('"having said that" opens the sentence without reporting anything', () => {
  const claims = only('Having said that, there are some economists who think the levy is too low.');
  assert.ok(!claims.some((c) => c.cue === 'said'), JSON.stringify(claims));
});

test('a gerund after "in" takes the study noun as its object: no source phrase', () => {
  const claims = only("In offering analysis of the governor's race, longtime pollster Sam Reed told radio host Ann Lee on Friday how surprised he is that voters are calm.");
  assert.ok(!claims.some((c) => c.cue === 'In'), JSON.stringify(claims));
  const told = claims.find((c) => c.cue === 'told');
  assert.equal(told?.speaker, 'longtime pollster Sam Reed');
  assert.equal(told?.text, 'how surprised he is that voters are calm');
  // "in" before a named study is still a cue.
  const survey = only('In a new Gallup survey, most voters said the economy was weak.');
  assert.ok(survey.some((c) => c.cue === 'In' && c.speaker === 'a new Gallup survey'), JSON.stringify(survey));
});

test('a participle of finding after a noun that can find nothing is no trailing cue', () => {
  const claims = only('The pact curbs the use of CFCs, harmful chemicals found in aerosols. A new study found that the ozone layer was healing.');
  assert.deepEqual(claims, [{ cue: 'found', speaker: 'A new study', text: 'the ozone layer was healing' }]);
  // An inquiry closing the sentence finds what precedes it.
  assert.deepEqual(only('Several donors gave money under false names, a Herald investigation found.'), [
    { cue: 'found', speaker: 'a Herald investigation', text: 'Several donors gave money under false names' },
  ]);
});

test('charging a price reports nothing; the later cue is read', () => {
  const claims = only('The club charged a $50,000 fee to join. Members said the price was fair.');
  assert.deepEqual(claims, [{ cue: 'said', speaker: 'Members', text: 'the price was fair' }]);
});

test('being charged fees is no agentless claim; charging that a clause holds is still a cue', () => {
  assert.deepEqual(only('Customers were charged fees for accounts they never opened.'), []);
  assert.deepEqual(only('The senator charged that the hearing was a sham.'), [{ cue: 'charged', speaker: 'The senator', text: 'the hearing was a sham' }]);
});

test('"The result:" opens what follows without naming anyone; a plain name before a colon still says it', () => {
  assert.deepEqual(only('The result: Students in city schools take dozens of tests a year.'), []);
  assert.deepEqual(only('Lynch: No outside influence on the probe.'), [{ cue: ':', speaker: 'Lynch', text: 'No outside influence on the probe' }]);
});

test('", say," offering an example is no cue and does not cut the content around it', () => {
  const claims = only("That the bill has only one sponsor shows its prospects are no better than, say, the senator's plan for a flat tax.");
  assert.ok(!claims.some((c) => c.cue === 'say'), JSON.stringify(claims));
  assert.equal(claims.find((c) => c.cue === 'shows')?.text, "its prospects are no better than, say, the senator's plan for a flat tax");
});

test('being shown the door is no agentless report', () => {
  assert.deepEqual(only('The chief executive was shown the door last year.'), []);
});

test('admitting refugees lets people in: no cue, while admitting that a clause holds still is one', () => {
  assert.deepEqual(only('The agency will admit Syrian refugees next year.'), []);
  assert.deepEqual(only('The senator admitted that the plan had failed.'), [{ cue: 'admitted', speaker: 'The senator', text: 'the plan had failed' }]);
});

test('people who were admitted are let in, not told something', () => {
  assert.deepEqual(only('Only 2,000 refugees have been admitted since 2012.'), []);
});
