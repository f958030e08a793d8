import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCodes, code, describe, type Expect } from './helpers.ts';

// One sentence per line of the table; each expected event must be among the coder's output.
const CASES: [string, Expect[]][] = [
  // 01 statements
  ["Iran's foreign minister declined to comment on the talks.", [{ event: 'IRN>- 011' }]],
  ['China expressed optimism about its relations with India.', [{ event: 'CHN>- 013' }]],
  ['Germany acknowledged responsibility for the failed operation.', [{ event: 'DEU>- 015' }]],
  // 02 appeals
  ['Turkey urged Sweden to hand over the suspects.', [{ event: 'TUR>SWE 02' }]],
  ['Japan asked the United States for economic aid.', [{ event: 'JPN>USA 023' }]],
  ['France called on Iran to release the detained journalists.', [{ event: 'FRA>IRN 0253' }]],
  // 03 intent
  ['Egypt agreed to mediate between Israel and Hamas.', [{ event: 'EGY>ISR 039' }, { event: 'EGY>PSE 039' }]],
  ['Pakistan pledged to provide humanitarian aid to Afghanistan.', [{ event: 'PAK>AFG 033' }]],
  ['India offered to host talks between Russia and Ukraine.', [{ event: 'IND>RUS 036' }, { event: 'IND>UKR 036' }]],
  ['The Chinese president will visit Russia next week.', [{ event: 'CHN>RUS 036', modality: 'intended' }]],
  // 04 consult
  ['The German chancellor visited Kyiv on Tuesday.', [{ event: 'DEU>UKR 042' }]],
  ['Egypt hosted the Israeli prime minister in Cairo.', [{ event: 'EGY>ISR 043' }]],
  ['President Macron spoke by telephone with President Putin.', [{ event: 'FRA>RUS 041' }]],
  ['Qatar mediated between Israel and Hamas.', [{ event: 'QAT>ISR 045' }, { event: 'QAT>PSE 045' }]],
  // 05 diplomatic cooperation
  ['France praised Germany for its leadership.', [{ event: 'FRA>DEU 051' }]],
  ['Canada apologized to India.', [{ event: 'CAN>IND 055' }]],
  ['Armenia and Azerbaijan signed a peace agreement.', [{ event: 'ARM>AZE 057' }, { event: 'AZE>ARM 057' }]],
  // agreeing upon a text is not signing it
  ['India and Bangladesh agreed upon a new trade pact.', [{ event: 'IND>BGD 030' }, { event: 'BGD>IND 030' }]],
  // 06 material cooperation
  ['Norway and Sweden agreed to share intelligence.', [{ event: 'NOR>SWE 03' }, { event: 'SWE>NOR 03' }]],
  // 07 aid
  ['Japan provided economic aid to the Philippines.', [{ event: 'JPN>PHL 071' }]],
  ['The United States sent weapons to Ukraine.', [{ event: 'USA>UKR 072' }]],
  ['Britain granted asylum to the Russian dissident.', [{ event: 'GBR>RUS 075' }]],
  // 08 yield
  ['Iran released the detained French diplomat.', [{ event: 'IRN>FRA 084' }]],
  ['The United States lifted sanctions on Venezuela.', [{ event: 'USA>VEN 085' }]],
  ['Israel withdrew its troops from Gaza.', [{ event: 'ISR>PSE 087' }]],
  ['Ukraine and Russia exchanged prisoners.', [{ event: 'UKR>RUS 084' }, { event: 'RUS>UKR 084' }]],
  // 09 investigate
  ['The United Nations investigated human rights abuses in Myanmar.', [{ event: 'IGO>MMR 092' }]],
  // 10 demand
  ['The European Union demanded that Russia withdraw its troops from Ukraine.', [{ event: 'IGO>RUS 10' }]],
  ['Ukraine demanded a ceasefire from Russia.', [{ event: 'UKR>RUS 10' }]],
  // 11 disapprove
  ['China criticized Japan for its military spending.', [{ event: 'CHN>JPN 111' }]],
  ['Iran accused Israel of espionage.', [{ event: 'IRN>ISR 112' }]],
  ['Russia condemned the NATO exercises.', [{ event: 'RUS>IGO 111' }]],
  // 12 reject
  ['Syria rejected the proposal from Turkey.', [{ event: 'SYR>TUR 12' }]],
  ['Iran refused to meet American negotiators.', [{ event: 'IRN>USA 125' }]],
  // 13 threaten
  ['North Korea threatened to attack South Korea.', [{ event: 'PRK>KOR 13' }]],
  ['Russia warned Finland against joining NATO.', [{ event: 'RUS>FIN 130' }]],
  // 14 protest
  ['Thousands of Jordanian protesters demonstrated outside the Israeli embassy in Amman.', [{ event: 'JOR>ISR 141' }]],
  ['Indian farmers staged a strike against the Indian government.', [{ event: 'IND>IND 143' }]],
  ['Greek workers went on strike on Monday.', [{ event: 'GRC>- 143' }]],
  // 15 posture
  ['China put its military on high alert.', [{ event: 'CHN>- 152' }]],
  ['Russia deployed troops to the border with Ukraine.', [{ event: 'RUS>- 154' }]],
  // 16 reduce relations
  ['Russia expelled two Polish diplomats.', [{ event: 'RUS>POL 16' }]],
  ['Mali broke off diplomatic relations with France.', [{ event: 'MLI>FRA 161' }]],
  ['The United States imposed sanctions on Iran.', [{ event: 'USA>IRN 163' }]],
  // 17 coerce
  ['Iran arrested a British citizen.', [{ event: 'IRN>GBR 173' }]],
  // 18 assault
  ['Israeli forces killed a Hamas commander.', [{ event: 'ISR>PSE 186' }]],
  ['Iran tried to assassinate the Saudi ambassador.', [{ event: 'IRN>SAU 185', modality: 'attempted' }]],
  // 19 fight
  ['Hamas militants killed three Israeli soldiers.', [{ event: 'PSE>ISR 19' }]],
  ['Russia bombed Ukrainian cities.', [{ event: 'RUS>UKR 195' }]],
  ['Indian and Pakistani troops clashed along the border.', [{ event: 'IND>PAK 190' }, { event: 'PAK>IND 190' }]],
  // 20 unconventional mass violence (the rebels are no actor, so no target)
  ['Syrian government forces used chemical weapons against rebels in Ghouta.', [{ event: 'SYR>- 204' }]],
  // passive voice
  ['The Israeli army was attacked by Hezbollah fighters.', [{ event: 'LBN>ISR 190' }]],
  ['The Iranian general was killed by an American drone.', [{ event: 'USA>IRN 18' }]],
  ['Iran was accused by Israel of espionage.', [{ event: 'ISR>IRN 112' }]],
  // coordinated actors
  ['Russia and China signed a trade agreement.', [{ event: 'RUS>CHN 057' }, { event: 'CHN>RUS 057' }]],
  ['Iran and Iraq will hold talks next week.', [{ event: 'IRN>IRQ 036', modality: 'intended' }, { event: 'IRQ>IRN 036', modality: 'intended' }]],
  // coordinated verb phrases and relative clauses
  ['Turkey imposed sanctions on Syria, expelled the Syrian ambassador and closed the border.', [{ event: 'TUR>SYR 163' }, { event: 'TUR>SYR 16' }]],
  ['Israel, which has been fighting Hamas, attacked Lebanon.', [{ event: 'ISR>PSE 190' }, { event: 'ISR>LBN 190' }]],
  // negation and modality
  ['Russia did not attack Ukraine on Sunday.', [{ event: 'RUS>UKR 190', negated: true }]],
  ['Iran denied that it had sent drones to Russia.', [{ event: 'IRN>RUS 072', negated: true }]],
  ['Iran may attack Israel.', [{ event: 'IRN>ISR 190', modality: 'hypothetical' }]],
  ['Syria will not accept refugees from Iraq.', [{ event: 'SYR>IRQ 12' }]],
  ['China did not impose sanctions on Japan.', [{ event: 'CHN>JPN 163', negated: true }]],
  // agreeing to do something is the matching intent (03x); "said it would" is a back-shifted "will"
  ['Egypt agreed to provide aid to Romania.', [{ event: 'EGY>ROU 033' }]],
  ['Japan said it would provide aid to the Philippines.', [{ event: 'JPN>PHL 033', modality: 'intended' }]],
  // under a condition the event is kept as hypothetical
  // A threat's target is the subject of its condition.
  ['Russia has threatened to halt the talks if the United States deploys missiles in Europe.', [{ event: 'RUS>USA 13' }, { event: 'USA>- 154', modality: 'hypothetical' }]],
  // a place inside a possessive phrase and "their": the speakers' own forces
  ['Bosnian Serbs said their forces had completed their withdrawal from Gorazde.', [{ event: 'SRB>BIH 0874' }]],
  // reported speech and hearsay
  ['Reportedly, Iraq expelled the Turkish ambassador.', [{ event: 'IRQ>TUR 16', modality: 'reported' }]],
  ['Turkey says Greece violated its airspace.', [{ event: 'GRC>- 128' }]],
  // patterns reach over quantities, an object before their preposition, particles, appositives and time words
  ['Japan will provide about 30 million dollars of aid to Sri Lanka.', [{ event: 'JPN>LKA 033', modality: 'intended' }]],
  ['Kenya extradited two suspected smugglers to Tanzania on Monday.', [{ event: 'KEN>TZA 063' }]],
  ['Russia speeded up the withdrawal of its forces from Syria.', [{ event: 'RUS>SYR 0874' }]],
  ['Niger forced the French ambassador, Sylvain Itte, out of the country.', [{ event: 'NER>FRA 166' }]],
  ['Chile deported on Thursday more than 100 Venezuelan migrants.', [{ event: 'CHL>VEN 174' }]],
  ['Spain announced a suspension of military aid to Israel.', [{ event: 'ESP>ISR 1622' }]],
  // an infinitive cue over an adjunct; subjects behind "once again", a time word or an opening participle
  ['Brazil agreed in principle on Friday to provide aid to Haiti.', [{ event: 'BRA>HTI 033', modality: 'intended' }]],
  ['Greece has once again rejected a Turkish proposal.', [{ event: 'GRC>TUR 120' }]],
  ['Canada announced Tuesday it would expel Chinese diplomats.', [{ event: 'CAN>CHN 13', modality: 'intended' }]],
  ['Ousted Sudanese President Omar al-Bashir has agreed to resign.', [{ event: 'SDN>- 0341' }]],
  ['EU-member Cyprus vetoed the proposal.', [{ event: 'CYP>- 129' }]],
  // cues reach an event noun over a hyphenated modifier: a conflict intent is a threat
  ['The Malian government announced that it will extend the night-time curfew in Bamako.', [{ event: 'MLI>MLI 1323', modality: 'intended' }]],
  // the author of a rejected call is the target; an obligation stated by X is X's demand
  ['Venezuela rejected calls by Brazil for new elections.', [{ event: 'VEN>BRA 120' }]],
  ['Germany said on Monday that Russia must withdraw its troops from Moldova.', [{ event: 'DEU>RUS 105', modality: 'demanded' }]],
  // violence by someone unnamed: CAMEO's unidentified forces, of the country the sentence's places name
  ['Four Pakistani soldiers were killed by a roadside bomb near the Afghan town of Khost.', [{ event: 'AFG>PAK 18' }]],
];

