import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { type ActorEntry, ActorDictionaryError, loadActorDictionary, normalizeAlias } from '../../src/actors/dictionary.ts';

const dict = loadActorDictionary();
const dir = mkdtempSync(join(tmpdir(), 'detente-actors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function userFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The one entry a text resolves to (fails when it resolves to none or several). */
function only(text: string): ActorEntry {
  const hits = dict.lookup(text);
  assert.equal(hits.length, 1, `${text}: ${hits.map((h) => h.entry.id).join(', ') || 'no hit'}`);
  return hits[0]!.entry;
}

describe('loading', () => {
  test('bundled dictionaries load with every section populated', () => {
    assert.ok(dict.counts.states >= 249, `states ${dict.counts.states}`);
    assert.ok(dict.counts.people >= 300, `people ${dict.counts.people}`);
    assert.ok(dict.counts.organisations >= 200);
    assert.ok(dict.counts.seats >= 200);
    assert.ok(dict.counts.agents > 0 && dict.counts.titles > 0 && dict.counts.patterns > 0);
    assert.ok(dict.maxAliasWords >= 3);
  });

  test('normalisation unifies case, diacritics, apostrophes, hyphens, "the" and possessives', () => {
    assert.equal(normalizeAlias('Côte d’Ivoire'), "cote d'ivoire");
    assert.equal(normalizeAlias("the Kremlin's"), 'kremlin');
    assert.equal(normalizeAlias('Al‑Qaeda'), 'al qaeda');
    assert.equal(normalizeAlias('Erdoğan'), normalizeAlias('Erdogan'));
  });
});

describe('lookups', () => {
  test('Soleimani and Suleimani are the same person, coded IRNMIL', () => {
    const a = only('Soleimani');
    const b = only('Suleimani');
    assert.equal(a.id, b.id);
    assert.equal(only('Qassim Suleimani').id, a.id);
    assert.equal(dict.codeFor(a, '2024-11-15'), 'IRNMIL');
  });

  test('"the Kremlin" is the Russian government', () => {
    assert.equal(dict.codeFor(only('the Kremlin'), '2024-11-15'), 'RUSGOV');
  });

  test('capitals and buildings stand for their government', () => {
    assert.equal(dict.codeFor(only('Tehran'), '2024-11-15'), 'IRNGOV');
    assert.equal(dict.codeFor(only("Washington's"), '2024-11-15'), 'USAGOV');
    assert.equal(dict.codeFor(only('the Pentagon')), 'USAMIL');
  });

  test('"Iranian" is a demonym of Iran', () => {
    const hit = dict.lookup('Iranian')[0]!;
    assert.equal(hit.form, 'demonym');
    assert.equal(dict.resolveCode(hit.entry).country, 'IRN');
  });

  test('Hamas is a Palestinian rebel group', () => {
    const code = dict.resolveCode(only('Hamas'), '2024-11-15');
    assert.equal(code.country, 'PSE');
    assert.equal(code.agent, 'REB');
  });

  test('Trump is coded by office: president-elect in Nov 2024, president in 2025', () => {
    const trump = only('Trump');
    const nov = dict.resolveCode(trump, '2024-11-15');
    assert.equal(nov.country, 'USA');
    assert.ok(nov.agent === 'GOV' || nov.agent === 'ELI', `agent ${nov.agent}`);
    assert.equal(dict.codeFor(trump, '2025-03-01'), 'USAGOV');
    assert.equal(dict.codeFor(trump, '2022-06-01'), 'USAELI', 'out of office after a term: elite');
  });

  test('the Taliban are rebels in 2019 and the government in 2023', () => {
    const taliban = only('Taliban');
    assert.equal(dict.resolveCode(taliban, '2019-06-01').agent, 'REB');
    assert.equal(dict.resolveCode(taliban, '2023-06-01').agent, 'GOV');
    assert.equal(dict.resolveCode(taliban, '2023-06-01').country, 'AFG');
  });

  test('case-sensitive aliases match only in their own capitalisation', () => {
    assert.equal(only('US').id, 'USA');
    assert.deepEqual(dict.lookup('us'), []);
    assert.equal(only('WHO').id, 'who');
    assert.deepEqual(dict.lookup('who'), []);
  });

  test('ambiguous names are flagged for the matcher', () => {
    assert.equal(dict.lookup('Georgia')[0]!.ambiguous, true);
    assert.equal(dict.lookup('Washington')[0]!.ambiguous, true);
  });

  test('seed article actors resolve', () => {
    assert.equal(dict.codeFor(only('Crisis Group')), 'NGOICG');
    assert.equal(dict.resolveCode(only('Crisis Group')).agent, 'NGO');
    assert.equal(dict.codeFor(only('Revolutionary Guards')), 'IRNMIL');
    assert.equal(dict.codeFor(only('Quds Force')), 'IRNMIL');
    assert.equal(dict.codeFor(only('Department of Government Efficiency')), 'USAGOV');
    assert.equal(dict.codeFor(only('New York Times')), 'USAMED');
    assert.equal(dict.codeFor(only('Amir Saeid Iravani'), '2024-11-15'), 'IRNGOV');
    assert.equal(dict.codeFor(only('Masoud Pezeshkian'), '2024-11-15'), 'IRNGOV');
    assert.equal(dict.resolveCode(only('Musk'), '2024-11-15').country, 'USA');
  });

  test('role nouns and titles give agents', () => {
    assert.equal(dict.agentFor('spokeswoman')?.agent, 'GOV');
    assert.equal(dict.agentFor('communications director')?.agent, 'GOV');
    assert.equal(dict.agentFor('militants')?.agent, 'REB');
    assert.equal(dict.titleFor('Mr.')?.agent, null);
    assert.equal(dict.titleFor('Gen.')?.agent, 'MIL');
  });
});

describe('user files', () => {
  test('an override file replaces a bundled entry by id and adds new ones', () => {
    const path = userFile('override.json', {
      organisations: [{ id: 'hamas', kind: 'group', name: 'Hamas', code: 'PSEGOV', country: 'PSE', agent: 'GOV' }],
      people: [{ id: 'jane-roe', name: 'Jane Roe', surnames: ['Roe'], country: 'GBR', roles: [{ role: 'envoy', code: 'GBRGOV', from: '2020' }] }],
    });
    const custom = loadActorDictionary([path]);
    const hamas = custom.lookup('Hamas');
    assert.equal(hamas.length, 1);
    assert.equal(custom.codeFor(hamas[0]!.entry), 'PSEGOV');
    assert.equal(custom.codeFor(custom.lookup('Jane Roe')[0]!.entry, '2021-05-01'), 'GBRGOV');
    assert.equal(dict.codeFor(only('Hamas')), 'PSEREBHMS', 'the shared dictionary is untouched');
  });

  test('a JSONL people file extends the bundled people', () => {
    const path = userFile(
      'people.jsonl',
      `${JSON.stringify({ dictionary: 'people' })}\n${JSON.stringify({ id: 'john-doe', name: 'John Doe', country: 'CAN' })}\n`,
    );
    const custom = loadActorDictionary([path]);
    assert.equal(custom.codeFor(custom.lookup('John Doe')[0]!.entry), 'CAN');
    assert.equal(custom.counts.people, dict.counts.people + 1);
  });

  test('places: a gazetteer place is its bare state; a user file may give a state its own list', () => {
    assert.ok(dict.counts.places >= 2000, `places ${dict.counts.places}`);
    const kirkuk = only('Kirkuk');
    assert.equal(kirkuk.kind, 'seat');
    assert.equal(dict.codeFor(kirkuk), 'IRQ');
    assert.equal(dict.codeFor(only('Prizren')), 'KSV', 'the CAMEO code, not the ISO id');
    const path = userFile('places.json', { places: [{ id: 'NOR', names: ['Hammerfest'] }] });
    const custom = loadActorDictionary([path]);
    assert.equal(custom.codeFor(custom.lookup('Hammerfest')[0]!.entry), 'NOR');
    assert.throws(() => loadActorDictionary([userFile('badplace.json', { places: [{ id: 'ZZZ', names: ['Nowhere'] }] })]), /unknown state "ZZZ"/);
  });

  test('bad data is rejected naming the file and the entry', () => {
    const path = userFile('bad.json', { organisations: [{ id: 'x-group', kind: 'group', name: 'X', code: 'usareb', country: 'USA', agent: 'REB' }] });
    assert.throws(
      () => loadActorDictionary([path]),
      (err: unknown) => err instanceof ActorDictionaryError && err.file === path && err.message.includes('x-group') && err.message.includes('usareb'),
    );
    const dates = userFile('dates.json', { people: [{ id: 'p', name: 'P', country: 'USA', roles: [{ role: 'x', code: 'USAGOV', from: '2020-13-01' }] }] });
    assert.throws(() => loadActorDictionary([dates]), /dates\.json: people\[0\] \(id "p"\) roles\[0\]: "from"/);
    const field = userFile('field.json', { states: [{ id: 'ZZZ', code: 'ZZZ', name: 'Zed', alias: ['Z'] }] });
    assert.throws(() => loadActorDictionary([field]), /unknown field "alias"/);
  });
});
