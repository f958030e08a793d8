import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActorsAndPlaces, loadActorDictionary } from '../../src/actors/index.ts';
import { analyzeLanguage } from '../../src/language/index.ts';
import type { Actor, ArticleMeta } from '../../src/types.ts';

const dictionary = loadActorDictionary();

/** Sentences too short for ingest (it wants an article body) go in as an already clean article. */
function articleOf(text: string, published: string): ArticleMeta {
  return { title: null, byline: null, publisher: null, published, url: null, language: 'eng', text, furniture: [], blockQuotes: [], dateline: null, notes: [] };
}

function actorsIn(text: string, published = '2025-06-01'): Actor[] {
  const article = articleOf(text, published);
  const actors = findActorsAndPlaces(article, analyzeLanguage(article.text, { published }), dictionary).actors;
  for (const actor of actors) {
    for (const mention of actor.mentions) assert.equal(article.text.slice(mention.start, mention.end), mention.text);
  }
  return actors;
}

/** The one actor with a mention written exactly so. */
function withMention(actors: Actor[], text: string): Actor {
  const found = actors.filter((a) => a.mentions.some((m) => m.text === text));
  assert.equal(found.length, 1, `one actor mentioned as "${text}" among ${actors.map((a) => `${a.name} [${a.mentions.map((m) => m.text).join('|')}]`).join(', ')}`);
  return found[0]!;
}

function codes(actors: Actor[]): string[] {
  return actors.map((a) => a.code);
}

test('a foreign minister and his counterpart: the demonym gives the country, "counterpart" the agent', () => {
  const actors = actorsIn('Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.');
  assert.equal(withMention(actors, 'Sergei Lavrov').code, 'RUSGOV');
  const wang = withMention(actors, 'Wang Yi');
  assert.equal(wang.code, 'CHNGOV');
  assert.ok(wang.roles.includes('counterpart'));
  // Beijing after "in" is where they met, not the Chinese government.
  assert.deepEqual(codes(actors), ['RUSGOV', 'CHNGOV']);
});

test('an unknown counterpart borrows the agent of the person before it', () => {
  const actors = actorsIn('Polish President Andrzej Duda and his Ukrainian counterpart met in Warsaw.');
  assert.equal(withMention(actors, 'Andrzej Duda').code, 'POLGOV');
  const counterpart = withMention(actors, 'Ukrainian counterpart');
  assert.equal(counterpart.code, 'UKRGOV');
  assert.equal(counterpart.kind, 'person');
});

test('Houthi rebels are the Houthis', () => {
  const [houthis, ...rest] = actorsIn('Houthi rebels fired missiles at a tanker in the Red Sea.');
  assert.equal(rest.length, 0);
  assert.equal(houthis!.code, 'YEMREB');
  assert.equal(houthis!.kind, 'group');
});

test('the Kremlin and other seats stand for their governments', () => {
  const actors = actorsIn('The Kremlin said it was ready for talks. Beijing rejected the claim, and the Pentagon said nothing.');
  assert.equal(withMention(actors, 'Kremlin').code, 'RUSGOV');
  assert.equal(withMention(actors, 'Beijing').code, 'CHNGOV');
  assert.equal(withMention(actors, 'Pentagon').code, 'USAMIL');
});

test("a state's possessive: the state is mentioned and its leader is coded", () => {
  const actors = actorsIn("Ukraine's Zelenskyy urged allies to send more air defences.");
  assert.equal(withMention(actors, 'Ukraine').code, 'UKR');
  const zelenskyy = withMention(actors, 'Zelenskyy');
  assert.equal(zelenskyy.code, 'UKRGOV');
  assert.equal(zelenskyy.name, 'Volodymyr Zelenskyy');
});

test("a role phrase with a state picks out the dictionary's holder of that role", () => {
  const actors = actorsIn("North Korea's leader inspected a new missile.");
  const kim = withMention(actors, 'leader');
  assert.equal(kim.name, 'Kim Jong Un');
  assert.equal(kim.code, 'PRKGOV');
});

