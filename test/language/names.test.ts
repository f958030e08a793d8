import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../../src/language/index.ts';

/** Each case's word, looked up in its text, has the expected POS. */
function assertTags(cases: readonly (readonly [text: string, word: string])[], pos: string): void {
  for (const [text, word] of cases) {
    const token = analyzeLanguage(text, { published: '2024-11-15' }).tokens.find((t) => t.text === word);
    assert.equal(token?.pos, pos, text);
  }
}

test('surnames that are also English verbs are names before a finite verb', () => {
  assertTags(
    [
      ['Wade said Senegal would hold the vote in February.', 'Wade'],
      ['The summit ended early. Ford told Ontario mayors the tariffs would hurt.', 'Ford'],
      ['Lynch warned that Dublin would not accept a hard border.', 'Lynch'],
      ['The strikes resumed, and Burke urged both sides to talk.', 'Burke'],
      ['Garland has ordered a review of the extradition request.', 'Garland'],
      ['Cook met the Indonesian envoy in Jakarta on Monday.', 'Cook'],
    ],
    'PROPN',
  );
});

test('sentence-initial verbs stay verbs', () => {
  assertTags(
    [
      ['Asked about the ceasefire, the minister declined to comment.', 'Asked'],
      ['Speaking to reporters in Nairobi, Ruto said the deal was near.', 'Speaking'],
      ['Follow us on Twitter for updates from Kyiv.', 'Follow'],
      ['Try going to Lagos without a visa.', 'Try'],
      ['Stay tuned for results from the Chilean runoff.', 'Stay'],
      ['Imagine paying twice for bread in Beirut.', 'Imagine'],
    ],
    'VERB',
  );
});
