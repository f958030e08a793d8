import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting } from './helpers.ts';

test('"X said that …": the content is the clause after "that"', () => {
  const text = 'Indonesia’s trade minister said that palm oil exports to Europe would resume in March.';
  const result = analyse(text);
  const quote = quoteStarting(result, 'palm oil exports to Europe');
  assert.equal(quote?.kind, 'indirect');
  assert.equal(quote?.speaker?.name, 'Indonesia’s trade minister');
  assert.equal(quote?.cue, 'said');
  assert.equal(quote?.text, 'palm oil exports to Europe would resume in March');
});

test('"X says …" without "that"', () => {
  const quote = quoteStarting(analyse('Nigeria’s central bank says inflation will ease next year.'), 'inflation will ease');
  assert.equal(quote?.kind, 'indirect');
  assert.equal(quote?.speaker?.name, 'Nigeria’s central bank');
});

test('adjuncts between the cue and "that" are skipped', () => {
  const quote = quoteStarting(
    analyse('Chile’s president told lawmakers in Valparaíso on Monday that the copper royalty would stay.'),
    'the copper royalty would stay',
  );
  assert.equal(quote?.speaker?.name, 'Chile’s president');
  assert.equal(quote?.cue, 'told');
});

test('a trailing "…, the officials said." refers back to the officials named before', () => {
  const text = [
    'South Korean officials said the North fired two ballistic missiles on Sunday.',
    'The missiles flew about 400 kilometres before falling into the sea, the officials said.',
  ].join('\n\n');
  const result = analyse(text);
  const trailing = quoteStarting(result, 'The missiles flew');
  assert.equal(trailing?.kind, 'indirect');
  assert.equal(trailing?.speaker?.name, 'South Korean officials');
  assert.equal(text.slice(trailing!.speakerSpan!.start, trailing!.speakerSpan!.end), 'the officials');
  assert.equal(trailing?.text, 'The missiles flew about 400 kilometres before falling into the sea');
  assert.equal(result.sources.filter((s) => s.kind === 'anonymous').length, 1);
});

test('"according to X" before or after the claim', () => {
  const text = [
    'According to the World Food Programme, half of Sudan’s population faces acute hunger.',
    'More than 10,000 people have fled to Chad since August, according to UN figures.',
  ].join('\n\n');
  const result = analyse(text);
  const leading = quoteStarting(result, 'half of Sudan');
  assert.equal(leading?.speaker?.name, 'World Food Programme');
  assert.equal(leading?.cue?.toLowerCase(), 'according to');
  const closing = quoteStarting(result, 'More than 10,000 people');
  assert.equal(closing?.speaker?.name, 'UN figures');
  assert.equal(result.sources.find((s) => s.name === 'UN figures')?.kind, 'document');
});

test('"X is reporting that …" makes X an outlet', () => {
  const result = analyse('The Sydney Morning Herald is reporting that Canberra will buy three more submarines.');
  const quote = quoteStarting(result, 'Canberra will buy');
  assert.equal(quote?.cue, 'is reporting');
  assert.equal(quote?.speaker?.name, 'Sydney Morning Herald');
  assert.equal(result.sources[0]?.kind, 'outlet');
});

test('a parenthetical "he said" attributes the whole sentence to the last person named', () => {
  const text = '“We need the money now,” said Cyril Ramaphosa. The loans, he said, would be repaid within ten years.';
  const quote = quoteStarting(analyse(text), 'The loans, he said');
  assert.equal(quote?.kind, 'indirect');
  assert.equal(quote?.speaker?.name, 'Cyril Ramaphosa');
});

test('"he said" and a surname alone refer to the person named in full before', () => {
  const text = [
    'Venezuelan opposition leader María Corina Machado said the vote had been stolen.',
    'Machado added that her movement would publish the tally sheets.',
    'He said nothing more, the reporter noted.',
  ].join('\n\n');
  const result = analyse(text);
  const added = quoteStarting(result, 'her movement would publish');
  assert.equal(added?.speaker?.name, 'María Corina Machado');
  assert.equal(added?.source, quoteStarting(result, 'the vote had been stolen')?.source);
});

