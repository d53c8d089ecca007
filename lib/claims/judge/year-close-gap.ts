import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { YEAR_CLOSE_LABEL_RE } from '../rules/year-close-move';

/**
 * year-close-gap. Example: "The S&P 500 closed the year at 6,896.24, ... while the Nasdaq Composite rose 20.5%": the
 * year is read off another clause's close (rules/year-close-move.ts), and a wire's yearly move may be measured from
 * other closes than the stored ones; a gap is a question, not red.
 */
export function yearCloseGap(input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if (j.verdict !== 'differs' || input.measure === 'level' || p?.type !== 'span' || p.lastSession) return j;
  if (!YEAR_CLOSE_LABEL_RE.test(p.label) || p.to.slice(5, 7) !== '12') return j;
  return notCalledWrong(j, "the year's move is read off another clause's close.");
}
