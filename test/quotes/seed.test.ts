// The seed article: every quote, source, chain and author-voice cue its reference analysis lists.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeLanguage } from '../../src/language/index.ts';
import { findAttributions, sourcingProfile } from '../../src/quotes/index.ts';
import { actor } from './helpers.ts';

const raw = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const article = ingestText(raw, { published: '2024-11-15' });
const language = analyzeLanguage(article.text, { published: article.published });
const actors = [
  actor(article.text, language, 'leavitt', 'Karoline Leavitt', 'person', 'USAGOV', ['Karoline Leavitt']),
  actor(article.text, language, 'vaez', 'Ali Vaez', 'person', 'NGO', ['Ali Vaez', 'Vaez']),
  actor(article.text, language, 'nyt', 'New York Times', 'media', 'USAMED', ['New York Times']),
  actor(article.text, language, 'wsj', 'Wall Street Journal', 'media', 'USAMED', ['Wall Street Journal']),
  actor(article.text, language, 'cheung', 'Steven Cheung', 'person', 'USAGOV', ['Steven Cheung']),
];
const result = findAttributions(article, language, actors);
const plain = (s: string) => s.replace(/[’‘]/g, "'");
const quoteStarting = (start: string) => result.quotes.find((q) => plain(q.text).startsWith(start));

test('seed: every expected quote with its speaker and kind', () => {
  const expected: [speaker: string, kind: string, starts: string][] = [
    ['Karoline Leavitt', 'direct', 'The American people re-elected President Trump'],
    ['Ali Vaez', 'direct', "Iran can't seriously float trial balloons"],
    ['Ali Vaez', 'direct', 'Overall, everything is possible with Trump'],
    ['Ali Vaez', 'direct', 'He appears to be interested in a deal with Iran'],
    ['Ali Vaez', 'indirect', 'anything is possible with Trump'],
    ['Ali Vaez', 'indirect', 'some advisers'],
    ['New York Times', 'block', 'But in the wake of Mr. Trump'],
    ['U.S. officials', 'indirect', 'their September message to Iran echoed'],
    ['U.S. officials', 'indirect', 'The Iranian reply'],
    ['U.S. officials', 'indirect', 'they are confident Washington'],
  ];
  for (const [speaker, kind, starts] of expected) {
    const quote = quoteStarting(starts);
    assert.ok(quote, starts);
    assert.equal(quote.kind, kind, starts);
    assert.equal(quote.speaker?.name, speaker, starts);
    assert.equal(article.text.slice(quote.start, quote.end), quote.text);
  }
  assert.equal(quoteStarting('The American people')?.cue, 'said in a statement');
  assert.equal(quoteStarting('The American people')?.speaker?.actor, 'leavitt');
  const block = quoteStarting('But in the wake of Mr. Trump');
  assert.ok(block?.text.endsWith('since the Oct. 7 attack last year.'), 'the block quote spans both paragraphs');
});

test('seed: scare quotes have no speaker', () => {
  for (const words of ['Defuse Tensions', 'written assurances', 'top-tier', 'assure']) {
    const quote = result.quotes.find((q) => q.text === words);
    if (words === 'Defuse Tensions') assert.equal(quote, undefined, 'the title is not in the body');
    else assert.equal(quote?.kind, 'partial', words);
    assert.equal(quote?.speaker ?? null, null, words);
  }
});

test('seed: the sources, with the New York Times relying on two Iranian sources', () => {
  const source = (name: string) => result.sources.find((s) => s.name === name);
  const iranians = source('Two Iranian sources');
  assert.equal(iranians?.kind, 'anonymous');
  assert.equal(iranians?.count, 2);
  assert.equal(iranians?.affiliation, 'IRN');
  const nyt = source('New York Times');
  assert.equal(nyt?.kind, 'outlet');
  assert.equal(nyt?.actor, 'nyt');
  assert.ok(nyt?.reliesOn.includes(iranians!.id));
  assert.equal(source('Wall Street Journal')?.kind, 'outlet');
  const officials = source('U.S. officials');
  assert.equal(officials?.kind, 'anonymous');
  assert.equal(officials?.affiliation, 'USAGOV');
  assert.equal(source('Karoline Leavitt')?.kind, 'named_person');
  assert.equal(source('Ali Vaez')?.kind, 'named_person');
  const cheung = source('Steven Cheung');
  assert.equal(cheung?.kind, 'named_person');
  assert.equal(cheung?.nonAnswer, true);
  assert.deepEqual(
    result.nonAnswers.map((n) => [n.who.actor, n.cue]),
    [['cheung', 'declined to comment']],
  );
});

test('seed: the author’s opinions and hedges, and none from inside quotes', () => {
  const sentenceOf = (phrase: string) => language.sentences.find((s) => plain(s.text).includes(phrase))!.index;
  const found = (kind: string, phrase: string) =>
    result.voice.some((v) => v.kind === kind && v.sentence === sentenceOf(phrase) && phrase.includes(plain(v.cue)));
  for (const phrase of ['(rightfully)', 'we have to assume', 'Simply put', "which is why, for Trump, it's unusual"]) {
    assert.ok(found('opinion', phrase), phrase);
  }
  assert.ok(found('hedge', 'may have been an effort'));
  assert.ok(result.voice.some((v) => v.cue === "which is why, for Trump, it's unusual"), 'nearby cues read as one');
  for (const quoted of ['there may be an opportunity', 'appears to be interested', 'may favor other approaches']) {
    assert.ok(!result.voice.some((v) => v.sentence === sentenceOf(quoted)), quoted);
  }
});

test('seed: sourcing profile', () => {
  const profile = sourcingProfile(result);
  assert.equal(profile.named, 6);
  assert.equal(profile.outlets, 2);
  assert.ok(profile.anonymous >= 4);
  assert.equal(profile.authorVoice, result.voice.length);
});
