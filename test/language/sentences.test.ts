import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../../src/language/index.ts';
import type { LanguageLayer } from '../../src/language/types.ts';
import { seedText } from './seed-text.ts';

function sentencesOf(text: string): string[] {
  return analyzeLanguage(text, { published: '2024-11-15' }).sentences.map((sentence) => sentence.text);
}

/** Offsets, order and paragraph containment that every layer must satisfy. */
function assertConsistent(text: string, layer: LanguageLayer): void {
  for (const sentence of layer.sentences) {
    assert.equal(sentence.text, text.slice(sentence.start, sentence.end));
    assert.equal(sentence.text, sentence.text.trim());
    const paragraph = layer.paragraphs[sentence.paragraph]!;
    assert.ok(paragraph.start <= sentence.start && sentence.end <= paragraph.end, sentence.text);
  }
  let covered = 0;
  layer.tokens.forEach((token, i) => {
    assert.equal(token.index, i);
    assert.equal(token.text, text.slice(token.start, token.end));
    const sentence = layer.sentences[token.sentence]!;
    assert.ok(sentence.start <= token.start && token.end <= sentence.end, token.text);
    assert.ok(i === 0 || layer.tokens[i - 1]!.end <= token.start);
    covered += token.text.replace(/\s/g, '').length;
  });
  // Every visible character belongs to exactly one token.
  assert.equal(covered, text.replace(/\s/g, '').length);
}

test('seed article: paragraphs, sentences and tokens line up with the text', () => {
  const layer = analyzeLanguage(seedText, { published: '2024-11-15' });
  assertConsistent(seedText, layer);
  assert.equal(layer.paragraphs.length, 18);
  assert.equal(seedText.slice(layer.paragraphs[5]!.start, layer.paragraphs[5]!.end), 'New York Times:');
  assert.equal(layer.sentences.length, 34);
});

test('seed article: abbreviations do not end sentences', () => {
  const sentences = sentencesOf(seedText);
  for (const expected of [
    'But in the wake of Mr. Trump’s election last week, Iran has been openly debating whether it can now reach a new and more lasting deal with the United States.',
    'Mr. Trump has been an avid supporter of Israel, which has been waging war on the Iranian-backed militias Hamas and Hezbollah \u00a0since the Oct. 7 attack last year.',
    'U.S. officials say their September message to Iran echoed repeated previous warnings against harming Trump but was sent in light of the new information.',
    'U.S. officials say they are confident Washington’s message reached Iran’s leadership.',
    'They didn’t say whether the messages were sent via Switzerland, which represents U.S. interests in Iran.',
  ]) {
    assert.ok(sentences.includes(expected), expected);
  }
});

test('seed article: a lead-in line ending in a colon is a sentence of its own paragraph', () => {
  const layer = analyzeLanguage(seedText, { published: '2024-11-15' });
  const lead = layer.sentences.find((sentence) => sentence.text === 'New York Times:')!;
  const next = layer.sentences[lead.index + 1]!;
  assert.ok(next.text.startsWith('But in the wake'));
  assert.equal(next.paragraph, lead.paragraph + 1);
});

test('seed article: quotes spanning sentences keep their closing marks', () => {
  const sentences = sentencesOf(seedText);
  const leavitt = sentences.findIndex((sentence) => sentence.startsWith('Trump communications director'));
  assert.ok(sentences[leavitt]!.endsWith('restore peace through strength around the world.'));
  assert.equal(sentences[leavitt + 1], 'When he returns to the White House, he will take the necessary action to do just that.”');
  const vaez = sentences.indexOf('“Overall, everything is possible with Trump,” said Vaez.');
  assert.deepEqual(sentences.slice(vaez, vaez + 3), [
    '“Overall, everything is possible with Trump,” said Vaez.',
    '“He appears to be interested in a deal with Iran.”',
    'But some advisers, he said, may favor other approaches, among them increasing the pressure on Iran.',
  ]);
  assert.ok(sentences.every((sentence) => !/^[”’]/.test(sentence)));
});

