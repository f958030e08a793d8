// A lead-in naming what a quote is taken from: "From the report: “…”", "More from Smith: “…”", at a
// sentence's start or after a dash inside a line. The words before the source are no part of it; the
// colon is the cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, quoteStarting, speakerOf } from './helpers.ts';

const cases: [name: string, text: string, start: string, speaker: string][] = [
  ['"From the report:" names the report', 'The agency released its findings on Monday. From the report: “Most of the sampled water met the federal standard.”', 'Most of the sampled', 'the report'],
  ['"More from Name:" names the person', 'The survey covered six states. More from Smith: “The voters in these states have moved sharply toward the center.”', 'The voters in these', 'Smith'],
  ['a full name after "More from"', 'Turnout fell in every county. More from Maria Lopez: “People stayed home because the lines were too long.”', 'People stayed home', 'Maria Lopez'],
  ['"From" before a study', 'Researchers looked at ten years of data. From the study: “Rents rose faster than wages in every city we examined.”', 'Rents rose faster', 'the study'],
  ['a lead-in after a paragraph break', 'The memo was sent to all staff.\n\nFrom the memo: “Employees must return to the office three days a week.”', 'Employees must return', 'the memo'],
  ['a straight quote mark', 'The governor spoke for twenty minutes. More from Whitmer: "We will not close a single rural hospital this year."', 'We will not close', 'Whitmer'],
  ['"More from" after a dash inside a line', 'What the poll means for the fall - More from Lee: “Independents will decide this race, as they always do.”', 'Independents will decide', 'Lee'],
  ['"From" after a dash before a full name', 'Rents rose again in March - From Ann Lee: “Nobody on my street can afford this.”', 'Nobody on my street', 'Ann Lee'],
];

for (const [name, text, start, speaker] of cases) {
  test(name, () => {
    const quote = quoteStarting(analyse(text), start);
    assert.equal(speakerOf(text, quote), speaker);
    assert.equal(quote?.cue, ':');
  });
}