test("a bare role is not the holder of one posting of it: 'the Russian ambassador' in London is not Russia's UN ambassador", () => {
  const actors = actorsIn('Britain summoned the Russian ambassador on Monday. The Iranian foreign minister flew to Oman.');
  const envoy = withMention(actors, 'Russian ambassador');
  assert.equal(envoy.code, 'RUSGOV');
  assert.equal(envoy.dictionaryId, null);
  assert.equal(withMention(actors, 'Iranian foreign minister').name, 'Abbas Araghchi');
});

test("'the Iran-backed group' is the group last named, and Iran stays a mention of its own", () => {
  const actors = actorsIn('Hezbollah said it fired rockets at a base in northern Israel. The Iran-backed group has traded fire with Israel for months.');
  assert.deepEqual(withMention(actors, 'Hezbollah').mentions.map((m) => m.text), ['Hezbollah', 'group']);
  assert.equal(withMention(actors, 'Iran').code, 'IRN');
});

test('a bare role after a fronted adjunct opens its clause, after a clause it does not', () => {
  const actors = actorsIn('In Kenya, police fired tear gas at crowds in Nairobi. Troops remain in parts of Tigray, residents said.');
  assert.equal(withMention(actors, 'police').code, 'KENCOP');
  assert.ok(!actors.some((actor) => actor.mentions.some((m) => m.text === 'residents')));
});

test("a state's jets and bombers are its military", () => {
  const actors = actorsIn('Israeli jets struck targets in southern Lebanon, and Russian bombers flew over the Baltic.');
  assert.equal(withMention(actors, 'Israeli jets').code, 'ISRMIL');
  assert.equal(withMention(actors, 'Russian bombers').code, 'RUSMIL');
});

test("a state's foreign or home office is its government", () => {
  const actors = actorsIn("Britain's Foreign Office summoned the envoy. Germany's Foreign Office said talks would resume.");
  assert.deepEqual(codes(actors).filter((code) => code.endsWith('GOV')), ['GBRGOV', 'DEUGOV']);
});

test('an unnamed spokesman takes the code of the army he speaks for', () => {
  const actors = actorsIn('A Pakistani army spokesman said three militants were killed.');
  const spokesman = withMention(actors, 'spokesman');
  assert.equal(spokesman.code, 'PAKMIL');
  assert.equal(spokesman.kind, 'person');
  assert.equal(withMention(actors, 'Pakistani army').code, 'PAKMIL');
});

test('fighters of a group and troops of a state', () => {
  const actors = actorsIn('Hamas fighters ambushed Israeli troops near the border.');
  assert.equal(withMention(actors, 'Hamas').code, 'PSEREBHMS');
  assert.equal(withMention(actors, 'fighters').code, 'PSEREBHMS');
  const troops = withMention(actors, 'Israeli troops');
  assert.equal(troops.code, 'ISRMIL');
  assert.equal(troops.kind, 'group');
});

test('international organisations and NGOs have no country', () => {
  const actors = actorsIn('The UN Security Council met on Friday. Amnesty International said the arrests were arbitrary.');
  const council = withMention(actors, 'UN Security Council');
  assert.equal(council.code, 'IGOUNO');
  assert.equal(council.country, null);
  const amnesty = withMention(actors, 'Amnesty International');
  assert.equal(amnesty.agent, 'NGO');
  assert.equal(amnesty.country, null);
});

test('heads of government by title and demonym', () => {
  const actors = actorsIn('Chinese President Xi Jinping and German Chancellor Friedrich Merz spoke by phone.');
  assert.equal(withMention(actors, 'Xi Jinping').code, 'CHNGOV');
  const merz = withMention(actors, 'Friedrich Merz');
  assert.equal(merz.code, 'DEUGOV');
  assert.ok(merz.roles.includes('chancellor'));
});

test('codes follow the article date: Merz led the opposition before he was chancellor', () => {
  const [merz] = actorsIn('German Chancellor Friedrich Merz spoke.', '2024-11-15');
  assert.equal(merz!.code, 'DEUOPP');
});

