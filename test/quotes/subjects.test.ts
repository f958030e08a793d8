// Speakers the plain subject reading misses (respondents, shares, coordinated names, long asides, opening
// participle clauses, "To X, …"), headlines and interviews, relative objects and the broader cue phrases,
// each with the reading that must stay no attribution.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AttributionResult } from '../../src/quotes/index.ts';
import type { Quote } from '../../src/types.ts';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';


function quoteWithCue(result: AttributionResult, cue: string): Quote | undefined {
  return result.quotes.find((q) => q.cue === cue);
}

test('a headline name and colon attribute what follows even without a verb; a tally or a rubric does not', () => {
  const text = 'Scholz: No more weapons deliveries to the region.\n\nKremlin aides: Talks with Kyiv are over.\n\nBreaking: Floods hit the coast of Kerala.\n\nModi: 240.';
  const result = analyse(text);
  const scholz = quoteStarting(result, 'No more weapons deliveries');
  assert.equal(scholz?.text, 'No more weapons deliveries to the region');
  assert.equal(scholz?.cue, ':');
  assert.equal(speakerOf(text, scholz), 'Scholz');
  assert.equal(speakerOf(text, quoteStarting(result, 'Talks with Kyiv')), 'Kremlin aides');
  assert.equal(quoteStarting(result, 'Floods hit'), undefined);
  assert.equal(quoteStarting(result, '240'), undefined);
});

test('in an interview the first person is whoever answers; outside one it stays the author', () => {
  const interview = analyse('Q: Will the ceasefire in Sudan hold?\n\nA: I think it will hold through the rainy season.');
  assert.equal(interview.stances.length, 1);
  assert.equal(interview.stances[0]?.text, 'it will hold through the rainy season');
  assert.equal(interview.stances[0]?.holder.name, 'I');
  const column = analyse('I think the ceasefire in Sudan will hold through the rainy season.');
  assert.equal(column.stances.length, 0);
  assert.equal(column.quotes.length, 0);
});

test('respondents and shares are speakers: "those surveyed", "Kenyans polled", "a third", "another"', () => {
  const text =
    'Some 62 percent of Kenyans polled said the fuel levy was unfair. By 58%-33%, those surveyed said the aid should continue. Nearly a third say they will not vote in Lagos. Yet another said the talks in Doha had failed.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the fuel levy')), 'Some 62 percent of Kenyans polled');
  assert.equal(speakerOf(text, quoteStarting(result, 'the aid should continue')), 'those surveyed');
  assert.equal(speakerOf(text, quoteStarting(result, 'they will not vote')), 'a third');
  assert.equal(speakerOf(text, quoteStarting(result, 'the talks in Doha')), 'another');
});

test('coordinated speakers and trailing words stay in the subject ("Macron and Scholz said", "voters overall said")', () => {
  const text = 'The Mercosur deal is dead, Macron and Scholz said. But 58 percent of Chilean voters overall said the pension reform went too far.';
  const result = analyse(text);
  const deal = quoteStarting(result, 'The Mercosur deal is dead');
  assert.equal(speakerOf(text, deal), 'Macron and Scholz');
  assert.equal(deal?.cue, 'said');
  assert.equal(speakerOf(text, quoteStarting(result, 'the pension reform')), '58 percent of Chilean voters');
});

test('a subject with an aside too long for an appositive still speaks; a place opening the sentence does not', () => {
  const text =
    'Amara Okafor, an economist whose firm was hired by the central bank in Abuja last year, said inflation would ease by June. In Jakarta, where the protests began, the rupiah fell again.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'inflation would ease');
  assert.equal(speakerOf(text, quote), 'Amara Okafor');
  assert.equal(quote?.text, 'inflation would ease by June');
  assert.equal(result.quotes.length, 1);
});

test('a relative pronoun stands for what a cue bears on when nothing follows it', () => {
  const text = 'The bribery charges, which the defence minister has denied, were filed in Manila on Friday. The minister who resigned on Monday flew to Cebu.';
  const result = analyse(text);
  const denied = quoteWithCue(result, 'has denied');
  assert.equal(denied?.text, 'which');
  assert.equal(speakerOf(text, denied), 'the defence minister');
  assert.equal(result.quotes.length, 1);
  const stance = analyse('Few voters back a candidate whom party members in Ohio strongly oppose.').stances.find((s) => s.cue === 'strongly oppose');
  assert.equal(stance?.text, 'whom');
});

test('"when asked whether …" has no speaker and closes the claim before it', () => {
  const text = 'The Danish envoy said he would stay in Tehran when asked whether the embassy would close.';
  const result = analyse(text);
  const asked = quoteStarting(result, 'whether the embassy');
  assert.equal(asked?.cue, 'asked');
  assert.equal(asked?.speaker, null);
  assert.equal(quoteStarting(result, 'he would stay')?.text, 'he would stay in Tehran');
});

test('a participle clause opening the sentence speaks for the main clause subject; a gesture does not', () => {
  const text = 'Insisting that the border would stay open, the Polish minister visited the crossing at Terespol.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'the border would stay open');
  assert.equal(quote?.cue, 'Insisting');
  assert.equal(speakerOf(text, quote), 'the Polish minister');
  assert.equal(analyse('Waving to the crowd, the Ghanaian president left the stage in Accra.').quotes.length, 0);
});

