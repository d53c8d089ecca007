import { indicatorClass, type DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import { compare } from './compare';
import { num, verdictOf } from './explain';
import type { JudgeInput } from './input';

/** The day a level claim speaks of: its stated day, or the article's. */
function dayOf(input: JudgeInput): string {
  const p = input.period;
  const stated = p?.type === 'span' ? p.to : p?.type === 'point' && p.period.length === 10 ? p.period : input.published;
  return stated > input.published ? input.published : stated;
}

/**
 * Rule same-day-fact: "The onshore rate closed at 6.9866 on 5 January" against the H.10 noon rate
 * of 6.988: where the dataset also holds a quote of that market for that day (a futures settlement,
 * an onshore close, which the daily series hides), a claim that agrees with it matches.
 */
export function sameDayFact(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (input.measure !== 'level' || indicatorClass(input.indicator) !== 'market') return j;
  if (j.verdict !== 'check' && j.verdict !== 'differs' && j.verdict !== 'unverifiable') return j;
  const day = dayOf(input);
  const row = view
    .observations(input.indicator.id)
    .find((o) => o.period === day && compare(input, o.value) === 'matches');
  if (!row) return j;
  return verdictOf(
    'matches',
    row,
    j.current,
    `The quote stored for ${day}: ${num(row.value)}.${j.reference ? ` The series' figure that day: ${num(j.reference.value)}.` : ''}`,
  );
}
