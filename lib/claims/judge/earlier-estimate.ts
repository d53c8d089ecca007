import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * earlier-estimate. Example: "revised to 3.8%, up from the initially reported 3.3%": a figure
 * quoted as an estimate a later release replaced is no claim about the figure now, and which release
 * it was is not said: a gap is a question, never red.
 */
const EARLIER_ESTIMATE_RE =
  /\b(?:previously|initially|originally|earlier)[\s\u00a0]+(?:reported|estimated|published|stated|announced|given)\b[^.;:]{0,24}$|\b(?:previous|prior|earlier|initial)[\s\u00a0]+(?:estimates?|readings?|prints?)[\s\u00a0]+of[\s\u00a0]+(?:an?[\s\u00a0]+)?$/i;

/** estimate-named-after: "revised up to 3.8% from a 3.3% gain in the previous estimate". */
const EARLIER_ESTIMATE_AFTER_RE =
  /^[\s\u00a0]+(?:(?:gain|increase|rise|rate|pace|growth|decline|drop|contraction)[\s\u00a0]+)?(?:in|from)[\s\u00a0]+the[\s\u00a0]+(?:previous|prior|earlier|initial|advance|first|second|preliminary)[\s\u00a0]+(?:estimates?|readings?|prints?|release|report)\b/i;

/** Whether the words before (or right after) a figure quote it as an estimate since replaced. */
export function quotesEarlierEstimate(lead: string, after = ''): boolean {
  return EARLIER_ESTIMATE_RE.test(lead) || EARLIER_ESTIMATE_AFTER_RE.test(after);
}

export function earlierEstimate(input: JudgeInput, j: Judgement): Judgement {
  if (!input.earlierEstimate || (j.verdict !== 'differs' && j.verdict !== 'close')) return j;
  return notCalledWrong(j, 'the claim quotes an earlier estimate, since replaced by a later release.');
}