test('titles before names never end a sentence', () => {
  assert.deepEqual(
    sentencesOf('Brig. Gen. Smith and Maj. Gen. Jones and Capt. Kirk and Adm. Byrd met. Sen. Warren and Rep. Ocasio-Cortez and Gov. Newsom objected.'),
    [
      'Brig. Gen. Smith and Maj. Gen. Jones and Capt. Kirk and Adm. Byrd met.',
      'Sen. Warren and Rep. Ocasio-Cortez and Gov. Newsom objected.',
    ],
  );
  assert.deepEqual(sentencesOf('The Oct. 7 attack killed 1,200 people. Approx. 250 were taken hostage.'), [
    'The Oct. 7 attack killed 1,200 people.',
    'Approx. 250 were taken hostage.',
  ]);
});

test('abbreviations before a number, initials, U.N. and p.m. stay inside the sentence', () => {
  assert.deepEqual(sentencesOf('He cited art. 5 of the treaty. The bill, No. 2 on the list, passed.'), [
    'He cited art. 5 of the treaty.',
    'The bill, No. 2 on the list, passed.',
  ]);
  assert.deepEqual(
    sentencesOf('Mr. Smith met Lt. Col. Brown on Oct. 7 at 5 p.m. in St. Louis. John F. Kennedy went to the U.N. in Washington, D.C. on Jan. 3. It was cold.'),
    [
      'Mr. Smith met Lt. Col. Brown on Oct. 7 at 5 p.m. in St. Louis.',
      'John F. Kennedy went to the U.N. in Washington, D.C. on Jan. 3.',
      'It was cold.',
    ],
  );
  // A month abbreviation closing a parenthesis or a sentence still ends it.
  assert.deepEqual(sentencesOf('The talks (which began in Jan.) stalled. They resumed.'), [
    'The talks (which began in Jan.) stalled.',
    'They resumed.',
  ]);
});

test('a quoted question or exclamation followed by its attribution is one sentence', () => {
  assert.deepEqual(sentencesOf('“Is it over?” asked Smith. “It is over!” he shouted. “Never,” she replied.'), [
    '“Is it over?” asked Smith.',
    '“It is over!” he shouted.',
    '“Never,” she replied.',
  ]);
  assert.deepEqual(sentencesOf('They chanted “Death to America!” and “Down with Israel!” in the streets. Police watched.'), [
    'They chanted “Death to America!” and “Down with Israel!” in the streets.',
    'Police watched.',
  ]);
});

test('closing quotes after a space belong to the sentence they close', () => {
  assert.deepEqual(sentencesOf('"We will win. " She agreed. "No deal. " said Smith.'), [
    '"We will win. "',
    'She agreed.',
    '"No deal. " said Smith.',
  ]);
  assert.deepEqual(sentencesOf('He said “We will win.” ” And then left.'), ['He said “We will win.” ”', 'And then left.']);
  // An opening straight quote after a sentence starts the next one.
  assert.deepEqual(sentencesOf('She left. "We will win," he said.'), ['She left.', '"We will win," he said.']);
});

test('sentences never cross paragraphs', () => {
  const text = '  Iran said no\n\n\n“So did we.”\nThe U.S.\n\nagreed.  ';
  const layer = analyzeLanguage(text, { published: null });
  assertConsistent(text, layer);
  assert.deepEqual(
    layer.paragraphs.map((paragraph) => text.slice(paragraph.start, paragraph.end)),
    ['Iran said no', '“So did we.”\nThe U.S.', 'agreed.'],
  );
  assert.deepEqual(
    layer.sentences.map((sentence) => [sentence.paragraph, sentence.text]),
    [
      [0, 'Iran said no'],
      [1, '“So did we.”'],
      [1, 'The U.S.'],
      [2, 'agreed.'],
    ],
  );
  // wink reads the whole text at once and runs a sentence on over a blank line after a title; it ends there.
  assert.deepEqual(sentencesOf('Talks with Sen.\n\nWarren (D-Mass.) went on in Accra'), ['Talks with Sen.', 'Warren (D-Mass.) went on in Accra']);
});

