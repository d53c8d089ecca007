import type { DatasetView } from '../dataset-view';
import type { ClaimPeriod } from '../types';
import { periodBounds } from '../dates';
import type { JudgeInput } from './input';

/**
 * Rule month-end-close: "the Nikkei closed out December at 50,339.48" is the month's last close, a
 * day's quote, not a monthly average. Only for a month over by the article's date, and only where a
 * daily series holds a close in that month.
 */
export function monthEndClose(view: DatasetView, input: JudgeInput): ClaimPeriod | null {
  const p = input.period;
  if (!input.atClose || p?.type !== 'point' || p.period.length !== 7) return null;
  if (periodBounds(p.period).to >= input.published) return null;
  const pts = view.daily(input.indicator.id);
  for (let i = pts.length - 1; i >= 0; i--) {
    const d = pts[i]!.date;
    if (d < p.period) break;
    if (d.startsWith(p.period)) return { type: 'point', period: d, label: `${p.label}, its last close` };
  }
  return null;
}
