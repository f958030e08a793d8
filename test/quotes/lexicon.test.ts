import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../../src/language/index.ts';
import { cueExtensions, cuePhrases, nonAnswerPatterns, voicePatterns } from '../../src/quotes/lexicon.ts';
import { findQuotedSpans } from '../../src/quotes/marks.ts';
import { compilePattern, findPatterns, startingAt } from '../../src/quotes/pattern.ts';

test('pattern syntax: alternatives, lemmas, parts of speech and optional slots', () => {
  const text = 'The ministry has not immediately responded to repeated requests for comment. In May he may go.';
  const { tokens } = analyzeLanguage(text, { published: null });
  const hits = findPatterns(
    [compilePattern('@have not|n\'t immediately? @respond to repeated? @request for comment'), compilePattern('may/AUX')],
    tokens,
    0,
    tokens.length,
  );
  const found = hits.map((h) => text.slice(tokens[h.first]!.start, tokens[h.end - 1]!.end));
  assert.deepEqual(found, ['has not immediately responded to repeated requests for comment', 'may']);
});

test('every lexicon pattern compiles to slots that each accept something', () => {
  const patterns = [...cuePhrases.map((c) => c.pattern), ...cueExtensions, ...nonAnswerPatterns, ...voicePatterns.map((v) => v.pattern)];
  assert.ok(patterns.length > 50);
  for (const pattern of patterns) {
    assert.ok(pattern.slots.length > 0, pattern.text);
    for (const slot of pattern.slots) {
      for (const alternative of slot.alternatives) {
        assert.ok(alternative.word || alternative.lemma || alternative.pos, `${pattern.text}: empty alternative`);
      }
    }
  }
});

test('quotation marks: curly, straight, wire-style double apostrophes; apostrophes are not quotes', () => {
  const text = "He said ‘yes’ twice. Iran’s envoy called it \"fake news\". The workers’ union agreed. ''We shall see,'' a clerk said.";
  const { paragraphs } = analyzeLanguage(text, { published: null });
  const quoted = findQuotedSpans(text, paragraphs).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(quoted, ['yes', 'fake news', 'We shall see,']);
});

test('patterns are looked up by their first word or lemma, in lexicon order', () => {
  const text = 'Officials said in a statement that talks resumed.';
  const { tokens } = analyzeLanguage(text, { published: null });
  const lexicon = ['in a statement', '@say in', 'said', 'in remarks'].map(compilePattern);
  const itself = (p: (typeof lexicon)[number]) => p;
  assert.deepEqual(
    startingAt(lexicon, itself, tokens[1]!).map((p) => p.text),
    ['@say in', 'said'],
  );
  assert.deepEqual(
    startingAt(lexicon, itself, tokens[2]!).map((p) => p.text),
    ['in a statement', 'in remarks'],
  );
  assert.deepEqual(startingAt(lexicon, itself, tokens[0]!), []);
});