test('"they" refers to the latest plural group of sources', () => {
  const text = 'Western diplomats in Kyiv said the grain corridor was working. They added that insurance costs had fallen.';
  const quote = quoteStarting(analyse(text), 'insurance costs had fallen');
  assert.equal(quote?.speaker?.name, 'Western diplomats in Kyiv');
});

test('a participle cue (", saying …") belongs to the subject of the sentence', () => {
  const text = 'Turkey’s parliament approved Sweden’s NATO bid on Tuesday, saying the Nordic country had met its demands.';
  const quote = quoteStarting(analyse(text), 'the Nordic country had met');
  assert.equal(quote?.speaker?.name, 'Turkey’s parliament');
  assert.equal(quote?.cue, 'saying');
});

test('a second verb in a sentence shares its subject ("… and said …")', () => {
  const text = 'Argentina’s president Javier Milei met IMF staff in Buenos Aires and said the peso would float by June.';
  const quote = quoteStarting(analyse(text), 'the peso would float');
  assert.equal(quote?.speaker?.name, 'Javier Milei');
});

test('an inverted cue with an appositive: "said X, adviser at …"', () => {
  const text =
    '“The junta has no exit strategy,” said Thant Myint-U, a historian at the University of Cambridge, a former UN adviser.';
  const quote = quoteStarting(analyse(text), 'The junta has no exit strategy');
  assert.equal(quote?.speaker?.name, 'Thant Myint-U');
});

test('a negated cue is flagged; a passive one without "by" has no source', () => {
  const text = [
    'The Saudi foreign ministry did not say whether talks with Tehran would continue.',
    'It was reported that the crown prince would travel to Beijing.',
  ].join('\n\n');
  assert.deepEqual(
    analyse(text).quotes.map((q) => [q.cue, q.speaker?.name ?? null, q.negated ?? false, q.text]),
    [
      ['did not say', 'The Saudi foreign ministry', true, 'whether talks with Tehran would continue'],
      ['was reported', null, false, 'the crown prince would travel to Beijing'],
    ],
  );
});

test('the author is no source: what "we know" is their voice, what "I said" their own claim', () => {
  const text = 'We know that the dam on the Nile will be filled this summer. I said that Ethiopia would never back down.';
  const result = analyse(text);
  assert.deepEqual(
    result.quotes.map((q) => ({ cue: q.cue, text: q.text, speaker: q.speaker, source: q.source, who: text.slice(q.speakerSpan!.start, q.speakerSpan!.end) })),
    [{ cue: 'said', text: 'Ethiopia would never back down', speaker: null, source: null, who: 'I' }],
  );
  assert.deepEqual(result.sources, []);
  assert.equal(result.voice.find((v) => v.cue.startsWith('We know'))?.kind, 'opinion');
});

test('a name and a colon with no verb attribute what follows', () => {
  const quote = quoteStarting(analyse('Zelensky: Russia is preparing a new offensive in the east.'), 'Russia is preparing');
  assert.equal(quote?.kind, 'indirect');
  assert.equal(quote?.speaker?.name, 'Zelensky');
  assert.equal(quote?.cue, ':');
});

test('"urged X to …" reports what X was told to do, not X as speaker', () => {
  const quote = quoteStarting(analyse('The African Union urged both armies to return to the Jeddah talks.'), 'to return to the Jeddah talks');
  assert.equal(quote?.speaker?.name, 'African Union');
  assert.equal(quote?.cue, 'urged');
});

/** The cue, speaker phrase and content of the claim whose cue is `cue`, as written. */
function claimOf(text: string, cue: string) {
  const quote = analyse(text).quotes.find((q) => q.cue === cue);
  const span = quote?.speakerSpan;
  return quote && { speaker: span ? text.slice(span.start, span.end) : null, text: quote.text };
}

test('a subject with an appositive is no inverted content', () => {
  const text = 'Maria Sanchez, a councillor from Valparaíso, criticized the port authority’s new fees. Ruto, a soft-spoken pragmatist, insists the port deal will survive.';
  assert.deepEqual(claimOf(text, 'criticized'), { speaker: 'Maria Sanchez', text: 'the port authority’s new fees' });
  assert.deepEqual(claimOf(text, 'insists'), { speaker: 'Ruto', text: 'the port deal will survive' });
  // A real inversion still reads the speaker after the cue.
  assert.deepEqual(claimOf('The ceasefire will hold, said the Qatari mediator.', 'said'), { speaker: 'the Qatari mediator', text: 'The ceasefire will hold' });
});

