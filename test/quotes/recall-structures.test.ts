// Structures around the core speech verbs that used to lose their attribution: relative clauses around
// the cue, relative clauses after the speaker, coordinated subjects and clauses, answers, asides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';


test('a relative word opening the speaker\'s phrase, or standing with no antecedent, is no part of the speaker', () => {
  const result = analyse('The levy, which farmers said was ruinous for small dairies, passed in Oslo. The truce was what many diplomats said was a first step toward talks in Geneva.');
  const levy = quoteStarting(result, 'was ruinous');
  assert.equal(levy?.speaker?.name, 'farmers');
  assert.equal(levy?.cue, 'said');
  assert.equal(levy?.text, 'was ruinous for small dairies');
  const truce = quoteStarting(result, 'was a first step');
  assert.equal(truce?.speaker?.name, 'many diplomats');
  assert.equal(truce?.text, 'was a first step toward talks in Geneva');
});

test('a relative clause after an inverted speaker is no trailing cue of its own', () => {
  const result = analyse('“The ceasefire in Sudan will not hold without monitors,” said Amina Yusuf, who has advised the African Union on mediation.');
  const quote = quoteStarting(result, 'The ceasefire in Sudan');
  assert.equal(quote?.speaker?.name, 'Amina Yusuf');
  assert.equal(quote?.cue, 'said');
  assert.equal(result.quotes.filter((q) => q.cue?.includes('advised')).length, 0);
});

test('a conjunction inside the content\'s subject does not end the content at a later cue', () => {
  const text = 'At the embassy, Ms. Okafor said she and her colleagues jokingly referred to the annex as the bunker.';
  const quote = quoteStarting(analyse(text), 'she and her colleagues');
  assert.equal(speakerOf(text, quote), 'Ms. Okafor');
  assert.equal(quote?.cue, 'said');
  assert.equal(quote?.text, 'she and her colleagues jokingly referred to the annex as the bunker');
});

test('a semicolon or "while" before a later speaker ends the earlier content', () => {
  const text = 'Most Kenyans polled say the fuel levy is unfair; 26 percent say it is needed. Among men, 57 percent say the mayor of Nairobi is weak, while 61 percent say the same of his rival.';
  const result = analyse(text);
  const levy = quoteStarting(result, 'the fuel levy');
  assert.equal(levy?.text, 'the fuel levy is unfair');
  assert.equal(speakerOf(text, quoteStarting(result, 'it is needed')), '26 percent');
  const mayor = quoteStarting(result, 'the mayor of Nairobi');
  assert.equal(speakerOf(text, mayor), '57 percent');
  assert.equal(mayor?.text, 'the mayor of Nairobi is weak');
  const same = quoteStarting(result, 'the same');
  assert.equal(speakerOf(text, same), '61 percent');
  assert.equal(same?.cue, 'say');
});

test('an answer word followed by a conjunction is the whole answer ("said yes and …", "said no while …")', () => {
  const text = 'Asked whether the Danish budget was fair, 64 percent of farmers said no while 30 percent agreed. Ms. Holm said yes and went on to praise the finance minister.';
  const result = analyse(text);
  const no = result.quotes.find((q) => q.text === 'no');
  assert.equal(speakerOf(text, no), '64 percent of farmers');
  assert.equal(no?.cue, 'said');
  const yes = result.quotes.find((q) => q.text === 'yes');
  assert.equal(speakerOf(text, yes), 'Ms. Holm');
});

test('a quote between dashes is direct speech, and an earlier object stops before it', () => {
  const text = 'Mr. Varga praised his sister’s “quiet courage” — “courage that shows itself in deeds, not in speeches,” he said — and argued for a candidate from Szeged.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'courage that shows itself');
  assert.equal(quote?.kind, 'direct');
  assert.equal(speakerOf(text, quote), 'he');
  assert.equal(quote?.cue, 'said');
  const praised = result.quotes.find((q) => q.cue === 'praised' && q.kind === 'indirect');
  assert.equal(praised?.text, 'his sister’s “quiet courage”');
});

