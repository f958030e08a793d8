// Nouns of belief, estimate and proposal owned by a possessor: "the governors' estimates of …",
// "her interpretation of …", "the senator's proposal to …".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, claimsIn, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"the two governors\' rival estimates of …": the owners hold the estimate', () => {
  const text = "The two governors' rival estimates of the deficit differ by a billion dollars.";
  const stance = stanceWith(analyse(text), 'estimates of');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'The two governors');
  assert.equal(stance?.text, 'the deficit');
  // With no owner an estimate is no stance.
  assert.equal(stanceWith(analyse('Estimates of the damage vary widely.'), 'estimates of'), undefined);
});

test('"the treasurer\'s estimate that …": an estimate may bear on a clause', () => {
  const text = "The treasurer's estimate that revenue would fall by a fifth alarmed the council.";
  const stance = stanceWith(analyse(text), 'estimate');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'The treasurer');
  assert.match(stance?.text ?? '', /^revenue would fall by a fifth/);
});

test('"the senator\'s proposal to …": an infinitive in the subject ends before the predicate', () => {
  const text = "The senator's proposal to raise the fuel tax died in committee.";
  const stance = stanceWith(analyse(text), 'proposal to');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'The senator');
  assert.equal(stance?.text, 'raise the fuel tax');
});

test('"his dislike for …", "her interpretation of …", "the mayor\'s perception of …"', () => {
  const text = "Despite his dislike for the party's leaders, Moreno stayed. Okafor defended her interpretation of the treaty. The mayor's perception of the strike changed overnight.";
  const result = analyse(text);
  assert.equal(spanText(text, stanceWith(result, 'dislike for')?.holderSpan ?? null), 'his');
  assert.equal(stanceWith(result, 'dislike for')?.text, "the party's leaders");
  assert.equal(spanText(text, stanceWith(result, 'interpretation of')?.holderSpan ?? null), 'her');
  assert.equal(stanceWith(result, 'interpretation of')?.text, 'the treaty');
  assert.equal(spanText(text, stanceWith(result, 'perception of')?.holderSpan ?? null), 'The mayor');
});

test('"the governor\'s endorsement for …", "the campaign\'s declaration of …"', () => {
  const text = "The governor's endorsement for the mayor came late. The campaign's declaration of victory was premature.";
  const result = analyse(text);
  assert.equal(spanText(text, stanceWith(result, 'endorsement for')?.holderSpan ?? null), 'The governor');
  assert.equal(stanceWith(result, 'endorsement for')?.text, 'the mayor');
  assert.equal(stanceWith(result, 'declaration of')?.text, 'victory');
});

test('"her passion for …": the owner holds it', () => {
  const text = 'Lawmakers praised her passion for rural broadband.';
  const stance = stanceWith(analyse(text), 'passion for');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'her');
  assert.equal(stance?.text, 'rural broadband');
});

test('"their chants of …": the crowd\'s chant bears on what it chanted', () => {
  const text = 'Outside the hall, their chants of "No more war" drowned out the speeches.';
  const stance = stanceWith(analyse(text), 'chants of');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'their');
  assert.match(stance?.text ?? '', /No more war/);
});

test('in the subject, what a noun introduces ends before the predicate: "his insistence on cutting taxes worried …"', () => {
  const text = 'His insistence on cutting taxes worried the party. The mayor\'s passion for cycling angered drivers.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'insistence on')?.text, 'cutting taxes');
  assert.equal(spanText(text, stanceWith(result, 'passion for')?.holderSpan ?? null), 'The mayor');
  assert.equal(stanceWith(result, 'passion for')?.text, 'cycling');
});

/** The claim in `text` whose cue is `cue`, as speaker phrase, cue and content. */
function assertClaim(text: string, cue: string, speaker: string, content: string): void {
  const claim = claimsIn(text).find((c) => c.cue === cue);
  assert.equal(claim?.speaker, speaker);
  assert.equal(claim?.text, content);
}

