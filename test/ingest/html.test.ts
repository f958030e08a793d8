import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { ingest, ingestHtml } from '../../src/ingest/index.ts';

const fixture = (name: string) => new URL(`../fixtures/html/${name}`, import.meta.url).pathname;
const read = (name: string) => readFileSync(fixture(name), 'utf8');
const paragraphs = (text: string) => text.split('\n\n');

test('JSON-LD in an @graph gives headline, authors, date, publisher and URL', () => {
  const article = ingestHtml(read('jsonld-article.html'));
  assert.equal(article.title, 'Ministers agree to reopen the Kessel border crossing');
  assert.equal(article.byline, 'Lena Marsh, Tomas Reyes');
  assert.equal(article.published, '2024-03-07');
  assert.equal(article.publisher, 'The Harbour Courier');
  assert.equal(article.url, 'https://courier.example/world/kessel-crossing');
  assert.equal(article.language, 'eng');
  assert.deepEqual(article.notes, []);
});

test('JSON-LD page: body without caption, share bar or related links; blockquote marked', () => {
  const article = ingestHtml(read('jsonld-article.html'));
  const body = paragraphs(article.text);
  assert.equal(body.length, 7);
  assert.ok(body[0]!.startsWith('The foreign ministers of Norland and Estavia agreed on Thursday'));
  assert.ok(body[6]!.startsWith('Trade groups on both sides'));
  for (const junk of ['Trucks wait', 'Reuters', 'Share on', 'Related', 'Fishing dispute', '©', 'Lena Marsh']) {
    assert.ok(!article.text.includes(junk), `text lacks ${junk}`);
  }
  assert.deepEqual(article.furniture, ['Trucks wait at the Kessel crossing in February. Jan Holt/Reuters']);
  const [mark] = article.blockQuotes;
  assert.equal(article.blockQuotes.length, 1);
  assert.equal(mark!.source, 'The Norland Foreign Ministry');
  assert.deepEqual(paragraphs(article.text.slice(mark!.start, mark!.end)), [
    'We welcome the agreement and expect both sides to honour every commitment made today.',
    'The crossing has always been a symbol of the friendship between our peoples.',
  ]);
});

test('OpenGraph-only page: title, site name, published time, author; furniture lines dropped', () => {
  const article = ingestHtml(read('opengraph-article.html'));
  assert.equal(article.title, 'Drought talks stall as Valdoria and Monteverde trade blame');
  assert.equal(article.publisher, 'Meridian Wire');
  assert.equal(article.published, '2023-08-21');
  assert.equal(article.byline, 'Priya Natarajan');
  assert.equal(article.url, 'https://meridian.example/2023/drought-talks');
  assert.equal(paragraphs(article.text).length, 4);
  assert.ok(paragraphs(article.text)[3]!.startsWith("Farmers' unions in Monteverde"));
  assert.deepEqual(article.furniture, ['Advertisement', 'Read more']);
});

test('page without metadata: title from the leading heading, no date, a note says so', () => {
  const article = ingestHtml(read('no-metadata.html'));
  assert.equal(article.title, 'Island nations press for climate fund');
  assert.equal(article.byline, null);
  assert.equal(article.publisher, null);
  assert.equal(article.published, null);
  assert.deepEqual(article.notes, ['no publication date found']);
  assert.equal(paragraphs(article.text).length, 3);
  assert.ok(article.text.startsWith('Leaders of twelve Pacific island states'));
});

test('heavy navigation, comments, newsletter box, related lists and author bio are left out', () => {
  const article = ingestHtml(read('heavy-navigation.html'));
  assert.equal(article.title, 'Parliament approves sanctions package against Korvath');
  assert.equal(article.published, '2022-11-30');
  assert.equal(article.byline, 'Ola Berg');
  assert.deepEqual(paragraphs(article.text), [
    "The parliament in Lindholm voted on Wednesday to approve a package of sanctions against Korvath, freezing the assets of forty officials and banning imports of the country's timber.",
    'The measures passed by 212 votes to 87 after a debate that lasted most of the day. The opposition said the sanctions would hurt border towns that depend on trade with Korvath.',
    'The foreign minister, Ingrid Solberg, told lawmakers that the government had tried dialogue for two years without result, and that the sanctions would be lifted if Korvath released the detained journalists.',
    "Korvath's embassy said in a statement that the decision was an unfriendly act and that it reserved the right to respond.",
  ]);
  assert.ok(article.furniture.includes('Sign up for our newsletter'));
  assert.ok(article.furniture.includes('Share this article'));
  assert.ok(article.furniture.some((line) => line.startsWith('Ola Berg is the Ledger')));
});

