import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findActorsAndPlaces, loadActorDictionary } from '../../src/actors/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { analyzeLanguage } from '../../src/language/index.ts';
import type { Actor } from '../../src/types.ts';

const raw = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const article = ingestText(raw, { published: '2024-11-15' });
const language = analyzeLanguage(article.text, { published: article.published });
const actors = findActorsAndPlaces(article, language, loadActorDictionary()).actors;

interface Expected {
  name: string;
  country: string[] | null;
  agent?: string[];
  mentions?: string[];
  role?: string;
}

// What a correct reading of the seed article contains (CAMEO codes at 2024-11-15); alternatives in lists.
const EXPECTED: Expected[] = [
  { name: 'Elon Musk', country: ['USA'], mentions: ['Elon Musk', 'Musk'] },
  { name: 'Donald Trump', country: ['USA'], agent: ['GOV', 'ELI'], mentions: ['Donald Trump', 'Trump', 'Mr. Trump', 'President Trump'] },
  { name: 'Amir Saeid Iravani', country: ['IRN'], agent: ['GOV'], mentions: ['Amir Saeid Iravani'], role: 'ambassador to the United Nations' },
  { name: 'Steven Cheung', country: ['USA'], agent: ['GOV'], role: 'communications director' },
  { name: 'Karoline Leavitt', country: ['USA'], agent: ['GOV'], role: 'spokeswoman' },
  { name: 'Qassim Suleimani', country: ['IRN'], agent: ['MIL'], mentions: ['Qassim Suleimani', 'Soleimani'] },
  { name: 'Masoud Pezeshkian', country: ['IRN'], agent: ['GOV', 'ELI'] },
  { name: 'Ali Khamenei', country: ['IRN'], agent: ['GOV', 'ELI'], mentions: ['Ayatollah Ali Khamenei', 'Supreme Leader Ayatollah Ali Khamenei'] },
  { name: 'Ali Vaez', country: null, agent: ['NGO'], role: 'senior adviser' },
  { name: 'Revolutionary Guards', country: ['IRN'], agent: ['MIL'] },
  { name: 'Quds Force', country: ['IRN'], agent: ['MIL'] },
  { name: 'Department of Government Efficiency', country: ['USA'], agent: ['GOV'] },
  { name: 'Hamas', country: ['PSE'], agent: ['REB'] },
  { name: 'Hezbollah', country: ['LBN'], agent: ['REB'] },
  { name: 'Israel', country: ['ISR'] },
  { name: 'Switzerland', country: ['CHE'] },
  { name: 'New York Times', country: ['USA'], agent: ['MED'] },
  { name: 'Wall Street Journal', country: ['USA'], agent: ['MED'] },
  { name: 'Crisis Group', country: null, agent: ['NGO'] },
  { name: 'Biden administration', country: ['USA'], agent: ['GOV'] },
  { name: 'Tehran', country: ['IRN'], agent: ['GOV'] },
  { name: 'Washington', country: ['USA'], agent: ['GOV'] },
];

function actorNamed(name: string): Actor {
  const found = actors.filter((a) => a.name === name || a.mentions.some((m) => m.text === name));
  assert.equal(found.length, 1, `exactly one actor for ${name}: ${found.map((a) => a.name).join(', ')}`);
  return found[0]!;
}

for (const expected of EXPECTED) {
  test(`seed article: ${expected.name}`, () => {
    const actor = actorNamed(expected.name);
    assert.equal(actor.name, expected.name);
    if (expected.country === null) assert.equal(actor.country, null);
    else assert.ok(expected.country.includes(actor.country ?? ''), `${expected.name}: country ${actor.country}`);
    if (expected.agent) assert.ok(expected.agent.includes(actor.agent ?? ''), `${expected.name}: agent ${actor.agent}`);
    const texts = actor.mentions.map((m) => m.text);
    for (const mention of expected.mentions ?? []) assert.ok(texts.includes(mention), `${expected.name}: mention "${mention}" in ${texts.join(' | ')}`);
    if (expected.role) assert.ok(actor.roles.some((r) => r.includes(expected.role!)), `${expected.name}: role in ${actor.roles.join(' | ')}`);
  });
}

test('seed article: codes follow the article date and the dictionary', () => {
  assert.equal(actorNamed('Donald Trump').code, 'USAGOV');
  assert.equal(actorNamed('Ali Vaez').code, 'NGOICG');
  assert.equal(actorNamed('Hamas').code, 'PSEREBHMS');
  assert.equal(actorNamed('Tehran').code, 'IRNGOV');
  assert.equal(actorNamed('Donald Trump').dictionaryId, 'donald-trump');
  assert.equal(actorNamed('Biden administration').dictionaryId, null);
});

