import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { transposedDigits } from './transposition';
import { moveBetween } from './compare';
import { addDays, isSessionSpan, periodBounds } from '../dates';
import type { ClaimPeriod } from '../types';

/** perfect-move: "has risen 9.68%", "have gained about 3%": a move told in the present perfect runs to the hour. */
const PERFECT_MOVE_RE =
  /\b(?:has|have|['’]s)[\s\u00a0]+(?:(?:now|so[\s\u00a0]+far|already)[\s\u00a0]+)?(?:risen|gained|climbed|added|advanced|jumped|surged|rallied|fallen|dropped|lost|slipped|declined|shed|slid|tumbled|sunk|weakened|strengthened|appreciated|depreciated)[\s\u00a0]+(?:by[\s\u00a0]+)?(?:(?:about|around|roughly|nearly|almost|some|more[\s\u00a0]+than)[\s\u00a0]+)?$/i;

/** Whether the words before a move tell it in the present perfect. */
export function perfectMoveBefore(lead: string): boolean {
  return PERFECT_MOVE_RE.test(lead.slice(-60));
}

/**
 * span-to-date. Example: "The KOSPI has risen 9.68% so far this year" in a midday Seoul report, against 9.91% to
 * that day's close: a move over a span that runs to the day of writing may be measured at the hour the story went
 * out. Where the figure lies between the move to the previous close and the move to that day's close (give or
 * take the day's own move), the gap is a question, not an error.
 */
export function spanToDate(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.closeWords || input.atClose) return j;
  // Told as running to the hour ("has risen 9.68% so far this year", "is up 12% this year"), not as a span
  // that ended ("For the week, the S&P 500 fell 1.4%").
  if (!input.presentMove && !input.perfectMove) return j;
  const p = toDateSpan(input.period, input.published);
  if (!p || isSessionSpan(p) || p.to !== input.published) return j;
  if (indicatorClass(input.indicator) !== 'market') return j;
  const id = input.indicator.id;
  const start = view.pointOnOrBefore(id, p.from);
  const close = view.pointOnOrBefore(id, p.to, 0);
  const prev = close && view.pointOnOrBefore(id, addDays(close.date, -1));
  if (!start || !close || !prev || prev.date <= start.date || !start.value) return j;
  const move = (v: number): number => moveBetween(input.measure, start.value, v);
  const a = move(prev.value);
  const b = move(close.value);
  // A move the other way, or the close's with two digits swapped, is a slip, not an earlier hour.
  if (Math.sign(input.value) !== Math.sign(b) || transposedDigits(input.value, b, input.halfStep * 2)) return j;
  // The hour's level strays past either close by about the day's own move (a midday low under both).
  const slack = Math.abs(b - a) + input.halfStep;
  if (input.value < Math.min(a, b) - slack || input.value > Math.max(a, b) + slack) return j;
  return notCalledWrong(j, 'a move to date on the day of writing may be measured during that day, before its close.');
}

/**
 * month-so-far: "is now 2.8% lower for August" written on August 25 names the month the article is in, which runs
 * from July's last close to the hour of writing.
 */
function toDateSpan(p: ClaimPeriod | null, published: string): { from: string; to: string } | null {
  if (p?.type === 'span') return p;
  if (p?.type !== 'point' || p.period !== published.slice(0, 7)) return null;
  return { from: addDays(periodBounds(p.period).from, -1), to: published };
}
