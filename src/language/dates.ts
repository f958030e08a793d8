// Date mentions: chrono-node finds candidates in each sentence; our rules (data/language/dates.json) drop
// durations, times and names, join "Oct. 7 … last year", and resolve year-less dates to the past.
import * as chrono from 'chrono-node';
import rules from '../../data/language/dates.json' with { type: 'json' };
import type { DateMention, Precision, Sentence } from '../types.ts';
import type { Token } from './types.ts';

const LEADING = new Set(rules.leadingWords);
const NOT_DATES = new Set(rules.notDates);
const NAMES = new Set(rules.calendarNames);
const UNITS = new Set(rules.units);
const DEICTICS = new Set(rules.deictics);
const DAY_WORDS = new Set(rules.dayWords);
const FUTURE = new Set(rules.futureCues);
const DURATION_CUES = new Set(rules.durationCues);
const WEEK_WORDS = new Set(rules.weekWords);
const WEEK_SHIFTS = new Map(Object.entries(rules.weekShifts));
// chrono is costly and most sentences hold nothing it could match: it runs only
// on sentences with a digit, a capitalised month or day name, a day or casual date word, or a unit that
// can date something (toFound drops the rest: "for months", "three hours long").
const capitalised = rules.calendarNames.map((name) => name[0]!.toUpperCase() + name.slice(1));
const NAME_TRIGGER = new RegExp(`\\b(?:${capitalised.join('|')})\\b`);
const WORD_TRIGGER = new RegExp(
  `\\d|\\b(?:${[...rules.dayWords, ...rules.casualWords].join('|')})\\b` +
    `|\\b(?:${rules.unitCues.join('|')})(?:\\W+\\w+){0,${rules.unitCueWindow}}?\\W+(?:${rules.units.join('|')})\\b`,
  'i',
);
// Words between two parts of one date: "the Oct. 7 attack last year", not across punctuation.
const JOIN_GAP = /^[\s\p{L}\p{N}'’-]*$/u;

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date found in the text; `known` says which parts the text states rather than chrono's guesses. */
interface Found extends Day {
  start: number;
  end: number;
  weekday: number;
  known: { year: boolean; month: boolean; day: boolean; weekday: boolean };
  /** "last", "next", "this"…: chrono resolved the expression against the reference date itself. */
  deictic: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const YEAR_TOKEN = /^(?:\p{L}+-)?(\d{4})$/u;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function parsePublished(published: string | null): Day {
  const match = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** chrono's match without a leading "on"/"at" and trailing punctuation, or null when it is no date. */
function toFound(result: chrono.ParsedResult, offset: number, before: string): Found | null {
  let start = offset + result.index;
  let text = result.text.replace(/[\s,;:]+$/, '');
  const lead = text.match(/^(\p{L}+)\s+/u);
  if (lead && LEADING.has(lead[1]!.toLowerCase())) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  const list = words(text);
  const c = result.start;
  const known = {
    year: c.isCertain('year'),
    month: c.isCertain('month'),
    day: c.isCertain('day'),
    weekday: c.isCertain('weekday'),
  };
  if (!/\p{L}/u.test(text) && !known.year) return null; // "9/11", "24/7", "at 8"
  if (NOT_DATES.has(list.join(' '))) return null;
  // Month and day names are capitalised in English; lower-case they are verbs ("march", "may", "sat").
  if ((text.match(/\p{L}+/gu) ?? []).some((word) => NAMES.has(word) && word === word.toLowerCase())) return null;
  if (!known.year && !known.month && !known.day && !known.weekday && !list.some((word) => DAY_WORDS.has(word))) {
    return null; // a time of day alone: "at 5 p.m.", "noon"
  }
  // A counted unit ("three years") dates something only as "three years ago" or "in three years";
  // otherwise it is a duration ("for three years", "the past two weeks") or hangs on another event ("two weeks later").
  const counted = list.some((word, i) => i > 0 && UNITS.has(word) && !DEICTICS.has(list[i - 1]!));
  if (counted && list.at(-1) !== 'ago' && list[0] !== 'in') return null;
  // "the first visit in seven years", "have not met in two years": a span up to now.
  if (counted && list[0] === 'in' && words(before.replace(/n['’]t\b/gu, ' not')).slice(-rules.durationCueWindow).some((word) => DURATION_CUES.has(word))) return null;
  return {
    start,
    end: start + text.length,
    year: c.get('year')!,
    month: c.get('month')!,
    day: c.get('day')!,
    weekday: c.get('weekday') ?? 0,
    known,
    deictic: list.some((word) => DEICTICS.has(word)),
  };
}

/** "the Oct. 7 attack last year": a year-less date next to a year-only one, a few words apart, is one date. */
function joinYears(text: string, found: Found[]): Found[] {
  const joined: Found[] = [];
  for (const next of found) {
    const previous = joined.at(-1);
    const pair = previous ? [previous, next] : [];
    const dated = pair.find((f) => f.known.month && !f.known.year);
    const year = pair.find((f) => f.known.year && !f.known.month);
    const gap = previous ? text.slice(previous.end, next.start) : '';
    if (previous && dated && year && JOIN_GAP.test(gap) && words(gap).length <= rules.maxJoinGapWords) {
      joined[joined.length - 1] = {
        ...dated,
        start: previous.start,
        end: next.end,
        year: year.year,
        known: { ...dated.known, year: true },
        deictic: false,
      };
    } else {
      joined.push(next);
    }
  }
  return joined;
}

function utc(day: Day): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

function compare(a: Day, b: Day): number {
  return utc(a).getTime() - utc(b).getTime();
}

function addDays(day: Day, days: number): Day {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The Monday of a day's week; chrono opens "this week" on the Sunday before it. */
function mondayOf(day: Day): Day {
  const weekday = utc(day).getUTCDay();
  return addDays(day, weekday === 0 ? 1 : 1 - weekday);
}

/**
 * News mostly reports what has happened: a date without a year ("in September", "on Monday") is the latest
 * one not after publication, or the earliest one not before it when a future cue ("will") precedes it.
 */
function resolve(found: Found, published: Day, future: boolean): Day {
  if (found.known.year || found.deictic) return found;
  if (found.known.month) {
    // A month counts as past once it has begun, and as still to come until it has ended (day 31 rolls over).
    const day = found.known.day ? found.day : future ? 31 : 1;
    const candidate = { year: published.year, month: found.month, day };
    const shift = future ? (compare(candidate, published) < 0 ? 1 : 0) : compare(candidate, published) > 0 ? -1 : 0;
    return { ...found, year: published.year + shift };
  }
  if (found.known.weekday && !found.known.day) {
    const today = utc(published).getUTCDay();
    return addDays(published, future ? (found.weekday - today + 7) % 7 : -((today - found.weekday + 7) % 7));
  }
  return found;
}

/**
 * "Tuesday last week", "Monday of next week": that weekday of the week the deictic names, counted from
 * the publication week (chrono takes the nearest Tuesday, which may lie in this week); null otherwise.
 */
function weekdayInNamedWeek(found: Found, text: string, published: Day): Day | null {
  if (!found.known.weekday || found.known.day) return null;
  const said = words(text);
  if (!said.some((word) => WEEK_WORDS.has(word))) return null;
  const shift = said.map((word) => WEEK_SHIFTS.get(word)).find((weeks) => weeks !== undefined);
  if (shift === undefined) return null;
  // Weeks run Monday (0) to Sunday (6); getUTCDay counts from Sunday.
  return addDays(mondayOf(published), 7 * shift + ((found.weekday + 6) % 7));
}

function precisionOf(found: Found, text: string): Precision {
  if (found.known.weekday) return 'day';
  // "last week": chrono fixes a day seven days back, but the text names only the week ("a week ago" is a day).
  const said = words(text);
  if (said.some((word) => WEEK_WORDS.has(word)) && said.some((word) => DEICTICS.has(word))) return 'week';
  if (found.known.day) return 'day';
  if (found.known.month) return 'month';
  return found.known.year ? 'year' : 'day'; // "this morning"
}

function format(day: Day, precision: Precision): string {
  const parts = [String(day.year).padStart(4, '0'), String(day.month).padStart(2, '0'), String(day.day).padStart(2, '0')];
  return parts.slice(0, { year: 1, month: 2, week: 3, day: 3 }[precision]).join('-');
}

/** Four-digit years chrono ignores ("the 2015 nuclear deal", "in 2019", "mid-2023"), unless they count ("2000 troops"). */
function bareYears(sentenceTokens: Token[], taken: Found[]): Found[] {
  const years: Found[] = [];
  sentenceTokens.forEach((token, i) => {
    // Most tokens do not end in a digit: a character test spares them the regex.
    const last = token.text.charCodeAt(token.text.length - 1);
    if (last < 0x30 || last > 0x39) return;
    const digits = YEAR_TOKEN.exec(token.text); // "2019", "mid-2023"
    const year = Number(digits?.[1]);
    if (!digits || year < rules.years.min || year > rules.years.max) return;
    if (taken.some((f) => f.start < token.end && token.start < f.end)) return;
    const before = sentenceTokens[i - 1];
    const after = sentenceTokens[i + 1];
    if (before?.pos === 'SYM') return; // "$2000"
    if (after?.pos === 'NOUN' && after.norm !== after.lemma) return; // a plural noun: "2000 troops"
    years.push({
      start: token.start,
      end: token.end,
      year,
      month: 1,
      day: 1,
      weekday: 0,
      known: { year: true, month: false, day: false, weekday: false },
      deictic: false,
    });
  });
  return years;
}

/** Whether a future cue ("will") stands shortly before `start` in the sentence. */
function futureBefore(sentenceTokens: Token[], start: number): boolean {
  // Tokens are in order, so those before `start` are a prefix: walk back over its last futureWindow tokens.
  let seen = 0;
  for (let i = sentenceTokens.length - 1; i >= 0 && seen < rules.futureWindow; i--) {
    const token = sentenceTokens[i]!;
    if (token.end > start) continue;
    if (FUTURE.has(token.norm) || FUTURE.has(token.lemma)) return true;
    seen++;
  }
  return false;
}

/** Every date mentioned in the text, resolved against the publication date (YYYY-MM-DD; today when null). */
export function findDates(text: string, sentences: Sentence[], tokens: Token[], published: string | null): DateMention[] {
  const day = parsePublished(published);
  const reference = new Date(day.year, day.month - 1, day.day, 12);
  const mentions: DateMention[] = [];
  // Tokens come in sentence order and every sentence has some: sentence i's run from firstToken[i] to firstToken[i + 1].
  const firstToken: number[] = [];
  tokens.forEach((token, i) => {
    if (token.sentence === firstToken.length) firstToken.push(i);
  });
  firstToken.push(tokens.length);
  for (const sentence of sentences) {
    if (!NAME_TRIGGER.test(sentence.text) && !WORD_TRIGGER.test(sentence.text)) continue;
    const sentenceTokens = tokens.slice(firstToken[sentence.index], firstToken[sentence.index + 1]);
    const parsed = chrono.en.casual
      .parse(sentence.text, reference, { forwardDate: false })
      .map((result) => toFound(result, sentence.start, sentence.text.slice(0, result.index)))
      .filter((found): found is Found => found !== null);
    const found = joinYears(text, parsed);
    found.push(...bareYears(sentenceTokens, found));
    found.sort((a, b) => a.start - b.start);

    for (const f of found) {
      const written = text.slice(f.start, f.end);
      const precision = precisionOf(f, written);
      const resolved = weekdayInNamedWeek(f, written, day) ?? resolve(f, day, futureBefore(sentenceTokens, f.start));
      mentions.push({
        text: written,
        sentence: sentence.index,
        start: f.start,
        end: f.end,
        // A week is named by its Monday.
        value: format(precision === 'week' ? mondayOf(resolved) : resolved, precision),
        precision,
      });
    }
  }
  return mentions;
}
