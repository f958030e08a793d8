// Generalisation, sixth set: wire-style sentences written for these tests (not from any gold set) on the Sahel,
// the Great Lakes, Libya, the Gulf, Kashmir and the Korean peninsula: appeals and demands for a halt to fighting
// (wink lemmatises the noun "fighting" as "fight"), a deed someone calls an act of war, diplomats other than
// ambassadors expelled, envoys of bodies no state owns, mediation and talks between capitals, forces that
// defend a border, which is no verbal defence, what someone is kept from doing, missiles fired into the sea,
// conditions whose subject is a possessive, vows to punish or retaliate, not commenting, high commissioners summoned,
// force as a response, deportees accepted, and places as targets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCodes, code, type Expect } from './helpers.ts';

/** CAMEO codes of the sentence's events. */
const cameos = (sentence: string) => code(sentence).events.map((e) => e.cameo);

const CASES: [string, Expect[]][] = [
  // calls, appeals and demands for a halt, end or cessation of fighting appeal for or demand de-escalation
  ["Kenya's President William Ruto called for an immediate halt to the fighting.", [{ event: 'KEN>- 0256' }]],
  ['The African Union called for an end to the fighting in Darfur.', [{ event: 'IGO>- 0256' }]],
  ['Egypt appealed for a cessation of hostilities in Gaza.', [{ event: 'EGY>PSE 0256' }]],
  ['Rwanda demanded an end to the fighting near its border.', [{ event: 'RWA>- 1056' }]],
  ['Angola called for a stop to the fighting around Goma on Tuesday.', [{ event: 'AGO>- 0256' }]],
  // a deed one calls an act of war or aggression is one's accusation, not a war one wages
  ['India suspended a water treaty, a move Pakistan called an act of war.', [{ event: 'IND>- 127' }, { event: 'PAK>- 1123' }]],
  ['Venezuela called the joint exercises an act of aggression.', [{ event: 'VEN>- 1123' }]],
  // an attache or consul expelled is a diplomat expelled: relations reduced (161), not individuals deported (174)
  ['Pakistan expelled an Indian military attache.', [{ event: 'PAK>IND 161' }]],
  ['Russia expelled a Polish consul on Friday.', [{ event: 'RUS>POL 161' }]],
  // an envoy of the UN is the UN, with no state of its own
  ['The U.N. envoy for Libya urged both sides to refrain from violence.', [{ event: 'IGO>- 02' }]],
  ['The UN envoy urged Sudan to stop fighting.', [{ event: 'IGO>SDN 0256' }]],
  // capitals between which one mediates or holds talks are the parties
  ['Oman mediated between Tehran and Washington.', [{ event: 'OMN>IRN 045' }, { event: 'OMN>USA 045' }]],
  ['Oman has been mediating between Washington and Tehran, diplomats said.', [{ event: 'OMN>USA 045' }, { event: 'OMN>IRN 045' }]],
  ['Qatar hosted talks between Kigali and Kinshasa.', [{ event: 'QAT>RWA 043' }, { event: 'QAT>COD 043' }]],
  // what one is kept from doing did not happen, and its doer is the one kept from it
  ['Israel blocked aid trucks from entering Gaza.', [{ event: 'ISR>PSE 1223' }, { event: 'ISR>PSE 192', negated: true }]],
  ['Egypt prevented the convoy from entering Sudan on Sunday.', [{ event: 'EGY>SDN 192', negated: true }]],
  ['The army stopped protesters from marching to the palace.', [{ event: '--->- 141', negated: true }]],
  // missiles fired or launched into the sea hit no one: a show of force (150), not an aerial attack (195)
  ['North Korea fired two short-range ballistic missiles into the sea on Tuesday.', [{ event: 'PRK>- 150' }]],
  ['Pyongyang launched a cruise missile into waters off its east coast.', [{ event: 'PRK>- 150' }]],
  // a possessive in a condition's subject keeps the condition: what follows "if" is not asserted
  ["North Korea threatened to retaliate if Seoul's troops violated the border.", [{ event: 'PRK>KOR 130' }, { event: 'KOR>- 128', modality: 'hypothetical' }]],
  ["Moscow said it would respond if the alliance's jets entered its airspace.", [{ event: '--->RUS 192', modality: 'hypothetical' }]],
  // a vow, pledge or promise to punish or retaliate is a threat (130), not an intent to cooperate (030)
  ["Nigeria's president vowed to punish those behind the massacre.", [{ event: 'NGA>- 130' }]],
  ['The Ethiopian government promised to punish the gunmen.', [{ event: 'ETH>- 130' }]],
  ['Kyiv pledged to retaliate against Moscow.', [{ event: 'UKR>RUS 130' }]],
  // not commenting is declining to comment (011), not a negated comment
  ['Russia did not immediately comment.', [{ event: 'RUS>- 011' }]],
  ["Turkey's embassy did not respond to a request for comment.", [{ event: 'TUR>- 011' }]],
  // a high commissioner is a Commonwealth state's ambassador: summoning one is an official complaint to its state
  ["Bangladesh summoned India's deputy high commissioner in Dhaka to protest the killings.", [{ event: 'BGD>IND 114' }]],
  ["Kenya summoned Uganda's high commissioner.", [{ event: 'KEN>UGA 114' }]],
  // responding to aggression with force is force; announced with "will", a threat of it
  ['Iran said it will respond to any attack with full force.', [{ event: 'IRN>- 1384', modality: 'intended' }]],
  // a state taking back its deported nationals yields; agreeing to, it means to yield
  ['Honduras accepted deportees from the United States.', [{ event: 'HND>USA 080' }]],
  ['Cuba agreed to accept deportation flights.', [{ event: 'CUB>- 035', modality: 'intended' }]],
  // a place is no actor, but where a visit arrives or what one opens or lifts is set, its state is the target;
  // where aid is pledged at a conference it is not
  ['The Kenyan president arrived in Addis Ababa on Monday for a two-day visit.', [{ event: 'KEN>ETH 042' }]],
  ['Brazil opened an embassy in Kigali last year.', [{ event: 'BRA>RWA 054' }]],
  ['The Malian government lifted a curfew in Timbuktu on Sunday.', [{ event: 'MLI>MLI 08' }]],
  ["Japan pledged aid at a donors' conference in Tokyo.", [{ event: 'JPN>- 033' }]],
];

for (const [sentence, expected] of CASES) test(sentence, () => assertCodes(sentence, expected));

test('a call or demand for a halt to fighting is no fighting', () => {
  assert.deepEqual(cameos("Kenya's President William Ruto called for an immediate halt to the fighting.").filter((c) => c.startsWith('19')), []);
  assert.deepEqual(cameos('Rwanda demanded a halt to the fighting in eastern Congo.').filter((c) => c.startsWith('19')), []);
});

test('a deed called an act of war is no war', () => {
  assert.deepEqual(cameos('India suspended a water treaty, a move Pakistan called an act of war.').filter((c) => c.startsWith('19')), []);
});

test('forces defending a border or territory defend nobody in words (052)', () => {
  assert.deepEqual(cameos('Rwanda said its forces were only defending the border.').filter((c) => c === '052'), []);
  assert.deepEqual(cameos("Guyana's president said his country would defend its territory.").filter((c) => c.startsWith('05') || c.startsWith('03')), []);
});
