import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/** "a trade-weighted average dollar-won rate of 1,417": an average over trades, not the day's rate ("Dow Jones Industrial Average", "Nikkei Stock Average" are names). */
const AVERAGE_WORD_RE = /(?<!\b(?:industrial|stock)[\s\u00a0]+)\baverage\b/i;

/** Whether the words before a market level make it an average of some kind. */
export function namesAverage(lead: string): boolean {
  return AVERAGE_WORD_RE.test(lead);
}

/**
 * average-quote. Example: "On Tuesday the trade-weighted average dollar-won rate in Seoul was 1,417 won":
 * an average the stored daily series does not hold (its figure is one rate a day), so a gap is a question.
 */
export function averageQuote(input: JudgeInput, j: Judgement): Judgement {
  if (!input.averageWord || input.measure !== 'level' || j.verdict !== 'differs') return j;
  return notCalledWrong(j, 'the claim is an average over trades, which the stored daily rate is not.');
}
