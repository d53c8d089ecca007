import type { FigureRef, Judgement } from '../types';
import { addDays } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import { num, verdictOf } from './explain';
import type { Step } from './step';

/** The stored step that starts after the article, within `withinDays`, and equals the figure (taking-effect, pending-rate). */
export function stepAhead(all: readonly Step[], input: JudgeInput, withinDays: number): Step | undefined {
  const last = addDays(input.published, withinDays);
  return all.find((s) => s.from > input.published && s.from <= last && compare(input, s.ref.value) === 'matches');
}

/**
 * pending-rate. Example: "A combined 60% duty on the goods is set to take effect overnight": a rate set to
 * start after the article. A stored step that starts within `withinDays` and equals it confirms it; any
 * other is a question (the step may be missing from the dataset), never compared with the rate in force.
 */
export function pendingRate(
  all: readonly Step[],
  input: JudgeInput,
  inForce: Step,
  current: FigureRef | null,
  withinDays: number,
): Judgement | null {
  if (!input.pending || input.fromEnd) return null;
  const ahead = stepAhead(all, input, withinDays);
  if (ahead) return verdictOf('matches', ahead.ref, current, `Takes effect on ${ahead.from}: ${num(ahead.ref.value)}.`);
  return verdictOf(
    'check',
    inForce.ref,
    current,
    `A rate yet to take effect; no such step is stored. In force on ${input.published}: ${num(inForce.ref.value)} (from ${inForce.from}).`,
  );
}