test('asides between a quote and its cue are the speaker\'s ("“…,” Name, a role, said")', () => {
  const text = '“The peso will hold through the winter,” Lucia Ferrer, a senior adviser to the Argentine central bank, said at a forum in Rosario. “The reserves are enough,” the soft-spoken, 64-year-old economist said in an interview. “We cannot wait for Brussels,” Save Our Ports campaign director Tom Reilly told the BBC.';
  const result = analyse(text);
  const peso = quoteStarting(result, 'The peso will hold');
  assert.equal(speakerOf(text, peso), 'Lucia Ferrer');
  assert.equal(peso?.cue, 'said at a forum');
  const reserves = quoteStarting(result, 'The reserves are enough');
  assert.equal(speakerOf(text, reserves), 'the soft-spoken, 64-year-old economist');
  assert.equal(reserves?.cue, 'said in an interview');
  const ports = quoteStarting(result, 'We cannot wait');
  assert.equal(speakerOf(text, ports), 'Save Our Ports campaign director Tom Reilly');
  assert.equal(ports?.cue, 'told');
});

test('a capitalised determiner inside a name after a quote ("CBS This Morning co-anchor")', () => {
  const text = '“That was a rare admission, senator,” CBS This Morning co-anchor Dana Brooks said.';
  const quote = quoteStarting(analyse(text), 'That was a rare admission');
  assert.equal(speakerOf(text, quote), 'CBS This Morning co-anchor Dana Brooks');
  assert.equal(quote?.cue, 'said');
});

test('an inverted aside inside the clause, with a coordinated speaker ("X, said Doyle and others, would …")', () => {
  const text = 'The contrast with the Lithuanian premier, said Ms. Laurinaitis and other delegates, would be stark.';
  const result = analyse(text);
  const quote = result.quotes.find((q) => q.cue === 'said');
  assert.equal(speakerOf(text, quote), 'Ms. Laurinaitis and other delegates');
  assert.ok(quote?.text.startsWith('The contrast with the Lithuanian premier'));
  assert.ok(quote?.text.endsWith('would be stark'));
});

test('an interjection after the cue does not hide the clause said ("I said, hey, …")', () => {
  const text = 'My aides told me to skip the summit in Davos, but I said, hey, we have to change the culture.';
  const quote = quoteStarting(analyse(text), 'we have to change');
  assert.equal(speakerOf(text, quote), 'I');
  assert.equal(quote?.cue, 'said');
  assert.equal(quote?.text, 'we have to change the culture');
});

test('an adverb aside before an appositive chain does not hide the subject', () => {
  const text = 'On Wednesday, however, the director of the Estonian border agency, Kaarel Tamm, said that the crossings had doubled.';
  const quote = quoteStarting(analyse(text), 'the crossings had doubled');
  assert.equal(speakerOf(text, quote), 'Kaarel Tamm');
  assert.equal(quote?.cue, 'said');
});

test('appositives with an abbreviation\'s period or an adverb before their prepositional phrase', () => {
  const text = 'Sen. Mara Quist, R-Ky., told Fox News that the Ohio polls could be way off. Sen. Dan Ortiz (D-N.M.), one of the few negotiators still on the committee, said the talks with Mexico had stalled.';
  const result = analyse(text);
  const polls = quoteStarting(result, 'the Ohio polls');
  assert.equal(speakerOf(text, polls), 'Sen. Mara Quist');
  assert.equal(polls?.cue, 'told');
  const talks = quoteStarting(result, 'the talks with Mexico');
  assert.equal(speakerOf(text, talks), 'Sen. Dan Ortiz');
  assert.equal(talks?.cue, 'said');
});

test('a quoted word or title inside an appositive does not break the subject', () => {
  const text = 'Okonjo, the author of “Lagos Rising,” about the city’s growth, said the ferry plan would fail. Mr. Adeyemi, who calls the governor a “showman,” said the budget was padded.';
  const result = analyse(text);
  const ferry = quoteStarting(result, 'the ferry plan');
  assert.equal(speakerOf(text, ferry), 'Okonjo');
  assert.equal(ferry?.cue, 'said');
  const budget = quoteStarting(result, 'the budget was padded');
  assert.equal(speakerOf(text, budget), 'Mr. Adeyemi');
});

