import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse } from './helpers.ts';

test('opinion cues in the author’s own sentences', () => {
  const text = [
    'The EU (wrongly) assumed the gas would keep flowing.',
    'Needless to say, Budapest vetoed the package.',
    'Simply put, the summit failed, which is why, for Brussels, it is troubling.',
  ].join('\n\n');
  const voice = analyse(text).voice;
  assert.deepEqual(
    voice.map((v) => [v.sentence, v.kind, v.cue]),
    [
      [0, 'opinion', '(wrongly)'],
      [1, 'opinion', 'Needless to say'],
      [2, 'opinion', 'Simply put'],
      [2, 'opinion', 'which is why, for Brussels, it is troubling'],
    ],
  );
});

test('hedges in the author’s own sentences', () => {
  const text = [
    'The drone may have been launched from Yemen.',
    'Perhaps the Houthis wanted to test Saudi air defences.',
    'The strike appears to mark a shift, and more attacks are likely to follow.',
  ].join('\n\n');
  const voice = analyse(text).voice;
  assert.deepEqual(
    voice.map((v) => [v.sentence, v.kind, v.cue]),
    [
      [0, 'hedge', 'may have been'],
      [1, 'hedge', 'Perhaps'],
      [2, 'hedge', 'appears to'],
      [2, 'hedge', 'likely to'],
    ],
  );
});

test('hedges and opinions inside quotes or reported speech belong to the speaker, not the author', () => {
  const text = [
    '“Perhaps the talks will clearly fail,” said Ebrahim Raisi.',
    'Analysts said the rial might fall further.',
    'In May the rial lost a fifth of its value.',
  ].join('\n\n');
  assert.deepEqual(analyse(text).voice, []);
});

test('a parenthesised adverb is an opinion, a parenthesised name is not', () => {
  const text = 'Lula (rightly) refused, and the Workers’ Party (PT) backed him.';
  const voice = analyse(text).voice;
  assert.deepEqual(
    voice.map((v) => v.cue),
    ['(rightly)'],
  );
});