test('a noun its object pronoun owns is held by the verb\'s subject, the verb joining the cue: "continues his adulation of …"', () => {
  assertClaim('The mayor continues his adulation of the tycoon.', 'continues his adulation of', 'The mayor', 'the tycoon');
  assertClaim('The senator renewed her criticism of the plan.', 'renewed her criticism of', 'The senator', 'the plan');
});

test('in an infinitive after a verb that has its object act, the object holds it: "prompted the governor to abandon his opposition to …"', () => {
  assertClaim('The flood prompted the governor to abandon his opposition to the levy.', 'abandon his opposition to', 'the governor', 'the levy');
});

test('a cue verb keeps the noun as its own object: "defended his decision to …" is no stance of the defender', () => {
  const claims = claimsIn('Reyes defended his decision to close the plant.');
  assert.equal(claims.find((c) => c.cue === 'defended his decision to'), undefined);
  assert.equal(claims.find((c) => c.cue === 'defended')?.speaker, 'Reyes');
});

test('the owner of a possessive past a preposition after a phrase that holds no view: "a metaphor for the party\'s rejection of …"', () => {
  assertClaim("It was a metaphor for the party's rejection of the treaty.", 'rejection of', 'the party', 'the treaty');
});

test('"the board\'s disdain for …": an owned noun of disdain', () => {
  assertClaim("The board's disdain for the nominee was plain.", 'disdain for', 'The board', 'the nominee');
});

test('"has been a steady and vocal supporter of …": coordinated adjectives before the supporter', () => {
  assertClaim('Delgado has been a steady and vocal supporter of the union.', 'has been a steady and vocal supporter of', 'Delgado', 'the union');
});

test('"in hopes of …" is held by the subject of the clause it is an adjunct of, not the phrase before it', () => {
  assertClaim('Sanders toured the state, which votes next week, in hopes of winning it.', 'in hopes of', 'Sanders', 'winning it');
  assertClaim('They chose the first road with hopes of coming back to the second.', 'with hopes of', 'They', 'coming back to the second');
});

test('"has no illusions about …", "are in despair over …"', () => {
  assertClaim("Gomez has no illusions about the regime's intentions.", 'has no illusions about', 'Gomez', "the regime's intentions");
  assertClaim("Its leaders privately are in despair over the council's statements.", 'privately are in despair over', 'Its leaders', "the council's statements");
});

test('a stance noun the tagger took for a verb after "\'s" and an adverb is a noun: "the county police\'s earlier claim that …"', () => {
  assertClaim("The county police's earlier claim that the officer fired once was wrong.", 'claim', 'The county police', 'the officer fired once was wrong');
});

test('a date may stand between an owned noun and what introduces its content: "the governor\'s comments Tuesday on …"', () => {
  assertClaim("Critics doubted the governor's comments Tuesday on the strike.", 'comments Tuesday on', 'the governor', 'the strike');
  assertClaim("The senator's pledge last month to raise the fuel tax died in committee.", 'pledge last month to', 'The senator', 'raise the fuel tax');
});

test('"the minister\'s statement that …", "her statement about …": an owned statement', () => {
  assertClaim("The flood undid the minister's statement that the dam was safe.", 'statement', 'the minister', 'the dam was safe');
  assertClaim('Her statement about the audit surprised the board.', 'statement about', 'Her', 'the audit');
});

test('"the mayor\'s decision not to …": a negation before the word that introduces the content joins the cue', () => {
  assertClaim("The flood followed the mayor's decision not to raise the levee.", 'decision not to', 'the mayor', 'raise the levee');
});

test('"the union\'s appeals for …", "the mayor\'s claim to be …": owned appeals and claims to', () => {
  assertClaim("The strike ended the union's appeals for a higher wage.", 'appeals for', 'the union', 'a higher wage');
  assertClaim("The flood weakened the mayor's claim to be a careful steward.", 'claim to', 'the mayor', 'be a careful steward');
});
