import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { addDays, isSessionSpan, lastWeekdayOnOrBefore } from '../dates';

/**
 * series-gap-day. Example: "the won was quoted at 1,368.1 per dollar, down 0.0% on the day" on Tuesday 2025-05-27,
 * against the Fed's noon rates of Friday and Tuesday: the stored series skips a weekday (a U.S. holiday) on which
 * the article's market traded, so its "day" spans two sessions there; a day's move measured across that gap is a
 * question, not an error. Only for currencies: an index's series skips its own market's holidays, over which
 * the day's move is the stored span.
 */
export function seriesGapDay(input: JudgeInput, j: Judgement): Judgement {
  // Only a currency's fixing series: an index's or a metal's gap is its own market's holiday, its day's move that span.
  if (j.verdict !== 'differs' || input.measure === 'level' || !j.reference || input.indicator.kind !== 'fx') return j;
  const p = input.period;
  // Only a day's move: no period read (the last session), or one session's span.
  if (p && !(p.type === 'span' && isSessionSpan(p))) return j;
  const [from, to] = j.reference.period.split('/');
  // The stored "day" itself: two closes at most a long weekend apart, not a week's span.
  if (!from || !to || !isSessionSpan({ from, to })) return j;
  // The weekday before the stored day, and whether the series holds a figure there.
  const dayBefore = lastWeekdayOnOrBefore(addDays(to, -1));
  if (from >= dayBefore) return j;
  // The stored move's very size told the other way is a slip of direction, whatever the gap.
  const r = j.reference.value;
  if (Math.sign(r) === -Math.sign(input.value) && Math.abs(Math.abs(r) - Math.abs(input.value)) <= 2 * input.halfStep)
    return j;
  return notCalledWrong(
    j,
    `the stored series has no figure for ${dayBefore}, so its move to ${to} spans two sessions where the article's market traded.`,
  );
}
