// A cue's object or clause ends before a stance verb coordinated with the cue's own verb and inflected as it
// is ("defended his brother and refused to …"): that verb is the speaker's stance, not part of what they said.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, spanText, speakerOf } from './helpers.ts';

/** The speaker and text of the quote whose cue is `cue`, and the holder and content of the stance whose cue is `stance`. */
function split(text: string, cue: string, stance: string) {
  const result = analyse(text);
  const quote = result.quotes.find((q) => q.cue === cue);
  const held = result.stances.find((s) => spanText(text, s.cueSpan) === stance);
  return {
    quote: quote ? { speaker: speakerOf(text, quote), text: quote.text } : null,
    stance: held ? { holder: spanText(text, held.holderSpan), content: text.slice(held.start, held.end) } : null,
  };
}

test('an object ends before "and" and a stance verb', () => {
  assert.deepEqual(split('The senator defended his brother and refused to condemn the protesters.', 'defended', 'refused'), {
    quote: { speaker: 'The senator', text: 'his brother' },
    stance: { holder: 'The senator', content: 'to condemn the protesters' },
  });
});

test('"but" coordinates the stance verb too', () => {
  assert.deepEqual(split('Her deputy criticized the toll but wanted to keep it.', 'criticized', 'wanted'), {
    quote: { speaker: 'Her deputy', text: 'the toll' },
    stance: { holder: 'Her deputy', content: 'to keep it' },
  });
});

test('a comma before the conjunction ends the object as well', () => {
  assert.deepEqual(split('The mayor praised the new budget, and hoped to cut taxes further.', 'praised', 'hoped'), {
    quote: { speaker: 'The mayor', text: 'the new budget' },
    stance: { holder: 'The mayor', content: 'to cut taxes further' },
  });
});

test('a stance verb taking an object is coordinated the same way', () => {
  assert.deepEqual(split('Ms. Lee welcomed the deal and supported a quick vote.', 'welcomed', 'supported'), {
    quote: { speaker: 'Ms. Lee', text: 'the deal' },
    stance: { holder: 'Ms. Lee', content: 'a quick vote' },
  });
});

test('a past and a present verb coordinate alike', () => {
  assert.deepEqual(split('The spokesman denied the report and intends to sue the paper.', 'denied', 'intends'), {
    quote: { speaker: 'The spokesman', text: 'the report' },
    stance: { holder: 'The spokesman', content: 'to sue the paper' },
  });
});

test('an adverb may stand between the conjunction and the stance verb', () => {
  assert.deepEqual(split('Gomez criticized the ruling but still opposed any appeal.', 'criticized', 'opposed').quote, { speaker: 'Gomez', text: 'the ruling' });
});

test('a coordinated verb after a verb of the content\'s own clause stays in the content', () => {
  const text = 'Ms. Diaz said the toll plan failed and cost the port thousands of jobs. Her aide criticized the plan and opposed the toll.';
  assert.equal(split(text, 'said', '').quote?.text, 'the toll plan failed and cost the port thousands of jobs');
  assert.equal(split(text, 'criticized', '').quote?.text, 'the plan');
});

test('a coordinated verb that is no cue or stance verb stays in the object', () => {
  const text = 'The minister welcomed the refugees and their families arrived on Monday. The envoy welcomed the truce and plans to monitor it.';
  const result = analyse(text);
  assert.equal(result.quotes.find((q) => q.text.startsWith('the refugees'))?.text.startsWith('the refugees and their families'), true);
  assert.equal(result.quotes.find((q) => q.text.startsWith('the truce'))?.text, 'the truce');
});
