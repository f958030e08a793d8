// Generalisation, second set: sentences written for these tests (not from any gold set) on what the coder reads from
// who acts (a ministry that protests complains, crowds demonstrate), from control verbs over a gerund ("called on X to
// stop supplying"), from coordinated counterparts, and from participles inside the object of arrests and releases.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEventLexicon } from '../../src/events/lexicon.ts';
import { assertCodes, code, describe, type Expect } from './helpers.ts';

const CASES: [string, Expect[]][] = [
  // agent-aware readings: governments and politicians speak, crowds and forces act
  ['The Chinese foreign ministry protested the decision on Tuesday.', [{ event: 'CHN>- 114' }]],
  ['Thousands of students protested in Dhaka on Monday.', [{ event: 'BGD>- 141' }]],
  ['Egypt protested Ethiopia\'s decision to fill the dam on Sunday.', [{ event: 'EGY>ETH 114' }]],
  // a state named as its people is a crowd
  ['Thousands of Nigerians protested in Lagos against fuel prices.', [{ event: 'NGA>- 141' }]],
  ['Kenyan senators clashed over the finance bill.', [{ event: 'KEN>- 111' }]],
  ['Argentine lawmakers clashed with the government over pension reform.', [{ event: 'ARG>ARG 111' }]],
  ['Kenyan police clashed with protesters in Nairobi.', [{ event: 'KEN>- 190' }]],
  // states and their forces field armies: when they clash they fight
  ['Israel and Hezbollah clashed again on Sunday.', [{ event: 'ISR>LBN 190' }, { event: 'LBN>ISR 190' }]],
  ['Russian and Ukrainian forces clashed near Bakhmut.', [{ event: 'RUS>UKR 190' }]],
  ['Hundreds of Iranian women protested in Tehran.', [{ event: 'IRN>- 141' }]],
  // a boycott of goods is a government's embargo, but consumers' and traders' dissent
  ['Saudi Arabia boycotted Danish products.', [{ event: 'SAU>DNK 163' }]],
  ['Turkish consumers boycotted French goods.', [{ event: 'TUR>FRA 143' }]],
  ['Pakistani traders boycotted Indian products.', [{ event: 'PAK>IND 143' }]],
  // protesters and farmers who occupy a place hold a sit-in; troops occupy territory
  ['Protesters in Kinshasa occupied the French embassy.', [{ event: 'COD>FRA 144' }]],
  ['Bolivian farmers occupied a highway near La Paz.', [{ event: 'BOL>- 144' }]],
  ['Russian troops occupied the nuclear plant.', [{ event: 'RUS>- 192' }]],
  // the addressee of an appeal does what the gerund says, and only as demanded
  ['Washington called on the UAE to stop supplying weapons to Sudan\'s army.', [{ event: 'USA>ARE 02' }, { event: 'ARE>SDN 072', negated: true, modality: 'demanded' }]],
  ['The United States urged Rwanda to stop supporting the M23 rebels in Congo.', [{ event: 'USA>RWA 02' }, { event: 'RWA>COD 051', negated: true, modality: 'demanded' }]],
  // "X and his counterpart Y" coordinates both
  ['Turkish Foreign Minister Hakan Fidan and his Greek counterpart George Gerapetritis agreed to resume talks on Friday.', [{ event: 'TUR>GRC 036' }, { event: 'GRC>TUR 036' }]],
  ['Indian Prime Minister Narendra Modi and his Chinese counterpart Xi Jinping met in Kazan.', [{ event: 'IND>CHN 040' }, { event: 'CHN>IND 040' }]],
  ['Kenyan President William Ruto and his Tanzanian counterpart Samia Suluhu Hassan signed a trade deal.', [{ event: 'KEN>TZA 057' }, { event: 'TZA>KEN 057' }]],
  // the people arrested or released are the target, past a number and a participle
  ['Police in Istanbul arrested three suspected ISIS members.', [{ event: 'TUR>IMG 173' }]],
  ['Venezuela released two detained Americans on Saturday.', [{ event: 'VEN>USA 0841' }]],
  ['Russia freed jailed American journalist Evan Gershkovich in a prisoner swap.', [{ event: 'RUS>USA 0841' }]],
  // striking military targets is an attack; workers who strike walk out
  ['Israeli jets struck targets in southern Lebanon on Tuesday.', [{ event: 'ISR>LBN 190' }]],
  ['Russian forces struck energy infrastructure across Ukraine.', [{ event: 'RUS>- 190' }]],
  ['Dock workers in Rotterdam struck on Monday over pay.', [{ event: 'NLD>- 143' }]],
  // "traded fire" is an exchange of fire, not trade
  ['Hezbollah has traded fire with Israel for months.', [{ event: 'LBN>ISR 190' }]],
];

for (const [sentence, expected] of CASES) {
  test(`unseen agents: ${sentence}`, () => assertCodes(sentence, expected));
}

/** The sentence's events as "SRC>TGT CODE" strings. */
function coded(sentence: string): string[] {
  const { events, actors } = code(sentence);
  return events.map((e) => describe(e, actors));
}

test('a ministry that protests complains; it does not demonstrate', () => {
  assert.ok(!coded('The Chinese foreign ministry protested the decision on Tuesday.').some((d) => d.includes(' 14')));
});

test('politicians who clash argue; they do not fight', () => {
  assert.ok(!coded('Kenyan senators clashed over the finance bill.').some((d) => d.includes(' 19')));
});

test('the one who calls for a stop does not supply the weapons', () => {
  assert.ok(!coded("Washington called on the UAE to stop supplying weapons to Sudan's army.").some((d) => d.startsWith('USA>') && d.includes(' 07')));
});

test('a participle describing the released people is no arrest of its own', () => {
  assert.deepEqual(coded('Venezuela released two detained Americans on Saturday.'), ['VEN>USA 0841']);
});

test('byAgent readings name codebook codes', () => {
  const protest = loadEventLexicon()
    .lookup('protest')
    .find((e) => e.kind === 'verb' && e.pattern === 'protest');
  assert.deepEqual(protest?.byAgent, { official: '114' });
});

test('packed head entries hold each entry\'s required words', () => {
  const lexicon = loadEventLexicon();
  const head = lexicon.lookupHead('impose');
  assert.ok(head);
  assert.deepEqual(head.entries, lexicon.lookup('impose'));
  const e = head.entries.findIndex((x) => x.pattern === 'impose sanction on $T');
  assert.ok(e >= 0);
  // One slot with one word: [1, id of "sanction"], then [1, id of "on"].
  assert.deepEqual([...head.required.subarray(head.starts[e], head.starts[e + 1])], [1, lexicon.wordId('sanction'), 1, lexicon.wordId('on')]);
  assert.equal(lexicon.wordId('no-such-lexicon-word'), -1);
});