test('after an opening participle, a noun phrase after the cue is the answer ("Asked who …, he said Ryan")', () => {
  const text = 'Asked on Channel 4 who leads the Labour party, he said Starmer.';
  const result = analyse(text);
  const answer = result.quotes.find((q) => q.cue === 'said');
  assert.equal(answer?.text, 'Starmer');
  assert.equal(speakerOf(text, answer), 'he');
});

test('a trailing cue may be followed by a coordinated clause ("…, an official said, and …")', () => {
  const text = 'The ministry opened a shelter in Tromso, an official said on Monday, and it has housed 40 families since.';
  const result = analyse(text);
  const quote = result.quotes.find((q) => q.cue === 'said');
  assert.equal(speakerOf(text, quote), 'an official');
  assert.equal(quote?.text, 'The ministry opened a shelter in Tromso');
});

test('an appositive closed by a quoted title, and a conjunction opening the sentence before a bracketed aside', () => {
  const text = 'Lena Voss, a judge on the talent show “Stars of Bavaria,” who later worked for the mayor, said the contract was fair. But Sen. Ray Ortega (D-Ariz.), noting the size of the deficit, said the bill would fail.';
  const result = analyse(text);
  const contract = quoteStarting(result, 'the contract was fair');
  assert.equal(speakerOf(text, contract), 'Lena Voss');
  assert.equal(contract?.cue, 'said');
  const bill = quoteStarting(result, 'the bill would fail');
  assert.equal(speakerOf(text, bill), 'Sen. Ray Ortega');
});

test('"As X reported, …" and "…, as X reported" attribute the clause beside the "as" clause', () => {
  const text = 'As The Irish Times reported, the Dublin council was accused of breaking its own rules. The minister met the union leaders that week, as Reuters reported on Tuesday, and he will chair the talks.';
  const result = analyse(text);
  const council = quoteStarting(result, 'the Dublin council');
  assert.equal(speakerOf(text, council), 'The Irish Times');
  assert.equal(council?.cue, 'reported');
  const met = quoteStarting(result, 'The minister met');
  assert.equal(speakerOf(text, met), 'Reuters');
  assert.equal(met?.text, 'The minister met the union leaders that week');
});

test('an aside between dashes after the cue does not hide its "that" clause', () => {
  const text = 'Her campaign chair, Olga Petrenko, said — on Telegram, as it happens — that the fund raised $2 million in Kyiv.';
  const quote = quoteStarting(analyse(text), 'the fund raised');
  assert.equal(speakerOf(text, quote), 'Olga Petrenko');
  assert.equal(quote?.cue, 'said');
  assert.equal(quote?.text, 'the fund raised $2 million in Kyiv');
});

test('an adverb like "once" after the content\'s subject opens no reduced clause', () => {
  const text = 'The minister said that Kenya once described the deal as a trap. He repeated it when asked about the port in Mombasa.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'Kenya once described');
  assert.equal(speakerOf(text, quote), 'The minister');
  assert.equal(quote?.cue, 'said');
  // After its object, "when asked" is still a reduced clause that nobody in particular asks.
  const asked = result.quotes.find((q) => q.cue === 'asked');
  assert.equal(asked?.speaker, null);
});

test('a date between a trailing cue and an adverbial clause', () => {
  const text = 'The levy is an insult to every farmer, opposition lawmakers said Friday afternoon, as they walked out of the chamber in Nairobi.';
  const quote = quoteStarting(analyse(text), 'The levy is an insult');
  assert.equal(speakerOf(text, quote), 'opposition lawmakers');
  assert.equal(quote?.text, 'The levy is an insult to every farmer');
});

