import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../months';
import { EXTREME_SET, LEVEL_COMPARATIVES } from './lexicon/threshold-words';
import { MONTH_ANY, MONTH_WORD, MONTH_WORDS } from './lexicon/month-patterns';
import type { ClaimPeriod } from './types';
import { addDays, lastDayOfMonth, lastWeekdayOnOrBefore, toDay, fromDay, weekday, isSessionSpan } from './dates';
import { wordCue } from './tokens';
import { isContractMonth } from './rules/contract-month';
import { carryYear } from './rules/year-carry';
import { CONTRACT_BENCHMARKS, CONTRACT_NOUNS } from './lexicon/contract-words';
import { NUMBER_WORDS } from './lexicon/number-words';
import { RANKINGS } from './lexicon/rankings';

/**
 * The period a claim speaks of, from the words around it, resolved against the article's date:
 * "in Q1 2025", "in February", "this week", "year-to-date", "on Tuesday", "in four days".
 */

const MONTHS = MONTH_ABBREVIATIONS.map((m) => m.toLowerCase());
export { MONTH_WORD };
/** The weekday names, once: the periods here and "up 1.8% from Tuesday" in the judge (judge/since-day.ts). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** How far before the article the last of "the five sessions" may close (a morning story, a weekend). */
const FIVE_SESSIONS_END_DAYS = 3;
/** final-quarter: "the final quarter of 2025" is its fourth ("last quarter" is the one before, and is not here). */
const ORDINAL_Q: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4 };

export interface Found {
  start: number;
  end: number;
  period: ClaimPeriod;
  /**
   * Written as a possessive ("Tuesday's record") or opening an after-clause ("after ending 2025 at
   * 4.18%"): it qualifies the words after it.
   */
  forward?: boolean;
  /** Marks where the reach of a number before it ends ("since June 2020"), never a period itself. */
  barrier?: boolean;
  /** Opens a clause after a comma or semicolon ("..., while over 30 days the token has dropped 19.8%"). */
  opensClause?: boolean;
  /** A day a when-clause after it tells of ("on Wednesday, when weak data pulled the 10-year down to 4.37%"). */
  whenClause?: boolean;
  /**
   * Where the relative aside holding the phrase closes (", which cut rates three times last year,"):
   * a figure after that comma is the main clause's, which the aside's period does not date.
   */
  asideEnd?: number;
  /**
   * leaving-clause: where the consequence clause holding the phrase opens (", leaving bullion higher for the
   * week"): a figure before that comma is not dated by it.
   */
  clauseStart?: number;
}