// Sentences that must yield no event (or no event of the listed root as a plain assertion).
const NONE = [
  'The weather in Paris was pleasant on Monday.',
  'The company reported higher profits this quarter.',
  'The Russian foreign ministry said it would not comment on the report.',
  'Iran is debating whether it can reach a deal with the United States.',
  'The March for Peace began in Geneva.',
  'The summit will take place in Geneva next month.',
  'Officials said the storm delayed the flights.',
];

// Subjects named only by a role: the country comes from a place in the sentence, or stays unknown (---).
const ROLE_ONLY_SUBJECTS: [string, string][] = [
  ['Thousands of protesters demonstrated outside the Israeli embassy in Amman.', 'JOR>ISR 141'],
  ['Farmers staged a strike against the government.', '--->--- 143'],
];

for (const [sentence, expected] of CASES) {
  test(`codes: ${sentence}`, () => assertCodes(sentence, expected));
}

for (const [sentence, want] of ROLE_ONLY_SUBJECTS) {
  test(`codes a role-only subject: ${sentence}`, () => {
    const { events, actors } = code(sentence);
    assert.ok(events.some((e) => describe(e, actors).startsWith(want)));
  });
}

for (const sentence of NONE) {
  test(`no event: ${sentence}`, () => {
    const { events, actors } = code(sentence);
    const plain = events.filter((e) => !e.negated && e.modality === 'asserted' && e.root !== '01');
    assert.deepEqual(plain.map((e) => describe(e, actors)), []);
  });
}