test("a prime minister and a state's ministry", () => {
  const actors = actorsIn("Indian Prime Minister Narendra Modi visited Egypt's foreign ministry.");
  assert.equal(withMention(actors, 'Narendra Modi').code, 'INDGOV');
  assert.equal(withMention(actors, 'Egypt').code, 'EGY');
  const ministry = withMention(actors, 'foreign ministry');
  assert.equal(ministry.code, 'EGYGOV');
  assert.equal(ministry.kind, 'organisation');
});

test('diacritics and their absence name one person', () => {
  const actors = actorsIn("Turkish President Recep Tayyip Erdoğan said Erdogan's party would win.");
  const erdogan = withMention(actors, 'Recep Tayyip Erdoğan');
  assert.equal(erdogan.code, 'TURGOV');
  assert.ok(erdogan.mentions.some((m) => m.text === 'Erdogan'));
  assert.equal(withMention(actors, 'party').code, 'TURPTY');
});

test('an unknown person introduced by an appositive is coded from it and found again by surname', () => {
  const actors = actorsIn('Nguyen Van Thanh, a senior official at the Vietnamese trade ministry, said exports rose. Thanh added that talks would continue.');
  const thanh = withMention(actors, 'Nguyen Van Thanh');
  assert.equal(thanh.code, 'VNMGOV');
  assert.equal(thanh.dictionaryId, null);
  assert.ok(thanh.roles.some((r) => r.startsWith('senior official at')));
  assert.ok(thanh.mentions.some((m) => m.text === 'Thanh'));
  assert.equal(withMention(actors, 'Vietnamese trade ministry').code, 'VNMGOV');
});

test('an unknown spokeswoman for an army, and a courtesy title with her surname', () => {
  const actors = actorsIn('Jane Okafor, a spokeswoman for the Nigerian army, said the attack was repelled. Ms. Okafor later said more troops were coming.');
  const okafor = withMention(actors, 'Jane Okafor');
  assert.equal(okafor.code, 'NGAMIL');
  assert.ok(okafor.mentions.some((m) => m.text === 'Ms. Okafor'));
});

test('an unknown professor takes his university; a capital only locates it', () => {
  const actors = actorsIn('Ahmed Hassan, a professor at Cairo University, said the deal was fragile.');
  assert.equal(withMention(actors, 'Ahmed Hassan').code, 'EGYEDU');
});

test('spelling variants of an unknown surname join; so do dictionary variants', () => {
  const actors = actorsIn('Khalid Mahmoudian, an adviser to the Iraqi prime minister, said talks were stalled. Mahmudian added that the militias had agreed.');
  const adviser = withMention(actors, 'Khalid Mahmoudian');
  assert.equal(adviser.code, 'IRQGOV');
  assert.ok(adviser.mentions.some((m) => m.text === 'Mahmudian'));
  const soleimani = actorsIn('Qasim Suleimani was killed in 2020. Soleymani had led the Quds Force.', '2020-01-05');
  assert.equal(withMention(soleimani, 'Qasim Suleimani').mentions.length, 2);
});

test('name particles and hyphens stay inside names', () => {
  const actors = actorsIn('Ursula von der Leyen met Mohammed bin Salman. Abu Mohammed al-Jolani, the leader of Hayat Tahrir al-Sham, entered Damascus.');
  assert.equal(withMention(actors, 'Ursula von der Leyen').agent, 'IGO');
  assert.equal(withMention(actors, 'Mohammed bin Salman').code, 'SAUGOV');
  const jolani = withMention(actors, 'Abu Mohammed al-Jolani');
  assert.ok(jolani.roles.includes('leader of Hayat Tahrir al-Sham'));
  assert.ok(actors.some((a) => a.mentions.some((m) => m.text === 'Hayat Tahrir al-Sham')));
});

test('"former" makes an unknown ex-president an elite', () => {
  const [uribe] = actorsIn('Former Colombian President Alvaro Uribe was questioned by prosecutors.');
  assert.equal(uribe!.name, 'Alvaro Uribe');
  assert.equal(uribe!.code, 'COLELI');
});