test('seed article: every mention is the text at its offsets, in its sentence', () => {
  for (const actor of actors) {
    assert.ok(actor.mentions.length > 0, actor.name);
    for (const mention of actor.mentions) {
      assert.equal(article.text.slice(mention.start, mention.end), mention.text);
      const sentence = language.sentences[mention.sentence]!;
      assert.ok(sentence.start <= mention.start && mention.end <= sentence.end, mention.text);
    }
  }
  assert.deepEqual(
    actors.map((a) => a.id),
    actors.map((_, i) => `a${i + 1}`),
  );
});

test('seed article: mentions of different actors never overlap', () => {
  const spans = actors.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a.name }))).sort((x, y) => x.start - y.start);
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1]!.end <= spans[i]!.start, `${spans[i - 1]!.text} (${spans[i - 1]!.actor}) / ${spans[i]!.text} (${spans[i]!.actor})`);
  }
});

test('seed article: possessives stay outside mentions; role phrases join the person they describe', () => {
  const trump = actorNamed('Donald Trump');
  assert.ok(trump.mentions.some((m) => m.text === 'Trump' && article.text.slice(m.end, m.end + 2) === "'s"));
  assert.ok(trump.mentions.some((m) => m.text === 'president-elect'));
  assert.ok(actorNamed('Ali Khamenei').mentions.some((m) => m.text === 'supreme leader'));
  assert.ok(actorNamed('Amir Saeid Iravani').mentions.some((m) => m.text === 'Iranian UN ambassador'));
  assert.ok(actorNamed('Tehran').mentions.every((m) => m.text === 'Tehran'));
});

test('seed article: the bare administration joins the one last named; a capital after "in" is a place', () => {
  const biden = actorNamed('Biden administration');
  assert.ok(biden.mentions.some((m) => m.text === 'the administration' && article.text.slice(m.end, m.end + 2) === "'s"));
  const washington = actorNamed('Washington');
  assert.equal(washington.mentions.length, 1);
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Washington' && article.text.slice(m.start - 3, m.start) === 'in ')));
});

test('seed article: Iranian and U.S. officials are state government groups; demonyms are mentions of the state', () => {
  assert.equal(actorNamed('U.S. officials').code, 'USAGOV');
  // "…, the officials said" refers back to them.
  assert.deepEqual(
    actorNamed('U.S. officials').mentions.map((m) => m.text),
    ['U.S. officials', 'officials', 'U.S. officials'],
  );
  const iran = actorNamed('Iran');
  assert.equal(iran.code, 'IRN');
  assert.equal(iran.kind, 'state');
  for (const text of ['Iranian', 'Iranians']) assert.ok(iran.mentions.some((m) => m.text === text), text);
});

test('seed article: furniture and generic capitalised words are no actors', () => {
  const texts = actors.flatMap((a) => a.mentions.map((m) => m.text));
  for (const word of ['Premium', 'Advertisement', 'Recommended', 'Overall', 'Simply', 'But', 'September', 'Oct.']) {
    assert.ok(!texts.some((t) => t.includes(word)), word);
  }
});

test('seed article: without their dictionary entries, people are coded from the article\'s own words', () => {
  const fewer = loadActorDictionary([fileURLToPath(new URL('./fixtures/without-seed-people.json', import.meta.url))]);
  const people = findActorsAndPlaces(article, language, fewer).actors.filter((a) => a.kind === 'person');
  const codeOf = (name: string) => {
    const found = people.find((a) => a.mentions.some((m) => m.text === name));
    assert.ok(found, name);
    assert.equal(found.dictionaryId, null, name);
    return found.code;
  };
  // Titles and appositives: "Trump communications director", "the transition spokeswoman for the administration",
  // "senior adviser in Washington at Crisis Group", "Revolutionary Guards General", "Iran's ambassador".
  assert.equal(codeOf('Steven Cheung'), 'USAGOV');
  assert.equal(codeOf('Karoline Leavitt'), 'USAGOV');
  assert.equal(codeOf('Ali Vaez'), 'NGOICG');
  assert.equal(codeOf('Qassim Suleimani'), 'IRNMIL');
  assert.equal(codeOf('Amir Saeid Iravani'), 'IRNGOV');
  const suleimani = people.find((a) => a.mentions.some((m) => m.text === 'Qassim Suleimani'))!;
  assert.ok(suleimani.mentions.some((m) => m.text === 'Soleimani'));
});
