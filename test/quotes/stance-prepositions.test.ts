// Stances read from an adjective, noun or verb with the preposition that introduces what they bear on:
// "are worried about …", "remain hostile to …", "a staunch critic of …".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"are worried about …", "remain deeply hostile to …", "is angry at …": an adjective with its preposition', () => {
  const text = 'Party leaders in Nairobi are worried about the unrest. The ministers remain deeply hostile to the pipeline deal. The senator is angry at the ministry.';
  const result = analyse(text);
  const worried = stanceWith(result, 'are worried about');
  assert.equal(spanText(text, worried?.holderSpan ?? null), 'Party leaders in Nairobi');
  assert.equal(worried?.text, 'the unrest');
  const hostile = stanceWith(result, 'remain deeply hostile to');
  assert.equal(spanText(text, hostile?.holderSpan ?? null), 'The ministers');
  assert.equal(hostile?.text, 'the pipeline deal');
  assert.equal(stanceWith(result, 'is angry at')?.text, 'the ministry');
});

test('"were evenly split on whether …", "is not interested in …", "have become increasingly vocal about …"', () => {
  const text = 'Most farmers were evenly split on whether the tariffs would help. She is not interested in a third term. Opposition lawmakers have become increasingly vocal about the need for new elections.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'were evenly split on')?.text, 'whether the tariffs would help');
  assert.equal(stanceWith(result, 'is not interested in')?.text, 'a third term');
  assert.equal(stanceWith(result, 'have become increasingly vocal about')?.text, 'the need for new elections');
});

test('after a preposition only a marked clause opens: "worried about the economy; most said …"', () => {
  const text = 'Voters in Lagos were worried about the economy; most said they would vote anyway.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'were worried about')?.text, 'the economy');
  assert.equal(result.quotes.find((q) => q.cue === 'said')?.text, 'they would vote anyway');
});

test('"the investigation is focused on …", "the park is open to …": no one holds these', () => {
  const result = analyse('The investigation is focused on the emails. The park is open to the public.');
  assert.deepEqual(result.stances, []);
});

test('"worry about …", "are hoping for …", "still believe in …", "disagree on …": a stance verb with its preposition', () => {
  const text = 'Many residents worry about attacks on the border villages. The rebels are hoping for a truce. Most delegates still believe in the two-state solution. Senior officials disagree on what the troops will do.';
  const result = analyse(text);
  const worry = stanceWith(result, 'worry about');
  assert.equal(spanText(text, worry?.holderSpan ?? null), 'Many residents');
  assert.equal(worry?.text, 'attacks on the border villages');
  assert.equal(stanceWith(result, 'are hoping for')?.text, 'a truce');
  assert.equal(stanceWith(result, 'still believe in')?.text, 'the two-state solution');
  assert.equal(stanceWith(result, 'disagree on')?.text, 'what the troops will do');
});

test('"is mulling …" is a stance; "has long maintained that …" a claim, "maintains a wide lead" none', () => {
  const text = 'The cabinet is mulling a new curfew. The ministry has long maintained that the strikes hit only military targets. The ruling party maintains a wide lead in the polls.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'is mulling')?.text, 'a new curfew');
  const maintained = result.quotes.find((q) => q.cue?.startsWith('has long maintained'));
  assert.equal(spanText(text, maintained?.speakerSpan ?? null), 'The ministry');
  assert.equal(maintained?.text, 'the strikes hit only military targets');
  assert.equal(result.quotes.filter((q) => q.cue?.startsWith('maintains')).length, 0);
});

test('"has been a vocal critic of …", "remains a proponent of …": an agent noun after a copula', () => {
  const text = 'The senator has been a vocal critic of the ceasefire deal. She remains a proponent of changes to the asylum system. The old bridge was a backer of nothing.';
  const result = analyse(text);
  const critic = stanceWith(result, 'has been a vocal critic of');
  assert.equal(spanText(text, critic?.holderSpan ?? null), 'The senator');
  assert.equal(critic?.text, 'the ceasefire deal');
  assert.equal(stanceWith(result, 'remains a proponent of')?.text, 'changes to the asylum system');
  assert.equal(stanceWith(result, 'was a backer of'), undefined);
});

test('"those who fear …": a demonstrative standing alone is what "who" refers to', () => {
  const text = 'Among those who fear a wider war, most back the talks.';
  const stance = stanceWith(analyse(text), 'fear');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'who');
  assert.equal(stance?.text, 'a wider war');
});

test('"is looking to …" is what the holder means to do; "look to Beijing for relief" is not', () => {
  const text = 'The governor is looking to cut fuel subsidies. Exporters look to Beijing for relief. The minister pondered a snap election.';
  const result = analyse(text);
  const looking = stanceWith(result, 'is looking to');
  assert.equal(spanText(text, looking?.holderSpan ?? null), 'The governor');
  assert.equal(looking?.text, 'cut fuel subsidies');
  assert.equal(stanceWith(result, 'look to'), undefined);
  assert.equal(stanceWith(result, 'pondered')?.text, 'a snap election');
});

