import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { DIFFERS_MIN_CONFIDENCE } from './tolerances';

/**
 * Rule red-needs-confidence: a red "differs" needs a confident subject (the match record's
 * confidence); otherwise the claim gets a neutral "check" that says what was uncertain.
 */
export function gate(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs') return j;
  const confidence = input.confidence ?? 1;
  if (confidence >= DIFFERS_MIN_CONFIDENCE) return j;
  return {
    ...j,
    verdict: 'check',
    explanation: `${j.explanation} Not called wrong: the subject is uncertain (confidence ${confidence.toFixed(2)}).`,
  };
}
