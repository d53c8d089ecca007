import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { knownOn } from './vintage';
import { nextPeriod } from '../dates';
import { surelyOut } from './stale-as-latest';

/**
 * still-latest. Example: "September's 2.4% annual CPI rate is still the latest inflation reading" on November 25,
 * when October's 2.6% came out on November 13: September's figure is right, but the sentence says no newer one is
 * out, and one was: red, as any stale "latest" figure is.
 */
export function stillLatest(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'matches' || input.measure !== 'level' || !input.releaseWords?.stillLatest) return j;
  const p = input.period;
  if (p?.type !== 'point' || p.period.length !== 7) return j;
  const next = nextPeriod(p.period);
  if (!next) return j;
  const k = knownOn(view, input.indicator.id, next, input.published);
  if ((k.status !== 'known' && k.status !== 'later-edition') || !surelyOut(k.ref, input.published)) return j;
  return {
    ...j,
    verdict: 'differs',
    reference: k.ref,
    explanation: `${j.explanation} Said to be the latest, but ${next}'s figure (${k.ref.value}) was out by ${input.published}.`,
    settledBy: 'stale-as-latest',
  };
}
