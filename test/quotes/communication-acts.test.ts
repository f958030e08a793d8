// Communication acts other than plain speech verbs: a source issues a message (a statement, a letter, an ad)
// that says something, or a document speaks for itself.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';


test('whoever issues a message that says something is its speaker, and the message joins the cue', () => {
  const text = 'The foreign ministry released a statement on Friday saying the border with Chad would reopen next week.';
  const quote = quoteStarting(analyse(text), 'the border with Chad');
  assert.equal(speakerOf(text, quote), 'The foreign ministry');
  assert.equal(quote?.cue, 'released a statement on Friday saying');
  assert.equal(quote?.text, 'the border with Chad would reopen next week');
});

test('the message may go to someone, come in a series, or be put out, before what it says', () => {
  const text = 'The dockworkers’ union sent a letter to the labour minister urging him to reopen talks. The president unleashed a series of posts accusing the judges of bias. His office put out a statement calling the vote a fraud.';
  const result = analyse(text);
  const letter = quoteStarting(result, 'him to reopen talks');
  assert.equal(speakerOf(text, letter), 'The dockworkers’ union');
  assert.equal(letter?.cue, 'sent a letter to the labour minister urging');
  const posts = quoteStarting(result, 'the judges of bias');
  assert.equal(speakerOf(text, posts), 'The president');
  assert.equal(posts?.cue, 'unleashed a series of posts accusing');
  const statement = quoteStarting(result, 'the vote a fraud');
  assert.equal(speakerOf(text, statement), 'His office');
  assert.equal(statement?.cue, 'put out a statement calling');
});

test('a quote, a colon or a clause after an issued message is what it says', () => {
  const text = 'Kenya’s opposition leader issued the following statement: “We will not accept these results.” The embassy released a statement that blamed the delay on customs officers.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'We will not accept');
  assert.equal(speakerOf(text, quote), 'Kenya’s opposition leader');
  assert.equal(quote?.cue, 'issued the following statement');
  const clause = quoteStarting(result, 'blamed the delay');
  assert.equal(speakerOf(text, clause), 'The embassy');
  assert.equal(clause?.cue, 'released a statement');
});

test('a message said to bear on something is itself what the verb reports', () => {
  const text = 'Two rights groups filed a lawsuit against the interior ministry over the detentions.';
  const quote = quoteStarting(analyse(text), 'a lawsuit against');
  assert.equal(speakerOf(text, quote), 'Two rights groups');
  assert.equal(quote?.cue, 'filed');
});

test('a message only named, or a thing released that is no message, reports nothing', () => {
  for (const text of ['The mayor of Lyon signed the letter on Tuesday.', 'The governor delivered her acceptance speech in Lagos.', 'Rebels released two hostages near Goma on Sunday.']) {
    assert.deepEqual(
      analyse(text).quotes.map((q) => q.cue),
      [],
      text,
    );
  }
});
