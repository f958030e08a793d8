// Cue verbs the tagger took for nouns, adjectives or adverbs, keeping their form as lemma, are read as the
// verbs they are: a participle in "-ing" after a comma, a conjunction or a share ("…, mocking his rival", "with
// four in 10 saying …"), an inflected verb after a pronoun ("he disavows …"), a past form after a name
// ("Gowdy referenced …") and a base form after a plural ("officials welcome …").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, spanText, speakerOf } from './helpers.ts';

test('a participle after a comma tagged as a noun is a cue of the clause’s subject', () => {
  const text = 'The governor spoke for an hour, mocking his rival as a tourist who had never seen a farm.';
  const quote = quoteStarting(analyse(text), 'his rival as a tourist');
  assert.equal(speakerOf(text, quote), 'The governor');
  assert.equal(quote?.cue, 'mocking');
});

test('a participle repeating an earlier claim is read past its object', () => {
  const text = 'The mayor thanked the volunteers, repeating a promise to rebuild the pier.';
  const quote = quoteStarting(analyse(text), 'a promise to rebuild');
  assert.equal(speakerOf(text, quote), 'The mayor');
  assert.equal(quote?.cue, 'repeating');
  assert.equal(quote?.text, 'a promise to rebuild the pier');
});

test('"saying" after a share of respondents is their cue', () => {
  const text = 'Turnout fell sharply, with four in 10 saying the race did not matter to them.';
  const quote = quoteStarting(analyse(text), 'the race did not matter');
  assert.equal(speakerOf(text, quote), 'four in 10');
  assert.equal(quote?.cue, 'saying');
  assert.equal(quote?.text, 'the race did not matter to them');
});

test('a participle whose lemma is its own form gets its verb’s lemma', () => {
  const text = 'The senator toured the plant and answered questions, crediting the union with saving hundreds of jobs.';
  const quote = quoteStarting(analyse(text), 'the union with saving');
  assert.equal(speakerOf(text, quote), 'The senator');
  assert.equal(quote?.cue, 'crediting');
});

test('participles after "one" and "another" are the cues of the items they stand for', () => {
  const text = 'The council heard two reports, one listing the repairs the bridge needs and another listing the costs.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the repairs the bridge needs')), 'one');
  assert.equal(speakerOf(text, quoteStarting(result, 'the costs')), 'another');
});

test('a participle tagged as an adjective before "that" opens its clause', () => {
  const text = 'The budget raises taxes on the rich, promising that every family will pay less.';
  const quote = quoteStarting(analyse(text), 'every family will pay less');
  assert.equal(speakerOf(text, quote), 'The budget');
  assert.equal(quote?.cue, 'promising');
});

test('an "-s" form after a subject pronoun is a verb even when its lemma was left as its form', () => {
  const text = 'The candidate says he disavows the slogans his aides wrote.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'disavows');
  assert.equal(speakerOf(text, quote), 'he');
  assert.equal(quote?.text, 'the slogans his aides wrote');
});

test('a participle of warning after a comma reports the clause after "that"', () => {
  const text = 'The mayor spoke at the fair and lamented the closure of the mill, warning that more jobs would go.';
  const quote = quoteStarting(analyse(text), 'more jobs would go');
  assert.equal(speakerOf(text, quote), 'The mayor');
  assert.equal(quote?.cue, 'warning');
});

test('a participle before a noun object after a comma is a cue, not a noun modifier', () => {
  const text = 'The envoy left the talks early, chiding the hosts for their delays.';
  const quote = quoteStarting(analyse(text), 'the hosts for their delays');
  assert.equal(speakerOf(text, quote), 'The envoy');
  assert.equal(quote?.cue, 'chiding');
});

test('a past form tagged as an adjective after a name is its verb', () => {
  const text = 'Gowdy referenced a report from the inspector general.';
  const quote = quoteStarting(analyse(text), 'a report from the inspector');
  assert.equal(speakerOf(text, quote), 'Gowdy');
  assert.equal(quote?.cue, 'referenced');
});

test('a past form tagged as an adjective after "who" is the relative clause’s cue', () => {
  const text = 'The witness, who alleged that the guards beat him, testified on Monday.';
  const quote = quoteStarting(analyse(text), 'the guards beat him');
  assert.equal(speakerOf(text, quote), 'who');
  assert.equal(quote?.cue, 'alleged');
});

test('a base form tagged as an adjective after a plural is its verb', () => {
  const text = 'Harbor officials welcome the ruling on the new port.';
  const quote = quoteStarting(analyse(text), 'the ruling on the new port');
  assert.equal(speakerOf(text, quote), 'Harbor officials');
  assert.equal(quote?.cue, 'welcome');
});

test('a base form tagged as an adverb after a plural holds a stance on its object', () => {
  const text = 'Young women back him by a wide margin.';
  const stance = analyse(text).stances.find((s) => s.cue === 'back');
  assert.equal(spanText(text, stance?.holderSpan), 'Young women');
});

test('a past form tagged as an adjective after a perfect "have" and an adverb is a cue', () => {
  const text = 'The union has also alleged that the shipyard broke the law.';
  const quote = quoteStarting(analyse(text), 'the shipyard broke');
  assert.equal(speakerOf(text, quote), 'The union');
  assert.equal(quote?.cue, 'has also alleged');
});

test('an adjective after a noun heads the phrase before a cue and its auxiliaries ("attorney general")', () => {
  const text = 'The state attorney general is confirming that the charity is not registered. The surgeon general said that the clinics were short of staff.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the charity')), 'The state attorney general');
  assert.equal(speakerOf(text, quoteStarting(result, 'the clinics')), 'The surgeon general');
});