test('commitments take an infinitive; a preposition after the cue joins it', () => {
  const text = 'The Nigerian president pledged to restore fuel subsidies. Seoul’s trade minister warned against retaliatory tariffs.';
  assert.deepEqual(claimOf(text, 'pledged'), { speaker: 'The Nigerian president', text: 'to restore fuel subsidies' });
  assert.deepEqual(claimOf(text, 'warned against'), { speaker: 'Seoul’s trade minister', text: 'retaliatory tariffs' });
});

test('a passive cue takes its speaker from "by"', () => {
  const text = [
    'The minister was asked by reporters whether the strike would continue.',
    'Both attacks were claimed by Al-Shabaab.',
    'As reported by the Nairobi Star, the ministry cut fuel subsidies last year.',
  ].join(' ');
  assert.deepEqual(claimOf(text, 'was asked'), { speaker: 'reporters', text: 'whether the strike would continue' });
  assert.deepEqual(claimOf(text, 'were claimed'), { speaker: 'Al-Shabaab', text: 'Both attacks' });
  assert.deepEqual(claimOf(text, 'reported'), { speaker: 'the Nairobi Star', text: 'the ministry cut fuel subsidies last year' });
  // Without "by" a passive names no source.
  assert.deepEqual(
    analyse('The delegates were told to wait in Geneva.').quotes.map((q) => [q.cue, q.speaker, q.text]),
    [['were told', null, 'to wait in Geneva']],
  );
});

test('"citing" is a claim of its own besides a relay; a participle inside a noun phrase is no cue', () => {
  const text = 'The minister said the talks had stalled, citing disagreements over fishing rights. Ms. Ortiz has won 758 pledged delegates so far.';
  assert.deepEqual(claimOf(text, 'said'), { speaker: 'The minister', text: 'the talks had stalled' });
  assert.deepEqual(claimOf(text, 'citing'), { speaker: 'The minister', text: 'disagreements over fishing rights' });
  assert.equal(claimOf(text, 'pledged'), undefined);
});

test('a number ends a subject: "Six in 10 Brazilians say …"', () => {
  assert.deepEqual(claimOf('Six in 10 Brazilians say the economy is getting worse.', 'say'), { speaker: 'Six in 10 Brazilians', text: 'the economy is getting worse' });
});

test('a cue in the infinitive starts from the verb or adjective governing it', () => {
  const text = 'The Kenyan opposition is continuing to insist that the vote was rigged. Older voters in Lima were more likely to say the economy had worsened.';
  assert.deepEqual(claimOf(text, 'is continuing to insist'), { speaker: 'The Kenyan opposition', text: 'the vote was rigged' });
  assert.deepEqual(claimOf(text, 'were more likely to say'), { speaker: 'Older voters in Lima', text: 'the economy had worsened' });
  // A noun governs no cue: "the right to speak" reports nothing said.
  assert.equal(analyse('Farmers in Punjab won the right to speak at the hearing.').quotes.length, 0);
});

test('"according to" takes the whole source phrase when the tagger breaks it; a title quoted in it is no one’s words', () => {
  const text = 'The levy would raise $2 billion a year, according to the “Fair Share” plan the ministry released. Turnout fell sharply, according to poll.';
  const result = analyse(text);
  const levy = quoteStarting(result, 'The levy would raise');
  assert.equal(text.slice(levy!.speakerSpan!.start, levy!.speakerSpan!.end), 'the “Fair Share” plan the ministry released');
  assert.equal(quoteStarting(result, 'Fair Share')?.speaker ?? null, null);
  const turnout = quoteStarting(result, 'Turnout fell sharply');
  assert.equal(text.slice(turnout!.speakerSpan!.start, turnout!.speakerSpan!.end), 'poll');
});

test('a participle naming an indefinite noun reports no speech: "a group called …"', () => {
  const text = 'A new group called Mothers for Peace marched in Bogotá. The minister called the march a provocation.';
  const result = analyse(text);
  assert.deepEqual(
    result.quotes.map((q) => q.cue),
    ['called'],
  );
  assert.deepEqual(claimOf(text, 'called'), { speaker: 'The minister', text: 'the march a provocation' });
});

