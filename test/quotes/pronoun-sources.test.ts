// Pronoun speakers: back-references ("he", "she", "they"), relative pronouns standing for their antecedent
// ("who", "which") and the contracted perfect ("he's said"), each with the reading that must stay as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

test('a contracted "has" before a cue participle keeps its subject as speaker; "it\'s said" stays sourceless', () => {
  const text = 'Okonkwo chairs the panel. While he’s said the levy is fair, he has doubts. She’s predicted a recount in Kano. It’s said that the governor is ill.';
  const result = analyse(text);
  const levy = quoteStarting(result, 'the levy is fair');
  assert.equal(levy?.cue, '’s said');
  assert.equal(speakerOf(text, levy), 'he');
  assert.equal(speakerOf(text, quoteStarting(result, 'a recount in Kano')), 'She');
  const rumour = quoteStarting(result, 'the governor is ill');
  assert.equal(rumour?.cue, '’s said');
  assert.equal(rumour?.speakerSpan, null);
});

test('a relative pronoun with a contracted "has" speaks for its antecedent: "who\'s argued for years that …"', () => {
  const text = 'The rule was drafted by Lena Ruiz, who’s argued for years that tariffs are void.';
  const quote = quoteStarting(analyse(text), 'tariffs are void');
  assert.equal(speakerOf(text, quote), 'who');
  assert.equal(quote?.speaker?.name, 'Lena Ruiz');
});

test('a cue coordinated inside a relative clause is the relative pronoun\'s: "Weaver, who came out and endorsed …"', () => {
  const text = 'The plan has won over Amina Diallo, who toured the plant and said the reactor was safe.';
  const quote = quoteStarting(analyse(text), 'the reactor was safe');
  assert.equal(quote?.cue, 'said');
  assert.equal(speakerOf(text, quote), 'who');
  assert.equal(quote?.speaker?.name, 'Amina Diallo');
});

test('a participle or infinitive of purpose inside a relative clause is its pronoun\'s', () => {
  const text = 'Voters met Kofi Mensah, who last week stunned his party by declaring that the tax was dead.';
  const quote = quoteStarting(analyse(text), 'the tax was dead');
  assert.equal(quote?.cue, 'declaring');
  assert.equal(speakerOf(text, quote), 'who');
});

test('a main clause resumed after the relative clause keeps the main subject: "Ito, who lost, said … and claimed …"', () => {
  const text = 'Kenji Ito, who lost the seat in Osaka, said the count was flawed and demanded that officials recount it.';
  const result = analyse(text);
  assert.equal(speakerOf(text, quoteStarting(result, 'the count was flawed')), 'Kenji Ito');
  assert.equal(speakerOf(text, quoteStarting(result, 'officials recount it')), 'Kenji Ito');
});

test('a prepositional phrase between a relative pronoun and its verb is no subject: "who through his lawyer denied …"', () => {
  const text = 'The contract went to Pablo Ortega, who through his lawyer denied that he had paid any bribes.';
  const quote = quoteStarting(analyse(text), 'he had paid any bribes');
  assert.equal(speakerOf(text, quote), 'who');
  assert.equal(quote?.speaker?.name, 'Pablo Ortega');
});

test('a relative pronoun before a comma-bounded aside is the subject: "who, on a call Friday, criticized …"', () => {
  const text = 'The offer angered the union leadership, who, on a call with members Friday, warned that a strike was near. Lars Berg, who, like several other farmers, recalled that the drought ruined him, spoke last.';
  const result = analyse(text);
  const strike = quoteStarting(result, 'a strike was near');
  assert.equal(strike?.cue, 'warned');
  assert.equal(speakerOf(text, strike), 'who');
  assert.equal(speakerOf(text, quoteStarting(result, 'the drought ruined him')), 'who');
});

test('a relative pronoun after a conjunction holds for the antecedent of the relative before it', () => {
  const text = 'Farmers joined the Green Alliance, which was founded in 1990, and which through the drought supported new dams in the valley.';
  const stance = analyse(text).stances.find((s) => s.text === 'new dams in the valley');
  assert.equal(text.slice(stance!.holderSpan.start, stance!.holderSpan.end), 'which');
  assert.equal(stance?.holder.name, 'Green Alliance');
});

test('a participle after the time a subject spends is the subject\'s: "spent much of his speech defending …"', () => {
  const text = 'Tariq Aziz spent much of his speech defending the budget. The mayor, who spent more time talking about roads than schools, lost.';
  const result = analyse(text);
  const budget = quoteStarting(result, 'the budget');
  assert.equal(budget?.cue, 'defending');
  assert.equal(speakerOf(text, budget), 'Tariq Aziz');
  assert.equal(speakerOf(text, quoteStarting(result, 'roads than schools')), 'who');
});

test('a participle clause opening the sentence speaks for the main subject past a relative aside on its object', () => {
  const text = 'After thanking the crowd, which chanted his name, Mr. Ruto said the race was over.';
  const quote = quoteStarting(analyse(text), 'the crowd');
  assert.equal(quote?.cue, 'thanking');
  assert.equal(speakerOf(text, quote), 'Mr. Ruto');
});

test('a participle or second verb is the main subject\'s, not that of a subordinate clause opening the sentence', () => {
  const text = 'While Thandi Dlamini praised the budget, Jacob Mokoena attacked the plan and said it was reckless. If she wins the seat, Ms. Ortiz has said she would cut taxes and vowed to close the port.';
  const result = analyse(text);
  const reckless = quoteStarting(result, 'it was reckless');
  assert.equal(reckless?.cue, 'said');
  assert.equal(speakerOf(text, reckless), 'Jacob Mokoena');
  assert.equal(speakerOf(text, quoteStarting(result, 'to close the port')), 'Ms. Ortiz');
});

test('a participle after the main clause is its subject\'s when a "when" clause opens the sentence', () => {
  const text = 'When Mr. Ruto did take on Mr. Odinga, he did it sideways, acknowledging that Mr. Odinga had tapped into anger.';
  const quote = quoteStarting(analyse(text), 'Mr. Odinga had tapped into anger');
  assert.equal(quote?.cue, 'acknowledging');
  assert.equal(speakerOf(text, quote), 'he');
});

test('a second verb after ", but he …" is that clause\'s subject\'s, not the sentence\'s first', () => {
  const text = 'Union leaders praised the plan at first, but then he went to Nairobi and declared that the deal was dead.';
  const quote = quoteStarting(analyse(text), 'the deal was dead');
  assert.equal(quote?.cue, 'declared');
  assert.equal(speakerOf(text, quote), 'he');
});
