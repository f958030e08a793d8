// Attributions found through nouns without a holder, quantity subjects, speech verbs taking an object,
// and the readings that are no attribution at all (a physical attack, a phone call).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting } from './helpers.ts';

test('a noun held by no one attributes what it bears on to no one in particular', () => {
  const result = analyse('There are growing questions about whether the Thai coalition can survive the budget vote.');
  const quote = quoteStarting(result, 'whether the Thai coalition');
  assert.equal(quote?.cue, 'questions about');
  assert.equal(quote?.speaker, null);
  assert.equal(quote?.text, 'whether the Thai coalition can survive the budget vote');
  assert.equal(result.stances.length, 0);
});

test('a held noun stays a stance of its holder; an unowned one bears on its noun phrase only', () => {
  const result = analyse('The criticism of the Mexican tariff plan came mostly from farmers. Her criticism of the Chilean bid was sharper.');
  const unowned = quoteStarting(result, 'the Mexican tariff plan');
  assert.equal(unowned?.text, 'the Mexican tariff plan');
  assert.equal(unowned?.speaker, null);
  assert.equal(result.stances.length, 1);
  assert.equal(result.stances[0]?.text, 'the Chilean bid');
});

test('a nominal that needs a holder attributes nothing without one ("support for …")', () => {
  const result = analyse('Support for the Kenyan deployment fell sharply in March.');
  assert.equal(result.quotes.length, 0);
  assert.equal(result.stances.length, 0);
});

test('"Some say …", "most believe …": a quantity standing alone is the speaker, even when tagged as an adverb', () => {
  const result = analyse('Some say the Brazilian real will recover by spring. In Lagos, most believe the fuel subsidy will return.');
  const said = quoteStarting(result, 'the Brazilian real');
  assert.equal(said?.cue, 'say');
  assert.equal(said?.speaker?.name, 'Some');
  const belief = result.stances.find((s) => s.text.startsWith('the fuel subsidy'));
  assert.equal(belief?.cue, 'believe');
  assert.equal(belief?.holder.name, 'most');
});

test('a stance verb tagged as a noun after a relative pronoun is read as a verb', () => {
  const result = analyse('Economists who favor a carbon tax in Canada expect it to pass.');
  const stance = result.stances.find((s) => s.cue === 'favor');
  assert.equal(stance?.text, 'a carbon tax in Canada');
});

test('speech verbs whose content is a noun phrase: disclosed, confirmed, laid out, railed against', () => {
  const text = [
    'The spokesman disclosed no details about the deployment to Haiti.',
    'The Philippine coast guard confirmed the collision near Scarborough Shoal.',
    'Ghana’s finance minister laid out a plan to cut the deficit.',
    'Senator Warren railed against the airline merger.',
  ].join('\n\n');
  const result = analyse(text);
  assert.equal(quoteStarting(result, 'no details about')?.cue, 'disclosed');
  assert.equal(quoteStarting(result, 'the collision near')?.speaker?.name, 'The Philippine coast guard');
  assert.equal(quoteStarting(result, 'a plan to cut')?.cue, 'laid out');
  assert.equal(quoteStarting(result, 'the airline merger')?.cue, 'railed against');
});

test('"echoed that promise": a "that" with no clause after it is a determiner', () => {
  const quote = quoteStarting(analyse('The Danish prime minister echoed that promise on Friday.'), 'that promise');
  assert.equal(quote?.cue, 'echoed');
  assert.equal(quote?.speaker?.name, 'The Danish prime minister');
  assert.equal(quote?.text, 'that promise on Friday');
});

test('an armed subject or a place attacked is a physical attack, not speech', () => {
  const physical = analyse('The army attacked a camp near the border. Israeli jets attacked the convoy on Tuesday.');
  assert.equal(physical.quotes.length, 0);
  const verbal = quoteStarting(analyse('The senator attacked the governor over the budget.'), 'the governor over the budget');
  assert.equal(verbal?.cue, 'attacked');
  assert.equal(verbal?.speaker?.name, 'The senator');
});

test('"called his counterpart" is a phone call; "called the decision a mistake" names it', () => {
  assert.equal(analyse('The Indian foreign minister called his counterpart in Ankara on Monday.').quotes.length, 0);
  const named = quoteStarting(analyse('Erdogan called the decision a mistake.'), 'the decision a mistake');
  assert.equal(named?.cue, 'called');
  assert.equal(named?.speaker?.name, 'Erdogan');
});