test('windows-1252 bytes declared by http-equiv decode to the right characters', async () => {
  const article = await ingest({ kind: 'file', path: fixture('windows-1252.html') });
  assert.equal(article.title, 'Envoy says Café Lumière talks were “frank”');
  assert.equal(article.published, '2021-05-14');
  assert.ok(article.text.includes('Renée Dubois'));
  assert.ok(article.text.includes('“frank and useful”'));
  assert.ok(article.text.includes('next round – expected in June –'));
  assert.ok(article.text.includes('The delegation’s spokesman'));
});

test('ISO-8859-1 bytes decode, from a <meta> declaration or an HTTP charset', async () => {
  const article = await ingest({ kind: 'file', path: fixture('iso-8859-1.html') });
  assert.equal(article.title, 'Envoy says Café Lumière talks were «frank»');
  assert.ok(article.text.includes('Sévrane «remains open to dialogue»'));
  const bytes = readFileSync(fixture('iso-8859-1.html'));
  const viaHeader = await ingest({ kind: 'bytes', bytes, name: 'page', contentType: 'text/html; charset=latin1' });
  assert.equal(viaHeader.text, article.text);
});

test('undeclared non-UTF-8 bytes fall back to windows-1252', async () => {
  const html = readFileSync(fixture('windows-1252.html')).toString('latin1').replace(/<meta http-equiv[^>]*>/, '');
  const article = await ingest({ kind: 'bytes', bytes: Buffer.from(html, 'latin1'), name: 'page.html' });
  assert.ok(article.text.includes('Renée Dubois'));
  assert.ok(article.text.includes('“frank and useful”'));
});

test('a UTF-8 byte order mark wins over a wrong declaration', async () => {
  const html = read('opengraph-article.html').replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace('Geneva', 'Genève');
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
  const article = await ingest({ kind: 'bytes', bytes, name: 'page.html' });
  assert.ok(article.text.includes('meet again in Genève next month'));
});

test('broken HTML with unclosed tags still yields the article', () => {
  const html = `<html><head><title>Ceasefire extended - Wire</title><body><div class="story">
    <p>The ceasefire between the two militias was extended for another week on Saturday, mediators said.
    <p>Aid agencies said the pause had allowed convoys to reach <b>three villages <i>cut off since March.
    <div><p>Talks on a permanent truce are due to resume in Doha on Monday, the mediators added`;
  const article = ingestHtml(html);
  assert.equal(article.title, 'Ceasefire extended - Wire');
  assert.deepEqual(paragraphs(article.text), [
    'The ceasefire between the two militias was extended for another week on Saturday, mediators said.',
    'Aid agencies said the pause had allowed convoys to reach three villages cut off since March.',
    'Talks on a permanent truce are due to resume in Doha on Monday, the mediators added',
  ]);
});

test('an HTML fragment without <html> or <body> works too', () => {
  const article = ingestHtml(
    '<h1>Embassy reopens</h1><p>The embassy in Tripoli reopened on Sunday after a closure of three years, the foreign ministry said.</p><p>Consular services will resume next month.</p>',
  );
  assert.equal(article.title, 'Embassy reopens');
  assert.equal(paragraphs(article.text).length, 2);
});

test('<br> breaks lines inside a paragraph', () => {
  const article = ingestHtml(
    '<article><h1>Council statement</h1><p>The council adopted the resolution by fourteen votes, with one abstention, after two days of debate.<br>Russia abstained.<br>The resolution takes effect at midnight.</p></article>',
  );
  assert.deepEqual(paragraphs(article.text), [
    'The council adopted the resolution by fourteen votes, with one abstention, after two days of debate.',
    'Russia abstained.',
    'The resolution takes effect at midnight.',
  ]);
});

test('HTML with no article body is refused', () => {
  assert.throws(
    () => ingestHtml('<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>'),
    (e: unknown) => e instanceof InputError && /no article/.test(e.reason),
  );
  assert.throws(() => ingestHtml('<html><head><title>Empty</title></head><body></body></html>'), InputError);
});

test('options override detected metadata', () => {
  const article = ingestHtml(read('jsonld-article.html'), {
    published: '2024-03-09',
    title: 'Crossing reopens',
    publisher: 'Courier',
    url: 'https://example.org/x',
  });
  assert.equal(article.published, '2024-03-09');
  assert.equal(article.title, 'Crossing reopens');
  assert.equal(article.publisher, 'Courier');
  assert.equal(article.url, 'https://example.org/x');
});