test('a colon after the cue introduces what was said; a date before a verb is its subject', () => {
  const text = 'In a speech last July, the envoy said: the ceasefire in Gaza is holding. Officials said 2024 had seen the worst harvest in Malawi on record.';
  const result = analyse(text);
  const colon = quoteStarting(result, 'the ceasefire in Gaza');
  assert.equal(speakerOf(text, colon), 'the envoy');
  assert.equal(colon?.text, 'the ceasefire in Gaza is holding');
  const dated = quoteStarting(result, '2024 had seen');
  assert.equal(speakerOf(text, dated), 'Officials');
});

test('"shot back" and "fired back" report a retort; troops firing back report nothing', () => {
  const text = '“Lagos is not for sale,” the governor shot back. The minister fired back that the audit in Abuja was a smear. The soldiers fired back at the gunmen near Maiduguri.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'Lagos is not for sale')), 'the governor');
  assert.equal(quoteStarting(result, 'the audit in Abuja')?.cue, 'fired back');
  assert.equal(result.quotes.filter((q) => q.cue?.includes('fired back')).length, 1);
});

test('a title tagged as an adjective after a name, and a hyphenated modifier opening the content', () => {
  const text = 'SEIU chief says the strike in Ohio can win. Ana Ortiz said down-ballot races in Texas can also help.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the strike in Ohio')), 'SEIU chief');
  assert.equal(speakerOf(text, quoteStarting(result, 'down-ballot races')), 'Ana Ortiz');
});

test('a trailing cue before a semicolon, or followed by a gerund adjunct; an adjunct gerund before "that"', () => {
  const text =
    'The envoy did receive the letter from Kigali, he said; his staff filed it. Many farmers found the levy unfair, journalist Ama Mensah said in posing the question to the minister. Kofi Boateng, a trader from Kumasi, said before attending the hearing that the port in Tema was closed.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'The envoy did receive')), 'he');
  assert.equal(quoteStarting(result, 'The envoy did receive')?.text, 'The envoy did receive the letter from Kigali');
  assert.equal(speakerOf(text, quoteStarting(result, 'Many farmers found')), 'journalist Ama Mensah');
  assert.equal(speakerOf(text, quoteStarting(result, 'the port in Tema')), 'Kofi Boateng');
});

test('a preposition between an article and a noun is a modifier: "an inside source"', () => {
  const text = 'The plan, an inside source said, is to reopen the border crossing at Rafah.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'said');
  assert.equal(speakerOf(text, quote), 'an inside source');
});

test('a quote right after the subject is what an inverted speaker says, not an aside of the subject', () => {
  const text = 'Ruto “won the coast by a wide margin,” said Nairobi University professor Peter Kamau.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'said');
  assert.equal(speakerOf(text, quote), 'Nairobi University professor Peter Kamau');
  assert.ok(quote?.text.startsWith('Ruto'));
});

test('an evidential inside the content does not end it', () => {
  const text = 'The auditor said on Monday that, for one, there appeared to be no record of the payments in Lusaka.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'said');
  assert.equal(speakerOf(text, quote), 'The auditor');
  assert.ok(quote?.text.includes('no record of the payments'));
});

test('"call" with coordinated objects, a participle after "for", and a bracketed label after the listener', () => {
  const text =
    'Odinga called both Ruto and his deputy “reckless” on Monday. The bishop has called for increased scrutiny of the police. On Saturday, Sen. Ann Roy (D-Vt.) called on Gov. Tom Reid (R) to resign over the water crisis.';
  const result = analyse(text);
  assert.equal(speakerOf(text, result.quotes.find((q) => q.cue === 'called')), 'Odinga');
  assert.equal(quoteStarting(result, 'increased scrutiny')?.cue, 'has called for');
  const resign = result.quotes.find((q) => q.cue === 'called on');
  assert.equal(speakerOf(text, resign), 'Sen. Ann Roy');
  assert.ok(resign?.text.includes('to resign'));
});