test('a spokesman named with his office; people named by surname alone', () => {
  const actors = actorsIn('Kremlin spokesman Dmitry Peskov said Putin had no plans to meet Zelensky.');
  assert.deepEqual(
    actors.map((a) => [a.name, a.code]),
    [
      ['Dmitry Peskov', 'RUSGOV'],
      ['Vladimir Putin', 'RUSGOV'],
      ['Volodymyr Zelenskyy', 'UKRGOV'],
    ],
  );
});

test('"X administration" is that person\'s government, and "the administration" joins it', () => {
  const actors = actorsIn('The Biden administration imposed sanctions on Iran. The administration said more would follow.');
  const administration = withMention(actors, 'Biden administration');
  assert.equal(administration.code, 'USAGOV');
  assert.equal(administration.kind, 'organisation');
  assert.ok(administration.mentions.some((m) => m.text === 'The administration'));
});

test('"the government" joins the government last named', () => {
  const actors = actorsIn('The Trump administration and the Iraqi government signed a deal. The government said it was pleased.');
  assert.equal(withMention(actors, 'Trump administration').code, 'USAGOV');
  const iraq = withMention(actors, 'Iraqi government');
  assert.equal(iraq.code, 'IRQGOV');
  assert.ok(iraq.mentions.some((m) => m.text === 'The government'));
});

test('demonyms: officials of a state form a group; the people of a state are the state', () => {
  const actors = actorsIn('Iranian officials said the IRGC had seized a tanker. The Iranians denied it. Mexican officials agreed.');
  assert.equal(withMention(actors, 'Iranian officials').code, 'IRNGOV');
  assert.equal(withMention(actors, 'IRGC').code, 'IRNMIL');
  assert.equal(withMention(actors, 'Iranians').code, 'IRN');
  assert.equal(withMention(actors, 'Mexican officials').code, 'MEXGOV');
});

test('case-sensitive aliases and capitalisation: "us" and "turkey" are not states', () => {
  const actors = actorsIn("Tell us what the US wants. They ate turkey with Turkey's envoy.");
  assert.deepEqual(
    actors.map((a) => [a.mentions.map((m) => m.text).join('|'), a.code]),
    [
      ['US', 'USA'],
      ['Turkey', 'TUR'],
      ['envoy', 'TURGOV'],
    ],
  );
});

test('text in capitals still matches the dictionary, without inventing names', () => {
  const actors = actorsIn("IRAN'S FOREIGN MINISTER ABBAS ARAGHCHI SAID THE TALKS WOULD RESUME.");
  assert.deepEqual(
    actors.map((a) => [a.name, a.code]),
    [
      ['Iran', 'IRN'],
      ['Abbas Araghchi', 'IRNGOV'],
    ],
  );
});

test('hyphenation variants name one group', () => {
  const [qaeda, ...rest] = actorsIn('Al Qaeda and al-Qaeda are one group.');
  assert.equal(rest.length, 0);
  assert.equal(qaeda!.mentions.length, 2);
  assert.equal(qaeda!.agent, 'REB');
});

test('a capital used as a place is no actor; used as a speaker it is', () => {
  const actors = actorsIn('Protesters gathered outside the White House on Sunday. The White House said the president would speak. Deputy Foreign Minister Sergei Ryabkov warned Washington.');
  const whiteHouse = withMention(actors, 'White House');
  assert.equal(whiteHouse.mentions.length, 1);
  assert.equal(whiteHouse.code, 'USAGOV');
  assert.equal(withMention(actors, 'Washington').code, 'USAGOV');
  assert.equal(withMention(actors, 'Deputy Foreign Minister Sergei Ryabkov').code, 'RUSGOV');
});

test('a military official of a state and a group named in the dictionary', () => {
  const actors = actorsIn('Al-Shabaab militants attacked a base in Somalia, a Somali military official said.');
  assert.equal(withMention(actors, 'Al-Shabaab').code, 'SOMREB');
  assert.equal(withMention(actors, 'Somali military official').code, 'SOMMIL');
  assert.equal(withMention(actors, 'Somalia').code, 'SOM');
});

