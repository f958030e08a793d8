import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, blockAfter, quoteStarting } from './helpers.ts';

test('a curly-quoted statement with the cue after it belongs to the named speaker', () => {
  const text = '“We will not allow our sovereignty to be negotiated away,” said William Ruto, the Kenyan president.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'We will not allow');
  assert.ok(quote);
  assert.equal(quote.kind, 'direct');
  assert.equal(quote.speaker?.name, 'William Ruto');
  assert.equal(quote.cue, 'said');
  assert.equal(text.slice(quote.start, quote.end), quote.text);
  assert.equal(text.slice(quote.speakerSpan!.start, quote.speakerSpan!.end), 'William Ruto');
});

test('straight quotes with "X said." after them', () => {
  const result = analyse('"The ceasefire must hold in Cauca," Colombian President Gustavo Petro said on Tuesday.');
  const quote = quoteStarting(result, 'The ceasefire must hold');
  assert.equal(quote?.kind, 'direct');
  assert.equal(quote?.speaker?.name, 'Gustavo Petro');
});

test('a quote split around its cue: the second part keeps the speaker', () => {
  const result = analyse('“The Amazon is not for sale,” said Marina Silva. “We will defend every hectare of it.”');
  const first = quoteStarting(result, 'The Amazon is not for sale');
  const second = quoteStarting(result, 'We will defend every hectare');
  assert.equal(first?.speaker?.name, 'Marina Silva');
  assert.equal(second?.kind, 'direct');
  assert.equal(second?.speaker?.name, 'Marina Silva');
  assert.equal(second?.cue, null);
  assert.equal(second?.source, first?.source);
});

test('another cue between two quotes stops the first speaker carrying over', () => {
  const text =
    '“Talks are over,” said Yoon Suk Yeol. Pyongyang’s state media said the drills were a rehearsal for invasion. “We are ready,” the statement added.';
  const result = analyse(text);
  assert.equal(quoteStarting(result, 'We are ready')?.speaker?.name, 'the statement');
});

test('a cue with a colon introduces the quote that follows', () => {
  const result = analyse('Japan’s foreign minister, Yoko Kamikawa, told reporters: “There is no change in our position on Taiwan.”');
  const quote = quoteStarting(result, 'There is no change');
  assert.equal(quote?.kind, 'direct');
  assert.equal(quote?.speaker?.name, 'Yoko Kamikawa');
  assert.equal(quote?.cue, 'told');
});

test('"said in a statement" is the cue of the quote after it', () => {
  const result = analyse(
    'Meanwhile Olaf Scholz, the German chancellor, said in a statement, “Europe will stand by Ukraine for as long as it takes.”',
  );
  const quote = quoteStarting(result, 'Europe will stand by Ukraine');
  assert.equal(quote?.speaker?.name, 'Olaf Scholz');
  assert.equal(quote?.cue, 'said in a statement');
});

test('a quote that runs on into the next paragraph is one quote (news style: no closing mark)', () => {
  const text = [
    'Sheikh Hasina’s adviser, Salman F Rahman, said: “The elections will be free. Every party is welcome to take part.',
    '“Nobody will be turned away from the polling stations, and observers will be able to go anywhere.”',
    'The opposition called the promise hollow.',
  ].join('\n\n');
  const result = analyse(text);
  const quote = quoteStarting(result, 'The elections will be free');
  assert.ok(quote);
  assert.equal(quote.kind, 'direct');
  assert.ok(quote.text.endsWith('go anywhere.'));
  assert.equal(quote.speaker?.name, 'Salman F Rahman');
  assert.equal(text.slice(quote.start, quote.end), quote.text);
  assert.equal(result.quotes.filter((q) => q.kind === 'direct').length, 1);
});

test('an unclosed quote ends with its paragraph when the next one does not reopen it', () => {
  const text = '“Prices will fall by spring, the governor said.\n\nAnalysts were not convinced.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'Prices will fall');
  assert.ok(quote);
  assert.ok(!quote.text.includes('Analysts'));
});

