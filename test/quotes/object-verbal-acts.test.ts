// Verbal acts aimed at a person or thing: the subject speaks, and what it says is the object with what follows
// it ("painted her rival as …", "chastised the council for …", "called half of his donors “…”"). Verbs with
// another sense read so only with their complement after the object ("painted the bridge green" says nothing).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

function assertAct(text: string, start: string, speaker: string, cue: string, content: string): void {
  const quote = quoteStarting(analyse(text), start);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, cue);
  assert.equal(quote?.text, content);
}

test('"painted" an object "as" something reports a characterisation', () => {
  assertAct('The governor painted her challenger as a career politician with no plan.', 'her challenger', 'The governor', 'painted', 'her challenger as a career politician with no plan');
});

test('"cast" a reflexive object "as" something', () => {
  assertAct('The senator cast himself as the only candidate ready to lead.', 'himself', 'The senator', 'cast', 'himself as the only candidate ready to lead');
});

test('a reproach aimed at someone "for" what they did', () => {
  assertAct('The mayor chastised the council for delaying the vote on the budget.', 'the council', 'The mayor', 'chastised', 'the council for delaying the vote on the budget');
});

test('a plea to someone to act', () => {
  assertAct('Two former aides implored the governor to veto the bill.', 'to veto', 'Two former aides', 'implored', 'to veto the bill');
});

test('"ripped" someone "for" what they did', () => {
  assertAct('The union leader ripped the company for cutting pensions.', 'the company', 'The union leader', 'ripped', 'the company for cutting pensions');
});

test('praise aimed at someone, past a date, "for" what they did', () => {
  assertAct('The treasurer lauded the auditor on Monday for finding the missing funds.', 'the auditor', 'The treasurer', 'lauded', 'the auditor on Monday for finding the missing funds');
});

test('"called" a share of a group a quoted name', () => {
  const text = 'At a dinner in Chicago, the senator called half of his opponent’s donors “freeloaders.”';
  assertAct(text, 'half of', 'the senator', 'called', 'half of his opponent’s donors “freeloaders.”');
});

test('"knocked" someone "on" an issue', () => {
  assertAct('The challenger knocked the mayor on trade during the forum.', 'the mayor', 'The challenger', 'knocked', 'the mayor on trade during the forum');
});

test('"called" a pronoun that is never a possessive a bare noun', () => {
  assertAct('The senator called them cowards.', 'them', 'The senator', 'called', 'them cowards');
});

test('"linked" one thing "to" another', () => {
  assertAct('The mayor repeatedly linked the crime wave to the budget cuts.', 'the crime', 'The mayor', 'repeatedly linked', 'the crime wave to the budget cuts');
});

test('"called" and a day before "for"', () => {
  assertAct('The senator called Tuesday for an inquiry into the deal.', 'an inquiry', 'The senator', 'called Tuesday for', 'an inquiry into the deal');
});

test('a verb aimed at someone in the middle of a series of predicates is the first predicate\'s subject\'s', () => {
  assertAct('The governor toured the plant, denounced the tariffs and said the state would sue.', 'the tariffs', 'The governor', 'denounced', 'the tariffs');
});

test('a series after a clause inside the first predicate takes the first predicate\'s subject', () => {
  assertAct('The governor argued the deal was weak, called it “a disaster” and promised to fight it.', 'it “a', 'The governor', 'called', 'it “a disaster”');
});

test('a headline\'s verb in title case after a name, taken for part of it, is the cue', () => {
  assertAct('Mayor Ann Lee Blasts Council For Budget Cuts. The mayor spoke on Monday.', 'Council', 'Mayor Ann Lee', 'Blasts', 'Council For Budget Cuts');
});

test('a headline\'s base form after a plural, with its object and complement', () => {
  assertAct('Rural Mayors Rip State Plan As A Giveaway To Developers. The mayors met on Monday.', 'State Plan', 'Rural Mayors', 'Rip', 'State Plan As A Giveaway To Developers');
});

test('"hit" someone "on" an issue', () => {
  assertAct('The union ad hits the governor on pensions.', 'the governor', 'The union ad', 'hits', 'the governor on pensions');
});

test('"what" someone "called" a thing: the phrase after the cue is what they called it', () => {
  assertAct('The fire was set in what investigators called an act of revenge.', 'an act', 'investigators', 'called', 'an act of revenge');
});

test('"pounding" someone "as" something', () => {
  assertAct('The senator has been pounding the governor as a fraud.', 'the governor', 'The senator', 'has been pounding', 'the governor as a fraud');
});

test('"pressed" someone to act', () => {
  assertAct('The mayor pressed the council to approve the budget.', 'to approve', 'The mayor', 'pressed', 'to approve the budget');
});

test('"tied" one thing "to" another', () => {
  assertAct('The study tied the job losses to the new tariffs.', 'the job', 'The study', 'tied', 'the job losses to the new tariffs');
});

test('"press" in a noun compound or an idiom is no cue', () => {
  assert.deepEqual(
    analyse('The aide was fired, according to press reports.').quotes.map((q) => q.cue),
    ['according to'],
  );
});

test('an object whose head the tagger took for an adjective still reaches its complement', () => {
  assertAct('The senator cast her rival as a tool of the banks.', 'her rival', 'The senator', 'cast', 'her rival as a tool of the banks');
});

test('an accusation in an infinitive of purpose after a named place and a time is the subject\'s', () => {
  assertAct('The mayor took to Twitter overnight to accuse the council of lying.', 'the council', 'The mayor', 'accuse', 'the council of lying');
});

test('"ripped into" someone "for" what they did', () => {
  assertAct('The mayor ripped into the council for its budget votes.', 'the council', 'The mayor', 'ripped into', 'the council for its budget votes');
});

test('"cast doubt on" something', () => {
  assertAct('The senator cast doubt on the official jobless rate.', 'the official', 'The senator', 'cast doubt on', 'the official jobless rate');
});

test('a verb the tagger took for a noun after its subject and an adverb between commas', () => {
  assertAct('The governor, however, paints herself as a friend of small business.', 'herself', 'The governor', 'paints', 'herself as a friend of small business');
});

test('without its complement, or in the passive, such a verb reports nothing', () => {
  for (const text of ['Volunteers painted the bridge green on Saturday.', 'Ballots were cast for both candidates in the county.', 'The storm hit the coast for hours.', 'The pitcher knocked the ball over the fence.', 'The disease has been linked to birth defects.', 'He called them last week.', 'The senator hit the phones on behalf of her husband.', 'A Curious Plan To Save The Local Mill. The mill closed in May.', 'The rules changed as the paper went to press.']) {
    const result = analyse(text);
    assert.deepEqual(
      result.quotes.map((q) => q.cue),
      [],
      text,
    );
  }
});