test('furniture and capitalised common words make no actors', () => {
  assert.deepEqual(actorsIn('Premium Recommended Overall, But Simply Advertisement. Monday in January was cold and Trending pieces were Sponsored.'), []);
  assert.deepEqual(actorsIn('However, Meanwhile and Yesterday are not people. Breaking: Analysis of the Week.'), []);
});

test('a lone capitalised word is a person only with a title, a role or a verb of speech', () => {
  const actors = actorsIn('Officials visited Kharkiv. "We will rebuild," said Terekhov. Mr. Sinegubov was not there.');
  assert.deepEqual(
    actors.filter((a) => a.kind === 'person').map((a) => a.name),
    ['Terekhov', 'Sinegubov'],
  );
  // "Officials" opens its sentence: a group of the government the article is about; Kharkiv is a place of Ukraine.
  assert.deepEqual(codes(actors), ['UKRGOV', 'UKR', '---', '---']);
});

test('"Jr." makes another person than the dictionary\'s, and his shorter name joins him', () => {
  const actors = actorsIn('Donald Trump Jr. said his father was fine. Trump Jr. added nothing. Trump Tower was quiet.');
  assert.equal(actors.length, 1);
  assert.equal(actors[0]!.name, 'Donald Trump Jr.');
  assert.equal(actors[0]!.dictionaryId, null);
  assert.deepEqual(
    actors[0]!.mentions.map((m) => m.text),
    ['Donald Trump Jr.', 'Trump Jr.'],
  );
});

test('a people noun after a demonym is that state’s civilians; a bare one opening the sentence has no country', () => {
  const kurds = actorsIn('Some 200,000 Syrian Kurds fled across the border last week.');
  assert.equal(withMention(kurds, 'Syrian Kurds').code, 'SYRCVL');
  assert.equal(withMention(kurds, 'Syrian Kurds').kind, 'group');
  const herders = actorsIn('Herders blocked the main road for a day.');
  assert.deepEqual(codes(herders), ['---AGR']);
});

test('a group with no state takes the country of the place the sentence is set in', () => {
  const actors = actorsIn('Demonstrators in Basra burned tyres outside the Kuwaiti consulate.');
  assert.equal(withMention(actors, 'Demonstrators').code, 'IRQOPP');
  // The consulate is Kuwait's, wherever it stands; Basra only places the protest.
  assert.equal(withMention(actors, 'Kuwaiti consulate').code, 'KWTGOV');
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'Basra')));
});

test('a bare group further on in the sentence is too vague to be an actor', () => {
  const actors = actorsIn('The army fired on militants near the river.');
  assert.ok(!actors.some((a) => a.mentions.some((m) => m.text === 'militants')));
});

test('"the government" with no state named: the article’s main country, else unknown', () => {
  assert.deepEqual(codes(actorsIn('Teachers marched on the capital and the government gave in.')), ['---EDU', '---GOV']);
  const actors = actorsIn('Kenya raised fuel prices. Drivers struck, and the government gave in.');
  assert.equal(withMention(actors, 'the government').code, 'KENGOV');
});

test('a gazetteer place named on its own is its state; where something happens is no actor', () => {
  const actors = actorsIn('Shelling hit Mosul overnight. Officials met in Mosul.');
  const iraq = withMention(actors, 'Mosul');
  assert.equal(iraq.code, 'IRQ');
  assert.equal(iraq.kind, 'state');
  assert.equal(iraq.mentions.length, 1);
});

test('an unknown body introduced by a role word takes its agent; organisation heads make bodies, not people', () => {
  const rebels = actorsIn('The rebel Popular Liberation Front seized the town.');
  assert.equal(withMention(rebels, 'Popular Liberation Front').code, '---REB');
  const bodies = actorsIn('The Union for Democratic Renewal and the Council of Nordic Jurists protested.');
  for (const name of ['Union for Democratic Renewal', 'Council of Nordic Jurists']) assert.equal(withMention(bodies, name).kind, 'organisation');
});

