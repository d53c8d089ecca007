import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

const YESTERDAY_RE = /\byesterday\b/i;

/**
 * dated-a-day-early: "The Nikkei closed yesterday at 50,512.32" on a page dated 27 October, the day whose close
 * was 50,512.32: a page dated in another time zone than the one it was written in. A level that is exactly the
 * close of the page's own date is "check", not red.
 */
export function datedADayEarly(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if (j.verdict !== 'differs' || input.measure !== 'level' || p?.type !== 'span' || !YESTERDAY_RE.test(p.label))
    return j;
  const own = view.pointOnOrBefore(input.indicator.id, input.published, 0);
  if (!own || own.date !== input.published || Math.abs(own.value - input.value) > input.halfStep) return j;
  return notCalledWrong(
    j,
    `the close on the page's own date, ${own.date}, was ${own.value}: the page may be dated a day before it was written.`,
  );
}
