// A lead-in naming what a quote is taken from: "From the report: “…”", "More from Smith: “…”". The words
// before the source are no part of it; the colon is the cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

function check(text: string, start: string, speaker: string): void {
  const quote = quoteStarting(analyse(text), start);
  assert.equal(speakerOf(text, quote), speaker);
  assert.equal(quote?.cue, ':');
}

test('"From the report:" before a quote names the report', () => {
  check('The agency released its findings on Monday. From the report: “Most of the sampled water met the federal standard.”', 'Most of the sampled', 'the report');
});

test('"More from Name:" before a quote names the person', () => {
  check('The survey covered six states. More from Smith: “The voters in these states have moved sharply toward the center.”', 'The voters in these', 'Smith');
});

test('a full name after "More from" is the speaker', () => {
  check('Turnout fell in every county. More from Maria Lopez: “People stayed home because the lines were too long.”', 'People stayed home', 'Maria Lopez');
});

test('"From" before a named study', () => {
  check('Researchers looked at ten years of data. From the study: “Rents rose faster than wages in every city we examined.”', 'Rents rose faster', 'the study');
});

test('a lead-in after a paragraph break', () => {
  check('The memo was sent to all staff.\n\nFrom the memo: “Employees must return to the office three days a week.”', 'Employees must return', 'the memo');
});

test('"More from" before a governor’s quote, with a straight quote mark', () => {
  check('The governor spoke for twenty minutes. More from Whitmer: "We will not close a single rural hospital this year."', 'We will not close', 'Whitmer');
});

test('"More from" after a dash inside a line', () => {
  check('What the poll means for the fall - More from Lee: “Independents will decide this race, as they always do.”', 'Independents will decide', 'Lee');
});

test('"From" after a dash before a full name', () => {
  check('Rents rose again in March - From Ann Lee: “Nobody on my street can afford this.”', 'Nobody on my street', 'Ann Lee');
});
