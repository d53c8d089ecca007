import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { compare } from './compare';
import { notCalledWrong, num, verdictOf } from './explain';

/**
 * day-in-month-level. Example: "51.3% below its record close of $4,830.00 from last August": a level given a
 * month and not a day (a record, a peak, a low) is one day's close in that month, not the month's last. The
 * close of that month that agrees with it is its reference; where none does, which day is meant is not known.
 */
export function dayInMonthLevel(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  // month-without-figure: "its peak of $124,720.09 in early October" for a coin with no monthly figure: its days'.
  // Only a past level named as such: "is at 3.91%, not far from the lows it touched in August" is no August level.
  const unread = j.verdict === 'unverifiable' && !!input.pastLevel;
  if ((j.verdict !== 'differs' && !unread) || input.measure !== 'level' || p?.type !== 'point' || p.period.length !== 7)
    return j;
  // "Gold averaged $4,856 an ounce in April" is the month's average (average-quote.ts), not a day's close;
  // "closed out May at 5,842.01" is the month's last close (month-end-close.ts), unless it is a past record's.
  if (input.average || (input.atClose && !input.pastLevel)) return j;
  if (indicatorClass(input.indicator) !== 'market') return j;
  const month = view.daily(input.indicator.id).filter((pt) => pt.date.startsWith(p.period));
  if (!month.length) return j;
  const day = month.find((pt) => compare(input, pt.value) === 'matches');
  const ref = j.reference ?? day?.ref;
  if (day && ref)
    return verdictOf(
      'matches',
      { ...ref, period: day.date, value: day.value, as_of: day.date },
      j.current,
      `Close on ${day.date}: ${num(day.value)}, in ${p.period} as stated.`,
    );
  if (unread) return j;
  return notCalledWrong(j, `a level given a month, not a day: the article may mean any of ${p.period}'s closes.`);
}
