import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import { compare } from './compare';
import { num, verdictOf } from './explain';
import type { JudgeInput } from './input';

/**
 * Indicators whose bundled daily series is a spot price (EIA's Cushing WTI and Europe Brent spot),
 * while news quotes the front-month futures settlement: the two differ by up to a few dollars.
 */
export const SPOT_PRICE_SERIES: ReadonlySet<string> = new Set(['cmd.wti_usd', 'cmd.brent_usd']);

/** The day a level claim speaks of: its stated day, or the article's. */
function dayOf(input: JudgeInput): string {
  const p = input.period;
  const stated = p?.type === 'span' ? p.to : p?.type === 'point' && p.period.length === 10 ? p.period : input.published;
  return stated > input.published ? input.published : stated;
}

/**
 * Rule spot-not-futures: "front-month WTI changed hands at $72.40" against a spot close of $74.62.
 * The reference is another instrument than the one quoted, so a gap on a level is "check", not red.
 * Rule futures-row: where the dataset also holds a futures quote for that day (a facts row, which
 * the spot series hides), a claim that agrees with it matches: it is the price news quotes.
 */
export function spotNotFutures(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (input.measure !== 'level' || !SPOT_PRICE_SERIES.has(input.indicator.id)) return j;
  if (j.verdict === 'check' || j.verdict === 'differs' || j.verdict === 'unverifiable') {
    const day = dayOf(input);
    const row = view
      .observations(input.indicator.id)
      .find((o) => o.period === day && compare(input, o.value) === 'matches');
    if (row)
      return verdictOf(
        'matches',
        row,
        j.current,
        `The futures quote stored for ${day}: ${num(row.value)}.${j.reference ? ` The spot price that day: ${num(j.reference.value)}.` : ''}`,
      );
  }
  if (j.verdict !== 'differs') return j;
  return {
    ...j,
    verdict: 'check',
    explanation: `${j.explanation} Not called wrong: the stored figure is the spot price, and news usually quotes the futures settlement.`,
  };
}
