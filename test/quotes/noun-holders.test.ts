// Noun stances whose holder is not a possessive before the noun: a holder named after it ("criticism
// from Berlin", "the endorsement of the mayor"), with the receiving verb's subject as what it bears on.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"the levy drew sharp criticism from Berlin and Paris": the holder follows, the subject is what it bears on', () => {
  const text = 'The proposed carbon levy drew sharp criticism from Berlin and Paris on Tuesday.';
  const stance = stanceWith(analyse(text), 'drew sharp criticism');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'Berlin and Paris');
  assert.equal(stance?.text, 'The proposed carbon levy');
});

test('"won the endorsement of …": the holder\'s phrase stops at a date', () => {
  const text = 'The opposition leader won the endorsement of the Nairobi Traders Association last week.';
  const stance = stanceWith(analyse(text), 'won the endorsement');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'the Nairobi Traders Association');
  assert.equal(stance?.text, 'The opposition leader');
});

test('"picked up the backing of …", "has the support of …": a particle or an article before the noun', () => {
  const text = 'Ms. Okafor also picked up the backing of two former ministers. The reform has the support of most rural voters.';
  const result = analyse(text);
  const backing = stanceWith(result, 'also picked up the backing');
  assert.equal(spanText(text, backing?.holderSpan ?? null), 'two former ministers');
  assert.equal(backing?.text, 'Ms. Okafor');
  const support = stanceWith(result, 'has the support');
  assert.equal(spanText(text, support?.holderSpan ?? null), 'most rural voters');
  assert.equal(support?.text, 'The reform');
});

test('"has faced criticism from rivals that …": what the noun introduces after the holder is what it bears on', () => {
  const text = 'The minister has faced criticism from rivals that the port deal favours Chinese firms.';
  const stance = stanceWith(analyse(text), 'has faced criticism');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'rivals');
  assert.equal(stance?.text, 'the port deal favours Chinese firms');
});

test('a received noun whose phrase after it names no one holds no stance ("drew support from the budget")', () => {
  const text = 'The scheme drew support from the emergency budget and faced criticism from the start.';
  const result = analyse(text);
  assert.equal(stanceWith(result, 'drew support'), undefined);
  assert.equal(stanceWith(result, 'faced criticism'), undefined);
});

test('"faced scorched-earth opposition from …", "drew the support of 41 percent of …": compounds before the noun, a share as holder', () => {
  const text = 'The mayor faced scorched-earth opposition from shopkeepers. The senator drew the support of 41 percent of the delegates polled.';
  const result = analyse(text);
  const opposition = stanceWith(result, 'faced scorched-earth opposition');
  assert.equal(spanText(text, opposition?.holderSpan ?? null), 'shopkeepers');
  assert.equal(opposition?.text, 'The mayor');
  const support = stanceWith(result, 'drew the support');
  assert.equal(spanText(text, support?.holderSpan ?? null)?.startsWith('41 percent of the delegates'), true);
  assert.equal(support?.text, 'The senator');
});

test('"raised concerns among engineers and criticism that …": only a conjunct that can hold a view is the holder', () => {
  const text = 'The design, which raised concerns among engineers and criticism that it was rushed, was approved.';
  const stance = stanceWith(analyse(text), 'raised concerns');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'engineers');
});

test('"unleashed withering attacks against …", "threw her support behind …": the making verb\'s subject holds the noun', () => {
  const text = 'The senator unleashed withering attacks against the finance minister. Ms. Adeyemi threw her support behind the governor on Monday.';
  const result = analyse(text);
  // The verbal attack is read by the cue phrase for launched and unleashed attacks, a quote rather than a stance.
  const attacks = result.quotes.find((q) => q.cue === 'unleashed withering attacks against');
  assert.equal(spanText(text, attacks?.speakerSpan ?? null), 'The senator');
  assert.equal(attacks?.text, 'the finance minister');
  const support = stanceWith(result, 'threw her support behind');
  assert.equal(spanText(text, support?.holderSpan ?? null), 'Ms. Adeyemi');
  assert.equal(support?.text.startsWith('the governor'), true);
});