test('events carry codebook facts, a trigger and a date', () => {
  const { events } = code('Iran accused Israel of espionage on 3 March 2024.');
  const e = events.find((x) => x.cameo.startsWith('112'));
  assert.ok(e);
  assert.equal(e.root, '11');
  assert.equal(e.quadClass, 3);
  assert.equal(e.plover, 'ACCUSE');
  assert.ok(e.goldstein < 0);
  assert.equal(e.trigger.text, 'accused');
  assert.deepEqual(e.date, { value: '2024-03-03', precision: 'day' });
  assert.ok(e.confidence > 0 && e.confidence <= 1);
  assert.equal(e.id, 'e1');
});

test('without a date in the sentence the event takes the publication date, or none', () => {
  assert.deepEqual(code('Iran accused Israel of espionage.').events[0]?.date, { value: '2024-05-01', precision: 'day' });
  assert.equal(code('Iran accused Israel of espionage.', null).events[0]?.date, null);
});

test('one event per dyad, code, polarity and modality per article, with every mention', () => {
  const { events } = code('Iran accused Israel of espionage. Iran again accused Israel of espionage on Friday.');
  const accusations = events.filter((e) => e.cameo === '1125' || e.cameo === '112');
  assert.equal(accusations.length, 1);
  assert.deepEqual(accusations[0]!.mentions.map((m) => m.sentence), [0, 1]);
});

