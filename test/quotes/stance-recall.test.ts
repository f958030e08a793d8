// Recall of stances and non-speech attributions: beliefs, positions and intentions in the structures
// PolNeAR annotates (noun cues, parenthetical holders, participles, nominal cues with no holder).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import { analyse, spanText } from './helpers.ts';

const stanceWith = (result: AttributionResult, cue: string) => result.stances.find((s) => s.cue === cue);

test('"her decision to …", "his opposition to …": a possessed noun stance', () => {
  const text = "The governor's decision to close the border angered farmers. Voters recall his opposition to the pipeline.";
  const result = analyse(text);
  const decision = stanceWith(result, 'decision to');
  assert.equal(spanText(text, decision?.holderSpan ?? null), 'The governor');
  assert.equal(decision?.text, 'close the border');
  const opposition = stanceWith(result, 'opposition to');
  assert.equal(spanText(text, opposition?.holderSpan ?? null), 'his');
  assert.equal(opposition?.text, 'the pipeline');
});

test('"calls for …" with no caller: the noun, held by no one in particular', () => {
  const text = 'These calls for more naval patrols have grown louder since the collision.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'calls for');
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.text, 'more naval patrols');
});

test('"Such a plan, they believe, will …": a parenthetical holder is about the whole sentence', () => {
  const text = 'Such a plan, the growers believe, will ruin the harvest.';
  const stance = stanceWith(analyse(text), 'believe');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'the growers');
  assert.equal(stance?.text, text.slice(0, -1));
});

test('"…, his allies fear — …": a holder before a dash is about what precedes', () => {
  const text = 'The vote could split the party, his allies fear — and the rebels know it.';
  const stance = stanceWith(analyse(text), 'fear');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'his allies');
  assert.equal(stance?.text, 'The vote could split the party');
});

test('"611 in favor, 748 opposed": a tally holds no stance', () => {
  const result = analyse('The rules stood, as the vote, 611 in favor, 748 opposed — kept them as they were.');
  assert.equal(stanceWith(result, 'opposed'), undefined);
});

test('"Millennials support …", "Exit polling shows …": a plural name and a gerund subject the tagger missed', () => {
  const text = 'By a wide margin, Millennials support stricter rules for lenders. Exit polling shows she won most voters under 30.';
  const result = analyse(text);
  const stance = stanceWith(result, 'support');
  assert.equal(spanText(text, stance?.holderSpan ?? null), 'Millennials');
  assert.equal(stance?.text, 'stricter rules for lenders');
  const shows = result.quotes.find((q) => q.cue === 'shows');
  assert.equal(spanText(text, shows?.speakerSpan ?? null), 'Exit polling');
  assert.equal(shows?.text, 'she won most voters under 30');
});

test('"offered a defense of …" by someone, not "the region offers …"', () => {
  const text = 'At a summit in Lagos, the senator offered a defense of the trade bill. For Beijing, the region offers rich resources.';
  const result = analyse(text);
  const offered = result.quotes.find((q) => q.cue === 'offered');
  assert.equal(spanText(text, offered?.speakerSpan ?? null), 'the senator');
  assert.equal(offered?.text, 'a defense of the trade bill');
  assert.equal(result.quotes.find((q) => q.cue === 'offers'), undefined);
});

test('"has offered “written guarantees” to …": a quoted thing offered is a scare quote', () => {
  const text = 'The ministry has offered "written guarantees" to the lenders that the loan will be repaid.';
  const partial = analyse(text).quotes.find((q) => q.text === 'written guarantees');
  assert.equal(partial?.speaker ?? null, null);
});

test('"made it clear that …", "focused on …", "proposed barring …"', () => {
  const text = 'The mayor made it clear that she would veto the budget. Instead, the senator focused on the tariffs. The governor proposed banning plastic bags from stores.';
  const result = analyse(text);
  const clear = result.quotes.find((q) => q.cue === 'made it clear');
  assert.equal(spanText(text, clear?.speakerSpan ?? null), 'The mayor');
  assert.equal(clear?.text, 'she would veto the budget');
  const focused = result.quotes.find((q) => q.cue === 'focused on');
  assert.equal(spanText(text, focused?.speakerSpan ?? null), 'the senator');
  assert.equal(focused?.text, 'the tariffs');
  const proposed = result.quotes.find((q) => q.cue === 'proposed');
  assert.equal(spanText(text, proposed?.speakerSpan ?? null), 'The governor');
  assert.equal(proposed?.text, 'banning plastic bags from stores');
});

test('"those supporting …", "a group backing …": a stance participle after its holder', () => {
  const text = 'In two districts, those supporting the levy outnumbered its critics. Teachers backing the strike have said they will return on Monday.';
  const result = analyse(text);
  const levy = stanceWith(result, 'supporting');
  assert.equal(spanText(text, levy?.holderSpan ?? null), 'those');
  assert.equal(levy?.text, 'the levy');
  const said = result.quotes.find((q) => q.cue === 'have said');
  assert.equal(spanText(text, said?.speakerSpan ?? null), 'Teachers backing the strike');
});

test('"faced criticism for …" held by no one in particular; "calls Ohio her home state"', () => {
  const text = 'The minister has faced criticism for his handling of the floods. Lynch calls Ohio her home state.';
  const result = analyse(text);
  const criticism = result.quotes.find((q) => q.cue === 'criticism for');
  assert.equal(criticism?.speaker, null);
  assert.equal(criticism?.text, 'his handling of the floods');
  const calls = result.quotes.find((q) => q.cue === 'calls');
  assert.equal(spanText(text, calls?.speakerSpan ?? null), 'Lynch');
  assert.equal(calls?.text, 'Ohio her home state');
});

test('"compared X to Y" needs someone to compare: no evidential "Compared with last year, …"', () => {
  const text = 'In a new column, she compared the tariff plan to a tax on farmers. Compared with last year, turnout was low.';
  const result = analyse(text);
  const compared = result.quotes.find((q) => q.cue === 'compared');
  assert.equal(spanText(text, compared?.speakerSpan ?? null), 'she');
  assert.equal(compared?.text, 'the tariff plan to a tax on farmers');
  assert.equal(result.quotes.find((q) => q.cue === 'Compared'), undefined);
});

test('"The ad claims “…”": a cue verb tagged as a noun before a quote', () => {
  const text = 'The new ad claims “Ruiz is the reformer you can trust.”';
  const quote = analyse(text).quotes.find((q) => q.cue === 'claims');
  assert.equal(spanText(text, quote?.speakerSpan ?? null), 'The new ad');
  assert.equal(quote?.text, 'Ruiz is the reformer you can trust.');
});