test('"is committed to peace" bears on a noun phrase as well as on an infinitive', () => {
  const text = 'The party is committed to peace. Its leader is committed to winning the seat.';
  const result = analyse(text);
  assert.deepEqual(
    result.stances.map((s) => s.text),
    ['peace', 'winning the seat'],
  );
});

test('a holder in an opening subordinate clause holds no more than it: "If X looks to …, Y is seeking …"', () => {
  const text = 'If the mayor looks to build on his lead, the governor is seeking to stop the bleeding. Though she led the polls, she had hoped a push by volunteers would carry the state.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'looks to')?.text, 'build on his lead');
  assert.equal(stanceWith(result, 'is seeking')?.text, 'to stop the bleeding');
  assert.equal(stanceWith(result, 'had hoped')?.text, 'a push by volunteers would carry the state');
});

test('"pledged their support to …": a pledge may bear on a noun phrase', () => {
  const text = 'Two delegates pledged their support to the governor.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'pledged');
  assert.equal(spanText(text, quote?.speakerSpan ?? null), 'Two delegates');
  assert.equal(quote?.text, 'their support to the governor');
});

test('"a group of rabbis called for …" is a cue phrase, not a naming ("a group called Citizens for Peace")', () => {
  const text = 'A group of rabbis called for a boycott of the speech. He runs a group called Citizens for Peace.';
  const result = analyse(text);
  const call = result.quotes.find((q) => q.cue === 'called for');
  assert.equal(spanText(text, call?.speakerSpan ?? null), 'A group of rabbis');
  assert.equal(call?.text, 'a boycott of the speech');
  assert.equal(result.quotes.length, 1);
});

test('"began calling for …", "kept insisting that …": a verb of aspect before a gerund cue is part of it', () => {
  const text = 'The residents began calling for a new inquiry. The mayor kept insisting that the vote was fair.';
  const result = analyse(text);
  const calling = result.quotes.find((q) => q.cue === 'began calling for');
  assert.equal(spanText(text, calling?.speakerSpan ?? null), 'The residents');
  assert.equal(calling?.text, 'a new inquiry');
  const insisting = result.quotes.find((q) => q.cue === 'kept insisting');
  assert.equal(spanText(text, insisting?.speakerSpan ?? null), 'The mayor');
  assert.equal(insisting?.text, 'the vote was fair');
});

test('"voted in favor of …", "came out in support of …", "has spoken out in favour of …"', () => {
  const text = 'The council voted in favor of the bill. The senator came out in support of the governor. The bishop has spoken out in favour of the ceasefire.';
  const result = analyse(text);
  assert.equal(result.quotes.find((q) => q.cue === 'voted in favor of')?.text, 'the bill');
  const support = result.quotes.find((q) => q.cue === 'came out in support of');
  assert.equal(spanText(text, support?.speakerSpan ?? null), 'The senator');
  assert.equal(support?.text, 'the governor');
  assert.equal(result.quotes.find((q) => q.cue === 'has spoken out in favour of')?.text, 'the ceasefire');
});

test('"has made no secret of …", "made no mention of …"', () => {
  const text = 'The minister has made no secret of his disdain for the treaty. The communique made no mention of the strikes.';
  const result = analyse(text);
  const secret = result.quotes.find((q) => q.cue === 'has made no secret of');
  assert.equal(spanText(text, secret?.speakerSpan ?? null), 'The minister');
  assert.equal(secret?.text, 'his disdain for the treaty');
  assert.equal(result.quotes.find((q) => q.cue === 'made no mention of')?.text, 'the strikes');
});

test('"launched a fierce attack on …", "has taken a firm stance against …", but an army launching an attack says nothing', () => {
  const text = 'The senator launched a fierce attack on the bill. Beijing has taken a firm stance against the visit. The army launched an attack on the town.';
  const result = analyse(text);
  const attack = result.quotes.find((q) => q.cue === 'launched a fierce attack on');
  assert.equal(spanText(text, attack?.speakerSpan ?? null), 'The senator');
  assert.equal(attack?.text, 'the bill');
  assert.equal(result.quotes.find((q) => q.cue === 'has taken a firm stance against')?.text, 'the visit');
  assert.equal(result.quotes.length, 2);
});

test('a holder may be respondents or part of a group: "those polled were split on …", "fifteen percent of voters were undecided about …"', () => {
  const text = 'Those polled were evenly split on the question. Fifteen percent of voters were undecided about the race. Much of the security establishment is hostile to the candidate.';
  const result = analyse(text);
  assert.equal(spanText(text, stanceWith(result, 'were evenly split on')?.holderSpan ?? null), 'Those polled');
  assert.equal(spanText(text, stanceWith(result, 'were undecided about')?.holderSpan ?? null), 'Fifteen percent of voters');
  assert.equal(stanceWith(result, 'is hostile to')?.text, 'the candidate');
});

test('"remain confident that …", "are not confident that …": an adjective before a clause after any copula', () => {
  const text = 'His donors remain confident that he will win. Many farmers are not confident that the minister understands them.';
  const result = analyse(text);
  const remain = stanceWith(result, 'remain confident that');
  assert.equal(spanText(text, remain?.holderSpan ?? null), 'His donors');
  assert.equal(remain?.text, 'he will win');
  assert.equal(stanceWith(result, 'are not confident that')?.text, 'the minister understands them');
});
