import type { DatasetView } from '../dataset-view';
import type { ClaimPeriod } from '../types';
import { periodBounds } from '../dates';
import type { JudgeInput } from './input';

const MONTH_OR_QUARTER_RE = /^\d{4}(?:-(?:\d\d|Q[1-4]))?$/;

/**
 * Rule month-end-close: "the Nikkei closed out December at 50,339.48" is the month's last close, a
 * day's quote, not a monthly average. Only for a month over by the article's date, and only where a
 * daily series holds a close in that month.
 * Rule quarter-end-close: "S&P 500 down 4.6% in Q1 to 5,611" (move-end-level) is the quarter's last close; a
 * quarter or month still running on the article's date is its latest close, as an undated level is (null period).
 * Rule year-end-close: "2024 in review: S&P 500 gained 23.3% to 5,881.63" (move-end-level) is the year's last close.
 */
/** The day to judge the level on; null: judge it as an undated level (the latest close); undefined: no such rule applies. */
export function monthEndClose(view: DatasetView, input: JudgeInput): ClaimPeriod | null | undefined {
  const p = input.period;
  if (!(input.atClose || input.moveEnd) || p?.type !== 'point' || !MONTH_OR_QUARTER_RE.test(p.period)) return undefined;
  // A year only as a review names it ("2024 in review:"): "above anything seen in 2024" is no year's close.
  if (p.period.length === 4 && !p.reviewed) return undefined;
  const quarter = p.period.includes('Q') || p.period.length === 4;
  // A month told as a close keeps its figure until it is over (month-end-close); a move's end level or a quarter's
  // close, told while the period runs, is the latest close.
  const { from, to } = periodBounds(p.period);
  if (to >= input.published) {
    if (!(quarter || input.moveEnd) || from > input.published) return undefined;
    return null;
  }
  const pts = view.daily(input.indicator.id);
  for (let i = pts.length - 1; i >= 0; i--) {
    const d = pts[i]!.date;
    if (d < from) break;
    if (d <= to) return { type: 'point', period: d, label: `${p.label}, its last close` };
  }
  return undefined;
}