test('"To X, …" gives X’s view when X names someone; "To date, …" does not', () => {
  const text = 'To many farmers in Punjab, the new procurement law is a betrayal.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'the new procurement law');
  assert.equal(quote?.cue, 'To');
  assert.equal(speakerOf(text, quote), 'many farmers in Punjab');
  assert.equal(analyse('To date, the Norwegian fund has paid out $2 billion to Ukraine.').quotes.length, 0);
});

test('a poll named with a slash and a participle is the source of what follows it', () => {
  const text = 'In a Reuters/Ipsos poll released Monday, 41 percent of Brazilians approved of the president.';
  const quote = quoteStarting(analyse(text), '41 percent');
  assert.equal(quote?.cue, 'In');
  assert.equal(speakerOf(text, quote), 'a Reuters/Ipsos poll released Monday');
});

test('broader cue phrases: taking aim at, voting for, speaking of, being aware of; an armed subject takes aim at no one verbally', () => {
  const text =
    'Lula took aim at the central bank. Most Labour members voted for the housing bill. Erdogan spoke warmly of the Gulf investors. The Nigerian unions are well aware of the risks.';
  const result = analyse(text);
  assert.equal(quoteWithCue(result, 'took aim at')?.text, 'the central bank');
  assert.equal(quoteWithCue(result, 'voted for')?.text, 'the housing bill');
  assert.equal(quoteWithCue(result, 'spoke warmly of')?.text, 'the Gulf investors');
  assert.equal(result.stances.find((s) => s.cue === 'are well aware of')?.text, 'the risks');
  const physical = analyse('The gunmen took aim at the convoy near Kandahar.');
  assert.equal(physical.quotes.length, 0);
});

test('a pronoun object before its predicate: "called him unfit", "64 percent call him competent"', () => {
  const text = 'The Kenyan senator called him unfit for office. And 64 percent call him competent.';
  const result = analyse(text);
  assert.equal(quoteStarting(result, 'him unfit')?.text, 'him unfit for office');
  assert.equal(speakerOf(text, quoteStarting(result, 'him competent')), '64 percent');
  // An object alone is a phone call, not a description.
  assert.equal(analyse('The Kenyan president called him on Monday.').quotes.length, 0);
});

test('"said the same of …" stands for the answer; a relative clause on the subject does not hide it', () => {
  const text = 'Six in 10 Ghanaian voters said the president was honest, and three-quarters said the same of his rival.';
  const result = analyse(text);
  const same = quoteStarting(result, 'the same');
  assert.equal(same?.text, 'the same');
  assert.equal(speakerOf(text, same), 'three-quarters');
  const relative = 'The official who leaked the memo said the talks in Oslo had failed.';
  assert.equal(speakerOf(relative, quoteStarting(analyse(relative), 'the talks in Oslo')), 'The official');
});

test('a capitalised word tagged as a verb inside a name, before a bracketed label and the cue', () => {
  const text = 'However, Rep. Stephen Lynch (D-Mass.) said the law does not require witnesses to appear.';
  const quote = quoteStarting(analyse(text), 'the law does not require');
  assert.equal(speakerOf(text, quote), 'Rep. Stephen Lynch');
});

test('tagger slips inside the speaker\'s phrase: an adjective as its head, a participle or name taken for a verb', () => {
  const text =
    'The self-described liberal reformer said the vote in Tbilisi was rigged. Grant Morrow, another unaligned Georgian strategist, said the count was slow. And Sen. Rob Adair (R-Ohio), another vulnerable incumbent, said he had not read the report.';
  const result = analyse(text);
  const speaker = (start: string) => speakerOf(text, quoteStarting(result, start));
  assert.equal(speaker('the vote in Tbilisi'), 'The self-described liberal reformer');
  assert.match(speaker('the count was slow') ?? '', /Morrow/);
  assert.equal(speaker('he had not read'), 'Sen. Rob Adair');
  const aged = '“Who will pay for the dam?” the 43-year-old asked in Kampala.';
  const quote = quoteStarting(analyse(aged), 'Who will pay');
  assert.equal(speakerOf(aged, quote), 'the 43-year-old');
  const named = 'Several sailors were injured, according to the Philippine military.';
  assert.equal(speakerOf(named, analyse(named).quotes.find((q) => q.cue === 'according to')), 'the Philippine military');
});

test('a capitalised word inside an ordinary sentence is a name even where the tagger read a verb, not in a headline', () => {
  const text = 'Campaign spokeswoman Hope Okafor said the rally in Enugu was cancelled. Ade told The Guardian of Lagos on Friday that he voted for Obi.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the rally in Enugu')), 'Campaign spokeswoman Hope Okafor');
  assert.equal(speakerOf(text, quoteStarting(result, 'he voted for Obi')), 'Ade');
  assert.equal(result.stances.filter((s) => s.cue === 'Hope').length, 0);
});

test('a free relative opens a clause, not the speaker\'s phrase; "rule" reports only a marked clause', () => {
  const text = 'Minsk released 18 prisoners in what analysts called a bid to ease pressure. Lukashenko, who has ruled Belarus since 1994, pardoned them. The court ruled that the ban was illegal.';
  const result = analyse(text);
  const called = result.quotes.find((q) => q.cue === 'called');
  assert.equal(speakerOf(text, called), 'analysts');
  assert.deepEqual(result.quotes.filter((q) => q.cue?.includes('ruled')).map((q) => q.text), ['the ban was illegal']);
});