test('a participle and its date between the subject and the cue: "A report published Wednesday said …"', () => {
  const quote = quoteStarting(analyse('A UN report published Wednesday said famine conditions had spread to two more districts of Tigray.'), 'famine conditions');
  assert.equal(quote?.cue, 'said');
  assert.equal(quote?.speaker?.name, 'A UN report');
});

test('a poll shows a noun phrase: "a Datafolha poll showed a tie"', () => {
  const quote = quoteStarting(analyse('A Datafolha poll showed a statistical tie between the two candidates in São Paulo.'), 'a statistical tie');
  assert.equal(quote?.cue, 'showed');
  assert.equal(quote?.text, 'a statistical tie between the two candidates in São Paulo');
  // A person finding something is no attribution.
  assert.equal(quoteStarting(analyse('The rescuers found a survivor under the rubble in Antakya.'), 'a survivor'), undefined);
});

test('an adverb-like subject after the cue: "said none of …"', () => {
  const quote = quoteStarting(analyse('The election commissioner said none of the ballots in Lahore had been tampered with.'), 'none of the ballots');
  assert.equal(quote?.speaker?.name, 'The election commissioner');
});

test('a prepositional adjunct before a clause with a pronoun subject: "has said for months she …"', () => {
  const quote = quoteStarting(analyse('The Danish prime minister has said for months she will not sell Greenland.'), 'she will not sell');
  assert.equal(quote?.cue, 'has said');
  assert.equal(quote?.speaker?.name, 'The Danish prime minister');
});

test('a possessive between the cue and "that": "wrote to the minister’s office that …"', () => {
  const quote = quoteStarting(analyse('The union wrote to the labour minister’s office that the strike at the Durban port would continue.'), 'the strike at the Durban port');
  assert.equal(quote?.cue, 'wrote');
  assert.equal(quote?.speaker?.name, 'The union');
});

test('a participle after "by" or "while" takes the clause’s subject as speaker; "by ordering" does not', () => {
  assert.deepEqual(claimOf('The Mexican foreign ministry responded by saying the border crossings would reopen on Monday.', 'saying'), {
    speaker: 'The Mexican foreign ministry',
    text: 'the border crossings would reopen on Monday',
  });
  const ordering = analyse('The court convicted the colonel, who was accused of a massacre by ordering the shelling of Homs.');
  assert.equal(ordering.quotes.find((q) => q.cue === 'ordering'), undefined);
});

test('an inverted speaker with a relative clause: "…, said the farmer who lost his herd"', () => {
  assert.deepEqual(claimOf('The drought is the worst in memory, said the farmer who lost his herd near Bulawayo.', 'said'), {
    speaker: 'the farmer',
    text: 'The drought is the worst in memory',
  });
});

test('a coordinated cue ends the content of the cue before it: "said … and urged …"', () => {
  const text = 'The Nigerian senator said the fuel subsidy had been restored and urged the governors to pay the new minimum wage.';
  assert.deepEqual(claimOf(text, 'said'), { speaker: 'The Nigerian senator', text: 'the fuel subsidy had been restored' });
  assert.deepEqual(claimOf(text, 'urged'), { speaker: 'The Nigerian senator', text: 'to pay the new minimum wage' });
});

test('an adverbial after a trailing cue is no content of it: "…, residents said, a day after …"', () => {
  const text = 'The army and the militia fought heavy battles in the capital on Tuesday, residents said, a day after talks on a new ceasefire broke down.';
  assert.deepEqual(claimOf(text, 'said'), { speaker: 'residents', text: 'The army and the militia fought heavy battles in the capital on Tuesday' });
});

test('why a source goes unnamed is no claim of theirs', () => {
  const text = 'Negotiators are expected to meet in Beijing next week, a Chinese official said, speaking on condition of anonymity because he was not authorized to discuss the talks.';
  assert.deepEqual(claimOf(text, 'said'), { speaker: 'a Chinese official', text: 'Negotiators are expected to meet in Beijing next week' });
  assert.equal(claimOf(text, 'discuss'), undefined);
  assert.equal(claimOf('A White House official, who requested anonymity to discuss a private conversation, said the president was angry.', 'discuss'), undefined);
});
