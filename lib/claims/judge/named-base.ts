import { addDays, fromDay, lastDayOfMonth, toDay, weekday } from '../dates';
import type { DatasetView, Point } from '../dataset-view';
import { MONTH_WORD } from '../lexicon/month-patterns';
import { DAY_DATE, monthIndex, WEEKDAYS } from '../periods';
import type { Judgement } from '../types';
import { compare } from './compare';
import { changeRef, signed, verdictOf } from './explain';
import type { JudgeInput } from './input';
import { moveFor } from './move';

/**
 * A level the sentence names as a move's start: a day's close ("the 27,968.09 it reached on Jan. 29", "Monday's
 * close") or the highest or lowest close of a month or a year ("its October peak", "its 2024 closing high").
 */
export type NamedBase = { day: string } | { from: string; to: string; extreme: 'high' | 'low' };

// "Jan. 29", "29 January", "April 7, 2025": a day of a month, with an optional year.
const DAY_RE = new RegExp(String.raw`\b${DAY_DATE}(?!\d|,\d)`, 'gi');
// "Monday's close", "since Tuesday": the latest such weekday before the article.
const WEEKDAY_RE = new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'gi');
// "its October peak", "the early-October record", "its October 2025 high": a month's extreme close.
const MONTH_EXTREME_RE = new RegExp(
  String.raw`\b(?:its|the|their|an?)[\s\u00a0]+(?:(?:early|mid|late)[\s\u00a0-]+)?${MONTH_WORD}(?:[\s\u00a0]+((?:19|20)\d\d))?[\s\u00a0]+(?:(?:all-time|record|closing)[\s\u00a0]+)?(peak|high|record|low|trough|bottom)s?\b`,
  'gi',
);
// "its 2024 closing high", "the 2026 low": a year's extreme close.
const YEAR_EXTREME_RE =
  /\b(?:its|the|their)[\s\u00a0]+((?:19|20)\d\d)[\s\u00a0]+(?:(?:intraday|closing|record)[\s\u00a0]+)?(peak|high|low|trough|bottom)s?\b/gi;
const LOW_WORDS = new Set(['low', 'trough', 'bottom']);

/** The named day before `published`: this year's if it has passed, else last year's. */
function pastDay(year: number | null, month: number, dayOfMonth: number, published: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const at = (y: number) => `${y}-${pad(month)}-${pad(dayOfMonth)}`;
  let day = at(year ?? Number(published.slice(0, 4)));
  if (!year && day >= published) day = at(Number(published.slice(0, 4)) - 1);
  return fromDay(toDay(day)) === day && day < published ? day : null;
}

/** The bases a sentence names, in the order written; none when it names no earlier day, month or year. */
export function namedBases(sentence: string, published: string): NamedBase[] {
  const out: NamedBase[] = [];
  for (const m of sentence.matchAll(DAY_RE)) {
    const mi = monthIndex(m[1] ?? m[4]!);
    if (mi < 0) continue;
    const day = pastDay(m[5] ? Number(m[5]) : null, mi + 1, Number(m[2] ?? m[3]), published);
    if (day) out.push({ day });
  }
  for (const m of sentence.matchAll(WEEKDAY_RE)) {
    const back = (weekday(published) - WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 7) % 7 || 7;
    out.push({ day: addDays(published, -back) });
  }
  for (const m of sentence.matchAll(MONTH_EXTREME_RE)) {
    const mi = monthIndex(m[1]!);
    if (mi < 0) continue;
    const py = Number(published.slice(0, 4));
    const year = m[2] ? Number(m[2]) : mi + 1 < Number(published.slice(5, 7)) ? py : py - 1;
    const from = `${year}-${String(mi + 1).padStart(2, '0')}-01`;
    if (from >= published) continue;
    out.push({ from, to: lastDayOfMonth(year, mi + 1), extreme: LOW_WORDS.has(m[3]!.toLowerCase()) ? 'low' : 'high' });
  }
  for (const m of sentence.matchAll(YEAR_EXTREME_RE)) {
    const from = `${m[1]}-01-01`;
    if (from >= published) continue;
    out.push({ from, to: `${m[1]}-12-31`, extreme: LOW_WORDS.has(m[2]!.toLowerCase()) ? 'low' : 'high' });
  }
  return out;
}

/** Only a figure this fine (its last digit at most this share of it) is fitted to a named base: "5%" fits by chance. */
const NAMED_FINE_SHARE = 0.1;

/** The close a named base stands for, before `end`; null when the day was shut or the window holds no close. */
function baseClose(view: DatasetView, id: string, base: NamedBase, end: Point): Point | null {
  if ('day' in base) {
    const p = view.pointOnOrBefore(id, base.day, 0);
    return p && p.date === base.day && p.date < end.date ? p : null;
  }
  let best: Point | null = null;
  for (const p of view.daily(id)) {
    if (p.date < base.from || p.date > base.to || p.date >= end.date) continue;
    if (!best || (base.extreme === 'high' ? p.value > best.value : p.value < best.value)) best = p;
  }
  return best;
}

/**
 * named-base: "The slide leaves the index 16.6% under the 27,968.09 it reached on Jan. 29", "Measured from the April 7
 * trough, the Nikkei has climbed 54.0%", "29% below its October peak": an undated move that is not the last session's
 * but is, to its last written digit, the move from a close the sentence names to that session's close. Only an exact
 * fit of a fine figure counts; anything else stays the question it was.
 */
export function namedBaseMove(
  view: DatasetView,
  input: JudgeInput,
  end: Point,
  move: (from: number, to: number) => number,
): { base: Point; value: number } | null {
  if (!input.namedBases?.length || 2 * input.halfStep >= NAMED_FINE_SHARE * Math.abs(input.value)) return null;
  for (const named of input.namedBases) {
    const base = baseClose(view, input.indicator.id, named, end);
    if (!base) continue;
    const value = move(base.value, end.value);
    if (Number.isFinite(value) && compare(input, value) === 'matches') return { base, value };
  }
  return null;
}

/**
 * named-base-distance: "left the S&P 500 2.38% below the record close it set only on Monday, July 28", "16.6% under
 * where it ended on Jan. 29": the day the sentence names is where the distance is measured from, not the period of a
 * move. When the distance is, to its last digit, the one from a named close to the last close by the article's date,
 * it agrees; otherwise the verdict stands.
 */
export function namedBaseDistance(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (!input.pastDistance || j.verdict === 'matches' || j.verdict === 'close' || input.measure === 'level') return j;
  const end = view.pointOnOrBefore(input.indicator.id, input.published, 4);
  if (!end) return j;
  const fit = namedBaseMove(view, input, end, moveFor(input));
  if (!fit) return j;
  return verdictOf(
    'matches',
    changeRef(fit.base.ref, end.ref, fit.value),
    j.current,
    `A distance from the close the sentence names (${fit.base.date}) to the last close by the article's date (${end.date}): ${signed(fit.value)}${input.measure === 'pctChange' ? '%' : ''}.`,
  );
}
