import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { ingestText } from '../../src/ingest/index.ts';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

test('seed article: title, furniture and clean text', () => {
  const article = ingestText(seed);
  assert.equal(article.title, "Musk Met With Iran's UN Ambassador Looking to 'Defuse Tensions' With the U.S.");
  const removed = ['Premium', 'Office of the Iranian Supreme Leader via AP', 'Recommended', 'Trending on PJ Media Videos', 'Advertisement'];
  for (const line of removed) {
    assert.ok(article.furniture.includes(line), `furniture lists ${line}`);
    assert.ok(!article.text.split('\n').includes(line), `text lacks ${line}`);
  }
  assert.deepEqual(article.furniture, [...removed, 'Advertisement']);
  assert.ok(!article.text.includes(article.title!));
  assert.ok(article.text.startsWith('Elon Musk, soon to be co-chair'));
  assert.ok(article.text.endsWith('They have a long way to go on that score.'));
  assert.equal(article.language, 'eng');
  assert.deepEqual(article.notes, ['no publication date found']);
});

test('seed article: paragraphs keep their characters, whitespace runs collapse', () => {
  const { text } = ingestText(seed);
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 18);
  assert.ok(paragraphs.every((p) => p === p.trim() && !p.includes('\n') && !p.includes('  ')));
  assert.ok(text.includes('there may be an opportunity to get the sanctions lifted'));
  assert.ok(text.includes('“The American people re-elected President Trump'));
  assert.ok(text.includes('Mr. Trump’s election last week'));
});

test('seed article: the "New York Times:" block covers the two quoted paragraphs', () => {
  const { text, blockQuotes } = ingestText(seed);
  assert.equal(blockQuotes.length, 1);
  const [mark] = blockQuotes;
  assert.equal(mark!.source, 'New York Times');
  assert.equal(text.slice(mark!.leadIn.start, mark!.leadIn.end), 'New York Times:');
  const quoted = text.slice(mark!.start, mark!.end).split('\n\n');
  assert.equal(quoted.length, 2);
  assert.ok(quoted[0]!.startsWith('But in the wake of Mr. Trump’s election'));
  assert.ok(quoted[1]!.startsWith('Many in the conservative faction'));
  assert.ok(text.slice(mark!.end).trimStart().startsWith('What about the hit on Trump?'));
});

test('published option is normalised to YYYY-MM-DD', () => {
  assert.equal(ingestText(seed, { published: '2024-11-15T08:00:00Z' }).published, '2024-11-15');
  assert.equal(ingestText(seed, { published: 'November 15, 2024' }).published, '2024-11-15');
  assert.deepEqual(ingestText(seed, { published: '2024-11-15' }).notes, []);
});

test('hard-wrapped paragraphs are joined; short lines stay paragraphs of their own', () => {
  const text = [
    'Talks on the Danube Shipping Accord',
    '',
    'Delegates from six riparian states met in Vienna on Tuesday to revise the',
    'rules that govern barge traffic on the river, the first such meeting since',
    'the accord was signed in 1994.',
    'Photo: Anna Weiss/Reuters',
    'The revised text is expected to be signed in the autumn, officials said,',
    'once national parliaments have reviewed the changes to pilotage fees.',
  ].join('\n');
  const article = ingestText(text);
  assert.equal(article.title, 'Talks on the Danube Shipping Accord');
  assert.deepEqual(article.text.split('\n\n'), [
    'Delegates from six riparian states met in Vienna on Tuesday to revise the rules that govern barge traffic on the river, the first such meeting since the accord was signed in 1994.',
    'The revised text is expected to be signed in the autumn, officials said, once national parliaments have reviewed the changes to pilotage fees.',
  ]);
  assert.deepEqual(article.furniture, ['Photo: Anna Weiss/Reuters']);
});

test('one paragraph per line, with credits, bylines, timestamps and prompts removed', () => {
  const text = [
    'By Maria Ortega',
    'Updated: Nov. 12, 2024 4:15 p.m. ET',
    'The president of Colombia arrived in Caracas on Monday for talks on border security and the reopening of consulates, his office said.',
    'Getty Images',
    '(AP Photo/Fernando Vergara)',
    'Share this article',
    'Both governments said they would publish a joint statement after the meeting on Tuesday.',
    'Sign up for our newsletter',
    'Click here to read more',
  ].join('\n');
  const article = ingestText(text);
  assert.equal(article.title, null);
  assert.equal(article.text.split('\n\n').length, 2);
  assert.deepEqual(article.furniture, [
    'By Maria Ortega',
    'Updated: Nov. 12, 2024 4:15 p.m. ET',
    'Getty Images',
    '(AP Photo/Fernando Vergara)',
    'Share this article',
    'Sign up for our newsletter',
    'Click here to read more',
  ]);
  assert.equal(article.byline, 'Maria Ortega');
});

