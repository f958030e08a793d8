// Quotes whose speaker is given by layout rather than a verb: a name signed after a dash, and a
// transcript's turns opening with the speaker's name in capitals.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting } from './helpers.ts';

test('a name after a dash signs the quote before it, and no quote after it', () => {
  const text =
    'Readers in Lagos answered our call.\n\n“The fuel subsidy was the only help we had.” ― Ngozi Adeyemi “Prices doubled in a week and nobody in Abuja noticed.” ― Tunde Bakare\n\nOthers were less angry.';
  const result = analyse(text);
  const first = quoteStarting(result, 'The fuel subsidy');
  assert.equal(first?.speaker?.name, 'Ngozi Adeyemi');
  assert.equal(first?.cue, '―');
  assert.equal(first?.kind, 'direct');
  const second = quoteStarting(result, 'Prices doubled');
  assert.equal(second?.speaker?.name, 'Tunde Bakare');
});

test('a dash before a clause signs nothing', () => {
  const result = analyse('The slogan was “never again” — Kenya Airways staff chanted it for a week in Nairobi.');
  const quote = quoteStarting(result, 'never again');
  assert.equal(quote?.speaker, null);
});

test('a closing mark typed to open a paragraph\'s quote still opens it', () => {
  const result = analyse('”We are tired of waiting for the courts in Dhaka.” ― Rahima Begum');
  const quote = quoteStarting(result, 'We are tired');
  assert.equal(quote?.text, 'We are tired of waiting for the courts in Dhaka.');
  assert.equal(quote?.speaker?.name, 'Rahima Begum');
});

test('each quoted turn of a transcript is its own quote, said by the name in capitals', () => {
  const text =
    'A partial transcript follows.\n\n"BAKER: Will the minister resign before the vote in Ankara?\n\n"YILMAZ: No. He has the support of the whole cabinet.\n\n"BAKER: Then why did two of his deputies quit?';
  const result = analyse(text);
  const question = quoteStarting(result, 'Will the minister resign');
  assert.equal(question?.speaker?.name, 'BAKER');
  assert.equal(question?.cue, ':');
  assert.equal(question?.text, 'Will the minister resign before the vote in Ankara?');
  const answer = quoteStarting(result, 'No. He has');
  assert.equal(answer?.speaker?.name, 'YILMAZ');
  assert.equal(answer?.text, 'No. He has the support of the whole cabinet.');
  assert.equal(quoteStarting(result, 'Then why')?.speaker?.name, 'BAKER');
});

test('a quote running on into the next paragraph is still one quote', () => {
  const text = 'The envoy spoke at length.\n\n"We have asked for access to the camps for a year.\n\n"Nobody has answered us," said Lars Nilsson, the Swedish envoy.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'We have asked');
  assert.ok(quote?.text.includes('Nobody has answered us'));
  assert.equal(quote?.speaker?.name, 'Lars Nilsson');
});
