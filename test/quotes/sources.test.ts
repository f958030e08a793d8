import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourcingProfile } from '../../src/quotes/index.ts';
import { analyse, quoteStarting } from './helpers.ts';

test('"two Ethiopian officials told Reuters that …": anonymous sources with count and affiliation, the outlet relies on them', () => {
  const result = analyse('Two Ethiopian officials told Reuters that troops had crossed into Eritrea overnight.');
  const quote = quoteStarting(result, 'troops had crossed');
  assert.equal(quote?.speaker?.name, 'Two Ethiopian officials');
  const officials = result.sources.find((s) => s.name === 'Two Ethiopian officials');
  assert.equal(officials?.kind, 'anonymous');
  assert.equal(officials?.count, 2);
  assert.equal(officials?.affiliation, 'ETHGOV');
  const reuters = result.sources.find((s) => s.name === 'Reuters');
  assert.equal(reuters?.kind, 'outlet');
  assert.deepEqual(reuters?.reliesOn, [officials!.id]);
});

test('nested chain: "X told Y that Z said …"', () => {
  const text = 'A senior Egyptian official told the Associated Press that Hamas negotiators said the proposal was unacceptable.';
  const result = analyse(text);
  const official = result.sources.find((s) => s.name === 'A senior Egyptian official');
  const negotiators = result.sources.find((s) => s.name === 'Hamas negotiators');
  const ap = result.sources.find((s) => s.name === 'Associated Press');
  assert.ok(official && negotiators && ap);
  assert.equal(official.count, 1);
  assert.equal(official.affiliation, 'EGYGOV');
  assert.deepEqual(ap.reliesOn, [official.id]);
  assert.deepEqual(official.reliesOn, [negotiators.id]);
  assert.equal(quoteStarting(result, 'the proposal was unacceptable')?.speaker?.name, 'Hamas negotiators');
});

test('an outlet citing a source relies on it', () => {
  const result = analyse('Bloomberg reported, citing three people familiar with the talks, that Riyadh would cut output again.');
  const bloomberg = result.sources.find((s) => s.name === 'Bloomberg');
  const people = result.sources.find((s) => s.name === 'three people familiar with the talks');
  assert.equal(bloomberg?.kind, 'outlet');
  assert.equal(people?.kind, 'anonymous');
  assert.equal(people?.count, 3);
  assert.deepEqual(bloomberg?.reliesOn, [people!.id]);
});

test('anonymous counts: a senior official is one, several diplomats are unknown', () => {
  const text = [
    'A senior Israeli official said the strike had been approved days earlier.',
    'Several European diplomats said the sanctions package was ready.',
    'Three people familiar with the matter said the visit was postponed.',
  ].join('\n\n');
  const result = analyse(text);
  const byName = (name: string) => result.sources.find((s) => s.name === name);
  assert.equal(byName('A senior Israeli official')?.count, 1);
  assert.equal(byName('A senior Israeli official')?.affiliation, 'ISRGOV');
  assert.equal(byName('Several European diplomats')?.count, null);
  assert.equal(byName('Several European diplomats')?.kind, 'anonymous');
  assert.equal(byName('Three people familiar with the matter')?.count, 3);
});

test('"declined to comment" and similar are recorded against the person, who stays a source', () => {
  const text = [
    'Pakistan’s army spokesman, Ahmed Sharif Chaudhry, declined to comment on the raid.',
    'The Indian embassy did not respond to a request for comment.',
    'Mamadi Doumbouya, the junta leader, could not be reached for comment.',
  ].join('\n\n');
  const result = analyse(text);
  assert.deepEqual(result.quotes, []);
  assert.deepEqual(
    result.nonAnswers.map((n) => [n.who.name, n.cue]),
    [
      ['Ahmed Sharif Chaudhry', 'declined to comment'],
      ['The Indian embassy', 'did not respond to a request for comment'],
      ['Mamadi Doumbouya', 'could not be reached for comment'],
    ],
  );
  for (const answer of result.nonAnswers) assert.equal(text.slice(answer.start, answer.end), answer.cue);
  const chaudhry = result.sources.find((s) => s.name === 'Ahmed Sharif Chaudhry');
  assert.equal(chaudhry?.kind, 'named_person');
  assert.equal(chaudhry?.nonAnswer, true);
  assert.equal(result.sources.find((s) => s.name === 'The Indian embassy')?.kind, 'organisation');
});

test('speakers are linked to actors by mention, and by name when the mention is not covered', () => {
  const text = [
    'Kenya’s foreign minister, Musalia Mudavadi, said the police mission to Haiti would go ahead.',
    'Mudavadi added that 400 officers were ready.',
  ].join('\n\n');
  const result = analyse(text, {
    actors: [['a1', 'Musalia Mudavadi', 'person', 'KENGOV', ['Musalia Mudavadi']]],
  });
  const first = quoteStarting(result, 'the police mission');
  const second = quoteStarting(result, '400 officers were ready');
  assert.deepEqual(first?.speaker, { actor: 'a1', name: 'Musalia Mudavadi' });
  assert.deepEqual(second?.speaker, { actor: 'a1', name: 'Musalia Mudavadi' });
  const source = result.sources.find((s) => s.actor === 'a1');
  assert.equal(source?.affiliation, 'KENGOV');
  assert.equal(result.sources.length, 1);
});

test('a media actor is an outlet, whatever its name', () => {
  const result = analyse('Dawn reported that the IMF tranche had been released.', {
    actors: [['m1', 'Dawn', 'media', 'PAKMED', ['Dawn']]],
  });
  assert.equal(result.sources[0]?.kind, 'outlet');
  assert.equal(result.sources[0]?.actor, 'm1');
});