test('a commitment reported inside a claim is no source the reporter relies on', () => {
  const promised = analyse('The Swedish ambassador said Turkey had promised to approve the bid.');
  const ambassador = promised.sources.find((s) => s.name === 'The Swedish ambassador');
  assert.ok(ambassador);
  assert.deepEqual(ambassador.reliesOn, []);
  const told = analyse('The Swedish ambassador said Turkish officials had told him that the vote was delayed.');
  const teller = told.sources.find((s) => s.name === 'The Swedish ambassador');
  const officials = told.sources.find((s) => s.name === 'Turkish officials');
  assert.deepEqual(teller?.reliesOn, [officials?.id]);
});

test('a stance whose content holds a cue of its own ends at the comma before a trailing cue', () => {
  const text = 'As part of the review, the agency would seek to establish that the Danish firm understood the rules, former officials said.';
  const result = analyse(text);
  const trailing = quoteStarting(result, 'As part of the review');
  assert.equal(trailing?.speaker?.name, 'former officials');
  const seek = result.stances.find((s) => s.cue === 'would seek');
  assert.equal(seek?.text, 'to establish that the Danish firm understood the rules');
});

test('an infinitive of purpose takes the clause’s subject as its speaker; a stance verb keeps its own reading', () => {
  const result = analyse('The Malian foreign minister flew to Algiers to deny that talks had failed. The envoy wants to say more.');
  const denial = quoteStarting(result, 'talks had failed');
  assert.equal(denial?.cue, 'deny');
  assert.equal(denial?.speaker?.name, 'The Malian foreign minister');
  assert.equal(quoteStarting(result, 'more'), undefined);
});

test('a participle after an inverted cue continues its speaker', () => {
  const text = '“The port is open,” said Kenya’s transport minister, adding that cargo traffic would double by June.';
  const quote = quoteStarting(analyse(text), 'cargo traffic would double');
  assert.equal(quote?.cue, 'adding');
  assert.equal(quote?.speaker?.name, 'Kenya’s transport minister');
});

test('"According to X, Y said …": the comma after X opens what X is cited for', () => {
  const text = 'According to the Bangkok Post, the minister said the border crossing would reopen.';
  const result = analyse(text);
  const cited = quoteStarting(result, 'the minister said');
  assert.equal(cited?.speaker?.name, 'Bangkok Post');
  assert.equal(cited?.text, 'the minister said the border crossing would reopen');
  assert.equal(quoteStarting(result, 'the border crossing')?.speaker?.name, 'the minister');
});

test('relative and prepositional speakers: "which officials say …", "a source close to him", "has since said"', () => {
  const text = [
    'The levy, which Peruvian officials say will raise $300 million, takes effect in May.',
    'The talks will resume in Doha, a source close to him said.',
    'The Polish president has since said the veto stands.',
  ].join('\n\n');
  const result = analyse(text);
  const levy = quoteStarting(result, 'will raise');
  assert.equal(levy?.speaker?.name, 'Peruvian officials');
  assert.equal(text.slice(levy!.speakerSpan!.start, levy!.speakerSpan!.end), 'Peruvian officials');
  const talks = quoteStarting(result, 'The talks will resume');
  assert.equal(text.slice(talks!.speakerSpan!.start, talks!.speakerSpan!.end), 'a source close to him');
  assert.equal(quoteStarting(result, 'the veto stands')?.cue, 'has since said');
});

test('a name before an "-s" form, a plural before a base form: the verb the tagger took for a noun', () => {
  const text = 'Turnout will fall, the Nairobi Star reports. Early polls show voters in Ghana rejecting the levy.';
  const result = analyse(text);
  assert.equal(quoteStarting(result, 'Turnout will fall')?.speaker?.name, 'Nairobi Star');
  assert.equal(quoteStarting(result, 'voters in Ghana')?.cue, 'show');
});

test('a base form inverts only before a plural; a one-word answer needs no verb', () => {
  const result = analyse('The yen is weakening, say analysts in Tokyo. Farmers, Mr. Silva notes, applaud the new rules. Sorry, the mayor said.');
  assert.equal(quoteStarting(result, 'The yen is weakening')?.speaker?.name, 'analysts in Tokyo');
  assert.equal(result.quotes.some((q) => q.speaker?.name === 'the new rules'), false);
  assert.equal(quoteStarting(result, 'Sorry')?.speaker?.name, 'the mayor');
});