test('a cue ending in its preposition takes an object after it, never an inverted speaker', () => {
  const text = '“We have work to do,” the mayor told a crowd in Accra, then referred to the new tax on mobile payments.';
  const result = analyse(text);
  const referred = result.quotes.find((q) => q.cue?.includes('referred to'));
  assert.notEqual(speakerOf(text, referred), 'the new tax on mobile payments');
  assert.equal(speakerOf(text, quoteStarting(result, 'We have work to do')), 'the mayor');
});

test('an inverted speaker before a bracketed aside; a listener, a place and a quoted infinitive', () => {
  const text =
    'Raising the levy on diesel ‘‘is a misguided approach,’’ said Mr. Otieno (a view shared by most economists in Nairobi). The governor tells his supporters at a rally in Mombasa to “go out and vote” on Tuesday.';
  const result = analyse(text);
  assert.equal(speakerOf(text, result.quotes.find((q) => q.cue === 'said')), 'Mr. Otieno');
  const tells = result.quotes.find((q) => q.cue === 'tells');
  assert.equal(speakerOf(text, tells), 'The governor');
  assert.ok(tells?.text.startsWith('to “go out and vote”'));
});

test('an adjective before a date belongs to it; a parenthetical cue with a listener and a date', () => {
  const text =
    'A Gallup poll released in late August found that 61 percent of Chileans opposed the reform. The difference now, he told me on Friday, is that the army in Santiago answers to parliament.';
  const result = analyse(text);
  assert.equal(speakerOf(text, result.quotes.find((q) => q.cue === 'found')), 'A Gallup poll');
  const told = result.quotes.find((q) => q.cue === 'told');
  assert.equal(speakerOf(text, told), 'he');
  assert.ok(told?.text.includes('the army in Santiago answers to parliament'));
});

test('headline lead-ins: title case, a kicker in capitals, and a name after a dash before a colon and a quote', () => {
  const coulter = analyse('Maria Santos: And Then There Was One.\n\nThe race in Manila narrowed.');
  assert.equal(coulter.quotes.find((q) => q.cue === ':')?.speaker?.name, 'Maria Santos');
  const daily = analyse('Daily Nation: Floods Expose Nairobi Planning Failures.\n\nThe paper ran an editorial.');
  assert.equal(daily.quotes.find((q) => q.cue === ':')?.speaker?.name, 'Daily Nation');
  const exclusive = analyse('EXCLUSIVE – Ana Lima: Don’t Trust the Count in Bahia.\n\nThere is concern.');
  assert.equal(exclusive.quotes.find((q) => q.cue === ':')?.speaker?.name, 'Ana Lima');
  const text = 'Pollsters agree - Rita Okoye: “The biggest lesson is to keep calling voters in Lagos.”';
  assert.equal(quoteStarting(analyse(text), 'The biggest lesson')?.speaker?.name, 'Rita Okoye');
});

test('"According to X, …" opening a sentence is no participle clause; a possessive may open its phrase', () => {
  const text = 'According to a statement from his office, he has spoken by phone with the presidents of Ethiopia and Eritrea.';
  const quote = analyse(text).quotes.find((q) => q.cue === 'According to');
  assert.equal(speakerOf(text, quote), 'a statement from his office');
  assert.ok(quote?.text.startsWith('he has spoken by phone'));
});

test('a participle after a trailing cue goes on with that cue\'s speaker; a participle after a possessive is no cue', () => {
  const text =
    'The United States called on both sides to avoid provocations, spokesman Matthew Miller told a briefing, adding that Washington was in contact with Addis Ababa. Ethiopia accused Eritrea of massing troops along their shared border.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'Washington was in contact')), 'spokesman Matthew Miller');
  assert.equal(result.quotes.filter((q) => q.cue === 'shared').length, 0);
});

test('a participle after an inverted cue goes on with its speaker', () => {
  const text = 'Beijing is testing how far Washington will go, said Greg Poling of CSIS, adding that the treaty could be invoked.';
  assert.equal(speakerOf(text, quoteStarting(analyse(text), 'the treaty could be invoked')), 'Greg Poling of CSIS');
});