test("a wire story's dateline gives its place and agency, and the agency is the publisher when none is given", () => {
  const body = 'Troops from both countries exchanged fire along the border on Tuesday, the army said in a statement.';
  const wire = ingestText(`By Amina Yusuf and Daniel Ortega\n\nKHARTOUM, June 12 (Reuters) - ${body}`);
  assert.equal(wire.byline, 'Amina Yusuf and Daniel Ortega');
  assert.equal(wire.publisher, 'Reuters');
  assert.deepEqual(wire.dateline, { start: 0, end: 29, text: 'KHARTOUM, June 12 (Reuters) -', place: 'KHARTOUM', agency: 'Reuters' });
  assert.equal(ingestText(`NEW DELHI (AP) — ${body}`).publisher, 'Associated Press');
  assert.deepEqual(ingestText(`GAZA CITY, Gaza Strip — ${body}`).dateline, { start: 0, end: 23, text: 'GAZA CITY, Gaza Strip —', place: 'GAZA CITY', agency: null });
  assert.equal(ingestText(`CAIRO/JERUSALEM (Reuters) - ${body}`).dateline?.place, 'CAIRO/JERUSALEM');
  assert.equal(ingestText(`(CNN) — ${body}`, { publisher: 'Example Daily' }).publisher, 'Example Daily');
  // Neither an ordinary opening nor an unknown word in brackets is a dateline.
  assert.equal(ingestText(body).dateline, null);
  assert.equal(ingestText(`NATO (Updated) - ${body}`).dateline, null);
});

test('a lead-in block ends at a first-person remark, and never runs past the cap', () => {
  const para = (s: string) => `${s} The statement was issued after a meeting of the cabinet in the capital.`;
  const text = [
    'Reuters:',
    para('The ministry said the troops would remain in place.'),
    para('Officials declined to say how long the deployment would last.'),
    'I think this tells us the deployment is open-ended.',
    'Al Jazeera:',
    para('One.'),
    para('Two.'),
    para('Three.'),
    para('Four.'),
  ].join('\n\n');
  const { text: clean, blockQuotes } = ingestText(text);
  assert.deepEqual(
    blockQuotes.map((q) => [q.source, clean.slice(q.start, q.end).split('\n\n').length]),
    [
      ['Reuters', 2],
      ['Al Jazeera', 3],
    ],
  );
});

test('a colon line that names no source is not a lead-in', () => {
  const text = 'The ministry listed its demands:\n\nAn end to the shelling of border villages and the return of prisoners taken in March.\n\nCompensation for the families of those killed in the attack on the market.';
  assert.deepEqual(ingestText(text).blockQuotes, []);
});

test('non-English text is identified and noted', () => {
  const french =
    'Le ministre des Affaires étrangères a rencontré mardi son homologue allemand à Paris pour discuter de la guerre en Ukraine et de l’aide militaire européenne. Les deux responsables ont appelé à un cessez-le-feu immédiat.';
  const spanish =
    'El gobierno de México anunció el martes que enviará una delegación a Washington para negociar un nuevo acuerdo sobre migración y seguridad en la frontera. La reunión está prevista para la próxima semana.';
  const fr = ingestText(french);
  assert.equal(fr.language, 'fra');
  assert.ok(fr.notes.includes('coding is English-only; language detected: fra'));
  assert.equal(ingestText(spanish).language, 'spa');
});

test('too little text to identify its language is "und"', () => {
  const article = ingestText('Troops were seen at the border on a cold night.');
  assert.equal(article.language, 'und');
});

test('empty and furniture-only text are refused', () => {
  assert.throws(() => ingestText('  \n\n '), (e: unknown) => e instanceof InputError && e.reason === 'is empty');
  assert.throws(() => ingestText('Advertisement\n\nRead more\n\nGetty Images'), InputError);
});