test('multi-paragraph quotes with straight marks', () => {
  const text = [
    'Mexico’s economy minister said: "Tariffs would hurt both sides of the border.',
    '"Our car plants supply American factories every day."',
  ].join('\n\n');
  const quote = quoteStarting(analyse(text), 'Tariffs would hurt');
  assert.ok(quote?.text.includes('Our car plants supply'));
  assert.equal(quote?.speaker?.name, 'Mexico’s economy minister');
});

test('British single quotation marks are quotes too, apostrophes are not', () => {
  const text = '‘We have no plans to change course,’ a Downing Street spokesperson said. The workers’ union and Britain’s ministers disagreed.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'We have no plans');
  assert.equal(quote?.kind, 'direct');
  assert.equal(quote?.speaker?.name, 'a Downing Street spokesperson');
  assert.equal(result.quotes.length, 1);
});

test('scare quotes are partial and have no speaker', () => {
  const text =
    'The "special military operation" entered its third year, and \'denazification\' was no longer mentioned. Beijing’s ‘constructive mediation’ came to nothing.';
  const result = analyse(text);
  for (const words of ['special military operation', 'denazification', 'constructive mediation']) {
    const quote = quoteStarting(result, words);
    assert.equal(quote?.kind, 'partial', words);
    assert.equal(quote?.speaker, null, words);
  }
});

test('a partial quote right after a cue takes its speaker', () => {
  const result = analyse(
    'The Philippine coast guard warned of “grave consequences” after the collision near Second Thomas Shoal. Moscow calls the war a "special military operation".',
  );
  const quote = quoteStarting(result, 'grave consequences');
  assert.equal(quote?.kind, 'partial');
  assert.equal(quote?.speaker?.name, 'The Philippine coast guard');
  assert.equal(quoteStarting(result, 'special military operation')?.speaker?.name, 'Moscow');
});

test('a block quote from another outlet is one quote by that outlet', () => {
  const text = [
    'The talks in Doha drew little notice at first.',
    'Al Jazeera:',
    'Negotiators from both sides met for six hours. Mediators said there may be a deal within days.',
    'Egypt and Qatar are pressing for a phased agreement.',
    'That is where things stand.',
  ].join('\n\n');
  const block = blockAfter(text, 'Al Jazeera:', 'Al Jazeera', 2);
  const result = analyse(text, { blockQuotes: [block] });
  const quote = result.quotes.find((q) => q.kind === 'block');
  assert.ok(quote);
  assert.equal(quote.speaker?.name, 'Al Jazeera');
  assert.ok(quote.text.startsWith('Negotiators from both sides'));
  assert.ok(quote.text.endsWith('phased agreement.'));
  const outlet = result.sources.find((s) => s.id === quote.source);
  assert.equal(outlet?.kind, 'outlet');
  // The mediators quoted inside the passage are what the outlet relies on.
  const mediators = result.sources.find((s) => s.name === 'Mediators');
  assert.ok(mediators && outlet?.reliesOn.includes(mediators.id));
  // "may" inside the block belongs to the quoted outlet, not the author.
  assert.deepEqual(result.voice, []);
});

test('every quote points back into the text: slice, sentence and cue span agree', () => {
  const text = [
    '“Our troops will stay,” the French defence minister said in Niamey.',
    'Officials in Abuja said the border would reopen, according to the Nigerian news agency.',
    'Critics spoke of a “lost decade” for the Sahel.',
  ].join('\n\n');
  const result = analyse(text);
  assert.ok(result.quotes.length >= 3);
  for (const quote of result.quotes) {
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    if (quote.cueSpan) assert.equal(text.slice(quote.cueSpan.start, quote.cueSpan.end), quote.cue);
    assert.ok(quote.id.startsWith('q'));
  }
});

test('a quote with no cue anywhere near it has no speaker', () => {
  const result = analyse('The shelling of Kharkiv resumed at dawn.\n\n“Nobody is safe here.”\n\nBy noon the power was out.');
  const quote = quoteStarting(result, 'Nobody is safe here');
  assert.equal(quote?.kind, 'direct');
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.source, null);
});
