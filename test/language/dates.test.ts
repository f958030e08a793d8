import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeLanguage } from '../../src/language/index.ts';
import { seedText } from './seed-text.ts';

/** [text, value, precision] of every date in `text`; 2024-11-15 was a Friday. */
function dates(text: string, published: string | null = '2024-11-15'): string[][] {
  return analyzeLanguage(text, { published }).dates.map((date) => [date.text, date.value, date.precision]);
}

test('seed article dates, published 2024-11-15', () => {
  const layer = analyzeLanguage(seedText, { published: '2024-11-15' });
  for (const date of layer.dates) {
    assert.equal(date.text, seedText.slice(date.start, date.end));
    const sentence = layer.sentences[date.sentence]!;
    assert.ok(sentence.start <= date.start && date.end <= sentence.end);
  }
  assert.deepEqual(
    layer.dates.map((date) => [date.text, date.value, date.precision]),
    [
      ['2015', '2015', 'year'],
      ['last week', '2024-11-04', 'week'],
      ['Oct. 7 attack last year', '2023-10-07', 'day'],
      ['last month', '2024-10', 'month'],
      ['September', '2024-09', 'month'],
      ['September', '2024-09', 'month'],
      ['September', '2024-09', 'month'],
    ],
  );
  const recently = layer.dates.at(-1)!;
  assert.ok(layer.sentences[recently.sentence]!.text.includes('as recently as September'));
});

test('durations are not dates', () => {
  assert.deepEqual(dates('The Iranians have been trying to kill Trump for three years. The troops stayed for two weeks.'), []);
  assert.deepEqual(dates('In the past two weeks, nothing moved. Talks must end within two days. After 10 years of war, peace.'), []);
});

test('counted units date something only with "ago" or "in"', () => {
  assert.deepEqual(dates('The deal collapsed three years ago.'), [['three years ago', '2021', 'year']]);
  assert.deepEqual(dates('The strike happened two days ago.'), [['two days ago', '2024-11-13', 'day']]);
  assert.deepEqual(dates('It began a week ago; in two weeks it ends.'), [
    ['a week ago', '2024-11-08', 'day'],
    ['in two weeks', '2024-11-29', 'day'],
  ]);
  // "later" and "earlier" hang on another event, not on the publication date.
  assert.deepEqual(dates('Two weeks later, it did. A week earlier, it had not.'), []);
});

test('a unit dates something a few words after "in" or a deictic, not on its own', () => {
  assert.deepEqual(dates('Elections in Malawi will be held in a couple of weeks.'), [['in a couple of weeks', '2024-11-29', 'day']]);
  assert.deepEqual(dates('The dam on the Nile should be finished in about three months, the minister said.'), [
    ['in about three months', '2025-02', 'month'],
  ]);
  assert.deepEqual(dates('Food prices in Lagos rose sharply this past year.'), [['past year', '2023', 'year']]);
  assert.deepEqual(dates('The siege of the town lasted for months, and each convoy took three hours to cross.'), []);
  // after a superlative or a negation, "in seven years" is the span up to now
  assert.deepEqual(dates('He is the most senior Chinese official to visit Australia in seven years.'), []);
  assert.deepEqual(dates('The two leaders have not met in two years.'), []);
  assert.deepEqual(dates("Inflation hit its highest level in a decade, and the two sides haven't talked in months."), []);
});

test('weekdays are the latest one up to publication', () => {
  assert.deepEqual(dates('Talks resumed on Monday.'), [['Monday', '2024-11-11', 'day']]);
  assert.deepEqual(dates('The attack on Thursday night shocked many.'), [['Thursday night', '2024-11-14', 'day']]);
  assert.deepEqual(dates('They met on Friday.'), [['Friday', '2024-11-15', 'day']]);
  assert.deepEqual(dates('They met over the weekend.'), [['weekend', '2024-11-09', 'day']]);
  assert.deepEqual(dates('At 10 a.m. Tuesday, they met.'), [['10 a.m. Tuesday', '2024-11-12', 'day']]);
  assert.deepEqual(dates('He spoke last Friday.'), [['last Friday', '2024-11-08', 'day']]);
  // Reported speech: the future cue comes after the date.
  assert.deepEqual(dates('Iran said on Monday it will respond.'), [['Monday', '2024-11-11', 'day']]);
});

test('a future cue before a year-less date points forward', () => {
  assert.deepEqual(dates('Talks will resume on Monday.'), [['Monday', '2024-11-18', 'day']]);
  assert.deepEqual(dates('The vote is scheduled for Dec. 3. The vote was held Dec. 3.'), [
    ['Dec. 3', '2024-12-03', 'day'],
    ['Dec. 3', '2023-12-03', 'day'],
  ]);
});

