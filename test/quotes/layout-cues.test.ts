// Colons that attribute by layout: a headline's "Name: claim" and a transcript's turn, where other cues in the
// same line neither block the colon's claim when they claim nothing, nor are swallowed by it when they open a
// clause of their own; and capitalised names the tagger took for verbs before a headline's colon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a cue verb that claims nothing leaves a headline its colon', () => {
  const text = 'Farmers union: Brussels’s levy threatens rural jobs.\n\nPARIS -- The farmers union of Brittany warned on Monday that the levy would ruin small farms.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'Brussels’s levy');
  assert.equal(speakerOf(text, quote), 'Farmers union');
  assert.equal(quote?.cue, ':');
  assert.equal(quote?.text, 'Brussels’s levy threatens rural jobs');
});

test('a claim after a semicolon ends the headline’s claim and keeps its own speaker', () => {
  const text = "Modi: Pakistan's stance is 'deeply irresponsible'; \nIn Delhi speech, he warns Islamabad over the talks.\n\nNarendra Modi spoke for an hour.";
  const result = analyse(text);
  const headline = quoteStarting(result, "Pakistan's stance");
  assert.equal(speakerOf(text, headline), 'Modi');
  assert.equal(headline?.text, "Pakistan's stance is 'deeply irresponsible'");
  const warning = result.quotes.find((q) => q.cue?.startsWith('warns'));
  assert.equal(speakerOf(text, warning), 'he');
});

test('a headline’s claim stops at the comma before a later cue’s own clause', () => {
  const text = 'Warren: Tax relief for families first, as the senator tells donors that the plan is ready.\n\nElizabeth Warren spoke in Boston.';
  const result = analyse(text);
  const headline = quoteStarting(result, 'Tax relief');
  assert.equal(speakerOf(text, headline), 'Warren');
  assert.equal(headline?.text, 'Tax relief for families first');
});

test('a first name the tagger took for a verb opens a headline’s speaker', () => {
  const text = 'Ted Lieu: ‘Blocking A Vote Is An Abuse Of Power.’\n\nRep. Ted Lieu spoke on Monday.';
  const quote = quoteStarting(analyse(text), 'Blocking A Vote');
  assert.equal(speakerOf(text, quote), 'Ted Lieu');
  assert.equal(quote?.cue, ':');
  assert.equal(quote?.kind, 'direct');
});

test('a surname the tagger took for a verb ends a headline’s speaker', () => {
  const text = 'Pat Ward: Voters Will Punish The Senate For Its Delay.\n\nPat Ward spoke in Phoenix.';
  const quote = quoteStarting(analyse(text), 'Voters Will Punish');
  assert.equal(speakerOf(text, quote), 'Pat Ward');
  assert.equal(quote?.text, 'Voters Will Punish The Senate For Its Delay');
});

test('a clause of its own after a semicolon keeps a kind of source its headline', () => {
  const text = 'Poll: Voters want a new ballot; in Ohio, most say the race is over.\n\nThe poll was released Monday.';
  const result = analyse(text);
  const headline = quoteStarting(result, 'Voters want');
  assert.equal(speakerOf(text, headline), 'Poll');
  assert.equal(headline?.text, 'Voters want a new ballot');
  assert.equal(speakerOf(text, result.quotes.find((q) => q.cue === 'say')), 'most');
});

test('a capitalised verb alone before a colon is still a name', () => {
  const text = 'Mills: Governors threaten the ferry budget.\n\nJanet Mills spoke in Augusta.';
  const quote = quoteStarting(analyse(text), 'Governors threaten');
  assert.equal(speakerOf(text, quote), 'Mills');
  assert.equal(quote?.cue, ':');
});

test('coordinated names after a dash sign the quote after their colon', () => {
  const text = 'Analysts weighed in on Tuesday.\n\nTURNOUT WAS NOT THE PROBLEM - Ann Lee and Bo Park: “The late deciders broke hard for the challenger in every county we surveyed.”';
  const quote = quoteStarting(analyse(text), 'The late deciders');
  assert.equal(speakerOf(text, quote), 'Ann Lee and Bo Park');
  assert.equal(quote?.cue, ':');
});

test('a name signing a quote after a dash ends what an earlier cue of the line reported', () => {
  const text = 'Analysts weighed in on Tuesday.\n\nBut polls did predict the Senate race - Ann Lee: “The surveys caught the late swing toward the incumbent in every region.”';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'The surveys caught')), 'Ann Lee');
  assert.equal(result.quotes.find((q) => q.cue === 'did predict')?.text, 'the Senate race');
});

test('a headline’s name before whom it speaks to is the speaker of what follows the colon', () => {
  const text = 'Macron To Farmers Worried About Trade Deal: Your Markets Are Safe.\n\nEmmanuel Macron met farmers in Lyon on Monday.';
  const quote = quoteStarting(analyse(text), 'Your Markets Are Safe');
  assert.equal(speakerOf(text, quote), 'Macron');
  assert.equal(quote?.cue, ':');
});
