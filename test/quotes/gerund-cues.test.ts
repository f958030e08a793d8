// Participle and gerund cues ("by saying …", "after initially saying …"): their speaker is the subject of
// the clause they hang on, and what they say is no part of an earlier cue's content.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a gerund after "by" ends the content of the cue whose clause it modifies', () => {
  const text = 'Mayor Hill distanced himself from the Harbor Party by saying he would run as an independent.';
  const result = analyse(text);
  const distanced = result.quotes.find((q) => q.cue === 'distanced himself from');
  assert.equal(distanced?.text, 'the Harbor Party');
  const saying = quoteStarting(result, 'he would run');
  assert.equal(speakerOf(text, saying), 'Mayor Hill');
  assert.equal(saying?.cue, 'saying');
  assert.equal(saying?.text, 'he would run as an independent');
});

test('a gerund after "after" and an adverb takes the subject set off by commas before it', () => {
  const text = 'Ms. Reyes, after initially saying she would not debate the governor, agreed to two televised events.';
  const quote = quoteStarting(analyse(text), 'she would not debate');
  assert.equal(speakerOf(text, quote), 'Ms. Reyes');
  assert.equal(quote?.cue, 'initially saying');
  assert.equal(quote?.text, 'she would not debate the governor');
});

test('a gerund after "before" between commas takes the subject before them', () => {
  const text = 'Senator Ota, before announcing that she would retire in June, thanked her staff in Sapporo.';
  const quote = quoteStarting(analyse(text), 'she would retire');
  assert.equal(speakerOf(text, quote), 'Senator Ota');
  assert.equal(quote?.cue, 'announcing');
  assert.equal(quote?.text, 'she would retire in June');
});

test('a participle after a comma ends what a noun of stance bears on', () => {
  const text = 'Governor Park defended her call to cut the gas tax, saying the savings would help families in Busan.';
  const result = analyse(text);
  assert.equal(result.stances.find((s) => s.cue === 'call to')?.text, 'cut the gas tax');
  const saying = quoteStarting(result, 'the savings');
  assert.equal(speakerOf(text, saying), 'Governor Park');
  assert.equal(saying?.text, 'the savings would help families in Busan');
});

test('a dash before "with" and a share saying something ends the stance before it', () => {
  const text = 'Voters in Leeds still view Ms. Adeyemi as better prepared for the job — with 48 percent saying she is ready to lead.';
  const result = analyse(text);
  assert.equal(result.stances.find((s) => s.cue === 'still view')?.text, 'Ms. Adeyemi as better prepared for the job');
  const saying = quoteStarting(result, 'she is ready');
  assert.equal(speakerOf(text, saying), '48 percent');
  assert.equal(saying?.cue, 'saying');
});

test('a dash before a noun modified by a participle cue ends the stance before it', () => {
  const text = 'Farmers have become more opposed to the canal — the share of growers saying "the canal will ruin the valley" rose by 20 points.';
  const result = analyse(text);
  assert.equal(result.stances.find((s) => s.cue === 'have become more opposed to')?.text, 'the canal');
  const saying = quoteStarting(result, 'the canal will ruin');
  assert.equal(speakerOf(text, saying), 'the share of growers');
});

test('a participle after a comma inside a closing quote takes the clause\'s subject', () => {
  const text = 'Mayor Ito talked up her “green corridor,” saying she would plant trees on every avenue in Osaka.';
  const quote = quoteStarting(analyse(text), 'she would plant');
  assert.equal(speakerOf(text, quote), 'Mayor Ito');
  assert.equal(quote?.cue, 'saying');
  assert.equal(quote?.text, 'she would plant trees on every avenue in Osaka');
});

test('a participle phrase ending in "to" reports the infinitive after it', () => {
  const text = 'Governor Diaz praised the rail plan, vowing to campaign for it in every county of Nevada.';
  const quote = quoteStarting(analyse(text), 'to campaign');
  assert.equal(speakerOf(text, quote), 'Governor Diaz');
  assert.equal(quote?.cue, 'vowing to');
  assert.equal(quote?.text, 'to campaign for it in every county of Nevada');
});
