// Generalisation, third set: sentences written for these tests (not from any gold set) on strikes,
// weapons, capitals and victims: who strikes (workers walk out, forces attack), a weapon that is the
// subject of an attack (one event, coded by the weapon), a seat of government under attack (its
// country), and counted groups as targets ("detained 40 demonstrators").
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCodes, code, type Expect } from './helpers.ts';

const CASES: [string, Expect[]][] = [
  // "struck" with no listed object: forces and states attack, workers and professions walk out
  ['Israeli aircraft struck the city on Tuesday.', [{ event: 'ISR>- 190' }]],
  ['Pakistani jets struck the village before dawn.', [{ event: 'PAK>- 19' }]],
  ['Dock workers in Antwerp struck over pay on Monday.', [{ event: 'BEL>- 143' }]],
  ['Teachers struck for a third day in Nairobi.', [{ event: 'KEN>- 143' }]],
  ['Nurses in Britain struck on Tuesday.', [{ event: 'GBR>- 143' }]],
  // a weapon as subject is the attack's instrument: one event with the weapon's code
  ['Russian missiles hit Kharkiv on Monday.', [{ event: 'RUS>UKR 195' }]],
  ['Russian drones attacked Odesa overnight.', [{ event: 'RUS>UKR 1952' }]],
  ['Israeli artillery shelled southern Lebanon on Sunday.', [{ event: 'ISR>LBN 194' }]],
  // a counted group is a particular one, an actor (and target) wherever it stands
  ['Belarusian police detained 40 demonstrators in Minsk on Sunday.', [{ event: 'BLR>BLR 173' }]],
  ['Police in Tehran arrested hundreds of students.', [{ event: 'IRN>IRN 173' }]],
  // a pattern's own object noun ("kill protester") that is an actor is the target
  ['Security forces killed 12 protesters in Khartoum on Thursday.', [{ event: 'SDN>SDN 175' }]],
  ['Sudanese soldiers killed 12 civilians in Khartoum.', [{ event: 'SDN>SDN 180' }]],
  // a participle that can glue a backer to a group ("Houthi-held") is the verb when no other verb follows
  ['India held talks with Bangladesh.', [{ event: 'IND>BGD 040' }]],
  ['Narendra Modi held talks with Sheikh Hasina in New Delhi.', [{ event: 'IND>BGD 040' }]],
  ['Iran backed militias in Iraq for years.', [{ event: 'IRN>IRQ 051' }]],
];

for (const [sentence, expected] of CASES) {
  test(sentence, () => assertCodes(sentence, expected));
}

test('a bare role further on is too generic to be an actor; a counted one is not', () => {
  const names = (sentence: string) => code(sentence).actors.map((a) => `${a.name}=${a.code}`);
  assert.deepEqual(names('The Ethiopian army launched attacks against rebels.'), ['Ethiopian army=ETHMIL']);
  assert.deepEqual(names('The Ethiopian army captured dozens of rebels.'), ['Ethiopian army=ETHMIL', 'rebels=ETHREB']);
});

test('a weapon that is the subject of an attack verb is not an event of its own', () => {
  const { events } = code('Russian missiles struck Kyiv on Monday.');
  assert.deepEqual(
    events.map((e) => [e.cameo, e.trigger.text]),
    [['195', 'struck']],
  );
});

test('a weapon that is the object of a verb event is a thing supplied, not an attack', () => {
  const { events } = code('Iran denied supplying drones to Russia.');
  assert.deepEqual(
    events.map((e) => [e.source.code, e.cameo, e.negated]),
    [
      ['IRN', '016', false],
      ['IRN', '072', true],
    ],
  );
  // A weapon in an attack noun with no verb event of its own stays the attack.
  assert.deepEqual(code('The missile strike on Kharkiv killed five people.').events.map((e) => e.cameo), ['195']);
});

test('a weapon before a verb of another root leaves that verb its code', () => {
  const { events } = code('Ukraine said Russian missiles had damaged a power plant.');
  assert.deepEqual(
    events.map((e) => [e.source.code, e.cameo, e.trigger.text]),
    [['RUS', '171', 'damaged']],
  );
});

test('a capital under attack is a place of its country; acting or sanctioned, it is the government', () => {
  const target = (sentence: string) => code(sentence).events.map((e) => `${e.source.code}>${e.target?.code ?? '-'} ${e.cameo}`);
  assert.deepEqual(target('Russian missiles struck Kyiv on Monday.'), ['RUS>UKR 195']);
  assert.deepEqual(target('Ukrainian drones attacked Moscow overnight.'), ['UKR>RUS 1952']);
  assert.deepEqual(target('The United States imposed sanctions on Moscow.'), ['USA>RUSGOV 163']);
  assert.deepEqual(target('Kyiv rejected the proposal on Monday.'), ['UKRGOV>- 120']);
});