test('he/she resolves to the latest person mention outside quotes, from the actors', () => {
  const text = 'Prime Minister Narendra Modi met the Bhutanese king on Friday. He said the hydropower deal was “a milestone for both nations.”';
  const result = analyse(text, {
    actors: [['p1', 'Narendra Modi', 'person', 'INDGOV', ['Narendra Modi']]],
  });
  assert.deepEqual(quoteStarting(result, 'the hydropower deal')?.speaker, { actor: 'p1', name: 'Narendra Modi' });
});

test('sourcing profile counts claims by the kind of source and the author’s own voice', () => {
  const text = [
    '“We are not at war with Serbia,” said Vjosa Osmani.',
    'Two NATO officials said KFOR would send more troops, according to Reuters.',
    'Perhaps the peace will hold.',
    'A “provocation”, Belgrade’s papers wrote on the front page.',
  ].join('\n\n');
  const result = analyse(text);
  assert.deepEqual(sourcingProfile(result), {
    named: 1,
    anonymous: 1,
    // Reuters, and Belgrade's papers for "A “provocation”" (an answer needs no verb); the partial quote inside is no claim of its own.
    outlets: 2,
    organisations: 0,
    documents: 0,
    unattributed: 0,
    authorVoice: 1,
  });
});

test('an actor for unnamed officials links the source, which stays anonymous', () => {
  const text = 'Pentagon officials said two carriers would stay in the Red Sea. The carriers will rotate in March, the officials said.';
  const result = analyse(text, { actors: [['g1', 'Pentagon officials', 'group', 'USAMIL', ['Pentagon officials']]] });
  const officials = result.sources.find((s) => s.actor === 'g1');
  assert.equal(officials?.kind, 'anonymous');
  assert.equal(officials?.name, 'Pentagon officials');
  assert.equal(officials?.affiliation, 'USAMIL');
  assert.equal(quoteStarting(result, 'The carriers will rotate')?.source, officials?.id);
  assert.equal(result.sources.length, 1);
});

test('a person the phrase only describes is an anonymous source, a person it names is not', () => {
  const text = 'A senior U.S. official, who asked not to be named, said Washington was in contact with both capitals. Senior official Dana Whitfield said talks would resume.';
  const result = analyse(text, {
    actors: [
      ['a1', 'U.S. official', 'person', 'USAGOV', ['U.S. official']],
      ['a2', 'Dana Whitfield', 'person', 'USAGOV', ['Dana Whitfield']],
    ],
  });
  assert.deepEqual(
    result.sources.map((s) => [s.kind, s.affiliation]),
    [
      ['anonymous', 'USAGOV'],
      ['named_person', 'USAGOV'],
    ],
  );
});

test('"the French foreign ministry" is not the foreign ministry named before it', () => {
  const text = 'The junta ordered the ambassador to leave, the foreign ministry said. "They have no authority to do this," the French foreign ministry said in a statement.';
  const result = analyse(text, { actors: [['a1', 'French foreign ministry', 'organisation', 'FRAGOV', ['French foreign ministry']]] });
  assert.equal(quoteStarting(result, 'They have no authority')?.speaker?.name, 'French foreign ministry');
  assert.equal(quoteStarting(result, 'The junta ordered')?.speaker?.name, 'the foreign ministry');
  // a plain back-reference still finds the source named before
  const later = analyse('The foreign ministry said talks had failed. The ministry added that it would not recall its envoy.');
  assert.equal(quoteStarting(later, 'it would not recall')?.speaker?.name, 'The foreign ministry');
});

test('a list of states speaks together; "quoted by" relays; a bare quantity is anonymous', () => {
  const text =
    'Saudi Arabia, the United Arab Emirates and Qatar condemned the strikes. Supreme Leader Ali Khamenei, quoted by state news agency IRNA, said the attack should not be exaggerated. Some told reporters they feared a wider war.';
  const result = analyse(text);
  const condemned = result.quotes.find((q) => q.cue === 'condemned');
  assert.equal(condemned?.speakerSpan ? text.slice(condemned.speakerSpan.start, condemned.speakerSpan.end) : null, 'Saudi Arabia, the United Arab Emirates and Qatar');
  assert.equal(result.quotes.filter((q) => q.cue?.startsWith('quoted')).length, 0);
  const khamenei = result.sources.find((s) => s.name === 'Ali Khamenei');
  const irna = result.sources.find((s) => s.name === 'IRNA');
  assert.ok(khamenei && irna && khamenei.reliesOn.includes(irna.id));
  assert.equal(result.sources.find((s) => s.name === 'Some')?.kind, 'anonymous');
});

test('"it" later in a sentence whose subject is a state is that state, not one named on the way', () => {
  const text = 'The Philippines summoned the Chinese ambassador on Tuesday to protest what it called a "dangerous and illegal" use of water cannon.';
  const result = analyse(text, {
    actors: [
      ['a1', 'Philippines', 'state', 'PHL', ['The Philippines']],
      ['a2', 'China', 'state', 'CHN', ['Chinese']],
    ],
  });
  const quote = quoteStarting(result, 'dangerous and illegal');
  assert.equal(result.sources.find((s) => s.id === quote?.source)?.name, 'Philippines');
});

test('a source noun capitalised because it opens the sentence is anonymous, not a named person', () => {
  const result = analyse('Officials in Manila, speaking on condition of anonymity, said the government was considering a new case. Sources said the talks had failed.');
  assert.deepEqual(result.sources.filter((s) => s.name !== 'the government').map((s) => s.kind), ['anonymous', 'anonymous']);
});