test('months without a year are the latest one up to publication', () => {
  assert.deepEqual(dates('The warning was delivered to Iran in September.'), [['September', '2024-09', 'month']]);
  assert.deepEqual(dates('They met in June. They met in December. They met in November.'), [
    ['June', '2024-06', 'month'],
    ['December', '2023-12', 'month'],
    ['November', '2024-11', 'month'],
  ]);
  assert.deepEqual(dates('The ceasefire began March 3.'), [['March 3', '2024-03-03', 'day']]);
  assert.deepEqual(dates('The talks were held on Jan. 15, officials said.'), [['Jan. 15', '2024-01-15', 'day']]);
  assert.deepEqual(dates('Israel struck Iran on Oct. 26 and again last week.'), [
    ['Oct. 26', '2024-10-26', 'day'],
    ['last week', '2024-11-04', 'week'],
  ]);
});

test('a year-less date joins a nearby year-only expression', () => {
  assert.deepEqual(dates('He left in September last year.'), [['September last year', '2023-09', 'month']]);
  assert.deepEqual(dates('Since the Oct. 7 attack last year, the war has spread.'), [['Oct. 7 attack last year', '2023-10-07', 'day']]);
  // Not across a comma.
  assert.deepEqual(dates('He left in September, last year.'), [
    ['September', '2024-09', 'month'],
    ['last year', '2023', 'year'],
  ]);
});

test('a week named without its day has week precision, dated to its Monday', () => {
  // Published Friday 2024-11-15.
  assert.deepEqual(dates('The ministers met last week in Oslo. They meet again next week.'), [
    ['last week', '2024-11-04', 'week'],
    ['next week', '2024-11-18', 'week'],
  ]);
  assert.deepEqual(dates('Troops moved two weeks ago.'), [['two weeks ago', '2024-11-01', 'day']]);
});

test('a weekday in a named week is that day of that week, not the nearest such weekday', () => {
  // Published Friday 2024-11-15: last week ran from Monday 11-04 to Sunday 11-10.
  assert.deepEqual(dates('The talks were held on Tuesday last week in Oslo.'), [['Tuesday last week', '2024-11-05', 'day']]);
  assert.deepEqual(dates('Ministers met on Saturday of last week.'), [['Saturday of last week', '2024-11-09', 'day']]);
  assert.deepEqual(dates('The summit opens on Thursday next week.'), [['Thursday next week', '2024-11-21', 'day']]);
  // Without a named week, the nearest one before publication.
  assert.deepEqual(dates('They met last Tuesday.'), [['last Tuesday', '2024-11-12', 'day']]);
});

test('relative months and years', () => {
  assert.deepEqual(dates('The envoy will visit Tehran next month.'), [['next month', '2024-12', 'month']]);
  assert.deepEqual(dates('Iran has enriched more uranium earlier this year.'), [['this year', '2024', 'year']]);
  assert.deepEqual(dates('Sanctions were imposed last month.', '2024-01-10'), [['last month', '2023-12', 'month']]);
  assert.deepEqual(dates('Officials met yesterday. They met today. They met this week.'), [
    ['yesterday', '2024-11-14', 'day'],
    ['today', '2024-11-15', 'day'],
    ['this week', '2024-11-11', 'week'],
  ]);
});

test('explicit dates keep their year', () => {
  assert.deepEqual(dates('In May 2023 the talks stalled.'), [['May 2023', '2023-05', 'month']]);
  assert.deepEqual(dates('The summit took place on Oct. 7, 2023.'), [['Oct. 7, 2023', '2023-10-07', 'day']]);
  assert.deepEqual(dates('He was born on 7 October 1950.'), [['7 October 1950', '1950-10-07', 'day']]);
  assert.deepEqual(dates('The war, which began in February 2022, goes on.'), [['February 2022', '2022-02', 'month']]);
});

test('bare years, but not counts', () => {
  assert.deepEqual(dates('The accord was signed in 2019. Since 2014, and from 2019 to 2021, talks went on.'), [
    ['2019', '2019', 'year'],
    ['2014', '2014', 'year'],
    ['2019', '2019', 'year'],
    ['2021', '2021', 'year'],
  ]);
  assert.deepEqual(dates('They met in mid-2023.'), [['mid-2023', '2023', 'year']]);
  assert.deepEqual(dates('He sent 2000 troops and $2000 under Resolution 2231 to 1,200 people.'), []);
});

test('numbers, times, names and verbs are not dates', () => {
  assert.deepEqual(dates('Iran may respond at 5 to the 1 million protesters.'), []);
  assert.deepEqual(dates('The 9/11 attacks got 24/7 coverage. The leaders met at noon.'), []);
  assert.deepEqual(dates('Theresa May said no. The Sun reported it. Protesters march in Paris. He sat down.'), []);
  assert.deepEqual(dates('Iran can now reach a new deal.'), []);
});

test('without a publication date, dates resolve against today', () => {
  const yesterday = new Date();
  yesterday.setDate(yesterday.getDate() - 1);
  const iso = [yesterday.getFullYear(), yesterday.getMonth() + 1, yesterday.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  assert.deepEqual(dates('Officials met yesterday.', null), [['yesterday', iso, 'day']]);
});