test('coordinated demonyms before a role each take the role', () => {
  const actors = actorsIn('Senior Polish and Czech diplomats met on Monday.');
  assert.equal(withMention(actors, 'Polish').code, 'POLGOV');
  assert.equal(withMention(actors, 'Czech diplomats').code, 'CZEGOV');
  const troops = actorsIn('Indian and Pakistani troops exchanged fire along the frontier.');
  assert.deepEqual(
    troops.map((a) => [a.name, a.code]),
    [['Indian troops', 'INDMIL'], ['Pakistani troops', 'PAKMIL']],
  );
});

test('a high commissioner is a diplomat, not a deputy in parliament', () => {
  const actors = actorsIn("Pakistan summoned India's deputy high commissioner in Islamabad.");
  assert.equal(withMention(actors, 'deputy high commissioner').code, 'INDGOV');
});

test('historical leaders are in the dictionary; an unknown name after "the … Coordinator" is coded from it', () => {
  const actors = actorsIn('President Liamine Zeroual met Laurent Gbagbo.', '1995-06-01');
  assert.equal(withMention(actors, 'President Liamine Zeroual').code, 'DZAGOV');
  assert.equal(withMention(actors, 'Laurent Gbagbo').code, 'CIV');
  const coordinator = actorsIn('Hana Lindqvist, the United Nations Humanitarian Coordinator, visited the camps.');
  assert.equal(withMention(coordinator, 'Hana Lindqvist').code, 'IGOUNO');
});

test('no people from weekdays, wars, prophets, acronyms or school names', () => {
  const actors = actorsIn('Troops left Srebrenica Monday. Veterans of World War Two and the Soviet KGB honoured the Prophet Mohammed at Kabul University Law School.');
  assert.ok(!actors.some((a) => a.kind === 'person'), actors.map((a) => `${a.name}:${a.kind}`).join(', '));
  assert.ok(actors.some((a) => a.mentions.some((m) => m.text === 'Srebrenica')));
});

test('a misspelt state name still names the state', () => {
  assert.deepEqual(codes(actorsIn('Ethopia and Afganistan signed the accord.')), ['ETH', 'AFG']);
});

test('a title and a surname that several dictionary people share: the role picks one, or at least their country', () => {
  // Hassan II was king; the other Hassan in the dictionary is a prime minister.
  const king = withMention(actorsIn('King Hassan received the Spanish envoy at his palace in Fez on Monday.', '1995-03-06'), 'King Hassan');
  assert.equal(king.dictionaryId, 'king-hassan-ii');
  assert.equal(king.code, 'MARGOV');
  // Both Bushes were president: which one the text means is open, their country is not.
  const bush = withMention(actorsIn('President Bush vetoed the spending bill late on Friday.', '2022-05-01'), 'President Bush');
  assert.equal(bush.dictionaryId, null);
  assert.equal(bush.country, 'USA');
  // A courtesy title says no role: Mr. Hassan stays unknown.
  const shopkeeper = withMention(actorsIn('Mr. Hassan, who runs a bakery, said prices had doubled.', '1995-03-06'), 'Mr. Hassan');
  assert.equal(shopkeeper.dictionaryId, null);
  assert.equal(shopkeeper.country, null);
});

test('an ambiguous state name next to another state is that state, even after "between"', () => {
  const actors = actorsIn('Flights between the Emirates and Qatar resumed after a three-year break.');
  assert.equal(withMention(actors, 'Emirates').code, 'ARE');
  assert.equal(withMention(actors, 'Qatar').code, 'QAT');
  // Alone, "Emirates" may be the airline: no state, not even as a misspelling of one.
  assert.ok(!codes(actorsIn('Emirates said it would add four weekly flights to Lagos.')).includes('ARE'));
});

test('a demonym before a body the dictionary lacks gives the body its country, and so the person its officer', () => {
  const actors = actorsIn('Kenyan Electoral Commission chairman Samuel Kivuitu declared the results on Sunday.');
  assert.equal(withMention(actors, 'Electoral Commission').country, 'KEN');
  assert.equal(withMention(actors, 'Samuel Kivuitu').country, 'KEN');
});

