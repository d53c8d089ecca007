import type { DatasetView } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { compare } from './compare';
import { num, verdictOf } from './explain';
import type { JudgeInput } from './input';
import { knownOn } from './vintage';
import { nextPeriod } from '../dates';

/**
 * Rule next-period-figure: "April payrolls beat at 177,000 while March is cut" read as March, where
 * 177,000 is April's figure. A red verdict needs a well-read period; a figure that is exactly the
 * next period's, already out on the article's date, says the period read is likely the wrong one of
 * two named, so the gap is a question ("check"), never an alarm. The period before's figure keeps
 * "differs": a stale figure stated for the newer period is the usual error.
 */
export function nextPeriodFigure(
  view: DatasetView,
  input: JudgeInput,
  j: Judgement,
  current: FigureRef | null,
): Judgement {
  if (j.verdict !== 'differs' || input.period?.type !== 'point') return j;
  const next = nextPeriod(input.period.period);
  if (!next) return j;
  const k = knownOn(view, input.indicator.id, next, input.published);
  if ((k.status !== 'known' && k.status !== 'later-edition') || compare(input, k.ref.value) !== 'matches') return j;
  return verdictOf(
    'check',
    j.reference,
    current,
    `${j.explanation} It is the figure for ${next} (${num(k.ref.value)}): the period may be misread.`,
    j.revision,
  );
}