test('no self-directed events and no events without a source', () => {
  const { events } = code('Iran praised Iran. Thousands were killed in the fighting.');
  assert.deepEqual(events, []);
});

test('an unnamed perpetrator is coded as unidentified forces (UAF) with no actor, named as the sentence names it', () => {
  for (const [sentence, source] of [
    ['Four Pakistani soldiers were killed by a roadside bomb near the Afghan town of Khost.', { actor: null, code: 'AFGUAF', text: 'a roadside bomb' }],
    ['Masked men abducted two Italian aid workers in Mali on Friday.', { actor: null, code: 'MLIUAF', text: 'Masked men' }],
    ['Unknown assailants shot dead a Colombian mayor.', { actor: null, code: '---UAF', text: 'Unknown assailants' }],
    ['Three Iraqi policemen were killed on Tuesday.', { actor: null, code: '---UAF', text: 'unidentified attackers' }],
  ] as const) {
    const e = code(sentence).events.find((x) => x.root === '18');
    assert.ok(e, sentence);
    assert.deepEqual(e.source, source, sentence);
  }
});

test('the most confident event is the governing one, not one inside its object, purpose or participle', () => {
  for (const [sentence, root] of [
    ["Iran condemned Israel's strike on Syria.", '11'],
    ['Venezuela rejected calls by Brazil to hold new elections.', '12'],
    ['Armenian students staged protests on Saturday to demand new elections.', '14'],
    ['Norway is willing to send engineers to help defend Estonia.', '03'],
  ] as const) {
    const { events } = code(sentence);
    const best = events.reduce((b, e) => (b.confidence >= e.confidence ? b : e));
    assert.equal(best.root, root, `${sentence}: ${events.map((e) => `${e.cameo} ${e.confidence}`).join(', ')}`);
  }
});