test('tokens: norm, POS and lemma', () => {
  const text = 'Recep Tayyip Erdoğan met Andrej Babiš in Kraków. Iran didn’t respond.';
  const layer = analyzeLanguage(text, { published: null });
  assertConsistent(text, layer);
  const byText = new Map(layer.tokens.map((token) => [token.text, token]));
  // Letters outside Latin-1 do not split a name.
  assert.equal(byText.get('Erdoğan')?.norm, 'erdogan');
  assert.equal(byText.get('Babiš')?.norm, 'babis');
  assert.equal(byText.get('Kraków')?.norm, 'krakow');
  assert.equal(byText.get('Erdoğan')?.pos, 'PROPN');
  assert.equal(byText.get('met')?.lemma, 'meet');
  assert.equal(byText.get('met')?.pos, 'VERB');
  assert.equal(byText.get('n’t')?.norm, "n't");
  assert.equal(byText.get('n’t')?.lemma, 'not');
  assert.deepEqual(
    layer.tokens.map((token) => token.sentence),
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1],
  );
});

test('empty and blank text give an empty layer', () => {
  for (const text of ['', ' \n\n \n']) {
    assert.deepEqual(analyzeLanguage(text, { published: null }), { paragraphs: [], sentences: [], tokens: [], dates: [] });
  }
});

test('lemmas, contractions included, are the same when words recur', () => {
  const text = 'Ghana can’t pay its debt, officials said. They met creditors in Accra and said the talks went well.';
  const lemmas = () => analyzeLanguage(text, { published: '2024-11-15' }).tokens.map((token) => [token.text, token.lemma]);
  const first = lemmas();
  assert.deepEqual(lemmas(), first);
  const lemmaOf = new Map(first.map(([word, lemma]) => [word, lemma]));
  assert.equal(lemmaOf.get('ca'), 'can');
  assert.equal(lemmaOf.get('met'), 'meet');
  assert.equal(lemmaOf.get('went'), 'go');
  assert.equal(lemmaOf.get('said'), 'say');
});

test('party-state labels with dotted state abbreviations do not end a sentence', () => {
  assert.deepEqual(
    sentencesOf('Sen. Chuck Schumer (D-N.Y.) said the bill would pass. Rep. Liz Cheney (R-Wyo.) disagreed on Monday.'),
    ['Sen. Chuck Schumer (D-N.Y.) said the bill would pass.', 'Rep. Liz Cheney (R-Wyo.) disagreed on Monday.'],
  );
  assert.deepEqual(
    sentencesOf('Sen. Joe Manchin, D-W.Va., met Sen. Lindsey Graham (R-S.C.) on tariffs. Del. Eleanor Holmes Norton (D-D.C.) objected.'),
    ['Sen. Joe Manchin, D-W.Va., met Sen. Lindsey Graham (R-S.C.) on tariffs.', 'Del. Eleanor Holmes Norton (D-D.C.) objected.'],
  );
  // Also other dotted abbreviations joined to a word.
  assert.deepEqual(sentencesOf('The A.F.L.-C.I.O. backed the Mexico-U.S. accord. Unions cheered.'), [
    'The A.F.L.-C.I.O. backed the Mexico-U.S. accord.',
    'Unions cheered.',
  ]);
  // A label at the end of a sentence still ends it, and a missing space after a word's period still splits.
  assert.deepEqual(sentencesOf('The bill was written by Sen. Chuck Schumer (D-N.Y.). It failed.Ministers left.'), [
    'The bill was written by Sen. Chuck Schumer (D-N.Y.).',
    'It failed.',
    'Ministers left.',
  ]);
});

test("a wire dateline is a sentence of its own, so the lede's subject opens its sentence", () => {
  const text = 'NEW DELHI (AP) — Indian and Pakistani troops exchanged fire on Tuesday. The army said so.\n\nLater that day, talks began.';
  const dateline = { start: 0, end: 'NEW DELHI (AP) —'.length };
  assert.deepEqual(
    analyzeLanguage(text, { published: null, dateline }).sentences.map((s) => [s.paragraph, s.text]),
    [
      [0, 'NEW DELHI (AP) —'],
      [0, 'Indian and Pakistani troops exchanged fire on Tuesday.'],
      [0, 'The army said so.'],
      [1, 'Later that day, talks began.'],
    ],
  );
  assert.equal(analyzeLanguage(text, { published: null }).sentences.length, 3);
});