test('"the parliament speaker said": one office holder of the country the paragraph is about', () => {
  const actors = actorsIn("Kyrgyzstan's lawmakers voted to dismiss the cabinet, the parliament speaker said on Sunday.");
  assert.equal(withMention(actors, 'parliament speaker').code, 'KGZLEG');
  // A body that speaks ("the ministry said") is left to the quote stage, and an indefinite adviser is no office holder.
  const bodies = actorsIn("Kyrgyzstan's lawmakers voted to dismiss the cabinet, the ministry said on Sunday.");
  assert.ok(!bodies.some((a) => a.mentions.some((m) => m.text === 'ministry')));
});

test('an acronym two entries share vouches for neither; the full name mentioned first decides', () => {
  const actors = actorsIn('The Forces for the Defence of Democracy (FDD) said on Tuesday that its fighters had left Bujumbura.', '2003-10-01');
  const fdd = withMention(actors, 'FDD');
  assert.equal(fdd.dictionaryId, 'cndd-fdd');
  assert.equal(fdd.code, 'BDIREB');
});

test('historical actors: Tutu, the Tamil Tigers, the Golan Heights, Kampuchea, the Security Council', () => {
  assert.equal(withMention(actorsIn('Archbishop Desmond Tutu urged the government to free political prisoners.', '1989-05-01'), 'Desmond Tutu').code, 'ZAFREL');
  assert.equal(withMention(actorsIn('The Tamil Tigers attacked a navy base near Trincomalee overnight.', '2006-08-01'), 'Tamil Tigers').code, 'LKAREB');
  assert.equal(withMention(actorsIn('Farmers of the Golan Heights protested against the annexation law.', '1982-02-14'), 'Farmers').code, 'SYRAGR');
  assert.equal(withMention(actorsIn('Kampuchean troops shelled villages along the border.', '1985-02-01'), 'Kampuchean troops').code, 'KHMMIL');
  assert.equal(withMention(actorsIn('Washington blocked a Security Council statement on the strikes.', '2024-02-01'), 'Security Council').code, 'IGOUNO');
});

test('unnamed insurgents take the country their sentence and paragraph are about, never a foreign flag they burn', () => {
  const rebels = actorsIn('Rebels ambushed a Malian army convoy on Sunday, killing nine soldiers.', '2024-03-04');
  assert.equal(withMention(rebels, 'Rebels').code, 'MLIREB');
  const protest = actorsIn(
    'Iran summoned the Swiss envoy on Monday. Iranian officials condemned the strike. Protesters burned American flags outside the mosque.',
    '2024-03-04',
  );
  assert.ok(!codes(protest).includes('USAOPP'), codes(protest).join(', '));
});

test('a name two states share means its preferred holder unless the article vouches for the other', () => {
  assert.deepEqual(codes(actorsIn('Congo and Rwanda signed the agreement. Congolese troops withdrew.')), ['COD', 'RWA', 'CODMIL']);
  const brazzaville = actorsIn('Voters in Brazzaville went to the polls on Sunday. Congo exports oil.');
  assert.equal(withMention(brazzaville, 'Congo').code, 'COG');
});

test('"the <group>" refers back to the group of a known country named with that word', () => {
  const actors = actorsIn('Dominican police detained 40 Haitian migrants near the border. The migrants were deported on Tuesday, and the police said more raids would follow.');
  assert.deepEqual(
    actors.map((a) => [a.code, a.mentions.map((m) => m.text)]),
    [
      ['DOMCOP', ['Dominican police', 'police']],
      ['HTIREF', ['Haitian migrants', 'migrants']],
    ],
  );
  // Without an earlier group, a bare role inside a sentence stays no actor.
  assert.deepEqual(codes(actorsIn('The army said the rebels had fled.')), ['---MIL']);
});

test('a people that is also a given name opens a name before another capitalised word', () => {
  const spokesperson = actorsIn('"We condemn this behaviour," presidential office spokesperson Karen Kuo said.');
  assert.equal(withMention(spokesperson, 'Karen Kuo').kind, 'person');
  assert.equal(withMention(actorsIn('Karen rebels attacked an army post in Myanmar.'), 'Karen rebels').code.slice(0, 3), 'MMR');
});