test('"launched a new round of attacks on …", "made the decision to …": a measure with "of", an infinitive after the noun', () => {
  const text = 'Opposition parties launched a new round of attacks on the prime minister. The president made the decision to recall the ambassador.';
  const result = analyse(text);
  const attacks = stanceWith(result, 'launched a new round of attacks on');
  assert.equal(spanText(text, attacks?.holderSpan ?? null), 'Opposition parties');
  assert.equal(attacks?.text, 'the prime minister');
  const decision = stanceWith(result, 'made the decision to');
  assert.equal(spanText(text, decision?.holderSpan ?? null), 'The president');
  assert.equal(decision?.text, 'recall the ambassador');
});

test('a made noun in the infinitive or a danger posed is no stance ("decide to launch attacks", "pose a threat to")', () => {
  const text = 'The rebels may decide to launch attacks on the capital. The storms pose a threat to the harvest.';
  const cues = analyse(text).stances.map((s) => s.cue);
  assert.equal(cues.includes('may decide'), true);
  assert.equal(cues.some((cue) => cue.includes('launch') || cue.includes('pose')), false);
});

test('"In their view, …", "…, in Okafor\'s view.", "in the view of many diplomats": the clause beside the phrase is held', () => {
  const opening = 'In their view, the coalition could collapse before the budget vote.';
  const first = stanceWith(analyse(opening), 'view');
  assert.equal(spanText(opening, first?.holderSpan ?? null), 'their');
  assert.equal(first?.text, 'the coalition could collapse before the budget vote');
  const closing = 'The ceasefire was a missed chance, in Okafor’s view.';
  const second = stanceWith(analyse(closing), 'view');
  assert.equal(spanText(closing, second?.holderSpan ?? null), 'Okafor');
  assert.equal(second?.text, 'The ceasefire was a missed chance');
  const of = 'In the view of many diplomats, the talks are already dead.';
  const third = stanceWith(analyse(of), 'view');
  assert.equal(spanText(of, third?.holderSpan ?? null), 'many diplomats');
  assert.equal(third?.text, 'the talks are already dead');
});

test('"in my view" is the author\'s, and "his view of the economy" stays a possessed noun', () => {
  assert.equal(stanceWith(analyse('In my view, the talks are dead.'), 'view'), undefined);
  const text = 'His view of the economy is grim.';
  assert.equal(stanceWith(analyse(text), 'view of')?.text, 'the economy');
});

test('"the decision by the board to …", "an admission from the minister that …": a holder between the noun and what it bears on', () => {
  const text = 'Workers protested the decision by the board to close the plant. The report followed an admission from the minister that the figures were wrong.';
  const result = analyse(text);
  const decision = stanceWith(result, 'decision by');
  assert.equal(spanText(text, decision?.holderSpan ?? null), 'the board');
  assert.equal(decision?.text, 'close the plant');
  const admission = stanceWith(result, 'admission from');
  assert.equal(spanText(text, admission?.holderSpan ?? null), 'the minister');
  assert.equal(admission?.text, 'the figures were wrong');
});

test('a phrase after the noun that names no one holds nothing ("criticism from the start of the campaign that …")', () => {
  const result = analyse('Support grew after criticism from the start of the campaign that it was weak.');
  assert.equal(result.stances.some((s) => s.cue.startsWith('criticism')), false);
});

test('"has drawn criticism on both sides" with no holder after it: a noun that needs none, drawn from no one in particular', () => {
  const text = 'The new port tax has drawn criticism on both sides of the border.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'has drawn criticism');
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.text, 'The new port tax');
});

test('a received noun that needs a holder attributes nothing without one ("police received calls", "won support")', () => {
  const result = analyse('Police received dozens of calls about the fire. The plan won broad support.');
  assert.equal(result.quotes.some((q) => q.cue?.includes('calls') || q.cue?.includes('support')), false);
  assert.equal(result.stances.length, 0);
});

test('attacks launched by armed men or on a place are physical acts, no stance nor quote', () => {
  const result = analyse('The army launched a new round of attacks on the town. Rebels launched attacks on the capital.');
  assert.deepEqual([...result.quotes, ...result.stances].map((c) => c.cue), []);
});

test('attacks launched on a state the article names are physical; on a plan they are words', () => {
  const text = "Russia launched a massive wave of attacks on Ukraine's energy grid. The opposition launched an attack on the government's budget plan.";
  const result = analyse(text, {
    actors: [
      ['a1', 'Russia', 'state', 'RUS', ['Russia']],
      ['a2', 'Ukraine', 'state', 'UKR', ['Ukraine']],
    ],
  });
  assert.deepEqual(
    [...result.quotes, ...result.stances].map((c) => c.cue),
    ['launched an attack on'],
  );
});
