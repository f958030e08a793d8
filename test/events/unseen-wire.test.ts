// Generalisation, fifth set: wire-style sentences written for these tests (not from any gold set) across
// regions and CAMEO roots: "even as" clauses with a subject of their own, events told of by "reports of" and
// their like, demands of others against one's own stated course ("insist that they seek …"), objections given
// up, people returned to a state, attacks repelled, investigations opened, claims denied, aircraft shot down,
// participles describing a thing ("any ship heading to"), opening time adjuncts, and guards of readings that
// must not change.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCodes, code, type Expect } from './helpers.ts';

/** "SRC>TGT CODE" of each event, "-" for no target. */
const cameos = (sentence: string) => code(sentence).events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);

const CASES: [string, Expect[]][] = [
  // "even as", "just as" open a clause with its own subject
  ['Washington welcomed the move even as Minsk released 18 political prisoners on Tuesday.', [{ event: 'USA>- 051' }, { event: 'BLR>- 0841' }]],
  ['Ankara condemned the bombing even as Damascus denied any role in it.', [{ event: 'SYR>- 016' }]],
  // what reports tell of is not done by whoever hears of it: an actor in the report's words, else unidentified
  ['Amnesty International said it was alarmed by reports of torture in Egyptian prisons.', [{ event: '--->EGY 1822' }]],
  ['The EU condemned reports of Russian shelling of Kharkiv.', [{ event: 'IGO>RUS 111' }, { event: 'RUS>- 194' }]],
  // one who insists that another act demands it of them, the clause's subject
  ['The Palestinian Authority insisted that Israel withdraw from the West Bank.', [{ event: 'PSE>ISR 100' }, { event: 'PSE>ISR 1056', modality: 'demanded' }]],
  ['Ukraine insisted that Russia must pay reparations.', [{ event: 'UKR>RUS 10' }]],
  // giving up an objection or veto yields (080); it is no new disapproval
  ['Turkey lifted its objection to Sweden\'s NATO membership.', [{ event: 'TUR>SWE 080' }]],
  ['Hungary dropped its veto on the aid package for Ukraine.', [{ event: 'HUN>UKR 080' }]],
  // people handed back go to the state named after "to"
  ['Thailand returned 40 Uyghur detainees to China on Thursday.', [{ event: 'THA>CHN 0841' }]],
  ['Nepal returned two Indian fishermen to India on Friday.', [{ event: 'NPL>IND 0841' }]],
  // forces that repel an attack or troops fight them
  ['Ukrainian forces repelled Russian troops near Bakhmut.', [{ event: 'UKR>RUS 190' }]],
  ['Zimbabwe\'s army repelled an attack by armed poachers on Sunday.', [{ event: 'ZWE>- 190' }]],
  // "open" is a light verb: who opens an investigation or talks holds them
  ['The International Criminal Court opened an investigation into alleged war crimes in Sudan.', [{ event: 'IGO>SDN 09' }]],
  ['Ecuador opened talks with Peru on the border dispute.', [{ event: 'ECU>PER 04' }]],
  // denying or dismissing claims, allegations or reports that one did something negates it
  ['The Sudanese army denied claims that it had bombed a market in Omdurman.', [{ event: 'SDN>- 195', negated: true }]],
  ['Rwanda dismissed allegations that its troops had attacked Congolese villages.', [{ event: 'RWA>COD 190', negated: true }]],
  // an aircraft shot down is an attack on its owner; wink tags "shot" before a particle as a noun
  ['Russia shot down a Ukrainian helicopter near Kharkiv.', [{ event: 'RUS>UKR 190' }]],
  ['Iran shot down a Ukrainian airliner in 2020.', [{ event: 'IRN>UKR 190' }]],
  // an opening time adjunct closed by a comma is not the subject
  ['Two days earlier, Uganda had offered to mediate between Kenya and Somalia.', [{ event: 'UGA>KEN 03' }]],
  ['Three years ago, Morocco restored diplomatic relations with Israel.', [{ event: 'MAR>ISR 054' }]],
  // guards: readings across roots that must stay as they are
  ['Colombia plans to resume peace talks with the ELN rebels next month.', [{ event: 'COL>COL 036', modality: 'intended' }]],
  ['Pakistan may reopen its border crossing with Afghanistan next week, officials said.', [{ event: 'PAK>AFG 0872', modality: 'hypothetical' }]],
  ['Japan agreed to provide $200 million in emergency aid to Sri Lanka.', [{ event: 'JPN>LKA 033', modality: 'intended' }]],
  ['India demanded that Canada withdraw dozens of diplomats from New Delhi.', [{ event: 'IND>CAN 10' }]],
  ['Saudi Arabia and Israel have yet to establish diplomatic relations.', [{ event: 'SAU>ISR 054', negated: true }]],
  ['Seoul urged Pyongyang to return to dialogue.', [{ event: 'KOR>PRK 02' }]],
  ['The rebels massacred dozens of civilians in eastern Congo, a rights group said.', [{ event: 'COD>COD 20' }]],
  ['Morocco offered to mediate between Algeria and Mali.', [{ event: 'MAR>DZA 03' }]],
];

for (const [sentence, expected] of CASES) test(sentence, () => assertCodes(sentence, expected));

test('the clause\'s subject does not do what reports it hears of tell', () => {
  assert.deepEqual(cameos('The United Nations said it was deeply concerned by reports of shelling in residential areas of Khartoum.').filter((c) => c.startsWith('IGOUNO>') && c.endsWith(' 194')), []);
  assert.deepEqual(cameos('Amnesty International said it was alarmed by reports of torture in Egyptian prisons.').filter((c) => c.startsWith('NGO')), []);
});

test('one who insists on their own course demands nothing', () => {
  const taliban = code('The Taliban insist that they seek recognition only through peaceful means.').events;
  assert.deepEqual(taliban.filter((e) => e.root === '10' || e.modality === 'demanded').map((e) => e.cameo), []);
  assert.deepEqual(cameos('Iran insists that it will continue to enrich uranium.').filter((c) => c.endsWith(' 100')), []);
});

test('a lifted objection is no disapproval', () => {
  assert.deepEqual(cameos('Turkey lifted its objection to Sweden\'s NATO membership.').filter((c) => c.endsWith(' 110')), []);
});

test('a denied claim is not asserted', () => {
  const events = code('The Sudanese army denied claims that it had bombed a market in Omdurman.').events;
  assert.deepEqual(events.filter((e) => e.cameo === '195' && !e.negated).map((e) => e.source.code), []);
});

test('a participle after a thing describes the thing, not what the clause\'s subject does', () => {
  assert.deepEqual(cameos('The Houthis warned that they would target any ship heading to Israel.').filter((c) => c.endsWith(' 042')), []);
  assert.deepEqual(cameos('Police fired on a crowd marching toward the palace.').filter((c) => c.endsWith(' 141')), []);
});

test('the main clause\'s subject does not do what an "even as" clause says', () => {
  assert.ok(!cameos('Washington welcomed the move even as Minsk released 18 political prisoners on Tuesday.').includes('USAGOV>- 0841'));
});