test("a capital owning part of a place is the place, not its government", () => {
  const text = "An Israeli airstrike on Beirut's southern suburbs killed a commander. Beirut's response was swift.";
  const beirut = withMention(actorsIn(text), 'Beirut');
  assert.equal(beirut.code, 'LBNGOV');
  assert.deepEqual(
    beirut.mentions.map((m) => m.start),
    [text.lastIndexOf('Beirut')],
  );
  assert.ok(!actorsIn("Russian drones hit Kyiv's outskirts overnight.").some((a) => a.code === 'UKRGOV'));
});

test('"the group" and "the bloc" refer back to the armed group or international body last named', () => {
  const actors = actorsIn('Hezbollah fired rockets at northern Israel. The group said the attack was a warning. The European Union imposed sanctions, and the bloc froze assets. The group of experts met in Geneva.');
  assert.deepEqual(
    actors.map((a) => [a.code, a.mentions.map((m) => m.text)]),
    [
      ['LBNREBHEZ', ['Hezbollah', 'The group']],
      ['ISR', ['Israel']],
      ['IGOEUREEC', ['European Union', 'the bloc']],
    ],
  );
  // Nothing named before: no actor.
  assert.deepEqual(codes(actorsIn('The group said the attack was a warning.')), []);
});

test("a place's name closing a name after a role or title is a person's surname", () => {
  const actors = actorsIn('Senator Paloma Valencia criticised the talks. Finance Minister Carlos Lima spoke on Monday, and Colonel Xerxes Trinidad described the attack as piracy.');
  assert.equal(withMention(actors, 'Senator Paloma Valencia').kind, 'person');
  assert.equal(withMention(actors, 'Finance Minister Carlos Lima').kind, 'person');
  assert.equal(withMention(actors, 'Colonel Xerxes Trinidad').kind, 'person');
  assert.equal(actors.some((a) => ['ESP', 'PER', 'TTO'].includes(a.country ?? '')), false);
});

test('an envoy "for" a country is posted there; with no other employer the body it names employs it', () => {
  const actors = actorsIn('The United Nations envoy for Sudan, Ramtane Lamamra, called on both sides to protect civilians. The U.S. special envoy for Sudan, Tom Perriello, visited Port Sudan.');
  assert.equal(withMention(actors, 'Ramtane Lamamra').code, 'IGOUNO');
  assert.equal(withMention(actors, 'Tom Perriello').code, 'USAGOV');
});

test("officials and forces of no named state belong to the state a wire story is filed from, when the story names it", () => {
  const text = 'ADDIS ABABA, Nov 20 (Reuters) - Ethiopia accused Eritrea of massing troops. Government spokesman Legesse Tulu spoke to reporters.';
  const dateline = { start: 0, end: 31, text: 'ADDIS ABABA, Nov 20 (Reuters) -', place: 'ADDIS ABABA', agency: 'Reuters' };
  const article = { ...articleOf(text, '2024-11-20'), dateline };
  const actors = findActorsAndPlaces(article, analyzeLanguage(text, { published: '2024-11-20', dateline }), dictionary).actors;
  assert.equal(withMention(actors, 'Legesse Tulu').code, 'ETHGOV');
  // Filed from a state the story does not name, the dateline places no one.
  const cairo = { ...dateline, text: 'CAIRO, Nov 20 (Reuters) -', end: 25, place: 'CAIRO' };
  const sudan = 'CAIRO, Nov 20 (Reuters) - Army spokesman Nabil Abdallah said the bridge was retaken.';
  const away = findActorsAndPlaces({ ...articleOf(sudan, '2024-11-20'), dateline: cairo }, analyzeLanguage(sudan, { published: '2024-11-20', dateline: cairo }), dictionary).actors;
  assert.equal(withMention(away, 'Nabil Abdallah').code, '---MIL');
});

test('a speaker is not where what it says takes place; a group set in a place before its verb is of it', () => {
  assert.equal(actorsIn('Analysts said the talks in Geneva would fail.').some((a) => a.code === 'CHENGO'), false);
  assert.equal(withMention(actorsIn('Residents in Omdurman said they heard heavy artillery fire.'), 'Residents').code, 'SDNCVL');
});