/** `cue` is a cheap test on the lower-cased text that must pass before the rule's regex runs. */
type Rule = {
  /** A shorter phrase of another rule inside this one's match is kept as a reading of its own. */
  keepsInner?: boolean;
  cue: (lower: string) => boolean;
  /**
   * A test on the sentence's word cues (Lexeme.cues), when the caller has them: it passes wherever the
   * pattern can match (the words the pattern needs), if not wherever `cue` does; 0 to use `cue` on the text.
   */
  bit: number;
  re: RegExp;
  make: (m: RegExpExecArray, published: string) => ClaimPeriod | null;
  /** Whether `make` reads the text around the match, so its answer cannot be reused elsewhere. */
  contextual?: (m: RegExpExecArray) => boolean;
  /** The phrase dates the words after it, never a number before it (see Found.forward). */
  forward?: boolean;
  /** The phrase dates no figure at all, but stands where another would be read (see Found.barrier). */
  barrier?: boolean;
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * a-month-event: "pricing a September Fed cut": a month after "a"/"an" names an expected event.
 * come-month: "a deposit rate of 1.75% come December"; next-event-in-month: "with a further cut seen in Sept.": a
 * month still ahead, not the figure's period.
 */
function eventMonth(m: RegExpExecArray): boolean {
  // Four characters, so that "than January" is not read as "an January".
  if (/(?<![A-Za-z])(?:a|an)[\s\u00a0]$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return true;
  return AHEAD_MONTH_LEAD_RE.test(m.input.slice(Math.max(0, m.index - 40), m.index));
}
const AHEAD_MONTH_LEAD_RE =
  /(?:\bcome|\bnext[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+){1,2}(?:in|at|by))[\s\u00a0]+(?:early[\s\u00a0]+|late[\s\u00a0]+|mid-?)?$/i;
/** 0 for "January", "Jan."; -1 for a word that is no month. */
export const monthIndex = (word: string) => MONTHS.indexOf(word.toLowerCase().replace('.', '').slice(0, 3));

/** A present perfect: "has lost", "have gained". */
const PERFECT_RE =
  /\b(?:has|have)[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+)?(?:[a-z]+(?:ed|en)|lost|shed|won|slid|sunk|shrunk|sold|bought)\b/i;

/** "where it stood a week ago", "than it stood a year ago": from that day's close (a weekday) to the article. */
function standingAgo(m: RegExpExecArray, p: string): ClaimPeriod {
  const from = lastWeekdayOnOrBefore(addDays(p, m[1]!.toLowerCase() === 'week' ? -7 : -365));
  return { type: 'span', from, to: p, label: m[0] };
}

/** A standing in the present: "it is up", "they are now lower". */
const STANDING_RE = /\b(?:is|are)[\s\u00a0]+(?:now[\s\u00a0]+)?(?:up|down|higher|lower|off)\b/i;

/** Nouns of a move that a period word may qualify: "a monthly rise", "a 7.7% weekly jump". */
const MOVE_NOUNS = 'rise|gain|increase|advance|jump|drop|decline|fall|loss|slide|surge|rally|slump';

/** The last date on or before `iso` that is a weekday. */
/** The same day a month before (the month's last day where it has fewer days): 2026-03-31 → 2026-02-28. */
function monthBefore(iso: string): string {
  let y = Number(iso.slice(0, 4));
  let m = Number(iso.slice(5, 7)) - 1;
  if (m === 0) {
    m = 12;
    y--;
  }
  const d = Math.min(Number(iso.slice(8, 10)), Number(lastDayOfMonth(y, m).slice(8, 10)));
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The same day a year before (28 February for a 29th). */
function yearBefore(iso: string): string {
  const y = Number(iso.slice(0, 4)) - 1;
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${y}-${md}`;
}

/** The last `name`d weekday ("Friday") before `published`. */
function lastNamedWeekday(name: string, published: string): string {
  const wd = WEEKDAYS.indexOf(name.toLowerCase());
  let d = addDays(published, -1);
  while (weekday(d) !== wd) d = addDays(d, -1);
  return d;
}

/** From the close of the last `name`d weekday before the article to the article: "since Friday". */
function sinceWeekday(name: string, published: string, label: string): ClaimPeriod {
  return { type: 'span', from: lastNamedWeekday(name, published), to: published, label };
}

/** The weekday `n` sessions before `iso` (weekends skipped, holidays not known here). */
function sessionsBefore(iso: string, n: number): string {
  let day = iso;
  for (let i = 0; i < n; i++) day = lastWeekdayOnOrBefore(addDays(day, -1));
  return day;
}

/** One session: the close before `day` to the close on it; null when the date is not in the calendar. */
export function daySpan(year: number, month: number, dayOfMonth: number, phrase: string): ClaimPeriod | null {
  const day = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
  if (fromDay(toDay(day)) !== day) return null;
  return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: phrase.trim() };
}

// What ends a stated move just before "since": "32%", "12 per cent", "4.3 percent", "4.3 pct", "40 points", "lower".
// counter-before-since: a currency's move and what it is measured against, "up 1.5% against the yen since Dec. 31".
// own-move-noun: "taking its loss since Friday to 10.4%": a subject's own move named as a noun.
const MOVE_END =
  '(?:\\d%|\\d|\\bcent|\\bpercent|\\bpct|\\bpoints?|\\bbps|\\blower|\\bhigher|\\d%? (?:against|versus) (?:the )?(?:[A-Z][a-z]+ )?[a-z]+|\\b(?:its|their) (?:[a-z-]+ )?(?:gains?|loss|losses|decline|drop|rise|advance|slide|rally|fall))\\s';
/**
 * `words`, matched only right after a stated move. The same as a lookbehind before `words`, but put
 * after them: a pattern that opens with a lookbehind is tried at every position of the sentence,
 * one that opens with words only where they stand.
 */
const afterAMove = (words: string) => `${words}(?<=${MOVE_END}${words})`;
// "October 8", "Jan. 2", "8 October", with an optional year.
export const DAY_DATE = `(?:${MONTH_WORD} (\\d{1,2})|(\\d{1,2}) ${MONTH_WORD})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d\\d))?`;

/**
 * From the close of the day a "since" phrase names (groups: end-of month; month day | day month;
 * year) to the article's date; null when the day is not in the calendar or not before the article.
 */
function sinceSpan(m: RegExpExecArray, published: string): ClaimPeriod | null {
  const label = m[0];
  if (m[1]) {
    const mi = monthIndex(m[1]);
    const py = Number(published.slice(0, 4));
    // "since the end of February" in March 2026 is February 2026; in January, last year's.
    const year = mi + 1 < Number(published.slice(5, 7)) ? py : py - 1;
    return { type: 'span', from: lastWeekdayOnOrBefore(lastDayOfMonth(year, mi + 1)), to: published, label };
  }
  return spanFromDay(m, 2, published);
}

/** From the close of the DAY_DATE whose groups start at `g` to the article's date. */
function spanFromDay(m: RegExpExecArray, g: number, published: string): ClaimPeriod | null {
  const mi = monthIndex(m[g] ?? m[g + 3]!);
  if (mi < 0) return null;
  const dayOfMonth = Number(m[g + 1] ?? m[g + 2]);
  const day = `${yearOf(m, g + 4, published, mi + 1)}-${pad(mi + 1)}-${pad(dayOfMonth)}`;
  if (fromDay(toDay(day)) !== day || day >= published) return null;
  return { type: 'span', from: day, to: published, label: m[0] };
}

/** The day a DAY_DATE whose groups start at `g` names, or null when it is not in the calendar. */
function dayOfGroups(m: RegExpExecArray, g: number, published: string): string | null {
  const mi = monthIndex(m[g] ?? m[g + 3]!);
  if (mi < 0) return null;
  const dayOfMonth = Number(m[g + 1] ?? m[g + 2]);
  const day = `${yearOf(m, g + 4, published, mi + 1)}-${pad(mi + 1)}-${pad(dayOfMonth)}`;
  return fromDay(toDay(day)) === day ? day : null;
}

/**
 * move-from-ago: "down 0.48% from 7.1651 a week earlier": a move whose start level is dated "a week (month,
 * year) earlier" runs from that day to the article. The span, or null when the words after the move say no such thing.
 */
const MOVE_FROM_AGO_RE =
  /^[\s\u00a0]+from[\s\u00a0]+[$€£¥]?[\d,.]*\d(?:[\s\u00a0]+[a-z]+){0,3}?[\s\u00a0]+(?:a|one)[\s\u00a0]+(week|month|year)[\s\u00a0]+(?:earlier|ago|before)\b/i;
export function moveFromAgo(after: string, published: string): ClaimPeriod | null {
  const m = MOVE_FROM_AGO_RE.exec(after);
  if (!m) return null;
  const unit = m[1]!.toLowerCase();
  const from =
    unit === 'week' ? addDays(published, -7) : unit === 'month' ? monthBefore(published) : yearBefore(published);
  return { type: 'span', from: lastWeekdayOnOrBefore(from), to: published, label: `${unit} to date` };
}

function weekSpan(published: string, weeksBack: number, label: string): ClaimPeriod {
  const monday = addDays(published, -weekday(published) - 7 * weeksBack);
  const to = weeksBack === 0 ? published : addDays(monday, 6);
  return { type: 'span', from: addDays(monday, -1), to, label };
}

/** The week up to `day` (a day of an earlier week than the article's): week-of-lead-day in stages/carry-context.ts. */
export function weekUpTo(day: string, label: string): ClaimPeriod {
  return weekSpan(day, 0, label);
}

/** The last five sessions to the article: this week on a Friday, else the five closes the market traded up to it. */
function fiveSessions(p: string, label: string): ClaimPeriod {
  return weekday(p) >= 4
    ? weekSpan(p, 0, 'this week')
    : { type: 'window', sessions: 5, within: { from: addDays(p, -FIVE_SESSIONS_END_DAYS), to: p }, label };
}

/** The whole of the year before the article's: from the last close of the year before it to its own. */
function yearJustEnded(published: string): ClaimPeriod {
  const y = Number(published.slice(0, 4)) - 1;
  return { type: 'span', from: `${y - 1}-12-31`, to: `${y}-12-31`, label: String(y) };
}

/** The label of a year-to-date span read from "over the year", which may also mean the twelve months to the day. */
export const OVER_THE_YEAR_LABEL = 'over the year';

export function ytd(published: string): ClaimPeriod {
  return { type: 'span', from: `${Number(published.slice(0, 4)) - 1}-12-31`, to: published, label: 'year-to-date' };
}

function yearOf(m: RegExpExecArray, idx: number, published: string, month: number): number {
  const y = m[idx];
  if (y) return Number(y.length === 2 ? `20${y}` : y);
  const py = Number(published.slice(0, 4));
  // "in February" means the latest February on or before the article.
  return month <= Number(published.slice(5, 7)) ? py : py - 1;
}

// Only where the month rule can match: "market" and "decline" hold "mar" and "dec" but no month.
const MONTH_CUE = new RegExp(String.raw`\b${MONTH_ANY}\b`);
const YEAR_CUE = /(?:19|20)\d\d/;

// Word cues standing for the rules' `cue` tests (see wordCue): each rule's pattern needs one of these words.
const WEEK = wordCue((p) => p.includes('week'));
const YEAR = wordCue((p) => p.includes('year') || p.includes('ytd'));
const MONTH = wordCue((p) => p.includes('month'));
const DAY = wordCue((p) => p.includes('day') || p.includes('session') || p.includes('week'));
const QUARTER = wordCue((p) => p === 'q' || p.includes('quarter'));
const PART_OF_YEAR = wordCue((p) => p.includes('early') || p.includes('mid') || p.includes('late'));
const MONTH_NAME = wordCue((p) => MONTH_WORDS.has(p));
// The words of rules that once tested the whole sentence's text for them (`cue`) on every call.
const SINCE_FROM = wordCue((p) => p.includes('since') || p === 'from');
/** A weekday's name as written, for patterns: "Friday", "Tuesday". */
const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const WHERE = wordCue((p) => p.includes('where'));
const TO_DATE = wordCue((p) => p === 'date' || p === 'far');
const START = wordCue((p) => /start|began|begin|open/.test(p));
const ENDED = wordCue((p) => /(?:end|clos|finish)(?:ed|ing)/.test(p));
// Narrower than DAY and MONTH_NAME, for rules that need a weekday, or a quarter's first month before a dash.
const WEEKDAY = wordCue((p) => WEEKDAYS.some((d) => p.includes(d)));
const QUARTER_START_MONTHS: ReadonlySet<string> = new Set([
  'jan',
  'january',
  'apr',
  'april',
  'jul',
  'july',
  'oct',
  'october',
]);
const QUARTER_START = wordCue((p) => QUARTER_START_MONTHS.has(p));

/**
 * The year "2025", "last year" or "the year" stand for; "the year" only around a year's turn, where
 * it is the year just ended (to early January) or ending (from Christmas): null otherwise.
 */
function namedYear(words: string, published: string): number | null {
  const py = Number(published.slice(0, 4));
  const w = words.toLowerCase();
  if (w === 'last year') return py - 1;
  if (w === 'the year') {
    const md = published.slice(5);
    return md <= YEAR_END_REVIEW_UNTIL ? py - 1 : md >= YEAR_END_FROM ? py : null;
  }
  return Number(words);
}

/** From this day of December (MM-DD) "closed the year" speaks of the year ending. */
const YEAR_END_FROM = '12-24';
/** The last day a year's first session can fall on (Jan. 1 a holiday, a weekend after it). */
const YEAR_FIRST_SESSION_LAST_DAY = '01-05';

/** Until this day of January (MM-DD), "for the year" and "the year" mean the year just ended. */
const YEAR_END_REVIEW_UNTIL = '01-10';
/** month-end-move: from this day of the month, "finished the month" is the month now ending. */
/** between-months, from-months: from the last session before the first month to the end of the second (or the article). */
function monthsSpan(
  first: string,
  firstYear: string | undefined,
  second: string,
  secondYear: string | undefined,
  label: string,
  p: string,
): ClaimPeriod | null {
  const m1 = monthIndex(first) + 1;
  const m2 = monthIndex(second) + 1;
  if (m1 < 1 || m2 < 1) return null;
  const py = Number(p.slice(0, 4));
  const y2 = secondYear
    ? secondYear.toLowerCase() === 'this year'
      ? py
      : namedYear(secondYear, p)
    : m2 <= Number(p.slice(5, 7))
      ? py
      : py - 1;
  if (y2 === null) return null;
  const y1 = firstYear ? Number(firstYear) : m1 <= m2 ? y2 : y2 - 1;
  const from = lastWeekdayOnOrBefore(addDays(`${y1}-${pad(m1)}-01`, -1));
  const end = lastDayOfMonth(y2, m2);
  if (from >= p) return null;
  return { type: 'span', from, to: end < p ? end : p, label };
}

const MONTH_END_FROM_DAY = 25;
/** year-change-header: whether a header's first word follows `before`: the text's start or a " · " join. */
function atHeaderStart(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || t.endsWith('·');
}
/**
 * the-quarter-move: "over the quarter" written this many days into a quarter is the quarter just ended (quarterly
 * letters and reviews come out in the quarter's first five weeks; the quarter so far is then a few sessions old).
 */
const QUARTER_JUST_ENDED_DAYS = 35;

/** month-just-ended: how many days into a month "the month" is still the one just ended (a review's days). */
const MONTH_JUST_ENDED_DAYS = 5;

/** The month before the one `p` falls in, as a point ("2025-08" on 2025-09-03). */
function monthJustEnded(p: string): ClaimPeriod {
  const prev = addDays(`${p.slice(0, 7)}-01`, -1);
  return {
    type: 'point',
    period: prev.slice(0, 7),
    label: `${MONTH_NAMES[Number(prev.slice(5, 7)) - 1]} ${prev.slice(0, 4)}`,
  };
}

/** The quarter just ended, when `p` falls in a quarter's first QUARTER_JUST_ENDED_DAYS days; else null. */
/** The first day of the quarter `p` falls in. */
function quarterStart(p: string): string {
  const q = Math.floor((Number(p.slice(5, 7)) - 1) / 3) + 1;
  return `${p.slice(0, 4)}-${pad(q * 3 - 2)}-01`;
}

function quarterJustEnded(p: string): { year: number; q: number; end: string } | null {
  const start = quarterStart(p);
  if (p > addDays(start, QUARTER_JUST_ENDED_DAYS - 1)) return null;
  const year = Number(p.slice(0, 4));
  const q = (Number(start.slice(5, 7)) + 2) / 3;
  const [py, pq] = q === 1 ? [year - 1, 4] : [year, q - 1];
  return { year: py, q: pq, end: addDays(start, -1) };
}

/** The year of a month named without one: this year's, or last year's if the month is still to come. */
function yearOfMonth(mi: number, published: string): number {
  return Number(published.slice(0, 4)) - (mi + 1 > Number(published.slice(5, 7)) ? 1 : 0);
}

/**
 * From a year's turn to the article: group 1 set (ended, the end of) is that year's last session, else (started,
 * the start of) the last session of the year before; group 2 names the year.
 */
function fromYearTurn(m: RegExpExecArray, p: string): ClaimPeriod | null {
  const w = m[2]!.toLowerCase();
  const named = w === 'the year' || w === 'this year' ? Number(p.slice(0, 4)) : namedYear(w, p);
  if (named === null) return null;
  const turn = lastWeekdayOnOrBefore(`${m[1] ? named : named - 1}-12-31`);
  return turn >= p ? null : { type: 'span', from: turn, to: p, label: m[0] };
}

/** month-list's words for a sum over the months it lists: "a combined 75 basis points". */
const TOTAL_CUE_RE = /combined|cumulative|total|altogether/i;
/** A month's full name, for month-list: "September", "October", "December". */
const MONTH_NAMES_RE = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

const RULES: Rule[] = [
  {
    // bracketed-weekday-abbreviation: "Yuan per dollar (NY noon, Thu)": a row label's short weekday in brackets
    // dates its cell, whatever day the caption names.
    bit: 0,
    cue: (t) => t.includes('('),
    // weekend-abbreviation: "Last close · Bitcoin (Sun.) · 86,499.25" (a coin's row). Not under a span's column
    // ("7 days · 10-year Treasury yield (Fri.) · +22 bp"): that span ends the day named, and is the cell's period.
    re: /(?<!\b(?:\d+[\s\u00a0-]*days?|weeks?|months?|ytd|mtd|wtd|year[\s\u00a0-]+to[\s\u00a0-]+date)\b[^.]{0,60})\((?:[^()]{0,30},[\s\u00a0]*)?(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\)/gi,
    make: (m, p) => {
      const wd = WEEKDAYS.findIndex((d) => d.startsWith(m[1]!.toLowerCase()));
      let d = p;
      while (weekday(d) !== wd) d = addDays(d, -1);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(d, -1)), to: d, label: m[0] };
    },
  },
  {
    // month-edge-day: "rose 0.52% on the last day of June", "on the first trading day of March": that one session,
    // not the month.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /\b(?:last|final|first)\b/i.test(t),
    re: new RegExp(
      `\\b(?:on )?the (last|final|first) (?:trading )?(?:day|session) of ${MONTH_WORD}(?:,? ((?:19|20)\\d\\d))?\\b`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[2]!);
      if (mi < 0) return null;
      const year = m[3] ? Number(m[3]) : yearOfMonth(mi, p);
      let day: string;
      if (m[1]!.toLowerCase() === 'first') {
        day = `${year}-${pad(mi + 1)}-01`;
        while (weekday(day) > 4) day = addDays(day, 1);
      } else day = lastWeekdayOnOrBefore(lastDayOfMonth(year, mi + 1));
      if (day > p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // quarter-end-level: "The dollar index ended the quarter at 96.88" (a letter of July 9): the last session of the
    // latest quarter to have ended, as "ended June at" is the month's.
    bit: 0,
    cue: (t) => /(?:end|clos|finish)(?:ed|ing) the quarter/i.test(t),
    re: /\b(?:ended|closed|finished|ending|closing|finishing) the quarter(?= (?:at|near|around) [$€£¥]?\d)/gi,
    // Written in a quarter's last days ("Bitcoin finished the quarter at $85,170" on March 31), the quarter ending.
    make: (m, p) => {
      const ending = Number(p.slice(5, 7)) % 3 === 0 && Number(p.slice(8, 10)) >= MONTH_END_FROM_DAY;
      const day = ending ? p : addDays(quarterStart(p), -1);
      return { type: 'span', from: addDays(day, -6), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // month-end-close: "The 10-year yield ended June at 4.24%": the month's last session, as "ended 2025 at" is the year's.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /(?:end|clos|finish|settl)(?:ed|ing)/i.test(t),
    re: new RegExp(
      `\\b(?:ended|closed|finished|settled|ending|closing|finishing|settling) ${MONTH_WORD}(?: ((?:19|20)\\d\\d))?(?= (?:at|near|around|on) [$€£¥]?\\d)`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0) return null;
      const year = m[2] ? Number(m[2]) : yearOfMonth(mi, p);
      const end = lastDayOfMonth(year, mi + 1);
      const day = end < p ? end : p;
      return { type: 'span', from: addDays(day, -6), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // day-to-weekday: "rose 68.5 percent, or 1,643.89 points, from Jan. 2 to Monday": from that day's close to
    // the weekday's (the last on or before the article).
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /\bfrom\b/.test(t) && /day\b/.test(t),
    re: new RegExp(`\\bfrom ${DAY_DATE} (?:to|through|until) (${WEEKDAYS.join('|')})\\b`, 'gi'),
    make: (m, p) => {
      const from = dayOfGroups(m, 1, p);
      const wd = WEEKDAYS.indexOf(m[6]!.toLowerCase());
      let to = p;
      while (weekday(to) !== wd) to = addDays(to, -1);
      return from && from < to ? { type: 'span', from, to, label: m[0] } : null;
    },
  },
  {
    bit: WEEK,
    cue: (t) => t.includes('week'),
    // weekly-change: "Weekly change" heading a table's column is the week's move too.
    // holiday-week: "finished the holiday-shortened week 4.1% higher", "on the shortened week".
    // headline-on-week: "Gold up 2.3% on week", "for week": a headline drops the article.
    // across-the-week: "Across the week gold gained $30.75".
    re: /(?<=(?:%|percent|points|bps|bp)[\s\u00a0]+)(?:on|for) week\b(?!s|-)|\b(?:(?:this|the latest|over the|across the|for the|on the)(?: holiday-shortened| shortened| holiday| short)?|the (?:holiday-shortened|shortened|holiday|short)) week\b(?!s|-)|\bweek[- ]on[- ]week\b|\bchange on week\b|\bweekly (?:gain|loss|rise|fall|drop|advance|decline|change|move|return|performance)(?! of\b)/gi,
    make: (_m, p) => weekSpan(p, 0, 'this week'),
  },
  {
    // trailing-week: "gained 2.1 percent over the past week" (written on a Monday): the seven days to
    // the article, not the week that began that morning.
    bit: WEEK,
    cue: (t) => t.includes('week'),
    re: /\bthe (?:past|last) week\b/gi,
    make: (m, p) => ({ type: 'span', from: lastWeekdayOnOrBefore(addDays(p, -7)), to: p, label: m[0] }),
  },
  {
    // trailing-month: "and 3.1 percent over the past month": from the same day a month before.
    bit: MONTH,
    cue: (t) => t.includes('month'),
    re: /\b(?:over|in|during|across) the (?:past|last) month\b/gi,
    make: (m, p) => ({ type: 'span', from: lastWeekdayOnOrBefore(monthBefore(p)), to: p, label: m[0] }),
  },
  {
    // twelve-months-through: "rose 3.1% in the 12 months through February", "the year to May": a yearly rate's month.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /month|year/i.test(t),
    re: new RegExp(
      `\\bthe (?:12|twelve)[\\s\\u00a0-]months? (?:through|to|ending(?: in)?|ended)[\\s\\u00a0]+${MONTH_WORD}(?:,? ((?:19|20)\\d\\d))?(?!\\w)|\\bthe year (?:through|to)[\\s\\u00a0]+${MONTH_WORD}(?:,? ((?:19|20)\\d\\d))?(?!\\w)`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1] ?? m[3]!);
      if (mi < 0) return null;
      const named = m[2] ?? m[4];
      const year = named ? Number(named) : yearOfMonth(mi, p);
      return { type: 'point', period: `${year}-${pad(mi + 1)}`, label: m[0] };
    },
  },
  {
    // one-year-gain: "gold's one-year gain was 63.4%", "a one-month loss of 4%": a move over the twelve months
    // (the month) to the article. Not a market's yearly rate ("the one-year loan prime rate").
    bit: 0,
    cue: (t) => /year|month/i.test(t),
    re: /\b(?:one|1|12)[\s\u00a0-](year|month)(?:['’]s)?[\s\u00a0]+(?:gain|rise|increase|advance|return|rally|loss|drop|decline|fall|slide|move)\b/gi,
    make: (m, p) => {
      const from = m[1]!.toLowerCase() === 'month' ? monthBefore(p) : yearBefore(p);
      return { type: 'span', from: lastWeekdayOnOrBefore(from), to: p, label: m[0] };
    },
  },
  {
    // trailing-year: "is up 66.47% compared to the same time last year", "12% higher than a year ago": the
    // twelve months to the article, for a move stated just before; trailing-month: "15.3% lower than a
    // month ago".
    bit: 0,
    cue: (t) => /year|month/i.test(t),
    re: new RegExp(
      // Not "rose 2.7% from a year earlier", which is how a yearly rate (CPI) is written.
      `(?:${afterAMove('(?:compared (?:to|with)|from|than|versus)')} the same (?:time|point|day|date) (?:last|a) (year)|${afterAMove('(?:than|compared (?:to|with)|versus)')} a (year|month) (?:ago|earlier))\\b`,
      'gi',
    ),
    make: (m, p) => {
      const from = (m[1] ?? m[2])!.toLowerCase() === 'month' ? monthBefore(p) : yearBefore(p);
      return { type: 'span', from: lastWeekdayOnOrBefore(from), to: p, label: m[0] };
    },
  },
  {
    // past-year-move: "the DAX has risen 14.6% over the past year": right after a move, the twelve months
    // to the article.
    bit: 0,
    cue: (t) => /year|months/i.test(t),
    re: new RegExp(
      `${afterAMove('(?:over|in|during|across)')} the (?:past|last) (?:year|12 months|twelve months)\\b`,
      'gi',
    ),
    make: (m, p) => ({ type: 'span', from: lastWeekdayOnOrBefore(yearBefore(p)), to: p, label: m[0] }),
  },
  {
    // trailing-year-label: a returns table's column "Past 12 months": the twelve months to the article, as a label only.
    bit: 0,
    cue: (t) => /year|months/i.test(t),
    re: /(?<=(?:^|·)[\s\u00a0]*)(?:past|last|trailing) (?:12 months|twelve months|year)(?=[\s\u00a0]*(?:·|$))/gi,
    make: (m, p) => ({ type: 'span', from: lastWeekdayOnOrBefore(yearBefore(p)), to: p, label: m[0] }),
  },
  {
    // half-year: "fell 10.7% in the first half of 2025", "H1 2025": from the last session before the half
    // to its end (or the article's date).
    bit: 0,
    cue: (t) => /half|\bh[12]\b/i.test(t),
    // Also written with ordinals: "the 2nd half of 2025".
    // bare-half: "Gold gained 26.0% in the first half" (written in July): this year's first half; a second half
    // written before it began is last year's.
    re: /\b(?:(?:the )?(first|second|1st|2nd) half of ((?:19|20)\d\d|the year|this year|last year)|H([12]) ((?:19|20)\d\d)|(?<=\b(?:in|for|over|during) )the (first|second) half(?! of))\b/gi,
    make: (m, p) => {
      const half = m[3] ? Number(m[3]) : /^(?:first|1st)$/i.test((m[1] ?? m[5])!) ? 1 : 2;
      const py = Number(p.slice(0, 4));
      const named = (m[2] ?? m[4] ?? (half === 2 && p.slice(5) < '07-01' ? 'last year' : 'this year')).toLowerCase();
      const year = /^\d/.test(named) ? Number(named) : named === 'last year' ? py - 1 : py;
      const from = lastWeekdayOnOrBefore(half === 1 ? `${year - 1}-12-31` : `${year}-06-30`);
      const end = half === 1 ? `${year}-06-30` : `${year}-12-31`;
      if (from >= p) return null;
      return { type: 'span', from, to: end < p ? end : p, label: m[0] };
    },
  },
  {
    // quarter-range: "fell 11% in Q1-Q2 2025": from the last session before the first quarter to the end of
    // the last.
    bit: 0,
    cue: (t) => /q[1-4] ?[-–] ?q[1-4]/i.test(t),
    re: /\bQ([1-4]) ?[-–] ?Q([1-4]),? ((?:19|20)\d\d)\b/gi,
    make: (m, p) => {
      const q1 = Number(m[1]);
      const q2 = Number(m[2]);
      const year = Number(m[3]);
      if (q2 <= q1) return null;
      const from = lastWeekdayOnOrBefore(addDays(`${year}-${pad(q1 * 3 - 2)}-01`, -1));
      const end = lastDayOfMonth(year, q2 * 3);
      if (from >= p) return null;
      return { type: 'span', from, to: end < p ? end : p, label: m[0] };
    },
  },
  {
    // from-month-to-month: "fell 11% from January to June 2025": a move over those months, from the last
    // session before the first to the end of the second (between-months, written with "from ... to").
    // meetings-from-to: "lowered rates at three straight meetings from September to December".
    bit: MONTH_NAME,
    cue: (t) => t.includes('from') && MONTH_CUE.test(t),
    re: new RegExp(
      `from(?<=(?:${MOVE_END}|\\b(?:meetings|decisions)\\s)from) ${MONTH_WORD}(?: ((?:19|20)\\d\\d))? (?:to|through) ${MONTH_WORD}(?:,? ((?:19|20)\\d\\d))?(?!\\w)`,
      'gi',
    ),
    make: (m, p) => {
      const m1 = monthIndex(m[1]!) + 1;
      const m2 = monthIndex(m[3]!) + 1;
      if (m1 < 1 || m2 < 1) return null;
      const py = Number(p.slice(0, 4));
      const y2 = m[4] ? Number(m[4]) : m2 <= Number(p.slice(5, 7)) ? py : py - 1;
      const y1 = m[2] ? Number(m[2]) : m1 <= m2 ? y2 : y2 - 1;
      const from = lastWeekdayOnOrBefore(addDays(`${y1}-${pad(m1)}-01`, -1));
      const end = lastDayOfMonth(y2, m2);
      if (from >= p) return null;
      return { type: 'span', from, to: end < p ? end : p, label: m[0] };
    },
  },
  {
    // the-five-sessions: "adding 311.41 points over the five sessions" in a weekly wrap: this week.
    // five-sessions-midweek: written on a Tuesday, the five sessions are the last five the market traded, counted
    // in the stored closes (a holiday among them is skipped), ending on the day.
    bit: 0,
    cue: (t) => /sessions/i.test(t),
    // same-five-sessions: "up 23 basis points over the same five sessions" as well.
    // five-sessions-to-day: "in the five sessions to Friday" is left to week-to-day and week-to-weekday.
    re: /\b(?:over|across|for|in)[\s\u00a0]+the[\s\u00a0]+(?:same[\s\u00a0]+)?(?:five|5)[\s\u00a0]+(?:trading[\s\u00a0]+)?sessions\b(?![\s\u00a0]+(?:to|through|ended|ending)[\s\u00a0]+(?:(?:last[\s\u00a0]+)?(?:mon|tues|wednes|thurs|fri)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\u00a0]+\d))/gi,
    make: (m, p) => fiveSessions(p, m[0]),
  },
  {
    // five-sessions-column: a table's "Five sessions" (or "5-day") column holds each row's move over the last five.
    bit: 0,
    cue: (t) => /session|day/i.test(t),
    re: /(?<=(?:^|·)[\s\u00a0]*)(?:five|5)[\s\u00a0-]+(?:trading[\s\u00a0]+)?(?:sessions|days?)(?:[\s\u00a0]+(?:chg|change|move))?(?=[\s\u00a0]*(?:·|$))/gi,
    make: (m, p) => fiveSessions(p, m[0]),
  },
  {
    // weekday-vs-previous: "Week at a glance (Friday vs. previous Friday)": a week, not the one day.
    bit: WEEK,
    cue: (t) => /previous|prior/i.test(t),
    re: /\b(monday|tuesday|wednesday|thursday|friday) (?:vs\.?|versus|against|compared with) (?:the )?(?:previous|prior) \1\b/gi,
    make: (_m, p) => weekSpan(p, 0, 'this week'),
  },
  {
    // week-ended: "adding 566.21 points, and ended the week 4.6% higher": the week dates the move after
    // it, never the day's figures before it.
    bit: WEEK,
    cue: (t) => t.includes('week'),
    re: /\b(?:ended|ends|ending|finished|finishes|closed|closes|wrapped up) the week\b/gi,
    // A level "ending the week at 14.49" is the week's last close; monday-ended-week: "ended the week at
    // 4.20%" in a Monday story is last week's close.
    make: (m, p) => {
      const back = weekday(p) === 0 && /^(?:ended|finished|closed|wrapped)/i.test(m[0]) ? 1 : 0;
      const span = weekSpan(p, back, back ? 'last week' : 'this week') as ClaimPeriod & { type: 'span' };
      return { ...span, lastSession: true };
    },
    forward: true,
  },
  {
    // week-to-day: "rose 35.6% in the week to March 6", a "Week to Mar. 6" column: the five sessions ending
    // that day, from the close a week before it.
    bit: WEEK,
    cue: (t) => t.includes('week') || t.includes('session'),
    re: new RegExp(
      // A caption's week gives way to a "Day" column of the same table: "scorecard, week to Friday, June 20 · Day · KOSPI".
      `\\b(?:week|five (?:sessions|trading days)) (?:to|through|ended|ending) (?:(?:${WEEKDAYS.join('|')}),? )?${DAY_DATE}(?!\\w)(?![\\s\\S]*·[\\s\\u00a0]*(?:day|daily|1d|d\\/d)(?:[\\s\\u00a0]+(?:change|chg|move|%))?[\\s\\u00a0]*(?:·|$))`,
      'gi',
    ),
    make: (m, p) => {
      const day = dayOfGroups(m, 1, p);
      if (!day || day > p) return null;
      return { type: 'span', from: addDays(day, -7), to: day, label: m[0] };
    },
  },
  {
    // week-to-weekday: "WTI lost 7.4% in the five sessions to Friday" on a Monday: the five sessions ending last Friday;
    // "Week through Thursday" in a holiday week: that calendar week, up to the Thursday. A level is the span's last close
    // ("in the five sessions to Friday, when it ended at $79.77").
    bit: DAY,
    cue: (t) => t.includes('week') || t.includes('session'),
    re: new RegExp(
      `\\b(?:(week)|five (?:trading )?(?:sessions|days)) (?:to|through|ended|ending) (?:last )?(${WEEKDAYS.join('|')})\\b(?!,? (?:${MONTH_ANY}|\\d))`,
      'gi',
    ),
    make: (m, p) => {
      const day = WEEKDAYS.indexOf(m[2]!.toLowerCase()) === weekday(p) ? p : lastNamedWeekday(m[2]!, p);
      const week = weekUpTo(day, m[0]);
      const from = m[1] && week.type === 'span' ? week.from : addDays(day, -7);
      return { type: 'span', from, to: day, label: m[0], lastSession: true };
    },
  },
  {
    // week-column: a table's "Week" (or "1W", "W/W", "Week change") column header: that cell's move is the
    // week's, whatever the caption's other spans ("change over the week and since the start of the year").
    bit: 0,
    cue: (t) => /week|wk|1w|w\/w/i.test(t),
    // one-week-column: "1-week change", "One-week %", "5-day chg".
    re: /(?<=(?:^|·)[\s\u00a0]*)(?:week|wk|1w|weekly|w\/w|(?:1|one|5|five|7|seven)[\s\u00a0-](?:week|wk|day))(?:[\s\u00a0]+(?:change|chg|move|%|return))?(?=[\s\u00a0]*(?:·|$))/gi,
    // monday-week-column: a Monday table's "Week" column is the week just ended (in prose, "on the week" on a Monday is
    // left to judge/weekend-week.ts, which knows the hour).
    make: (_m, p) => (weekday(p) === 0 ? weekSpan(p, 1, 'last week') : weekSpan(p, 0, 'this week')),
  },
  {
    // strip-label: "S&P 500 performance · 1D ▲0.12% · 1W ▲1.5% · YTD ▲11.2%": a strip's label names the figure right
    // after it, never the one before ("1D" gives none: the day's move is the last session's anyway).
    bit: 0,
    cue: (t) => /\b(?:1w|ytd)\b/i.test(t),
    re: /(?<=(?:^|·)[\s\u00a0]*)(?:1W|YTD)(?=[\s\u00a0]*[▲▼+\-−]?[\s\u00a0]*\d)/g,
    make: (m, p) => (m[0] === '1W' ? weekSpan(p, 0, 'this week') : ytd(p)),
    forward: true,
  },
  {
    // days-column: a crypto table's "7 days" (or "7d", "24 hours", "24h") column header: calendar days to the article,
    // as a coin trades every day ("Crypto Scoreboard · 7 days · Bitcoin (BTC) · +3.64%").
    bit: 0,
    // Only at a cell's start, as the pattern itself: a cheap test before the full one.
    cue: (t) => /(?:^|·)[\s\u00a0]*(?:7|24|30)[\s\u00a0-]*[dh]/i.test(t),
    re: /(?<=(?:^|·)[\s\u00a0]*)(7|24|30)[\s\u00a0-]*(days?|d|hours?|h|hrs?)(?:[\s\u00a0]+(?:change|chg|move|%))?(?=[\s\u00a0]*(?:·|$))/gi,
    make: (m, p) => {
      const hours = /^h/i.test(m[2]!);
      const n = Number(m[1]);
      if (hours !== (n === 24)) return null;
      return { type: 'span', from: addDays(p, hours ? -1 : -n), to: p, label: m[0] };
    },
  },
  {
    // change-on-month-column: a table's "Change on August" (or "Chg from Aug.", "vs August") column header: the
    // move from that month's figure to the next month's, so the next month's move.
    bit: MONTH_NAME,
    cue: (t) => /change|chg|move|vs|versus/i.test(t),
    re: new RegExp(
      `(?<=(?:^|·)[\\s\\u00a0]*)(?:(?:change|chg|move)[\\s\\u00a0]+(?:on|from|over|since)|vs\\.?|versus)[\\s\\u00a0]+${MONTH_WORD}(?=[\\s\\u00a0]*(?:·|$))`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0) return null;
      const year = Number(p.slice(0, 4)) - (mi + 1 >= Number(p.slice(5, 7)) ? 1 : 0);
      const next = mi === 11 ? `${year + 1}-01` : `${year}-${pad(mi + 2)}`;
      return { type: 'point', period: next, label: m[0] };
    },
  },
  {
    // month-column: a table's "May change" (or "October %", "Oct. move") column header: that cell's move is
    // the month's, whatever day the caption names ("Closing snapshot, Friday May 30").
    bit: MONTH_NAME,
    cue: (t) => /change|chg|move|%|gain|return/i.test(t),
    re: new RegExp(
      `(?<=(?:^|·)[\\s\\u00a0]*)${MONTH_WORD}[\\s\\u00a0]+(?:change|chg|move|%|gain|return)(?=[\\s\\u00a0]*(?:·|$))`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0) return null;
      const year = yearOfMonth(mi, p);
      const first = `${year}-${pad(mi + 1)}-01`;
      const end = lastDayOfMonth(year, mi + 1);
      return { type: 'span', from: addDays(first, -1), to: end < p ? end : p, label: m[0] };
    },
  },
  {
    // from-late-last-week: "a gain of 9% from late last week" (written on a Monday): from last week's last close.
    // since-it-ended-last-week: "Brent has lost 3.4% since it ended last week at $72.82": the same close.
    bit: WEEK,
    cue: (t) => t.includes('last week'),
    re: /\b(?:from|since) (?:late|the end of|(?:it|they) (?:ended|closed|finished)) last week\b/gi,
    make: (m, p) => ({ type: 'span', from: lastWeekdayOnOrBefore(addDays(p, -(weekday(p) + 1))), to: p, label: m[0] }),
  },
  {
    // last-month: "The S&P 500 lost 4.2% last month" (written on May 1): the calendar month before the article's.
    bit: MONTH,
    cue: (t) => t.includes('last month'),
    re: /\blast month\b(?!['’]s)/gi,
    make: (m, p) => ({ type: 'point', period: monthBefore(p).slice(0, 7), label: m[0] }),
  },
  {
    bit: WEEK,
    cue: (t) => t.includes('week'),
    // previous-period: "For the week, WTI fell 1.26%, following a 10.6% drop in the previous period": in a
    // sentence about a week, the period before is the week before.
    re: /\blast week\b|\bthe (?:previous|prior|preceding) (?:week|period)\b/gi,
    make: (_m, p) => weekSpan(p, 1, 'last week'),
  },
  {
    bit: YEAR,
    cue: (t) => t.includes('year') || t.includes('ytd'),
    // year-started: "Since the year started the gauge is 9% lower".
    re: /\byear[- ]to[- ]date\b|\bytd\b|\bso far (?:this|in the) year\b|\bsince the (?:start|beginning) of (?:the|this) year\b|\bsince the year (?:started|began)\b|\bthis year\b/gi,
    make: (_m, p) => ytd(p),
  },
  {
    // year-named-to-date: a table column "2026 to date" (or "2026 so far") in 2026: the year to date.
    bit: TO_DATE,
    cue: (t) => t.includes('to date') || t.includes('so far'),
    // Not a ranking's frame: "its worst day of 2026 so far".
    re: /(?<!\b(?:of|in)[\s\u00a0]+)\b((?:19|20)\d\d)[\s\u00a0]+(?:to[\s\u00a0]+date|so[\s\u00a0]+far)\b/gi,
    make: (m, p) => (m[1] === p.slice(0, 4) ? ytd(p) : null),
  },
  {
    // since-start-of-year: "gained about 20% since the start of 2025" (written in 2025): year to date.
    // Another year's start is the span from its first session to the article.
    bit: 0,
    cue: (t) => /since (?:the|end|start|it|they)|measured (?:from|against)/i.test(t),
    // since-end-of-last-year: "still up 3.0% since the end of last year": the same, the year named by "last".
    // measured-from-year-end: "Measured from the end of 2024, silver and gold are up 141.3% and 70.5%".
    // measured-from-year-end-close: "measured from their year-end closes of 2023, the Nikkei and the TOPIX are up".
    // since-end-dash-year: a table column "Since end-2024".
    // since-it-ended-year: "WTI has gained 62.5% since it ended 2025 at $57.26": from that year's last close.
    // measured-against-final-close: "Measured against their final closes of 2023, WTI and Brent are down 2.9% and 6.4%".
    re: /\b(?:(?:since|measured from) (?:the (?:start|beginning|end) of|(?:its|their|the) year-end (?:close|closing level|level|fix|fixing)s? of|(?:start|end)-|(?:it|they) (?:ended|closed|finished))|measured (?:from|against) (?:its|their|the) (?:final|last) (?:close|closing level|level|settlement)s? of) ?((?:19|20)\d\d|last year)\b/gi,
    make: (m, p) => {
      const y = namedYear(m[1]!, p)!;
      // The words before the year ("last year" names the year, it is no end of it).
      const end = /\b(?:end|year-end|ended|closed|finished|final|last)\b/i.test(
        m[0].slice(0, m[0].length - m[1]!.length),
      );
      const from = end ? `${y}-12-31` : `${y - 1}-12-31`;
      if (from >= p) return null;
      return { type: 'span', from, to: p, label: m[0] };
    },
  },
  {
    // on-the-year: "Bitcoin is up 47% on the year", "the index up 17.1% for the year": since the last
    // close of the year before. A yearly rate ("wages up 3.8% on the year") is its own measure and reads
    // its month elsewhere; a move in a forecast is dropped before any period is read.
    bit: YEAR,
    cue: (t) => t.includes('year'),
    // After a year the sentence names ("the last fixing of 2024, ... down 6.2% for the year") it is that year.
    // The lookbehind stands after the words (which hold no digit, so it finds the same years): opening
    // the pattern, it was tried at every position, each time over all the text before it.
    // this-year-named-before: "its weakest close of 2025, leaving it 8.4% lower for the year" in a 2025 story: the
    // year named is the article's own, so "for the year" is still the year to date.
    re: /\b(?:on|for|over) the year\b(?! (?:before|earlier|ago|to)\b)/gi,
    contextual: (m) => YEAR_IN_RE.test(m.input.slice(0, m.index)),
    // In the first days of January "up 13.1% for the year" sums up the year just ended: a few
    // sessions of the new one are not what a year's move is written about.
    make: (m, p) => {
      const before = m.input.slice(0, m.index).match(YEARS_RE);
      if (before && (p.slice(5) <= YEAR_END_REVIEW_UNTIL || before.some((y) => y !== p.slice(0, 4)))) return null;
      if (p.slice(5) <= YEAR_END_REVIEW_UNTIL) return yearJustEnded(p);
      // trailing-year (judge/trailing-year.ts): "over the year" may also be the twelve months to the article.
      return /^over/i.test(m[0]) ? { ...ytd(p), label: OVER_THE_YEAR_LABEL } : ytd(p);
    },
  },
  {
    bit: MONTH,
    cue: (t) => t.includes('month'),
    // monthly-move-noun: "posting a monthly rise of 1.7%": the month's move so far.
    // ended-the-month: "ended the month with $1,189.3 billion" after "in September" is that month's end, not this one.
    re: new RegExp(
      `\\b(?<!(?:day|session) of )(?:this|the) month\\b(?<!\\b(?:ended|ending|ends|finished|finishing|closed|closing) the month)|\\bmonth[- ]to[- ]date\\b|\\ba monthly (?:${MOVE_NOUNS})\\b`,
      'gi',
    ),
    // month-just-ended: "a 7.6% monthly drop", "at the end of the month" in a review written in a month's first days
    // (MONTH_JUST_ENDED_DAYS) is the month just ended; "this month" and "month to date" stay the one begun.
    make: (m, p) =>
      Number(p.slice(8)) <= MONTH_JUST_ENDED_DAYS && !/^(?:this|month)/i.test(m[0])
        ? monthJustEnded(p)
        : { type: 'span', from: addDays(`${p.slice(0, 7)}-01`, -1), to: p, label: 'this month' },
  },
  {
    bit: MONTH,
    cue: (t) => t.includes('month'),
    // month-end-move: "It finished the month 1.9% lower", "closed its best month since 2020 with a gain of 10.4%",
    // written in the month's last days: the month now ending. Only with a move in percent right after (a level
    // "ended the month with $1,189.3 billion" may be another month's, see ended-the-month).
    re: /\b(?:(?:ended|finished|closed|wrapped up|rounded off) the month(?=[\s\u00a0]+(?:up[\s\u00a0]+|down[\s\u00a0]+)?[\d.]+%)|(?:its|their) (?:best|worst|strongest|weakest|biggest) month\b(?=[^.;!?]{0,40}\b(?:gain|loss|rise|fall|drop|advance|decline) of [\d.]+%))/gi,
    make: (m, p) =>
      Number(p.slice(8)) >= MONTH_END_FROM_DAY
        ? { type: 'span', from: addDays(`${p.slice(0, 7)}-01`, -1), to: p, label: m[0] }
        : null,
  },
  {
    // year-end-column: a table's column "End-2023", "Year-end 2023", "2023 close": each row's level at that year's last
    // session (a yields table's "End-2023 · 2-year note · 4.23%").
    bit: 0,
    cue: (t) => t.includes('·') && /end|close/i.test(t),
    re: /(?:\b(?:year[\s\u00a0-])?end[\s\u00a0-]((?:19|20)\d\d)|\b((?:19|20)\d\d)[\s\u00a0]+(?:close|year-end))(?=[\s\u00a0]*(?:·|$))/gi,
    make: (m, p) => {
      if (!atHeaderStart(m.input.slice(0, m.index))) return null;
      const y = m[1] ?? m[2]!;
      if (`${y}-12-31` >= p) return null;
      return { type: 'span', from: `${y}-12-30`, to: `${y}-12-31`, label: m[0], lastSession: true };
    },
  },
  {
    // year-change-header: a table's column "2025 change" (rules/year-change-column.ts): the year the cells' moves span.
    bit: 0,
    // Headers are joined with " · ": text without one has no header.
    // change-in-year-header: "Change in 2025", "Return for 2024" as well.
    cue: (t) =>
      t.includes('·') &&
      /\d\d (?:% )?(?:change|chg|gain|return|performance)|(?:change|chg|gain|return|performance) (?:in|for|over) \d/.test(
        t,
      ),
    re: /\b(?:((?:19|20)\d\d)[\s\u00a0]+(?:%[\s\u00a0]+)?(?:change|chg|gain|return|performance)|(?:change|chg|gain|return|performance)[\s\u00a0]+(?:in|for|over)[\s\u00a0]+((?:19|20)\d\d))(?=[\s\u00a0]*(?:·|$))/gi,
    // Only a whole header: in prose "taking Seoul's 2025 gain to 29.4%" is another figure's.
    make: (m) =>
      atHeaderStart(m.input.slice(0, m.index)) ? { type: 'point', period: (m[1] ?? m[2])!, label: m[0] } : null,
  },
  {
    // move-then-week: a table's change cell "+0.87% week", "−10 bp week": the move over this week so far.
    bit: WEEK,
    cue: (t) => t.includes('week'),
    // (The word first, the figure looked back for: a pattern opening with a lookbehind is tried at every position.)
    re: /\bweek\b(?<=(?:\d%|\d[\s\u00a0]*bps?|\bpoints?|\bpts)[\s\u00a0]+week)(?![\s\u00a0-]*(?:ago|earlier|before|ahead|high|low|['’]s))/gi,
    make: (m, p) => weekSpan(p, 0, m[0]),
  },
  {
    // weekly-move-noun: "Gold posts 7.7% weekly jump": this week's move so far.
    bit: WEEK,
    cue: (t) => t.includes('weekly'),
    re: new RegExp(`${afterAMove('weekly')} (?:${MOVE_NOUNS})\\b(?! of\\b)`, 'gi'),
    make: (m, p) => weekSpan(p, 0, m[0]),
  },
  {
    // weekly-move-of: "The Dow added 38.17 points for a second record and a weekly rise of 1.62%": the week's move is
    // the figure after "of", never the day's before it.
    bit: WEEK,
    cue: (t) => t.includes('weekly'),
    re: new RegExp(`\\ba weekly (?:${MOVE_NOUNS}) of\\b`, 'gi'),
    make: (_m, p) => weekSpan(p, 0, 'this week'),
    forward: true,
  },
  {
    bit: DAY,
    cue: (t) => t.includes('day') || t.includes('session') || t.includes('week'),
    re: /\b(?:in|over|during|within|across)(?: just| only| the (?:past|last))? (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ]straight)? (?:trading )?(days|sessions|weeks)\b/gi,
    contextual: (m) => /^(?:over|across)\b/i.test(m[0]),
    make: (m, p) => {
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      if (!Number.isFinite(n) || n < 1 || n > 60) return null;
      const unit = m[2]!.toLowerCase();
      // trailing-days: "up 6% in the past 7 days": the days up to the article, not an episode in the year.
      // perfect-over-days: "Over seven days the coin has lost 12.1%": a span running up to now, told in the
      // present perfect, is the trailing one too.
      // present-over-days: "Over seven days it is up 6.9%": so is a standing told in the present.
      if (
        /\bthe (?:past|last)\b/i.test(m[0]) ||
        (/^(?:over|across)\b/i.test(m[0]) && (PERFECT_RE.test(m.input) || STANDING_RE.test(m.input)))
      ) {
        // Calendar days are kept as they are: a coin trades at weekends, and a market's close on or
        // before the day is what the judge reads anyway.
        if (unit.startsWith('day')) return { type: 'span', from: addDays(p, -n), to: p, label: m[0] };
        const from = unit.startsWith('week') ? addDays(p, -7 * n) : sessionsBefore(p, n);
        return { type: 'span', from: lastWeekdayOnOrBefore(from), to: p, label: m[0] };
      }
      const sessions = unit.startsWith('week') ? n * 5 : n;
      return { type: 'window', sessions, within: { from: addDays(p, -366), to: p }, label: `${m[1]} ${m[2]}` };
    },
  },
  {
    // "up 4.3 pct since Friday": from that weekday's close (the last one before the article) to the article.
    // Before the weekday rule, which would read "Friday" alone as a day held since, not a period.
    bit: WEEKDAY,
    cue: (t) => t.includes('since') && t.includes('day'),
    re: new RegExp(`${afterAMove('since')} (?:last )?(${WEEKDAYS.join('|')})\\b`, 'gi'),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // since-event-weekday: "has risen 13 basis points since the Fed's decision last Wednesday": from that weekday's
    // close, the event's day, to the article.
    bit: WEEKDAY,
    cue: (t) => t.includes('since') && t.includes('day'),
    re: new RegExp(
      `${afterAMove('since')} (?:the |its )?(?:[\\w.&'’-]+ ){0,3}?(?:decision|meeting|cut|hike|announcement|report|release|speech|vote|statement|election) (?:on |last )?(${WEEKDAYS.join('|')})\\b`,
      'gi',
    ),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // from-weekday-move: "finished 212.40 points, or 0.7 percent, lower from Thursday": right after a move, from
    // that weekday's close (the last one before the article) to the article.
    bit: WEEKDAY,
    cue: (t) => t.includes('from') && t.includes('day'),
    // The move may end in a comma: "or 0.7 percent, from Thursday".
    re: new RegExp(
      `(?<=(?:\\d%|\\bpercent|\\bpct|\\bpoints?|\\bbps|\\bcents?),? )from (${WEEKDAYS.join('|')})\\b(?!['’])`,
      'gi',
    ),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // from-previous-weekday: "closed the week at 97.72, down 0.44% from the previous Friday" (written on a Sunday):
    // from that weekday's close before the last session's to the article.
    bit: WEEKDAY,
    cue: (t) => t.includes('from') && t.includes('day'),
    re: new RegExp(`\\bfrom (?:the )?(?:previous|prior|preceding) (${WEEKDAYS.join('|')})\\b(?!['’])`, 'gi'),
    make: (m, p) => sinceWeekday(m[1]!, lastWeekdayOnOrBefore(p), m[0]),
  },
  {
    // prior-weekday-level: "gained 1.46% from the prior Friday's 6,296.79" (written on a Friday): that weekday a week
    // before the last one on or before the article, whose close the figure right after it is.
    bit: WEEKDAY,
    cue: (t) => /previous|prior|preceding/i.test(t),
    re: new RegExp(
      `\\b(?:the )?(?:previous|prior|preceding) (${WEEKDAYS.join('|')})['’]s(?= (?:(?:close|closing level|level|fix|fixing|settlement|finish) (?:of |at )?)?[$€£¥]?\\d)`,
      'gi',
    ),
    make: (m, p) => {
      const day = lastNamedWeekday(m[1]!, addDays(lastWeekdayOnOrBefore(p), 1));
      const prior = addDays(day, -7);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(prior, -1)), to: prior, label: m[0] };
    },
  },
  {
    // from-last-weekday-close: "finished Thursday up 0.8% from last Friday's close": from that weekday's close, a
    // week back, to the article, not that Friday's own session.
    bit: WEEKDAY,
    cue: (t) => t.includes('from last') && t.includes('day'),
    re: new RegExp(
      `(?<=(?:\\d%|\\bpercent|\\bpct|\\bpoints?|\\bbps|\\bcents?),? )from last (${WEEKDAYS.join('|')})['’]s (?:close|closing level|level|settlement|finish)\\b`,
      'gi',
    ),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // perfect-from-weekday: "Counting Monday, the index has gained 3.4% from Friday's close": a perfect tense
    // runs the move from that weekday's close up to the article, not over the next session alone.
    bit: WEEKDAY,
    cue: (t) => t.includes('day') && /\bha(?:s|ve)\b/.test(t),
    re: new RegExp(
      `from(?<=\\bha(?:s|ve)\\b(?:[^.;,]|\\.(?=\\d)){1,40}${MOVE_END}from)(?= (?:last )?(${WEEKDAYS.join('|')})['’]s (?:close|closing level|level|settlement|finish)\\b)`,
      'gi',
    ),
    // The phrase is "from" alone: the level after it ("from Friday's close of 25,182.39") keeps its own day.
    make: (m, p) => sinceWeekday(m[1]!, p, `from ${m[1]}`),
  },
  {
    // beside-weekday-level: "$6.03 below its Thursday close", "7% off Monday's peak": from that weekday's
    // close to the article, like "since Thursday", and "0.19% below Thursday's record close". Not "from
    // Friday's close" (from-close-to: that is the day's own move).
    bit: WEEKDAY,
    cue: (t) => t.includes('day'),
    re: new RegExp(
      `${afterAMove('(?:above|below|off|under|over)')} (?:its |the |their )?(?:last )?(${WEEKDAYS.join('|')})(?:['’]s)? (?:(?:record|all-time) )?(?:close|closing level|level|settlement|fix|fixing|high|peak|low|trough|record)\\b`,
      'gi',
    ),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // compared-with-weekday: "Compared with last Monday, WTI is down $3.17, or 4.37%, while Brent is off
    // 0.95%", "Since last Friday's close, the S&P 500 and the Nasdaq have fallen 3.1% and 3.5%": a clause
    // opening the sentence names the day every move in it is measured from (sentence-lead-period).
    bit: WEEKDAY,
    // from-weekday-close: "From last Thursday's close, bitcoin and ether are down 23.9% and 35.3%".
    cue: (t) => /compared|measured|since|from/i.test(t),
    re: new RegExp(
      `\\b(?:Compared (?:with|to)|Measured (?:from|against)|Since|From) (?:last )?(${WEEKDAYS.join('|')})(?:['’]s (?:close|level|settlement|fix|fixing|auction|price))?(?=,)`,
      'gi',
    ),
    // Only "From" opening the sentence: "rose 1.90 basis points from Tuesday's close, reaching 4.147%" is from-close-to.
    make: (m, p) => (m[0].startsWith('from') ? null : sinceWeekday(m[1]!, p, m[0])),
  },
  {
    // in-a-span: "the KOSPI has gained 6.4% in a week", "has lost 24% in a month": a move over that span to the
    // article. Not "in a week's time" or "in a week or two" (a time to come).
    bit: 0,
    cue: (t) => t.includes('in a') || t.includes('in one'),
    re: new RegExp(`${afterAMove('in')} (?:a|one) (week|month|year)\\b(?!['’]s| or| from| time| ahead)`, 'gi'),
    make: (m, p) => {
      const unit = m[1]!.toLowerCase();
      const from = unit === 'week' ? addDays(p, -7) : unit === 'month' ? monthBefore(p) : yearBefore(p);
      return { type: 'span', from: lastWeekdayOnOrBefore(from), to: p, label: m[0] };
    },
  },
  {
    // compared-with-ago: "Compared with a week ago, WTI is down $6.39 (−7.42%) and Brent is 9.6% lower": a
    // clause opening the sentence names the day its moves are measured from (sentence-lead-period).
    bit: 0,
    cue: (t) => /compared|measured/i.test(t) && /ago|earlier/i.test(t),
    re: /\b(?:Compared (?:with|to)|Measured (?:from|against)) (?:a|one) (week|month|year) (?:ago|earlier)(?=,)/gi,
    make: (m, p) => {
      const unit = m[1]!.toLowerCase();
      const from = unit === 'week' ? addDays(p, -7) : unit === 'month' ? monthBefore(p) : yearBefore(p);
      return { type: 'span', from: lastWeekdayOnOrBefore(from), to: p, label: m[0] };
    },
  },
  {
    // last-weekday: "up from 3.97% last Friday" in a Friday's article is the Friday a week before;
    // "last Friday" is never the article's own day. Before the weekday rule, which would read it so.
    bit: WEEKDAY,
    cue: (t) => t.includes('last') && t.includes('day'),
    re: new RegExp(`\\blast (${WEEKDAYS.join('|')})\\b`, 'gi'),
    make: (m, p) => {
      const d = lastNamedWeekday(m[1]!, p);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(d, -1)), to: d, label: m[0] };
    },
  },
  {
    // below-dated-record: a scorecard column "Below Jan. 13 record": the day of a record the row's levels are measured
    // from, not theirs. Only as a table's label: in running text "0.9% below its March 7 record" dates a distance.
    bit: 0,
    cue: (t) => /record|high|peak|low|close/.test(t),
    re: new RegExp(
      `(?<=(?:^|·)[\\s\\u00a0]*)(?:below|above|under|off|short of|shy of)(?: (?:the|its|their))? ${MONTH_WORD} (\\d{1,2})(?:,? (?:19|20)\\d\\d)? (?:(?:record|all-time|closing) )*(?:record|high|peak|low|close|top|bottom)s?\\b`,
      'gi',
    ),
    barrier: true,
    make: (m, p) => (dayOfGroups(m, 1, p) ? { type: 'point', period: dayOfGroups(m, 1, p)!, label: m[0] } : null),
  },
  {
    // unchanged-from-day: "1,381.58 won at the New York noon rate, little changed from Monday": the day is
    // what the level is compared with, not its own.
    bit: WEEKDAY,
    // changes-from-day: a closes table's caption "Local closes on Monday, 29 June; changes from Friday": the day the
    // changes are measured from, not the table's.
    cue: (t) => /chang|flat|steady|up from|down from/.test(t) && t.includes('day'),
    re: new RegExp(
      `\\b(?:(?:(?:little|barely|largely|broadly|virtually) )?(?:changed|unchanged|flat|steady) (?:from|versus|vs\\.?|against|on|compared with)|changes (?:from|since|versus|vs\\.?|against|on)|change (?:from|since|versus|vs\\.?|against)) (?:last )?(${WEEKDAYS.join('|')})(?:['’]s(?: close| level)?)?\\b` +
        // level-from-day: "152.88 yen ..., down from Wednesday" (not "up from Friday's close of 49,299.65": that level is Friday's);
        // adverb-from-day: "143.95 yen, down sharply from Friday".
        `|\\b(?<![\\d%] )(?:up|down)(?: [a-z]+ly)? from (?:last )?(${WEEKDAYS.join('|')})\\b(?!['’])`,
      'gi',
    ),
    barrier: true,
    make: (m, p) => {
      const wd = WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase());
      let d = addDays(p, -1);
      while (weekday(d) !== wd) d = addDays(d, -1);
      return { type: 'point', period: d, label: m[0] };
    },
  },
  {
    // next-weekday: "The deposit rate goes to 2% from next Wednesday": a day after the article, never
    // the last such weekday before it. Before the weekday rule, which would read it so.
    bit: WEEKDAY,
    // scheduled-weekday: "an upgrade scheduled for Wednesday" in a Tuesday story is a day to come as well.
    cue: (t) => (t.includes('next') || /scheduled|slated|due|set for|planned/.test(t)) && t.includes('day'),
    re: new RegExp(
      // Not "the record it set on Monday": "set" is a day to come only as "set for".
      `\\b(?:next|(?:scheduled|slated|planned)(?: to (?:take effect|start|begin|happen|go live))? (?:for|on)|due (?:on|for)|set for) (${WEEKDAYS.join('|')})\\b`,
      'gi',
    ),
    barrier: true,
    make: (m, p) => {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      let d = addDays(p, 1);
      while (weekday(d) !== wd) d = addDays(d, 1);
      return { type: 'point', period: d, label: m[0] };
    },
  },
  {
    // event-weekday: "On the Friday SVB went under it changed hands at $20,227.02": a weekday told by what happened
    // on it, not the last such weekday before the article; it dates no figure, and none is read in its place.
    bit: WEEKDAY,
    cue: (t) => t.includes('the ') && t.includes('day'),
    re: new RegExp(
      `\\b[Tt]he (${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')}) (?=(?:that|when|after|before|following)\\b|[A-Z][\\w.&'’-]* [a-z])`,
      'g',
    ),
    barrier: true,
    make: (m, p) => ({ type: 'point', period: lastNamedWeekday(m[1]!, p), label: m[0] }),
  },
  {
    // coming-meeting: "the Governing Council meets next in April", "the two-day meeting, which ends Friday": a meeting
    // told in the present tense is still to come and dates no figure of the article.
    bit: 0,
    // meet-next: "policymakers meet next on June 11-12": the plural, and the meeting's days after its month.
    cue: (t) => /meets?|ends|concludes|wraps/.test(t),
    re: new RegExp(
      `\\b(?:meets|meet(?= next)|concludes|wraps up|ends)(?: next)?(?: on| in)? (?:(${WEEKDAYS.join('|')})|${MONTH_WORD}(?:\\.? \\d{1,2}(?:[-–]\\d{1,2})?)?)\\b`,
      'gi',
    ),
    barrier: true,
    make: (m, p) => {
      if (m[1]) {
        const wd = WEEKDAYS.indexOf(m[1].toLowerCase());
        let d = addDays(p, 1);
        while (weekday(d) !== wd) d = addDays(d, 1);
        return { type: 'point', period: d, label: m[0] };
      }
      const mi = monthIndex(m[2]!);
      const year = Number(p.slice(0, 4)) + (mi + 1 < Number(p.slice(5, 7)) ? 1 : 0);
      return { type: 'point', period: `${year}-${pad(mi + 1)}`, label: m[0] };
    },
  },
  {
    // two-sessions-together: "Over Friday and Monday together the Nikkei has given up 17.5%": both sessions' move,
    // from the close before the first to the second.
    bit: WEEKDAY,
    cue: (t) =>
      t.includes('day') &&
      (t.includes('together') || t.includes('combined') || t.includes('over') || t.includes('across')),
    re: new RegExp(
      `\\b(?:(?:over|across) (${WEEKDAYS.join('|')}) and (${WEEKDAYS.join('|')})(?: (?:together|combined))?|(${WEEKDAYS.join('|')}) and (${WEEKDAYS.join('|')}) (?:together|combined))\\b`,
      'gi',
    ),
    make: (m, p) => {
      const first = WEEKDAYS.indexOf((m[1] ?? m[3])!.toLowerCase());
      const second = WEEKDAYS.indexOf((m[2] ?? m[4])!.toLowerCase());
      let to = p;
      while (weekday(to) !== second) to = addDays(to, -1);
      let from = addDays(to, -1);
      while (weekday(from) !== first) from = addDays(from, -1);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(from, -1)), to, label: m[0] };
    },
  },
  {
    bit: WEEKDAY,
    cue: (t) => t.includes('day'),
    re: new RegExp(`\\b(?:on )?(${WEEKDAYS.join('|')})\\b`, 'gi'),
    make: (m, p) => {
      const wd = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      let d = p;
      while (weekday(d) !== wd) d = addDays(d, -1);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(d, -1)), to: d, label: m[1]! };
    },
  },
  {
    bit: DAY,
    cue: (t) => t.includes('day') || t.includes('session'),
    // Not "on the day of the decision": that is the event's day, which may be before the article's.
    // news-today-label: "Solana News Today: the token adds 12% on ETF hopes": a headline series' label, no day.
    re: /\b(?:(?<!\bnews[\s\u00a0])today|on the day(?! of\b)|in the session|on the session|yesterday)\b/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(m[0].toLowerCase() === 'yesterday' ? addDays(p, -1) : p);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // day-after-record: "Down 2.25% in 24 hours, a day after a record $73,098.48": the record is the day before's
    // ("fell to $4,981.85 a day after a record $5,405": not the figure before the phrase).
    forward: true,
    bit: DAY,
    cue: (t) => (t.includes('day') || t.includes('session') || t.includes('week')) && t.includes('after'),
    // day-after-close: "rose 1.27% to 3,169.94, a day after the gauge finished at 3,210.81" as well.
    // day-after-move-from: "rose 21% to 40.72, a day after it collapsed from 52.33 to 33.62": that move's day.
    // session-after-closing-at: "slipped 0.32%, one session after closing at a record 20,173.89", "only a day after
    // it had closed at a record 23,150.40".
    // day-after-setting: "lost 0.32% to 6,481.50, a day after setting a record close of 6,502.08".
    // day-after-moved-to: "rose 3.30% to 2,522.15, a day after it had tumbled 234.64 points to 2,441.55".
    // week-after-ended: "closed at 4.35%, ..., a week after it ended at 4.44%": the close a week before.
    re: /\b(?:a|one) (day|session|week) after (?:(?:(?:setting|hitting|notching|posting|marking) )?(?:a|an|its|the|their) (?:fresh |new |all-time )?(?:record|all-time high|peak)(?: (?:close|closing level|high|finish|settlement))?(?: of| at)?|(?:the|its|their) (?:[a-z-]+ ){0,2}(?:finished|closed|ended|settled)(?: the day)?(?: at)?|(?:(?:it|they)(?: had)? (?:closed|finished|ended|settled)|closing|finishing|ending|settling) at(?: (?:a|an) (?:fresh |new |all-time )?record(?: close| high)?)?|(?:it|they) (?:had )?(?:collapsed|plunged|tumbled|fell|dropped|sank|slumped|slid|jumped|soared|surged|rose|climbed|spiked|rallied)(?: from)?)(?= [$€£¥]?\d)/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(addDays(p, m[1]!.toLowerCase() === 'week' ? -7 : -1));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // final-months: "after 75 basis points of cuts in the final months of 2025": the year's last four months, from the
    // end of August ("the final three months" is the fourth quarter, months-quarter below).
    bit: MONTH,
    cue: (t) => /months of/i.test(t),
    re: /\bthe (?:final|last|closing) (?:few )?months of ((?:19|20)\d\d)\b/gi,
    make: (m, p) => {
      const y = m[1]!;
      if (`${y}-09-01` >= p) return null;
      const end = `${y}-12-31`;
      return { type: 'span', from: `${y}-08-31`, to: end < p ? end : p, label: m[0] };
    },
  },
  {
    // months-quarter: "shrank 0.5% in the first three months of 2025", "the final three months of the year".
    bit: MONTH,
    cue: (t) => /three months/i.test(t),
    re: /\b(first|second|third|fourth|final|last) three months of (?:the year|((?:19|20)\d\d))\b/gi,
    make: (m, p) => {
      const q = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4 }[m[1]!.toLowerCase()]!;
      const py = Number(p.slice(0, 4));
      const year = m[2] ? Number(m[2]) : q * 3 - 2 <= Number(p.slice(5, 7)) ? py : py - 1;
      return { type: 'point', period: `${year}-Q${q}`, label: m[0] };
    },
  },
  {
    // month-range-quarter: "in the July-September quarter", "January–March 2025", "in the April to June
    // period": the quarter those months make, not the first month named. Written with "to", only before
    // "period" or "quarter" ("rose from April to June" is a span of months).
    bit: QUARTER_START,
    cue: (t) => MONTH_CUE.test(t.toLowerCase()),
    re: /\b(jan(?:uary)?|apr(?:il)?|jul(?:y)?|oct(?:ober)?)(?:[-–—]|\s(to|through)\s)(mar(?:ch)?|jun(?:e)?|sep(?:t(?:ember)?)?|dec(?:ember)?)\b(?:,? ((?:19|20)\d\d)\b)?/gi,
    make: (m, p) => {
      const a = monthIndex(m[1]!);
      const b = monthIndex(m[3]!);
      if (b !== a + 2) return null;
      const q = a / 3 + 1;
      const py = Number(p.slice(0, 4));
      const year = m[4] ? Number(m[4]) : q * 3 - 2 <= Number(p.slice(5, 7)) ? py : py - 1;
      return { type: 'point', period: `${year}-Q${q}`, label: m[0] };
    },
  },
  {
    // month-end-quarter: "headline inflation was 2.1% in the June quarter": the quarter that month ends (the way
    // Australia and New Zealand name their quarterly figures), not the month.
    bit: QUARTER,
    cue: (t) => t.includes('quarter'),
    re: /\b(mar(?:ch)?|jun(?:e)?|sep(?:t(?:ember)?)?|dec(?:ember)?)[\s\u00a0]+quarter\b(?:,? ((?:19|20)\d\d)\b)?/gi,
    make: (m, p) => {
      const q = (monthIndex(m[1]!) + 1) / 3;
      const py = Number(p.slice(0, 4));
      const year = m[2] ? Number(m[2]) : q * 3 - 2 <= Number(p.slice(5, 7)) ? py : py - 1;
      return { type: 'point', period: `${year}-Q${q}`, label: m[0] };
    },
  },
  {
    bit: QUARTER,
    cue: (t) => t.includes('quarter') || /q[1-4]/.test(t),
    re: /\b(?:Q([1-4])|(first|second|third|fourth|final)[- ]quarter)(?: of)?(?:,? (?:FY)?((?:19|20)\d\d))?\b/gi,
    make: (m, p) => {
      const q = m[1] ? Number(m[1]) : ORDINAL_Q[m[2]!.toLowerCase()]!;
      const py = Number(p.slice(0, 4));
      const year = m[3] ? Number(m[3]) : q * 3 - 2 <= Number(p.slice(5, 7)) ? py : py - 1;
      return { type: 'point', period: `${year}-Q${q}`, label: `Q${q} ${year}` };
    },
  },
  {
    // the-quarter-move: "35 basis points lower over the quarter", "gained 3.9% in the quarter": right after a move,
    // the quarter so far; in a quarter's first days (QUARTER_JUST_ENDED_DAYS), the one just ended.
    // (No word bit: "three months" names no quarter.)
    bit: 0,
    cue: (t) => /the (?:quarter|three months)/i.test(t),
    // three-months-just-ended: "fell 55 basis points over the three months" in a quarterly letter: the quarter just
    // ended; written later in a quarter it says which three months no more than "the past three months" would.
    re: new RegExp(`${afterAMove('(?:over|in|for|during|on) (?:the quarter|the three months)')}\\b`, 'gi'),
    make: (m, p) => {
      const ended = quarterJustEnded(p);
      if (ended) return { type: 'point', period: `${ended.year}-Q${ended.q}`, label: `Q${ended.q} ${ended.year}` };
      if (/three months/i.test(m[0])) return null;
      return { type: 'span', from: addDays(quarterStart(p), -1), to: p, label: m[0] };
    },
  },
  {
    // quarter-final-day: "On the quarter's final day, ... the Nikkei 225 fell 1,901.01 points": in a quarter's first
    // weeks, the last session of the quarter just ended.
    bit: QUARTER,
    cue: (t) => t.includes('quarter'),
    re: /\b(?:on )?the quarter['’]s (?:final|last) (?:day|session|trading day)\b/gi,
    make: (m, p) => {
      const ended = quarterJustEnded(p);
      if (!ended) return null;
      const day = lastWeekdayOnOrBefore(ended.end);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    bit: PART_OF_YEAR,
    cue: (t) => t.includes('early') || t.includes('mid') || t.includes('late'),
    re: /\b(?:in |during |for )?(early|mid|late)[- ](?:(?:19|20)\d\d)\b/gi,
    make: (m) => {
      const year = Number(/(\d{4})/.exec(m[0])![1]);
      const part = m[1]!.toLowerCase();
      const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
      return { type: 'span', from: `${year}-${pad(a)}-01`, to: lastDayOfMonth(year, b), label: m[0].trim() };
    },
  },
  {
    // since-start-of-month: "It is down 30.0% since the start of January": from the last session of the
    // month before to the article's date.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(`\\bsince the (?:start|beginning) of ${MONTH_WORD}(?: ((?:19|20)\\d\\d))?(?!\\w)`, 'gi'),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0) return null;
      const py = Number(p.slice(0, 4));
      const year = m[2] ? Number(m[2]) : mi + 1 <= Number(p.slice(5, 7)) ? py : py - 1;
      const start = `${year}-${pad(mi + 1)}-01`;
      if (start >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(start, -1)), to: p, label: m[0] };
    },
  },
  {
    // since-through: "Since its March 3 peak, the index has shed 12.4% and 8.1%, respectively, through May 9": the
    // "through" day ends the span the "since" day began.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && t.includes('through') && MONTH_CUE.test(t),
    re: new RegExp(
      // "through" first: a lookbehind leading the pattern would be tried, backwards, at every position of the text.
      `\\bthrough(?<=\\bsince\\b[^.;]{0,60}?${DAY_DATE}(?!\\w)(?:[^.;]|\\.(?=\\d)){0,200}?\\bthrough) ${DAY_DATE}(?!\\w)`,
      'gi',
    ),
    make: (m, p) => {
      const from = dayOfGroups(m, 1, p);
      const to = dayOfGroups(m, 6, p);
      if (!from || !to || from >= to || to > p) return null;
      return { type: 'span', from, to, label: m[0] };
    },
  },
  {
    // "down 32% since October 8": a move measured from that day's close to the article's date.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(`${afterAMove('since')} (?:the end of ${MONTH_WORD}|${DAY_DATE})(?!\\w)`, 'gi'),
    make: (m, p) => sinceSpan(m, p),
  },
  {
    // since-column: a table's "Since June 15" column: each row's move from that day's close to the article's date.
    // A year's first session ("Since Jan 2") may mean the year so far, from the close before it: not read.
    bit: MONTH_NAME,
    cue: (t) => t.includes('·') && t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(
      `(?<=(?:^|·)[\\s\\u00a0]*)since (?:the end of ${MONTH_WORD}|${DAY_DATE})(?=[\\s\\u00a0]*(?:·|$))`,
      'gi',
    ),
    make: (m, p) => {
      const span = sinceSpan(m, p);
      return span?.type === 'span' && span.from.slice(5) <= YEAR_FIRST_SESSION_LAST_DAY ? null : span;
    },
  },
  {
    // from-month-end: "is up 12.7 basis points from the end of December": from that month's last close to the
    // article, as "since the end of December" is; not the month's own move.
    bit: MONTH_NAME,
    cue: (t) => t.includes('from the end of') && MONTH_CUE.test(t),
    // from-month-end-comma: "up 3.2% from the end of July, and ...": a comma ends it too.
    re: new RegExp(`${afterAMove('from')} the end of ${MONTH_WORD}(?!\\w|,? (?:19|20)\\d\\d)`, 'gi'),
    make: (m, p) => sinceSpan(m, p),
  },
  {
    // review-lead: "2024 in review: S&P 500 gained 23.3% to 5,881.63, ...": a review's headline names its year before a
    // colon (period-colon-lead then dates every move in it).
    bit: 0,
    cue: (t) => /review|recap/i.test(t),
    re: /\b((?:19|20)\d\d)[\s\u00a0]+(?:in[\s\u00a0]+review|review|recap)(?=[\s\u00a0]*:)/gi,
    make: (m, p) =>
      /^[\s\u00a0"“]*$/.test(m.input.slice(0, m.index)) && m[1]! < p.slice(0, 4)
        ? { type: 'point', period: m[1]!, label: m[0], reviewed: true }
        : null,
  },
  {
    // month-last-day: "jumped $5.04 on the last day of the month": the month's last session (this month's, once it has
    // come; else the month before's), not the month.
    bit: MONTH,
    cue: (t) => t.includes('month'),
    re: /\b(?:on[\s\u00a0]+)?the[\s\u00a0]+(?:last|final)[\s\u00a0]+(?:day|session|trading[\s\u00a0]+day)[\s\u00a0]+of[\s\u00a0]+the[\s\u00a0]+month\b/gi,
    make: (m, p) => {
      let day = lastWeekdayOnOrBefore(lastDayOfMonth(Number(p.slice(0, 4)), Number(p.slice(5, 7))));
      if (day > p) day = lastWeekdayOnOrBefore(addDays(`${p.slice(0, 7)}-01`, -1));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // since-month-end-lead: "Since the end of October it has risen 33.9%": a sentence that opens with the span runs
    // from that month's last close to the article, as "up 33.9% since the end of October" does.
    bit: MONTH_NAME,
    cue: (t) => /since the end of/i.test(t) && MONTH_CUE.test(t),
    // since-month-end-comma: "Since the end of May, Brent has gained $11.68" as well (not "..., 2024").
    re: new RegExp(`\\bsince the end of ${MONTH_WORD}(?!\\w|,? (?:19|20)\\d\\d)`, 'gi'),
    make: (m, p) => (/^[\s\u00a0]*$/.test(m.input.slice(0, m.index)) ? sinceSpan(m, p) : null),
  },
  {
    // measured-from-day: "Measured from Dec. 31, the two tokens are up 18.2% and 9.4%": from that day's close to
    // the article's date, as "since Dec. 31" would be.
    bit: MONTH_NAME,
    cue: (t) => /measured|counted|calculated/.test(t) && MONTH_CUE.test(t),
    re: new RegExp(
      `\\b(?:measured|counted|calculated)[\\s\\u00a0]+(?:from|since)[\\s\\u00a0]+(?:the end of ${MONTH_WORD}|${DAY_DATE})(?!\\w)`,
      'gi',
    ),
    make: (m, p) => sinceSpan(m, p),
  },
  {
    // day-to-day: "Seven-day scorecard, Nov. 25 to Dec. 2": from the first day's close to the second's.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /\b(?:to|through)\b/.test(t),
    re: new RegExp(`(?:\\bfrom )?${DAY_DATE} (?:to|through) ${DAY_DATE}(?!\\w)`, 'gi'),
    make: (m, p) => {
      const from = dayOfGroups(m, 1, p);
      const to = dayOfGroups(m, 6, p);
      return from && to && from < to && to <= p ? { type: 'span', from, to, label: m[0] } : null;
    },
  },
  {
    // between-days: "the gauge shed 7.3% between March 4 and March 5": a move over both sessions, from the close
    // before the first day to the second's close.
    bit: MONTH_NAME,
    cue: (t) => t.includes('between') && MONTH_CUE.test(t),
    re: new RegExp(`\\bbetween ${DAY_DATE} and ${DAY_DATE}(?!\\w)`, 'gi'),
    make: (m, p) => {
      const first = dayOfGroups(m, 1, p);
      const to = dayOfGroups(m, 6, p);
      if (!first || !to || first >= to || to > p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(first, -1)), to, label: m[0] };
    },
  },
  {
    // since-column: a table column headed "Since Dec. 31" (headers joined by " · "): from that month-end's
    // close. A column "Since Jan 2" may count from that day's open or its close: no period, a question.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && t.includes('·') && MONTH_CUE.test(t),
    re: new RegExp(
      `(?:^|(?<=·[\\s\\u00a0]*))since (?:the end of ${MONTH_WORD}|${DAY_DATE})(?=[\\s\\u00a0]*(?:·|$))`,
      'gi',
    ),
    make: (m, p) => (/end of|\b(?:2[89]|3[01])\b/i.test(m[0]) ? sinceSpan(m, p) : null),
  },
  {
    // than-month-end: "leaving it 43.3% higher than at the end of December", "26 basis points higher than where it
    // ended December" (than-where-ended): from that month's last
    // session (the latest before the article) to the article.
    bit: MONTH_NAME,
    cue: (t) => /than/i.test(t) && MONTH_CUE.test(t),
    re: new RegExp(
      `\\b(?:higher|lower|above|below|more|less) than (?:(?:it was |they were )?(?:at )?the end of|where (?:it|they) (?:ended|finished|closed)) ${MONTH_WORD}(?![\\w,]| (?:19|20)\\d\\d)`,
      'gi',
    ),
    make: (m, p) => sinceSpan(m, p),
  },
  {
    // between-months: "lowering the rate by 100 basis points between September and December of last
    // year": from the last session before the first month to the end of the second.
    // from-months: "75 basis points of cuts from September to December" as well.
    bit: MONTH_NAME,
    cue: (t) => (t.includes('between') || t.includes('from')) && MONTH_CUE.test(t),
    re: new RegExp(
      `\\b(?:between ${MONTH_WORD}(?: ((?:19|20)\\d\\d))? and|from ${MONTH_WORD}(?: ((?:19|20)\\d\\d))? (?:to|through)) ${MONTH_WORD}(?:,? (?:of )?((?:19|20)\\d\\d|last year|this year))?(?!\\w)`,
      'gi',
    ),
    make: (m, p) => monthsSpan(m[1] ?? m[3]!, m[2] ?? m[4], m[5]!, m[6], m[0], p),
  },
  {
    // since-clause-on-day: "Since the first strikes on February 28, Brent has gained 26%": a clause
    // that opens the sentence and names the day an event fell on starts the moves after its comma.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    // sessions-since-clause: "Across the three sessions since the schedule was unveiled on April 2, ...".
    re: new RegExp(
      `\\b(?:Since|(?:Across|Over|In) the (?:[a-z-]+ ){0,2}(?:sessions|trading days|days|weeks) since) (?:[A-Za-z.'’-]+ ){1,8}on ${DAY_DATE},`,
      'gi',
    ),
    // Only a clause opening with a capital: a lower-case "since" is read by since-event-on-day.
    make: (m, p) => (/^[SAOI]/.test(m[0]) ? spanFromDay(m, 1, p) : null),
  },
  {
    // since-event-on-day: "up 80 basis points since the day of the first cut on Sept. 18": the event's
    // day, named after a few words, starts the move, as "since Sept. 18" would.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    // (Up to eight words: "since the Fed's first cut of the cycle on Sept. 18".)
    re: new RegExp(`${afterAMove('since')} (?:[A-Za-z'’-]+ ){1,8}on ${DAY_DATE}(?!\\w)`, 'gi'),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // "18.3% off its April 7 low", "6.7% lower than on Jan. 2": a distance from that day's level today.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t),
    re: new RegExp(
      `(?:${afterAMove('(?:off|above|below|from)')} (?:its|the|their) |${afterAMove('(?:lower|higher)')} than on )${DAY_DATE}(?: (?:low|high|close|level|peak|trough|bottom))?(?!\\w)`,
      'gi',
    ),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // since-day-low: "has rallied 18.6% since the April 9 low": from that day's close. Only with the level's
    // noun: "has been 4.25%-4.50% since the December 18 cut" names an event a level has held since.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(
      `${afterAMove('since')} (?:its|the|their) ${DAY_DATE} (?:low|high|close|peak|trough|bottom)\\b`,
      'gi',
    ),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // since-day-close-ahead: "since the Nov. 5 election-day close it has gained 32.1%": the phrase before a perfect
    // tense (two words may name the day's event) starts the move after it.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(
      `\\bsince (?:its|the|their) ${DAY_DATE} (?:[a-z-]+ ){0,2}(?:low|high|close|peak|trough|bottom)\\b(?=,? (?:[a-z]+ ){0,3}(?:has|have|had)\\b)`,
      'gi',
    ),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // since-close-of-day: "it has surged 21.9% since the close of Sept. 24": from that day's close.
    bit: MONTH_NAME,
    cue: (t) => t.includes('since') && MONTH_CUE.test(t),
    re: new RegExp(
      `${afterAMove('since')} (?:its|the|their) (?:close|closing level|finish|settlement) (?:of|on) ${DAY_DATE}(?!\\w)`,
      'gi',
    ),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // distance-from-record-day: "sits 46.6% below its record close of $124,720.09 from Oct. 5", "19.8% under
    // its record of $5,405 set on Jan. 29": from that day's close to the article.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t) && /record|peak|high|low/i.test(t),
    re: new RegExp(
      // The day in a lookahead: the phrase ends before the record's own figure, which keeps its day.
      `${afterAMove('(?:above|below|under|off|from)')} (?:its|the|their) (?:record|all-time high|peak|high|low)(?: close| closing level| settlement| fixing)?(?=(?: of \\$?[\\d,.]*\\d)?(?: it)?(?: (?:set|reached|hit|touched))?(?: on| from| of)? ${DAY_DATE}(?!\\w))`,
      'gi',
    ),
    make: (m, p) => spanFromDay(m, 1, p),
  },
  {
    // record-on-weekday: "leaving it 2.1% below the record close of 9,911.40 it set on Wednesday": from that
    // weekday's close (the last one before the article) to the article.
    bit: WEEKDAY,
    cue: (t) => /record|peak|high/i.test(t),
    re: new RegExp(
      `${afterAMove('(?:above|below|under|off|from)')} (?:its|the|their) (?:record|all-time high|peak|high)(?: close| closing level| settlement| fixing)?(?=(?: of \\$?[\\d,.]*\\d)?(?: it)? (?:set|reached|hit|touched) (?:on |last )?(${WEEKDAYS.join('|')})\\b)`,
      'gi',
    ),
    make: (m, p) => sinceWeekday(m[1]!, p, m[0]),
  },
  {
    // "From its April 7 close of 31,136.58, the Nikkei has rebounded roughly 45%": the move after the
    // clause runs from that day's close. The phrase is the comma after the level, so the level keeps its
    // own day ("April 7") and only what follows the comma is measured from it.
    bit: MONTH_NAME,
    cue: (t) => t.includes('from') && MONTH_CUE.test(t),
    re: new RegExp(
      // The comma first, then what stands before it: a pattern that opens with a lookbehind is tried at every position.
      `,(?<=\\bfrom (?:its|the|their) ${DAY_DATE} (?:low|high|close|level|peak|trough|bottom) (?:of|at) \\$?\\d[\\d,.]*\\d,)(?!\\d)`,
      'gi',
    ),
    make: (m, p) => {
      const span = spanFromDay(m, 1, p);
      return span?.type === 'span' ? { ...span, label: `since ${span.from}` } : null;
    },
    forward: true,
  },
  {
    // from-day-close-to-move: "bringing its retreat from the May 19 close of 4.67% to 22 basis points": the
    // move after "to" runs from that day's close to the article. The phrase is the "to", so the level keeps
    // its own day.
    bit: MONTH_NAME,
    cue: (t) => t.includes('from') && MONTH_CUE.test(t),
    re: new RegExp(
      ` to(?<=\\bfrom (?:its|the|their) ${DAY_DATE} (?:low|high|close|level|peak|trough|bottom) (?:of|at) \\$?\\d[\\d,.]*\\d%? to)(?= (?:about |around |roughly |nearly |some )?\\d[\\d.]*(?: |-)?(?:basis points?|bps?|points?|percentage points?|%|percent|per cent)(?![a-z]))`,
      'gi',
    ),
    make: (m, p) => {
      const span = spanFromDay(m, 1, p);
      return span?.type === 'span' ? { ...span, label: `since ${span.from}` } : null;
    },
    forward: true,
  },
  {
    // "closed at 6.9866 on 5 January": the day written before the month names that day, not the month.
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t),
    re: new RegExp(
      `(?<![\\d.,])\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}(?:,? ((?:19|20)\\d\\d))?(?!\\w)`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[2]!);
      if (mi < 0) return null;
      return daySpan(yearOf(m, 3, p, mi + 1), mi + 1, Number(m[1]), m[0]);
    },
  },
  {
    // than-on-day: "leaves the single currency 12.85% stronger against the dollar than on Dec. 31": from that day's
    // close to the article, not the day's own move.
    bit: 0,
    cue: (t) => /than/i.test(t),
    re: new RegExp(
      String.raw`\b(?:${LEVEL_COMPARATIVES}|more|less) (?:(?:against|versus) the [a-z]+ )?than (?:it was |they were )?on (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (\d{1,2})(?:,? ((?:19|20)\d\d))?\b`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0) return null;
      const py = Number(p.slice(0, 4));
      let day = `${m[3] ?? py}-${pad(mi + 1)}-${pad(Number(m[2]))}`;
      if (!m[3] && day >= p) day = `${py - 1}-${pad(mi + 1)}-${pad(Number(m[2]))}`;
      if (fromDay(toDay(day)) !== day || day >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(day), to: p, label: m[0] };
    },
  },
  {
    // month-list: "It cut by a combined 75 basis points in September, October and December of last year": a total over
    // the months, from the close before the first to the end of the last ("2.7% in June and July" is two readings).
    bit: 0,
    cue: (t) => TOTAL_CUE_RE.test(t) && t.includes(' and ') && MONTH_CUE.test(t.toLowerCase()),
    re: new RegExp(
      String.raw`\bin (?<=\b(?:combined|cumulative|total|altogether)\b[^.;:]{0,40}in )(${MONTH_NAMES_RE})((?:, ${MONTH_NAMES_RE}){0,4}),? and (${MONTH_NAMES_RE})(?: of (last year)|,? ((?:19|20)\d\d))?\b`,
      'gi',
    ),
    make: (m, p) => {
      const first = monthIndex(m[1]!);
      const last = monthIndex(m[3]!);
      if (first < 0 || last <= first) return null;
      const py = Number(p.slice(0, 4));
      const year = m[5] ? Number(m[5]) : m[4] ? py - 1 : lastDayOfMonth(py, last + 1) < p ? py : py - 1;
      const end = lastDayOfMonth(year, last + 1);
      if (end >= p) return null;
      const from = lastWeekdayOnOrBefore(addDays(`${year}-${pad(first + 1)}-01`, -1));
      return { type: 'span', from, to: end, label: m[0] };
    },
  },
  {
    bit: MONTH_NAME,
    cue: (t) => MONTH_CUE.test(t),
    // contract-month: "February futures at $4,398.50", "the December contract", "for November
    // settlement": a contract's delivery month, not the figure's period. a-month-event: "pricing a
    // September Fed cut": an event someone expects, not a period either. month-then-figure: "finished
    // March 5.1% lower": a number with a decimal or a percent sign is no day of the month.
    re: new RegExp(
      `\\b${MONTH_WORD}(?: (\\d{1,2})(?![.,]\\d|[\\s\\u00a0]*%)(?:st|nd|rd|th)?)?,? ?((?:19|20)\\d\\d)?(?!\\w)(?! (?:${CONTRACT_NOUNS}|${CONTRACT_BENCHMARKS})\\b)`,
      'gi',
    ),
    make: (m, p) => {
      const mi = monthIndex(m[1]!);
      if (mi < 0 || eventMonth(m)) return null;
      // "May" alone is too often the verb, unless a preposition says it is the month, or may-noun: a
      // capital "May" before a noun of a month's figure ("its May average", "the May reading").
      if (
        /^may$/i.test(m[0].trim()) &&
        !/\b(?:in|of|for|during|since|last|this|early|late|mid-?|until|through|finished|ended|closed)[\s\u00a0]*$/i.test(
          m.input.slice(Math.max(0, m.index - 10), m.index),
        ) &&
        !(
          m[0].startsWith('May') && MAY_NOUN_RE.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 16))
        ) &&
        // may-label: "HICP, May: 2.2%": "May" right before a facts row's colon is the row's month.
        !(m[0].trim() === 'May' && /^[\s\u00a0]*:/.test(m.input.slice(m.index + 3, m.index + 6))) &&
        // may-header: "May" alone as a table column's header ("Scoreboard · May · S&P 500") is the month.
        !(
          m[0].trim() === 'May' &&
          /(?:^|·)[\s\u00a0]*$/.test(m.input.slice(Math.max(0, m.index - 4), m.index)) &&
          /^[\s\u00a0]*(?:·|$)/.test(m.input.slice(m.index + 3, m.index + 7))
        )
      )
        return null;
      const year = yearOf(m, 3, p, mi + 1);
      if (m[2]) {
        return daySpan(year, mi + 1, Number(m[2]), m[0]);
      }
      return { type: 'point', period: `${year}-${pad(mi + 1)}`, label: m[0].trim() };
    },
    contextual: (m) => /^may$/i.test(m[0].trim()) || eventMonth(m),
  },
  {
    // since-last-session: "up 7.5% and 7.6%, respectively, since the last session of 2025": from that
    // session's close to the article.
    bit: SINCE_FROM,
    cue: (t) => /since|from/i.test(t) && YEAR_CUE.test(t),
    // since-last-price: "since the last afternoon auction of 2024", "since the final noon rate of 2025",
    // "up 28.2% from its last London auction of 2024".
    re: /\b(?:since|from) (?:the |its |their )?(?:last|final) (?:[a-z]+ ){0,2}?(?:session|close|trading day|day of trading|day|fix|fixing|reading|auction|price|rate|print)s? of ((?:19|20)\d\d)\b/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(`${m[1]}-12-31`);
      return day < p ? { type: 'span', from: day, to: p, label: m[0] } : null;
    },
  },
  {
    // distance-from-year-end: "sit 3.5% and 8.1% below their final closes of 2024", "up 1.78 percent from
    // its year-end close of 2,784.92", "down 23.5% from its year-end 2024 level": a move from that year's last
    // session to the article.
    bit: 0,
    cue: (t) =>
      t.includes('year-end') ||
      ((t.includes('final') || t.includes('last')) && (YEAR_CUE.test(t) || t.includes('last year'))),
    re: new RegExp(
      `${afterAMove('(?:above|below|off|under|over|from)')} (?:the |its |their )(?:(?:last|final) (?:[a-z]+ ){0,2}?(?:session|close|fix|fixing|auction|price|rate|level)s? of ((?:19|20)\\d\\d|last year)|(?:((?:19|20)\\d\\d) )?year-end (?:((?:19|20)\\d\\d) )?(?:close|level|fix|fixing|finish|reading)s?)\\b`,
      'gi',
    ),
    make: (m, p) => {
      const year = m[1] ? namedYear(m[1], p) : m[2] || m[3] ? Number(m[2] ?? m[3]) : Number(p.slice(0, 4)) - 1;
      if (year === null) return null;
      const day = lastWeekdayOnOrBefore(`${year}-12-31`);
      return day < p ? { type: 'span', from: day, to: p, label: m[0] } : null;
    },
  },
  {
    // week-earlier-level: "up from 1.3202 a week earlier", "compared with $95.74 a week ago": a level
    // written right before the phrase is that day's, a week before the article's.
    bit: WEEK,
    cue: (t) => t.includes('week'),
    re: /(?<=\d(?:%|[\s\u00a0]*(?:yen|won|yuan|euros?|dollars?|pounds?|points?|per cent|percent))?[\s\u00a0]+)(?:a|one) week (?:earlier|ago|before)\b/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(addDays(p, -7));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // day-after-closing: "slipped to 3,493.05, a day after closing at 3,497.48": the level after it is the
    // session's before the article's.
    bit: DAY,
    cue: (t) => t.includes('day'),
    // It dates the level after it, never the figure before it.
    forward: true,
    re: /\ba day after (?:closing|ending|finishing|settling)(?= at\b)/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(addDays(p, -1));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // day-earlier-level: "set at 1.1297, down from 1.1360 a day earlier": a level written right before
    // the phrase is the session's before the article's.
    bit: 0,
    cue: (t) => /day|session/i.test(t),
    re: /(?<=\d(?:%|[\s\u00a0]*(?:yen|won|yuan|euros?|dollars?|pounds?|points?|per cent|percent))?[\s\u00a0]+)(?:(?:a|one)[\s\u00a0]+(?:day|session)[\s\u00a0]+(?:earlier|before)|the[\s\u00a0]+(?:previous|prior)[\s\u00a0]+(?:day|session))\b/gi,
    make: (m, p) => {
      const day = lastWeekdayOnOrBefore(addDays(p, -1));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // week-ago-column: a table's "A week ago" (or "Week ago", "Prior week") column holds the closes a week before.
    bit: 0,
    cue: (t) => /week/i.test(t),
    re: /(?<=(?:^|·)[\s\u00a0]*)(?:a week ago|week ago|prior week|previous week|last week)(?:[\s\u00a0]+(?:close|level))?\*?(?=[\s\u00a0]*(?:·|$))/gi,
    make: (_m, p) => {
      const day = lastWeekdayOnOrBefore(addDays(p, -7));
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: 'a week ago' };
    },
  },
  {
    // week-earlier-move: "is now up 34.2% from a week earlier": the move from the same day a week before.
    bit: WEEK,
    cue: (t) => t.includes('week'),
    re: new RegExp(`${afterAMove('(?:from|than|since|on|over)')} (?:a|one) week (?:earlier|ago|before)\\b`, 'gi'),
    make: (m, p) => ({ type: 'span', from: addDays(p, -7), to: p, label: m[0] }),
  },
  {
    // where-it-stood-ago: "still 1.0% above where it stood a week ago": the move from that day to the article.
    bit: WHERE,
    cue: (t) => t.includes('ago'),
    re: /\b(?:above|below|higher than|lower than) where (?:it|they) (?:stood|was|were|traded|ended|closed|sat) (?:a|one) (week|year) ago\b/gi,
    make: standingAgo,
  },
  {
    // than-it-stood-ago: "leaves the token 19.9% higher than it stood a week ago": the move from that day to the article.
    bit: 0,
    cue: (t) => t.includes('ago'),
    re: /\b(?:higher|lower|above|below) than (?:it|they|the [a-z]+) (?:stood|was|were|traded|sat) (?:a|one) (week|year) ago\b/gi,
    make: standingAgo,
  },
  {
    // since-year-end: "Measured from where they closed 2025, the Nikkei and the TOPIX are up 8.7% and
    // 7.9%": from that year's last session to the article.
    // compared-with-year-end: "Compared with where they ended 2025, the 2-year and 10-year yields are up 31 basis
    // points and 12 basis points".
    bit: WHERE,
    cue: (t) => /from|compared|relative|versus/i.test(t),
    re: /\b(?:from|compared (?:with|to)|relative to|versus) where (?:it|they|the [a-z]+) (?:ended|closed|finished) ((?:19|20)\d\d|last year)\b/gi,
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null || `${year}-12-31` >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(`${year}-12-31`), to: p, label: m[0] };
    },
  },
  {
    // at-year-end: "down 7.0 percent against the won from 1,477.86 at the end of last year": that year's
    // last session. Not after a comparison ("higher than at the end of 2024"), which is than-year-end's span,
    // nor after "where it stood" (stood-at-year-boundary).
    bit: 0,
    cue: (t) => /at the end of/i.test(t),
    re: /(?<!\bthan (?:it was |they were |it did |they did )?|\b(?:above|below|over|under) (?:its|their|the) (?:level|close|price|reading) |\bwhere (?:it|they) (?:stood|was|were|sat) )\bat the end of ((?:19|20)\d\d|last year)\b/gi,
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null || `${year}-12-31` >= p) return null;
      const day = lastWeekdayOnOrBefore(`${year}-12-31`);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0] };
    },
  },
  {
    // than-year-end: "about 55 basis points higher than at the end of 2024", "30 basis points more than it did at
    // the end of 2024", "9.6% stronger than at its
    // last fixing of 2024", "5.6% stronger against the dollar than at the end of 2024", "3.4% firmer than at
    // the end of 2025": from that year's last session to the article.
    bit: 0,
    cue: (t) => /than/i.test(t),
    re: new RegExp(
      String.raw`\b(?:${LEVEL_COMPARATIVES}|more|less) (?:(?:against|versus) the [a-z]+ )?than (?:it was |they were |it did |they did )?(?:at )?(?:the end of|(?:its|the) (?:last|final) (?:[a-z]+ ){0,2}?(?:session|close|fix|fixing|auction|price|rate) of) ((?:19|20)\d\d|last year)\b`,
      'gi',
    ),
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null || `${year}-12-31` >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(`${year}-12-31`), to: p, label: m[0] };
    },
  },
  {
    // than-final-year-noun: "bullion remains 3.7% lower than its final 2025 benchmark of $4,367.80": from that
    // year's last session to the article. above-final-year-noun: "roughly 66% above its last 2024 fix".
    bit: 0,
    cue: (t) => /than|above|below|over|under/i.test(t) && YEAR_CUE.test(t),
    re: new RegExp(
      String.raw`\b(?:(?:${LEVEL_COMPARATIVES}) than|above|below|over|under) (?:its|their|the) (?:final|last|closing) ((?:19|20)\d\d) (?:[a-z]+ )?(?:close|level|benchmark|fix|fixing|price|settlement|reading|print)\b`,
      'gi',
    ),
    make: (m, p) => {
      const year = Number(m[1]);
      if (`${year}-12-31` >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(`${year}-12-31`), to: p, label: m[0] };
    },
  },
  {
    // level-at-year-end: "63.5% above its level at the end of 2025": from that year's last session to the article.
    bit: 0,
    cue: (t) => /at the end of/i.test(t),
    re: /\b(?:above|below|over|under) (?:its|their|the) (?:level|close|price|reading) at the end of ((?:19|20)\d\d|last year)\b/gi,
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null || `${year}-12-31` >= p) return null;
      return { type: 'span', from: lastWeekdayOnOrBefore(`${year}-12-31`), to: p, label: m[0] };
    },
  },
  {
    // beside-year-boundary: "crude is still roughly 78% above where it ended 2025", "11.6% below where
    // it started the year": a move from that year's turn to the article.
    bit: WHERE,
    cue: (t) => /where/i.test(t),
    re: /(?<=(?:%|percent|per cent|points|bps|bp)[\s\u00a0]+)(?:above|below|over|under|from|(?:higher|lower) than) where (?:it|they|the [a-z]+) (?:(ended|closed|finished)|started|began) ((?:19|20)\d\d|last year|the year|this year)\b/gi,
    make: fromYearTurn,
  },
  {
    // stood-at-year-boundary: "41 basis points lower than where it stood at the end of 2024": the move from that
    // year's last session to the article, as beside-year-boundary reads "where it ended 2024".
    bit: WHERE,
    cue: (t) => /where/i.test(t),
    re: /(?<=(?:%|percent|per cent|points|bps|bp)[\s\u00a0]+)(?:above|below|over|under|from|(?:higher|lower) than) where (?:it|they|the [a-z]+) (?:stood|was|were|sat) at the (?:(end|close)|start|beginning) of ((?:19|20)\d\d|last year|the year|this year)\b/gi,
    make: fromYearTurn,
  },
  {
    // year-move: "the coin ended 2025 roughly 7% lower", "finished last year up 16.4%", "ended the year
    // surging 147 percent", "closed the year with a 31 per cent gain": the move over
    // that whole year, from the last session of the year before to its own last session.
    bit: ENDED,
    cue: (t) => YEAR_CUE.test(t) || /year/i.test(t),
    re: /\b(?:end|clos|finish)(?:ed|ing) ((?:19|20)\d\d|last year|the year)(?= (?:with (?:an? )?)?(?:(?:roughly|about|nearly|almost|some|around|just|more than|less than|up|down|higher|lower|surging|soaring|rising|gaining|climbing|jumping|falling|dropping|sliding|losing|tumbling) ){0,3}[+\-−]?[\d.,]+ ?(?:%|per ?cent|percent|pct)(?![\w-]))/gi,
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null) return null;
      return {
        type: 'span',
        from: lastWeekdayOnOrBefore(`${year - 1}-12-31`),
        to: lastWeekdayOnOrBefore(`${year}-12-31`),
        label: m[0],
      };
    },
  },
  {
    // year-start: "above where it started the year (4.18%)", "began 2026 at 4.18%": the level the year
    // opened from, the last session of the year before.
    bit: START,
    cue: (t) => /start|began|begin|open/i.test(t),
    re: /\b(?:start|began|begin|open)(?:ed|ing|s)? (the year|this year|(?:19|20)\d\d)\b/gi,
    // "3.58%, well below where they started the year": it dates the level after it, never the one before.
    forward: true,
    make: (m, p) => {
      const w = m[1]!.toLowerCase();
      const year = w === 'the year' || w === 'this year' ? Number(p.slice(0, 4)) : Number(w);
      const day = lastWeekdayOnOrBefore(`${year - 1}-12-31`);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // year-end-close: "The Nikkei had finished last year at 50,339.48", "closed the year at 6,845.50"
    // in a January story: the last session of that year.
    bit: YEAR,
    cue: (t) => t.includes('year'),
    re: /\b(?:end|clos|finish)(?:ed|ing) (last year|the year)\b/gi,
    make: (m, p) => {
      const year = namedYear(m[1]!, p);
      if (year === null) return null;
      const day = lastWeekdayOnOrBefore(`${year}-12-31`);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // "after ending 2025 at 4.18%", "the last reference fixing of 2025": the year's last session.
    // "…fixing of 2025, leaving the euro up 13.1% for the year": the year inside it stays a reading
    // for a move after it, which the session belongs to no more than the level before it.
    keepsInner: true,
    bit: 0,
    cue: (t) => YEAR_CUE.test(t),
    // "after" is read with it: alone before a period it marks a comparison, which this is not.
    re: /\b(?:(?:after )?(?:end|clos|finish)(?:ed|ing) ((?:19|20)\d\d)|(?:last|final) (?:[a-z']+ ){0,3}?(?:session|close|fixing|trading day|day) of ((?:19|20)\d\d))\b/gi,
    make: (m) => {
      const day = lastWeekdayOnOrBefore(`${m[1] ?? m[2]}-12-31`);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // last-year-named-price: "from the last 2024 afternoon price of $2,609.10": that year's last session, for the
    // level after it only ("1.6% above its final 2025 close of 25,630.54" is a move to now, read elsewhere).
    bit: 0,
    cue: (t) => YEAR_CUE.test(t),
    re: /\b(?:last|final) ((?:19|20)\d\d) (?:[a-z']+ ){0,2}?(?:session|close|fixing|fix|price|settlement|level|auction)(?= of\b)/gi,
    forward: true,
    make: (m) => {
      const day = lastWeekdayOnOrBefore(`${m[1]}-12-31`);
      return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label: m[0], lastSession: true };
    },
  },
  {
    // "Stall on First Trading Day of 2026": the year's first session (1 January is a holiday).
    bit: 0,
    cue: (t) => YEAR_CUE.test(t),
    re: /\bfirst (?:trading day|session|day of trading) of ((?:19|20)\d\d)\b/gi,
    make: (m) => {
      const year = Number(m[1]);
      let day = `${year}-01-02`;
      while (weekday(day) > 4) day = addDays(day, 1);
      return { type: 'span', from: lastWeekdayOnOrBefore(`${year - 1}-12-31`), to: day, label: m[0] };
    },
  },
  {
    bit: 0,
    cue: (t) => YEAR_CUE.test(t),
    // looking-back-at: "back at 2025, the year the index put on 16%".
    re: /\b(?:in|for|during|of|through|over|back at) ((?:19|20)\d\d)\b(?![-–]\d)/gi,
    make: (m) => ({ type: 'point', period: m[1]!, label: m[1]! }),
  },
];

/**
 * Periods made from a phrase and a publication date. "in March", "this week", "on Tuesday" recur
 * across a page and across pages of a day, and making one walks the calendar; periods are never
 * mutated, so one object serves every claim that names it.
 */
// By rule, then publication date, then phrase: no key string to build for each phrase found.
const made: Map<string, Map<string, ClaimPeriod | null>>[] = [];
let madeCount = 0;

function periodOf(rule: Rule, r: number, m: RegExpExecArray, published: string): ClaimPeriod | null {
  if (rule.contextual?.(m)) return rule.make(m, published);
  const byDate = (made[r] ??= new Map());
  let byPhrase = byDate.get(published);
  if (!byPhrase) byDate.set(published, (byPhrase = new Map()));
  let period = byPhrase.get(m[0]);
  if (period === undefined) {
    period = rule.make(m, published);
    if (++madeCount > 5000) {
      made.length = 0;
      madeCount = 0;
    }
    byPhrase.set(m[0], period);
  }
  return period;
}

const POSSESSIVE = /^['\u2019]s\b/;
const THAN_LEAD_RE = /\bthan[\s\u00a0]+$/i;
/** "January's 2.0%": a possessive period right before a figure. */
const POSSESSIVE_FIGURE_RE = /^['\u2019]s[\s\u00a0]+(?:[$€£¥]|\d)/;
/** from-day-to: "climbed 685.28 points, or 1.32 percent, from Monday to finish at 52,518.08" (Kyodo). */
const FROM_DAY_TO_RE = /^,?[\s\u00a0]+to(?:[\s\u00a0]+(?:finish|close|end|settle)[\s\u00a0]+at)?[\s\u00a0]+[$€£¥]?\d/i;
const FROM_DAY_CLOSE_TO_RE =
  /^['\u2019]s[\s\u00a0]+(?:close|level|finish|settlement|reading)(?:[\s\u00a0]+to\b|,[\s\u00a0]+(?:reaching|rising[\s\u00a0]+to|falling[\s\u00a0]+to|climbing[\s\u00a0]+to|ending[\s\u00a0]+at|to)\b)/i;
/**
 * "February highs", "its January all-time high of", "their June rally": a high, a low or a market
 * episode after a period phrase (the phrase dates it, not a figure); group 1 when "of" follows.
 */
const HIGH_AFTER_RE =
  /^[\s\u00a0]+(?:(?:all-time|record|intraday|closing|session)[\s\u00a0]+)?(?:highs?|lows?|peaks?|troughs?|rally|rallies|sell-?offs?|slump|surge|rebound|recovery|run-?up)\b([\s\u00a0]+of\b)?/i;
/** may-noun: the nouns after a capital "May" that make it the month: "its May average of $3,309", "May consumer prices rose 2.4%". */
const MAY_NOUN_RE =
  /^[\s\u00a0]*(?:average|reading|print|figure|data|report|release|payrolls|survey|high|low|close|level|consumer|producer|CPI|PCE|inflation|jobs|jobless|employment|unemployment|nonfarm|retail|core|headline|wages?)\b/;
/** A weekday named alone ("on Thursday"): an event's day, where "today" at a meeting is the figure's too. */
/** "price", "close", "fix": the noun a weekday qualifies in "a Friday price" (a-day-noun). */
/** day-record-noun: the noun of an extreme right after a day ("May 21 record", "Oct. 6 closing high"). */
const DAY_RECORD_AFTER_RE =
  /^[\s\u00a0]+(?:(?:all-time|record|closing|intraday|peak)[\s\u00a0]+)?(?:record|high|peak|top)s?\b/i;
/** "below its ", "above the ": a distance from a past level, then its day. */
const DISTANCE_LEAD_RE =
  /\b(?:below|above|under|beneath|over)[\s\u00a0]+(?:its|their|the)[\s\u00a0]+(?:[A-Z][a-z]{2,8}\.?[\s\u00a0]+)?$/i;
/** A period of one day: a dated point, or one session's span (a long weekend at most). */
export const isOneDayPeriod = (p: ClaimPeriod): boolean =>
  p.type === 'point' ? p.period.length === 10 : p.type === 'span' && toDay(p.to) - toDay(p.from) <= 4;
/** holiday-day: the shut day's noun after a weekday, "Monday's holiday", "Friday's market closure". */
const HOLIDAY_AFTER_RE =
  /^(?:['’]s)?[\s\u00a0]+(?:(?:public|market|national|bank|exchange)[\s\u00a0]+)?(?:holiday|closure|shutdown)\b/i;
const DAY_EVENT_NOUN_RE = /^[\s\u00a0]+(?:bounce|rebound|rally|sell-?off|slide|slump|drop|jump|surge|recovery)\b/i;
const DAY_PRICE_NOUN_RE = /^[\s\u00a0]+(?:price|close|closing|fix|fixing|settlement|finish|quote|reading|print)\b/i;
const WEEKDAY_PHRASE_RE = new RegExp(`^(?:on[\\s\\u00a0]+)?(?:${WEEKDAYS.join('|')})\\b`, 'i');
const EVENT_DAY_LEAD_RE =
  /\b(?:meeting|meetings|decision|announcement|vote|summit|talks|testimony|holiday|break|closure)(?:[\s\u00a0]+(?:on|this|next))?[\s\u00a0]+$/i;
const INTO_LEAD_RE = /\binto[\s\u00a0]+$/i;
const MEETS_ON_LEAD_RE = /\b(?:meets|meet|meeting|convenes)[\s\u00a0]+(?:again[\s\u00a0]+)?on[\s\u00a0]+$/i;
const LAST_YEAR_AFTER_RE = /^,?[\s\u00a0]+last[\s\u00a0]+year\b/i;
const YEAR_IN_RE = /\b(?:19|20)\d\d\b/;
/** A ranking of the day, then "since" and words naming a past session: "its best day since the record session of ". */
const RANKING_SINCE_LEAD_RE = new RegExp(
  String.raw`\b(?:${RANKINGS})\b[^.;,\d]{0,30}\bsince\b[^.;,\d]{0,40}\b(?:of|on)[\s\u00a0]+$`,
  'i',
);
/** after-doing-in: "after sliding on ", "after rallying in the ". */
const AFTER_DOING_IN_LEAD_RE =
  /\bafter[\s\u00a0]+[a-z]+ing[\s\u00a0]+(?:(?:in|on|during)[\s\u00a0]+(?:the[\s\u00a0]+)?)?$/i;
/** A ranking's words right before a "since" phrase: "the biggest one-day rise ", "its best week ". */
const RANKING_BEFORE_SINCE_RE = new RegExp(String.raw`\b(?:${RANKINGS})\b[^.;,\d]{0,30}$`, 'i');
/** A past extreme the subject set, then the day: "the record it set on ", "the high that the index hit on ". */
const RECORD_SET_ON_LEAD_RE = new RegExp(`${EXTREME_SET}[\\s\\u00a0]+(?:on[\\s\\u00a0]+)?$`, 'i');
/**
 * record-set-on, told without its setter: "to 5,949.17, a second step back from the record set on Monday". Not a
 * figure's own record ("short of the $64.51 record set last Friday": the day is that level's).
 */
const BARE_RECORD_SET_ON_LEAD_RE =
  /(?<![\d%][\s\u00a0])\b(?:record|high|peak|low)s?[\s\u00a0]+(?:set|hit|reached|notched)[\s\u00a0]+(?:on[\s\u00a0]+)?$/i;
/** A named day, then an opening bracket: "since last Friday (", "from Monday (". */
const RESTATED_DAY_LEAD_RE = new RegExp(
  String.raw`\b(?:since|from)[\s\u00a0]+(?:last[\s\u00a0]+)?${WEEKDAY_NAME}[\s\u00a0]*\([\s\u00a0]*$`,
  'i',
);
const SINCE_LEAD = /\bsince[\s\u00a0]+(?:the[\s\u00a0]+|last[\s\u00a0]+)?$/i;
// cycle-opened-in: "the half-point move that opened the cycle in September 2024": a count's start, held like "since".
const SINCE_EVENT_IN_RE =
  /\bsince[\s\u00a0]+(?:the|its|their)[\s\u00a0]+(?:[A-Za-z'’-]+[\s\u00a0]+){1,5}(?:in|last)[\s\u00a0]+$|\b(?:opened|started|began|kicked[\s\u00a0]+off)[\s\u00a0]+(?:the|its|this)[\s\u00a0]+(?:(?:easing|cutting|rate-cutting|hiking|tightening)[\s\u00a0]+)?cycle[\s\u00a0]+in[\s\u00a0]+$/i;
// "to 3.75% to 4%, following a similar cut in September": the clause tells of an earlier event.
// after-clause-figure: ", after touching 2.073 percent on Dec. 22": a figure inside the clause is what the date dates.
const AFTER_CLAUSE = /,[\s\u00a0]+(?:following|after)[\s\u00a0][^,;\d]*$/i;
/** after-gerund: "up 123% after topping six figures for the first time in December": that event's month, not the move's. */
const AFTER_GERUND_RE = /\d%?[\s\u00a0]+(?:after|following)[\s\u00a0]+[a-z]+ing\b[^,;\d]*$/i;
// "advanced 26.2% and closed out December at 50,339.48", "holds its range at 3.75%-4.00% and next meets on
// Jan. 27-28": a period inside a new verb's clause dates that clause, not the figure before the "and".
// next-meeting: "The BOJ's policy rate stands at 0.5%, with the next meeting set for January 22-23":
// the date is the meeting's, never the period of the figure before it; so is "and the next meeting ends on March 19".
const NEXT_MEETING_LEAD =
  /\b(?:next|upcoming|coming)[\s\u00a0]+(?:policy[\s\u00a0]+|rate[\s\u00a0]+)?(?:meeting|decision|review|announcement)[\s\u00a0]+(?:(?:is|ends|concludes|falls|wraps[\s\u00a0]+up)[\s\u00a0]+)?(?:(?:set|scheduled|due|slated|planned)[\s\u00a0]+)?(?:for|on)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;
const NEW_CLAUSE_VERB_LEAD =
  /\b(?:and|then|but|before)[\s\u00a0]+(?:(?:the[\s\u00a0]+)?[A-Z][\w&.'’-]*(?:[\s\u00a0]+[A-Z0-9][\w&.'’-]*)?[\s\u00a0]+)?(?:(?:next|will|is[\s\u00a0]+due[\s\u00a0]+to)[\s\u00a0]+)?(?:closed|ended|finished|settled|wrapped[\s\u00a0]+up|rounded[\s\u00a0]+off|meets|meet|met|decides|reports|releases|publishes)(?:[\s\u00a0]+out)?[\s\u00a0]+(?:on[\s\u00a0]+)?(?:the[\s\u00a0]+)?$/i;
// "The Federal Reserve, which cut rates three times last year, holds its range at ...": the phrase sits
// in a relative aside opened by ", which" (or ", who") and closed by the next comma.
// where-aside: "In London, where trading went ahead on Thursday, the FTSE 100 rose 1.17%": a place's aside too.
const ASIDE_OPEN = /,[\s\u00a0]+(?:which|who|where)\b[^,;]*$/i;
/** How far an aside may run before and after its period phrase. */
const ASIDE_REACH = 80;

/** Where the relative aside around [start, end) closes (its comma), if the phrase is in one. */
/** How far around a phrase an opening or closing bracket is looked for. */
const BRACKET_REACH = 80;
/**
 * bracketed-aside: "June 18, 2025 (markets shut Thursday for the holiday) · S&P 500 · 5,980.87": a phrase
 * inside brackets dates nothing after them.
 */
function bracketEnd(text: string, start: number, end: number): number | undefined {
  const before = text.slice(Math.max(0, start - BRACKET_REACH), start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return undefined;
  const close = text.slice(end, end + BRACKET_REACH).search(/[()]/);
  if (close < 0 || text[end + close] !== ')') return undefined;
  // A clause, not a label: "Close (Friday)" or "Gold (London afternoon price, Friday)" heads a figure its
  // period dates; "(markets shut Thursday for the holiday)" goes on past the phrase.
  const words = text
    .slice(Math.max(0, start - BRACKET_REACH) + open + 1, end + close)
    .trim()
    .split(/[\s\u00a0]+/);
  const goesOn = /[A-Za-z]/.test(text.slice(end, end + close));
  return goesOn && words.length >= BRACKET_CLAUSE_WORDS ? end + close : undefined;
}
const BRACKET_CLAUSE_WORDS = 4;

function relativeAsideEnd(text: string, start: number, end: number): number | undefined {
  if (!ASIDE_OPEN.test(text.slice(Math.max(0, start - ASIDE_REACH), start))) return undefined;
  const tail = text.slice(end, end + ASIDE_REACH);
  const close = tail.search(/[,;]|\.(?!\d)/);
  return close >= 0 && tail[close] === ',' ? end + close : undefined;
}
const DAY_LEVEL_OF_RE =
  /^['\u2019]s[\s\u00a0]+(?:(?:record|all-time|closing|final)[\s\u00a0]+)?(?:close|finish|settlement|level|high|low)[\s\u00a0]+(?:of|at)\b/i;
const OWNER_BEFORE = /\b(?:its|their|the)[\s\u00a0]+(?:(?:early|mid|late)[-\s\u00a0])?$/i;
const LEVEL_NOUN_AFTER = /^[\s\u00a0]+(?:highs?|lows?|peaks?|troughs?|levels?|records?|close)\b/i;
/** "their March run", "its May rally": a move named as a noun after its month. */
const MOVE_NOUN_AFTER =
  /^[\s\u00a0]+(?:run|rally|rallies|gains?|advance|rise|slide|sell-?off|rout|surge|climb|decline|drop|slump|losses)\b/i;
/** "rally of 5%": the move noun's own figure, right after it. */
const MOVE_OF_FIGURE_RE = /^[\s\u00a0]+[a-z-]+[\s\u00a0]+of[\s\u00a0]+[$€£¥]?[-+\u2212]?\d/i;
/** "close of 4.67%", "record high of $108,786": the level noun's own figure, right after it. */
const LEVEL_OF_FIGURE_RE =
  /^[\s\u00a0]+(?:(?:record|all-time|closing|final)[\s\u00a0]+)?(?:close|finish|settlement|level|high|low)[\s\u00a0]+(?:of|at)[\s\u00a0]+[$€£¥]?\d/i;

/**
 * Every period phrase in text[from, to), with its position. `cues`, the cue bits of the words of
 * the text (Lexeme.cues), saves reading the text once more to tell which rules can match.
 */
export function periodPhrases(text: string, from: number, to: number, published: string, cues?: number): Found[] {
  const region = text.slice(from, to);
  const cueWhen = /^[\s\u00a0]*(?:back[\s\u00a0]+)?when\b/i.test(region);
  const out: Found[] = [];
  const roomy = new Set<Found>();
  // One pass over the text tells which rules can match at all.
  const lower = cues === undefined ? region.toLowerCase() : '';
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    if (cues === undefined || !rule.bit ? !rule.cue(cues === undefined ? lower : region) : !(cues & rule.bit)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(region); m; m = rule.re.exec(region)) {
      let period = periodOf(rule, r, m, published);
      if (!period) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      // day-last-year: "its closing record of 42,224.02 set on July 11 last year": the day of the year before.
      if (
        LAST_YEAR_AFTER_RE.test(text.slice(end, end + 12)) &&
        !YEAR_IN_RE.test(m[0]) &&
        MONTH_CUE.test(m[0].toLowerCase())
      ) {
        period = periodOf(rule, r, m, `${Number(published.slice(0, 4)) - 1}-12-31`);
        if (!period) continue;
      }
      // contract-month: "Brent futures for March delivery" names a contract, not the figure's month.
      if (period.type === 'point' && period.period.length === 7 && isContractMonth(text, start, end)) continue;
      // next-weekday: a day still to come dates no figure of the article, but no past day may be read in its place.
      if (rule.barrier) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // since-event-in: "Since the first cut in August 2024 the rate has come down 100 basis points": the
      // month an event fell in starts a span whose first day is not written: no period, held like
      // "since August 2024".
      if (
        period.type === 'point' &&
        SINCE_EVENT_IN_RE.test(text.slice(Math.max(0, start - 60), start)) &&
        !out.some((f) => start < f.end && end > f.start)
      ) {
        out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // ranking-since: "added 2.1% to 41,300.25, its best day since the record session of May 12": the day the
      // ranking reaches back to dates no figure of the sentence.
      // record-it-set-on: "closed at 2,950.10, just shy of the record it set on May 4": the day is the record's.
      if (
        RANKING_SINCE_LEAD_RE.test(text.slice(Math.max(0, start - 80), start)) ||
        // ranking-then-since: "rose 10 basis points to 2.29%, the biggest one-day rise since the start of July".
        (/^since\b/i.test(m[0]) && RANKING_BEFORE_SINCE_RE.test(text.slice(Math.max(0, start - 50), start))) ||
        RECORD_SET_ON_LEAD_RE.test(text.slice(Math.max(0, start - 50), start)) ||
        BARE_RECORD_SET_ON_LEAD_RE.test(text.slice(Math.max(0, start - 30), start))
      ) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // restated-day: "change since last Friday (March 27)": the date in brackets restates the day a phrase
      // before it named, which that phrase already reads.
      if (RESTATED_DAY_LEAD_RE.test(text.slice(Math.max(0, start - 40), start))) continue;
      // "the biggest drop since June 2020", "a deal by June 2025": a comparison or deadline.
      const lead = text.slice(Math.max(0, start - 18), start);
      // event-of-owner: "Bank Rate stands at 5.25%, and the Bank of England's Aug. 1 decision looks close":
      // a date in an owner's event names the event, not the figure's day.
      if (POSSESSIVE_LEAD_RE.test(lead) && EVENT_NOUN_AFTER_RE.test(text.slice(end, end + 24))) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // meets-on: "The Fed meets on June 16-17 with its target range at 3.50%-3.75%": a meeting's days date no figure.
      if (MEETS_ON_LEAD_RE.test(lead)) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // a-day-noun: "Silver's Thursday fix of $58.66 was followed by a Friday price a shade lower": a weekday after
      // "a" or "an" and before a price noun names that other price's day, never a figure before it.
      // a-day-event: "slipped 0.54% despite a late Friday bounce": nor before a move's noun, the day of that move.
      if (
        WEEKDAY_PHRASE_RE.test(m[0]) &&
        /\ban?[\s\u00a0]+(?:(?:late|early|strong|brief|sharp|small|modest)[\s\u00a0]+)?$/i.test(lead) &&
        (DAY_PRICE_NOUN_RE.test(text.slice(end, end + 16)) || DAY_EVENT_NOUN_RE.test(text.slice(end, end + 16)))
      ) {
        if (!out.some((f) => start < f.end && end > f.start)) out.push({ start, end, period, forward: true });
        continue;
      }
      // holiday-day: "Back from Monday's holiday, the Nikkei 225 dropped 539.15 points": the day markets were shut
      // dates no figure; the move is the session after it.
      if (WEEKDAY_PHRASE_RE.test(m[0]) && HOLIDAY_AFTER_RE.test(text.slice(end, end + 30))) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // day-record-noun: "Bitcoin Holds $109,464, 2% Off May 21 Record": a day before "record" or "high" is the
      // record's day, never the day of a figure before it.
      // ("below its Jan. 23 record close" is a distance from that day to now, read by distance-from-level.)
      if (
        DAY_RECORD_AFTER_RE.test(text.slice(end, end + 30)) &&
        isOneDayPeriod(period) &&
        !DISTANCE_LEAD_RE.test(`${text.slice(Math.max(0, start - 24), start)}${m[0]}`.replace(/[^\s\u00a0]+$/, ''))
      ) {
        if (!out.some((f) => start < f.end && end > f.start)) out.push({ start, end, period, forward: true });
        continue;
      }
      // after-doing-in: "the yield climbed 6 basis points to 4.12%, a rebound after sliding on Friday": the day of the
      // move before, never of a figure before it ("after ending Tuesday at 2.78%" still dates the level after it).
      if (AFTER_DOING_IN_LEAD_RE.test(text.slice(Math.max(0, start - 40), start))) {
        if (!out.some((f) => start < f.end && end > f.start)) out.push({ start, end, period, forward: true });
        continue;
      }
      // label-colon-day: "$43.875 (Tuesday: $44.325)": a day labelling the figure after its colon dates that one.
      if (/^[\s\u00a0]*:[\s\u00a0]*[$€£¥]?[\d+\-−]/.test(text.slice(end, end + 6))) {
        if (!out.some((f) => start < f.end && end > f.start)) out.push({ start, end, period, forward: true });
        continue;
      }
      // from-month: "up $8.9 billion from August" (of September's holdings): the month the move starts
      // from, held like "since August", not the month it is about.
      if (
        period.type === 'point' &&
        period.period.length === 7 &&
        FROM_LEAD_RE.test(lead) &&
        !FROM_MONTH_NOT_START_RE.test(text.slice(end, end + 12)) &&
        !out.some((f) => start < f.end && end > f.start)
      ) {
        out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      if (
        // going-into: "sits at 3.50%–3.75% going into the July 28-29 meeting": a meeting still to come.
        // ahead-of-its: "stands at 4.5% ahead of its 20 March decision".
        // than-in: "rising 3.2% from a year earlier, a faster pace than in February": the month compared with.
        // pushed-out-to: "has pushed the first fully priced cut out to the fourth quarter": when an event is now expected.
        /\b(?:since|until|till|by|before|after|than(?:[\s\u00a0]+(?:in|during))?|through|ahead of|going into|heading into|due in|due|out[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+|last[\s\u00a0]+|early[\s\u00a0]+|late[\s\u00a0]+|mid-|(?:its|their|next)[\s\u00a0]+)?$/i.test(
          lead,
        ) ||
        // event-day: "before the ECB's meeting on Thursday": the day of an event, not of a figure.
        // into-weekday: "hedges were being rolled into Monday": a day something is carried into, not a figure's.
        (WEEKDAY_PHRASE_RE.test(m[0]) && (EVENT_DAY_LEAD_RE.test(lead) || INTO_LEAD_RE.test(lead)))
      ) {
        // "has been 3.50%-3.75% since the December 10 cut, and we expect no change at the January 28
        // meeting": a level held since a day holds now, so no later phrase is its period.
        // ahead-of-event: "stands at 4.25% to 4.50% ahead of its June meeting, and most expect a hold until
        // September": an event still to come ends the figure's reach as well.
        if ((SINCE_LEAD.test(lead) || AHEAD_LEAD_RE.test(lead)) && !out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        // day-level-of: "pulled back on Friday after Thursday's record close of 45,303.43": the day's
        // own level, named after "after", is dated by it.
        else if (DAY_LEVEL_OF_RE.test(text.slice(end, end + 40)) && !out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true });
        // than-period-figure: "slower than January's 2.0%": the period's own figure, compared with.
        else if (
          THAN_LEAD_RE.test(lead) &&
          POSSESSIVE_FIGURE_RE.test(text.slice(end, end + 8)) &&
          !out.some((f) => start < f.end && end > f.start)
        )
          out.push({ start, end, period, forward: true });
        continue;
      }
      // month-high: "Bitcoin remained near February highs at $97,500": the month dates the highs, not a
      // figure; only "its January all-time high of $108,786" gives the high's own figure a period.
      // from-close-to: "rose 0.015 point from Monday's close to 2.130 percent": the day is the start's,
      // and the level after "to" is the article's, so the phrase dates neither.
      // from-day-at: "ending down 187.44 points, or 0.37 percent, from Monday at 50,339.48": the move is
      // from Monday's close, the level is the article's day.
      // ("from" first: the rarest of the tests, and on the shortest text.)
      if (
        /\bfrom[\s\u00a0]+$/i.test(text.slice(Math.max(0, start - 6), start)) &&
        (FROM_DAY_CLOSE_TO_RE.test(text.slice(end, end + 30)) ||
          /^[\s\u00a0]+at\b/i.test(text.slice(end, end + 5)) ||
          FROM_DAY_TO_RE.test(text.slice(end, end + 30)))
      )
        continue;
      // frame-year: "November marked the best month of 2024 for the Dow, which gained 7.5%": the year
      // only frames a ranking of its months; the month named is the figure's period.
      if (
        period.type === 'point' &&
        period.period.length === 4 &&
        FRAME_YEAR_LEAD_RE.test(text.slice(Math.max(0, start - 24), start))
      )
        continue;
      // ranking-frame: "added 3,297.46 points, one of its largest one-day gains this year": the year
      // frames the ranking of days, not the figure, which is the day's own.
      // "its highest close of the month": the month is read as "the month" after "of".
      if (
        (RANKING_FRAME_PHRASE_RE.test(m[0]) ||
          (THE_FRAME_RE.test(m[0]) && /\bof[\s\u00a0]+$/i.test(text.slice(Math.max(0, start - 4), start)))) &&
        (RANKING_LEAD_RE.test(text.slice(Math.max(0, start - 48), start)) ||
          ORDINAL_MOVE_LEAD_RE.test(text.slice(Math.max(0, start - 40), start)))
      )
        continue;
      // below-where-it-finished: "fell 84.32 points to 6,798.40, slipping below where it finished 2025": the year's
      // close is what the level before is compared with; it dates only what follows ("..., at 39,894.54").
      if (
        period.type === 'span' &&
        period.lastSession &&
        BELOW_WHERE_RE.test(text.slice(Math.max(0, start - 40), start))
      ) {
        if (!out.some((f) => start < f.end && end > f.start)) out.push({ start, end, period, forward: true });
        continue;
      }
      // published-in-month: "the 22,000 gain first published in early September" (August's payrolls): the month
      // a figure came out, not the one it is for.
      if (PUBLISHED_IN_LEAD_RE.test(text.slice(Math.max(0, start - 40), start))) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // close-against-day: "Friday, Aug. 22 close against Friday, Aug. 15": the day after "against" is the base a
      // table's changes are measured from; it dates no level of the table (the first day does).
      if (CLOSE_AGAINST_LEAD_RE.test(text.slice(Math.max(0, start - 60), start))) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // compared-with-last-week: "an 11.7% drop compared with last week": measured from some level last week
      // (which day, which hour?) to now, not over last week's sessions; the phrase dates no figure.
      if (
        /^last[\s\u00a0]+(?:week|month)$/i.test(m[0]) &&
        COMPARED_WITH_LEAD_RE.test(text.slice(Math.max(0, start - 20), start))
      ) {
        if (!out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true, barrier: true });
        continue;
      }
      // erased-gains-frame: "the CAC 40 fell 3.46 percent, wiping out what remained of its gains for 2026":
      // the year dates the gains the move erased, not the move, which is the day's.
      if (
        ERASED_GAINS_LEAD_RE.test(text.slice(Math.max(0, start - 80), start)) &&
        !/^[\s\u00a0]+to\b/i.test(text.slice(end, end + 4))
      )
        continue;
      // level-ranking-window: "fixed at 1.0882, its highest fixing in two weeks": the window frames the
      // ranking of the level, which is the day's own, not a move over two weeks.
      if (period.type === 'window' && LEVEL_RANKING_LEAD_RE.test(text.slice(Math.max(0, start - 48), start))) continue;
      // streak-count: "the DAX fell 255.22 points, its fifth loss in five sessions": the window counts the losses; the
      // figure is the day's move.
      if (period.type === 'window' && STREAK_LEAD_RE.test(text.slice(Math.max(0, start - 48), start))) continue;
      const highAfter = HIGH_AFTER_RE.exec(text.slice(end, end + 30));
      if (highAfter && !highAfter[1]) continue;
      // "156.32, with the pair off its late-December highs": the period dates a past level, not the figure.
      if (
        LEVEL_NOUN_AFTER.test(text.slice(end, end + 10)) &&
        OWNER_BEFORE.test(text.slice(Math.max(0, start - 12), start))
      ) {
        // day-close-of: "its retreat from the May 19 close of 4.67%": the day dates the close's own figure.
        if (LEVEL_OF_FIGURE_RE.test(text.slice(end, end + 32)) && !out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true });
        continue;
      }
      // owned-move-noun: "as chipmakers gave back part of their March run, and the Dow lost 190.89 points": the month
      // names someone's run; it dates only a figure of that run right after it ("its March rally of 5%").
      // A day's ("the Aug. 5 rout") still dates the level it names: "the 2,441.55 it sank to in the Aug. 5 rout".
      if (
        period.type === 'point' &&
        period.period.length === 7 &&
        MOVE_NOUN_AFTER.test(text.slice(end, end + 12)) &&
        OWNER_BEFORE.test(text.slice(Math.max(0, start - 12), start))
      ) {
        if (MOVE_OF_FIGURE_RE.test(text.slice(end, end + 28)) && !out.some((f) => start < f.end && end > f.start))
          out.push({ start, end, period, forward: true });
        continue;
      }
      if (out.some((f) => start < f.end && end > f.start && !(roomy.has(f) && start >= f.start && end <= f.end)))
        continue;
      const asideEnd = relativeAsideEnd(text, start, end);
      if (asideEnd !== undefined) out.push({ start, end, period, asideEnd });
      // possessive-session: "trading near 26,338 in Friday's session": the session the figure traded in.
      // possessive-auction: "having reached $32.01 at Wednesday's auction": the auction (close, fix) the figure was set at.
      else if (
        (POSSESSIVE_SESSION_RE.test(text.slice(end, end + 24)) &&
          SESSION_LEAD_RE.test(text.slice(Math.max(0, start - 12), start))) ||
        (POSSESSIVE_AUCTION_RE.test(text.slice(end, end + 32)) &&
          !AUCTION_FIGURE_AFTER_RE.test(text.slice(end, end + 60)) &&
          /\bat[\s\u00a0]+$/i.test(text.slice(Math.max(0, start - 6), start)))
      )
        out.push({ start, end, period });
      // possessive-own-clause: "extended last week's losses, and Seoul's KOSPI shed 1.14%": a possessive
      // period dates its own noun's clause, never a figure past the clause break after it.
      // month-names-measure: "and May payrolls were cut to": a month before its measure's noun dates that noun.
      else if (
        (POSSESSIVE.test(text.slice(end, end + 3)) ||
          (period.type === 'point' &&
            period.period.length === 7 &&
            MONTH_MEASURE_AFTER_RE.test(text.slice(end, end + 24)))) &&
        !/^since\b/i.test(m[0]) &&
        !rule.forward
      ) {
        const brk = CLAUSE_BREAK_RE.exec(text.slice(end, end + 120));
        out.push({ start, end, period, forward: true, ...(brk ? { asideEnd: end + brk.index } : {}) });
      } else if (
        rule.forward ||
        // "lost about 1.6% since last Friday's 1.1805": the move since it, and the level on it.
        (POSSESSIVE.test(text.slice(end, end + 3)) && !/^since\b/i.test(m[0])) ||
        /^after\b/i.test(m[0]) ||
        highAfter !== null ||
        AFTER_CLAUSE.test(text.slice(Math.max(0, start - 40), start)) ||
        AFTER_GERUND_RE.test(text.slice(Math.max(0, start - 70), start)) ||
        NEW_CLAUSE_VERB_LEAD.test(text.slice(Math.max(0, start - 30), start)) ||
        NEXT_MEETING_LEAD.test(text.slice(Math.max(0, start - 50), start))
      )
        out.push({ start, end, period, forward: true });
      else
        out.push(
          CLAUSE_OPENING_RE.test(text.slice(Math.max(0, start - 16), start)) ||
            (cueWhen && WHEN_LEAD_RE.test(text.slice(from, start)))
            ? { start, end, period, opensClause: true }
            : // day-when-clause: "It had looked like a different week on Wednesday, when weak data pulled the 10-year
              // down to 4.37%": the when-clause tells of that day, however long.
              WEEKDAY_PHRASE_RE.test(m[0]) && WHEN_AFTER_RE.test(text.slice(end, end + 8))
              ? { start, end, period, whenClause: true }
              : { start, end, period },
        );
      if (rule.keepsInner) roomy.add(out.at(-1)!);
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (region.includes('(')) for (const f of out) f.asideEnd ??= bracketEnd(text, f.start, f.end);
  // forward-to-semicolon: "1.5% Off July 13 Record; Ether Jumps 3.2%": a phrase naming what follows it reaches no
  // figure past a semicolon.
  if (region.includes(';'))
    for (const f of out) {
      if (!f.forward || f.asideEnd !== undefined) continue;
      const semi = text.indexOf(';', f.end);
      if (semi >= 0 && semi < to) f.asideEnd = semi;
    }
  if (CONSEQUENCE_CUE_RE.test(region))
    for (const f of out) {
      const from = Math.max(0, f.start - 60);
      const lead = CONSEQUENCE_LEAD_RE.exec(text.slice(from, f.start));
      if (lead) f.clauseStart = from + lead.index;
    }
  thatDay(out, text);
  weekdayThenDate(out, text);
  dateThenWeekday(out, text);
  carryYear(out);
  sinceThroughShared(out);
  if (SAME_STRETCH_CUE.test(region)) sameStretch(region, from, out);
  return yearRateMonth(text, leadWeekRestated(out));
}

const MONTH_MEASURE_AFTER_RE =
  /^[\s\u00a0]+(?:payrolls|jobs|job[\s\u00a0]+gains|hiring|(?:retail[\s\u00a0]+)?sales|CPI|inflation|GDP|exports|imports|output)\b/;

/** ", leaving bullion higher for ": a consequence clause, with no figure of its own before the phrase. */
/** Read first, once per text: most texts have no consequence clause at all. */
// undoing-clause: "lost 9.5% and 8.8%, respectively, undoing the rally that carried both into late July": a clause
// that looks back on what the move undid dates nothing before its comma.
const CONSEQUENCE_CUE_RE = /\b(?:leav|left|undoing|erasing|reversing|unwinding|wiping)/i;
const CONSEQUENCE_LEAD_RE =
  /,[\s\u00a0]*(?:leaving|which[\s\u00a0]+left|to[\s\u00a0]+leave|undoing|erasing|reversing|unwinding|wiping[\s\u00a0]+out)\b[^\d,;.]{0,50}$/i;
const YEARS_RE = new RegExp(YEAR_IN_RE.source, 'g');

const SAME_STRETCH_CUE = /\bsame[\s\u00a0]+(?:stretch|period|span|timeframe|window)\b/i;
const SAME_STRETCH_RE =
  /\b(?:over|in|during|across|for)[\s\u00a0]+the[\s\u00a0]+same[\s\u00a0]+(?:stretch|period|span|timeframe|window)\b/gi;

/**
 * same-stretch: "WTI has gained 62.5% since it ended 2025, while Brent is up 93.5% from $61.35 over the same
 * stretch": the phrase repeats the span an earlier phrase of the sentence named.
 */
function sameStretch(region: string, from: number, found: Found[]): void {
  SAME_STRETCH_RE.lastIndex = 0;
  for (let m = SAME_STRETCH_RE.exec(region); m; m = SAME_STRETCH_RE.exec(region)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    // same-stretch-window: "lost 4.79% in the five sessions to Friday, while the Shanghai Composite edged up 0.37% over
    // the same stretch": the stretch is the sessions, not the day that ends them.
    const before = (f: Found) => f.end <= start && !f.barrier;
    const earlier =
      found.findLast(
        (f) => before(f) && (f.period.type === 'window' || (f.period.type === 'span' && !isSessionSpan(f.period))),
      ) ?? found.findLast((f) => before(f) && f.period.type === 'span');
    if (!earlier) continue;
    const at = found.findIndex((f) => f.start > start);
    found.splice(at < 0 ? found.length : at, 0, { start, end, period: { ...earlier.period, label: m[0] } });
  }
}

const THROUGH_LABEL_RE = /^through\b/i;

/**
 * since-through-shared: "Since peaking on May 2, 2025, the three gauges have lost 4.1%, 5.3% and 6.2%, respectively,
 * through June 9": the "since" phrase starts the span the "through" day ends, so a figure nearer the "since" phrase
 * (the list's first) is dated by the same span, not one running to the article's date.
 */
function sinceThroughShared(found: Found[]): void {
  for (const g of found) {
    if (g.period.type !== 'span' || !THROUGH_LABEL_RE.test(g.period.label)) continue;
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (f.start >= g.start || f.period.type !== 'span' || f.period.from !== g.period.from) continue;
      if (f.period.to > g.period.to) found[i] = { ...f, period: g.period };
    }
  }
}

/** A span opening the sentence from a named day: "Measured from last Thursday's close", "Since Friday,". */
const LEAD_SINCE_LABEL_RE = new RegExp(
  String.raw`^(?:Compared (?:with|to)|Measured (?:from|against)|Since|From) (?:last )?${WEEKDAY_NAME}\b`,
  'i',
);

/**
 * lead-week-restated: "Measured from last Thursday's close, spot Brent is up 15.6% on the week and WTI 18.2%": the
 * week is the one the opening clause measures from, not the calendar week; its words restate that span.
 */
function leadWeekRestated(out: Found[]): Found[] {
  const lead = out[0];
  if (lead?.period.type !== 'span' || !LEAD_SINCE_LABEL_RE.test(lead.period.label)) return out;
  return out.filter((f) => f === lead || f.period.type !== 'span' || f.period.label !== 'this week');
}

const POSSESSIVE_LEAD_RE = /\w['’]s?[\s\u00a0]+$/;
/** "'s session", "'s trading": a day's own session named with the possessive (possessive-session). */
const POSSESSIVE_SESSION_RE =
  /^['\u2019]s[\s\u00a0]+(?:(?:morning|afternoon|late|early|overnight)[\s\u00a0]+)?(?:session|trading|trade|dealings)\b/i;
const SESSION_LEAD_RE = /\b(?:in|during|through|over|for)[\s\u00a0]+$/i;
/** "Monday's auction, at $5,090.80": the auction's own figure follows, and the day is its. */
const AUCTION_FIGURE_AFTER_RE =
  /^['\u2019]s[\s\u00a0]+[\w\s\u00a0]{0,24}?(?:auction|fix|fixing|close|settlement)\b[\s\u00a0]*,?[\s\u00a0]*(?:at|of)[\s\u00a0]+[$€£¥]?\d/i;
/** "'s auction", "'s afternoon fix", "'s close": the auction or close a figure was set at (possessive-auction). */
const POSSESSIVE_AUCTION_RE =
  /^['\u2019]s[\s\u00a0]+(?:(?:morning|afternoon|noon|closing|London)[\s\u00a0]+)?(?:auction|fix|fixing|close|settlement)\b/i;
/**
 * A phrase right after a clause's opening: ", while over 30 days", "; over the month", ": since the end of
 * 2024". Not after a bare comma ("7.6%, respectively, since the last session of 2025, ..."), which ends the
 * clause before it.
 */
const CLAUSE_OPENING_RE = /(?:[;:]|,[\s\u00a0]*(?:while|whereas|but|and|though|although))[\s\u00a0]*$/i;
/**
 * when-clause-lead: "When the Fed began cutting on September 18 last year, the 10-year yield stood at 3.70%": the day
 * of a "when" clause opening the sentence is the main clause's.
 */
const WHEN_LEAD_RE = /^[\s\u00a0]*(?:back[\s\u00a0]+)?when\b[^,;:.!?]{0,60}$/i;
/** How far after a clause-opening phrase its figure may stand. */
const CLAUSE_LEAD_CHARS = 80;
/** How far a when-clause after a day may run to its figure (day-when-clause). */
const WHEN_CLAUSE_CHARS = 160;
const WHEN_AFTER_RE = /^,?[\s\u00a0]+when\b/i;
/** Where a clause ends and another begins: ", and", ", while", ", but", ";". */
const CLAUSE_BREAK_RE = /,[\s\u00a0]+(?:and|while|but|whereas)\b|;/;
const EVENT_NOUN_AFTER_RE =
  /^[\s\u00a0]+(?:policy[\s\u00a0]+|rate[\s\u00a0]+)?(?:decision|meeting|vote|announcement|statement|hearing|testimony|release)\b/i;
const FROM_LEAD_RE = /\bfrom[\s\u00a0]+$/i;
/** "from August's 3.0%" (that month's own figure), "from August to October" (a range): not a start. */
const FROM_MONTH_NOT_START_RE = /^(?:['’]s?\b|[\s\u00a0]+(?:to|through|until|till|and)\b|[\s\u00a0]*[-–])/i;
const ON_THE_YEAR_RE = /^(?:on|for|over)[\s\u00a0]+the[\s\u00a0]+year$/i;
const YEAR_RATE_MONTH_GAP_RE = /^[\s\u00a0]*,?[\s\u00a0]*(?:in|to|through|for)[\s\u00a0]+$/i;

/**
 * year-rate-month: "prices were up 2.6% on the year in November": "on the year" makes the figure a
 * yearly rate whose month follows; it is not a move since the turn of the year.
 */
function yearRateMonth(text: string, found: Found[]): Found[] {
  return found.filter((f, i) => {
    const next = found[i + 1];
    return !(
      next &&
      f.period.type === 'span' &&
      ON_THE_YEAR_RE.test(text.slice(f.start, f.end)) &&
      next.period.type === 'point' &&
      next.period.period.length === 7 &&
      YEAR_RATE_MONTH_GAP_RE.test(text.slice(f.end, next.start))
    );
  });
}

/** A superlative ranking in the same clause before a period phrase: "its largest one-day gain(s)". */
const RANKING_LEAD_RE =
  /\b(?:largest|biggest|best|worst|steepest|sharpest|strongest|weakest|smallest|deepest|lowest|highest)\b[^.;,:!?\d]{0,40}$/i;
/** ordinal-move: "A quarter point, the first reduction of 2025": the year counts a bank's moves, it dates none. */
const ORDINAL_MOVE_LEAD_RE =
  /\b(?:first|second|third|fourth|fifth|sixth|last|latest|only)[\s\u00a0]+(?:(?:rate|interest[\s\u00a0-]rate|policy)[\s\u00a0]+)?(?:reduction|cut|hike|increase|move|rise|decrease|easing|tightening)[\s\u00a0]+$/i;
/** "first published in early ", "released on ", "reported in mid-": when a figure came out. */
const PUBLISHED_IN_LEAD_RE =
  /\b(?:published|released|reported|printed|announced|issued|out)[\s\u00a0]+(?:in|on|at)[\s\u00a0]+(?:(?:early|mid|late)[\s\u00a0-]+|the[\s\u00a0]+(?:start|end|middle)[\s\u00a0]+of[\s\u00a0]+)?$/i;
/** "slipping below where it ", "back above where the index ": a level compared with another time's. */
const BELOW_WHERE_RE =
  /\b(?:above|below|under|over|beneath|than)[\s\u00a0]+where[\s\u00a0]+(?:it|they|the[\s\u00a0]+[a-z]+)[\s\u00a0]+$/i;
/** "compared with ", "versus ", "from ": a time a level is compared with, not a span a move is over. */
const CLOSE_AGAINST_LEAD_RE = new RegExp(
  String.raw`\b(?:close|closes|closing|end[\s\u00a0]+of[\s\u00a0]+day)(?:[\s\u00a0]+\([A-Z]{2,4}\))?[\s\u00a0]+(?:against|versus|vs\.?)[\s\u00a0]+(?:(?:${WEEKDAYS.join('|')}),?[\s\u00a0]+)?$`,
  'i',
);
const COMPARED_WITH_LEAD_RE = /\b(?:compared[\s\u00a0]+(?:with|to)|versus|vs\.?)[\s\u00a0]+$/i;
/** A clause after the figure erasing another quantity: ", wiping out what remained of its gains for". */
const ERASED_GAINS_LEAD_RE =
  /[,;][\s\u00a0]*(?:wiping[\s\u00a0]+out|erasing|reversing|giving[\s\u00a0]+back|handing[\s\u00a0]+back|surrendering|undoing)\b[^.;,:!?\d]{0,50}\b(?:gains?|advances?|rally|rise|losses|declines?|slide)[\s\u00a0]+(?:for|in|of|so[\s\u00a0]+far)?[\s\u00a0]*(?:the[\s\u00a0]+)?$/i;
/** A level's ranking before a window phrase: "its highest fixing in two weeks", "the lowest close in a month". */
const LEVEL_RANKING_LEAD_RE = /\b(?:highest|lowest|strongest|weakest)\b[^.;,:!?\d]{0,30}$/i;
/** "its fifth loss ", "a third straight gain ": a count of a streak's moves before a window phrase. */
const STREAK_LEAD_RE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))(?:[\s\u00a0]+(?:straight|consecutive|successive))?[\s\u00a0]+(?:daily[\s\u00a0]+)?(?:loss|losses|gains?|declines?|drops?|falls?|rises?|advances?|retreats?|slides?|(?:up|down)[\s\u00a0-]+days?)[\s\u00a0]+$/i;
/** The year-, month- or week-long frames a ranking is set in: "this year", "so far this month", "of 2026". */
const RANKING_FRAME_PHRASE_RE =
  /^(?:(?:so[\s\u00a0]+far[\s\u00a0]+)?this[\s\u00a0]+(?:year|month|week)|of[\s\u00a0]+(?:the[\s\u00a0]+year|20\d\d)|in[\s\u00a0]+20\d\d)$/i;
/** "the month" of "its highest close of the month". */
const THE_FRAME_RE = /^the[\s\u00a0]+(?:year|month|week)$/i;
const FRAME_YEAR_LEAD_RE = /\b(?:day|session|week|month|quarter|stretch|run)[\s\u00a0]+(?:(?:of|in|for)[\s\u00a0]+)?$/i;

const THAT_DAY_RE = /^(?:on the day|in the session|on the session)$/i;
const SINCE_BEFORE_RE = /\bsince[\s\u00a0]+$/i;

/** What may stand between a weekday and the date that follows it: ", ", " (". */
const WEEKDAY_DATE_GAP_RE = /^[\s\u00a0]*[,(]?[\s\u00a0]*$/;
const WEEKDAY_LABEL_RE = new RegExp(`^(?:on )?(${WEEKDAYS.join('|')})$`, 'i');

/** Whether a period's label is a weekday alone ("Thursday", "on Friday"). */
export function isWeekdayLabel(label: string): boolean {
  return WEEKDAY_LABEL_RE.test(label.trim());
}

/**
 * weekday-then-date: "gained 184.80 points, or 2.91%, on Tuesday, March 31, to close at 6,528.52" (written on April 8):
 * the date after the weekday says which Tuesday; the weekday is not read as the last one before the article.
 */
function weekdayThenDate(found: Found[], text: string): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i]!;
    const b = found[i + 1]!;
    const day = WEEKDAY_LABEL_RE.exec(a.period.label);
    if (!day || a.barrier || b.barrier || b.period.type !== 'span') continue;
    if (!WEEKDAY_DATE_GAP_RE.test(text.slice(a.end, b.start))) continue;
    if (weekday(b.period.to) !== WEEKDAYS.indexOf(day[1]!.toLowerCase())) continue;
    found.splice(i, 1);
  }
}

/** What may stand between a date and the weekday that names it again: " (", ", ". */
const DATE_WEEKDAY_GAP_RE = /^[\s\u00a0]*[,(]?[\s\u00a0]*$/;

/**
 * date-then-weekday: a chronology's "1 August 2024 (Thursday)", written in October: the weekday restates the date
 * before it and is not read as the last Thursday before the article.
 */
function dateThenWeekday(found: Found[], text: string): void {
  for (let i = found.length - 1; i >= 1; i--) {
    const a = found[i - 1]!;
    const b = found[i]!;
    const day = WEEKDAY_LABEL_RE.exec(b.period.label);
    // "for the second time this year on Thursday": only a day's date is restated by its weekday.
    if (!day || a.barrier || b.barrier || a.period.type !== 'span' || !isOneDayPeriod(a.period)) continue;
    if (!DATE_WEEKDAY_GAP_RE.test(text.slice(a.end, b.start))) continue;
    if (weekday(a.period.to) !== WEEKDAYS.indexOf(day[1]!.toLowerCase())) continue;
    found.splice(i, 1);
  }
}

/**
 * that-day: "At Thursday's noon benchmark, GBP/USD stood at 1.3434, up 0.6% on the day": "on the day"
 * after a day the sentence names is that day's session, not the article's.
 */
function thatDay(found: Found[], text: string): void {
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if (f.period.type !== 'span' || !THAT_DAY_RE.test(f.period.label)) continue;
    for (let j = i - 1; j >= 0; j--) {
      const p = found[j]!.period;
      // that-day-not-since: "its lowest close since Feb. 5; the pair shed 132 pips on the day": a day an extreme
      // runs back to is not the session "the day" is.
      if (SINCE_BEFORE_RE.test(text.slice(Math.max(0, found[j]!.start - 8), found[j]!.start))) continue;
      if (p.type === 'span' && !p.lastSession && !THAT_DAY_RE.test(p.label) && toDay(p.to) - toDay(p.from) <= 4) {
        found[i] = { ...f, period: p };
        break;
      }
    }
  }
}

/**
 * opening-period: "In December 2025, Sydney's policymakers chose once more to keep the cash rate
 * steady at 3.60%": a phrase within a short preposition ("In ", "During ") of the sentence's start opens it.
 */
const OPENING_LEAD_CHARS = 8;
/** "In New York ", "On Wall Street ", "In Tokyo trading ": a place (capitalised words) opening the sentence. */
const PLACE_LEAD_RE =
  /^[\s\u00a0"“]*(?:In|On|At|Across)[\s\u00a0]+(?:[A-Z][\w.&'’-]*[\s\u00a0]+){1,3}(?:trading[\s\u00a0]+|markets?[\s\u00a0]+)?$/;
/** The words before an event still to come: "ahead of its June meeting", "going into the July 28-29 meeting". */
const AHEAD_LEAD_RE = /\b(?:ahead of|going into|heading into)[\s\u00a0]+(?:(?:the|its|their|next)[\s\u00a0]+)?$/i;

/**
 * sentence-lead-period: "For the week, the S&P 500 and the Dow finished up 0.3% and 1.5%, respectively, while
 * the Nasdaq lost 0.6%": a period opening the sentence, set off by a comma, is the period of every move in it
 * that states none of its own. The phrase, or null.
 */
export function leadPeriod(
  found: readonly Found[],
  text: string,
  sentenceStart: number,
  /** from-to-gain: the move restates a "from X to Y" the phrase dates, so no comma is needed. */
  restatesSpan = false,
): ClaimPeriod | null {
  const f = found[0];
  if (!f || f.barrier || f.forward) return null;
  // place-then-day: "In New York on Tuesday, the S&P 500 lost 0.37 percent, while the Nasdaq gained 0.84 percent":
  // a market's place before the day still opens the sentence.
  if (f.start - sentenceStart > OPENING_LEAD_CHARS && !PLACE_LEAD_RE.test(text.slice(sentenceStart, f.start)))
    return null;
  if (restatesSpan) return f.period.type === 'span' || f.period.type === 'window' ? f.period : null;
  if (/^[\s\u00a0]*,/.test(text.slice(f.end, f.end + 3))) return f.period;
  // period-colon-lead: a review's headline "March 2026: Brent spot surges 77.6% to $126.69, Nikkei sinks 13.2%": a
  // period and a colon at the very start open the sentence as a comma does.
  if (/^[\s\u00a0"“]*$/.test(text.slice(sentenceStart, f.start)) && /^[\s\u00a0]*:/.test(text.slice(f.end, f.end + 3)))
    return f.period;
  // lead-without-comma: "On the week Brent and WTI gained 4.4% and 4.5%, ..., with the former up $2.69": a span
  // phrase that is the sentence's very first words opens it, comma or not.
  return f.period.type === 'span' &&
    /^[\s\u00a0"“]*$/.test(text.slice(sentenceStart, f.start)) &&
    LEAD_SPAN_NO_COMMA_RE.test(text.slice(f.start, f.end))
    ? f.period
    : null;
}
const LEAD_SPAN_NO_COMMA_RE = /^(?:on|for|over)[\s\u00a0]+the[\s\u00a0]+/i;

/**
 * Picks the period phrase that belongs to the number at [numStart, numEnd): the nearest one after
 * it, else one before it that is not closer to the previous number.
 */
export function periodFor(
  found: Found[],
  numStart: number,
  numEnd: number,
  prevNumEnd: number,
  nextNumStart: number,
  /** Whether prevNumEnd is a previous number's end rather than the sentence's start. */
  hasPrev = true,
): ClaimPeriod | null {
  let best: { d: number; p: ClaimPeriod } | null = null;
  // "closed Wednesday at 6,890.59, below Tuesday's record": a possessive period names what follows
  // it, so neither it nor any phrase beyond it is the period of a number before it.
  const forward = found.find((f) => f.forward && f.start >= numEnd);
  const reach = forward ? Math.min(forward.start, nextNumStart) : nextNumStart;
  for (const f of found) {
    if (f.barrier) continue;
    if (f.start >= numEnd && f.start < reach) {
      if (f.clauseStart !== undefined && f.clauseStart >= numEnd) continue;
      const d = f.start - numEnd;
      if (!best || d < best.d) best = { d, p: f.period };
    } else if (f.end <= numStart && f.start >= prevNumEnd && !(f.asideEnd !== undefined && numStart > f.asideEnd)) {
      const d = numStart - f.end;
      // clause-lead-period: a phrase opening the figure's own clause is its period, however far the subject.
      if ((f.opensClause && d <= CLAUSE_LEAD_CHARS) || (f.whenClause && d <= WHEN_CLAUSE_CHARS)) {
        if (!best || d + 20 < best.d) best = { d: d + 20, p: f.period };
        continue;
      }
      if (hasPrev && !f.forward && f.start - prevNumEnd < d) continue;
      // Before the number, a phrase counts when it is near ("in March, exports rose 3%") or opens
      // the sentence ("In February 2025, ..."); "edged higher this week as ... $1.13 trillion" is not.
      const opensSentence = !hasPrev && f.start - prevNumEnd <= OPENING_LEAD_CHARS;
      if (d > 45 && !opensSentence) continue;
      if (!best || d + 20 < best.d) best = { d: d + 20, p: f.period };
    }
  }
  return best?.p ?? null;
}

/** A short label for a period: 2025-Q1, 2025-02, or from/to for spans. */
export function periodLabel(p: ClaimPeriod): string {
  if (p.type === 'point') return p.period;
  if (p.type === 'span') return `${p.from}/${p.to}`;
  return `${p.sessions} sessions`;
}
