// Generalisation: actors in wire-style sentences written for these tests (not from any gold set): an envoy a
// pronoun owns is not of the place it is recalled from, an envoy of a body no state owns is that body, and
// capitals after a word of relations and "between" are parties, not places;
// places are no actors but carry their state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadActorDictionary } from '../../src/actors/dictionary.ts';
import { findActorsAndPlaces } from '../../src/actors/index.ts';
import { analyzeLanguage } from '../../src/language/index.ts';
import { article, code } from '../events/helpers.ts';

/** "CODE mention" of each of the sentence's actors. */
const actors = (sentence: string) => code(sentence).actors.flatMap((a) => a.mentions.map((m) => `${a.code} ${m.text}`));

test('an envoy a pronoun owns is not of the place it is recalled from', () => {
  assert.deepEqual(actors('France recalled its ambassador from Niamey.').filter((a) => a.includes('ambassador')), []);
  assert.deepEqual(actors('Egypt recalled its ambassador from Tel Aviv on Monday.').filter((a) => a.includes('ambassador')), []);
});

test('an envoy of the UN is the UN', () => {
  assert.ok(actors('The U.N. envoy for Libya urged both sides to refrain from violence.').some((a) => a.startsWith('IGOUNO ')));
  assert.ok(actors('A UN envoy arrived in Khartoum on Sunday.').some((a) => a.startsWith('IGOUNO ')));
});

test('capitals between which one mediates or talks are parties', () => {
  assert.ok(actors('Oman mediated between Tehran and Washington.').includes('IRNGOV Tehran'));
  assert.ok(actors('Tensions between Beijing and Washington rose sharply.').includes('CHNGOV Beijing'));
  assert.ok(actors('Qatar hosted talks between Kigali and Kinshasa.').includes('RWAGOV Kigali'));
  // a road between two towns still runs between places
  assert.deepEqual(actors('The road between Kabul and Jalalabad was closed.').filter((a) => a.startsWith('AFGGOV')), []);
});

/** "COUNTRY text" of each place the sentence is set in. */
const places = (sentence: string) =>
  findActorsAndPlaces(article(sentence), analyzeLanguage(sentence, { published: '2024-05-01' }), loadActorDictionary()).places.map((p) => `${p.country} ${sentence.slice(p.start, p.end)}`);

test('places a sentence is set in are no actors but carry their state', () => {
  assert.deepEqual(places('The president arrived in Addis Ababa on Monday.'), ['ETH Addis Ababa']);
  assert.deepEqual(places('Clashes broke out in Kirkuk on Friday.'), ['IRQ Kirkuk']);
  assert.deepEqual(actors('The president arrived in Addis Ababa on Monday.').filter((a) => a.includes('Addis')), []);
  // a capital that acts is an actor, not a place
  assert.deepEqual(places('Addis Ababa rejected the proposal.'), []);
});
