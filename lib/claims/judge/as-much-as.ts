import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * "gained by as much as 60%", "fell up to 3%": the largest move during the span, at any hour.
 * as-steep-as: "had pared a loss as deep as 2% by noon" is the same extreme in other words.
 */
const AS_MUCH_AS_RE = /\b(?:as (?:much|steep|deep|large|big) as|up to)[\s\u00a0]*$/i;
/** "by as much as 60% and WTI 70%": the second figure of the list is an extreme too. */
const AS_MUCH_AS_LIST_RE =
  /\b(?:as much as|up to)[\s\u00a0]+[^\s,;]+[\s\u00a0]+and[\s\u00a0]+(?:[A-Za-z&.'’-]+[\s\u00a0]+){0,3}$/i;

/**
 * at-extreme-point: "At its lowest point today, Ethereum was down 8.89%", "at one point the index was up
 * 2%" (at-one-stage: "lost more than 900 points at one stage"): the move at the day's low or high, not at its close.
 */
const AT_EXTREME_RE =
  /\bat[\s\u00a0]+(?:(?:its|their|the)[\s\u00a0]+(?:lowest|highest|deepest|worst|best)[\s\u00a0]+(?:point|level|moment)|one[\s\u00a0]+(?:point|stage|time)|the[\s\u00a0]+(?:session|day)['’]s[\s\u00a0]+(?:low|high|worst|best))\b[^.;!?]{0,40}$/i;

/**
 * briefly-moved: "the Nikkei 225 briefly soared more than 3,000 points to top 57,000": a move at some hour
 * that did not last to the close.
 */
// temporarily-moved: "the index, temporarily down over 3 percent in the morning, recovered": the same in other words.
const BRIEFLY_RE = /\b(?:briefly|momentarily|fleetingly|temporarily)[\s\u00a0]+[a-z]+\b[^.;!?\d]{0,30}$/i;

/** at-one-stage-after: "lost more than 900 points at one stage in the afternoon": the extreme named after the move. */
const AT_ONE_STAGE_AFTER_RE =
  /^[\s\u00a0]+(?:at[\s\u00a0]+one[\s\u00a0]+(?:point|stage|time)|at[\s\u00a0]+(?:its|the)[\s\u00a0]+(?:session['’]s[\s\u00a0]+|day['’]s[\s\u00a0]+)?(?:low|high|worst|best|lowest|highest))\b/i;

/** Whether the words right after a move name it as the session's extreme. */
export function extremeAfter(after: string): boolean {
  return AT_ONE_STAGE_AFTER_RE.test(after);
}

/** Whether the words before a move make it the span's extreme rather than its close-to-close move. */
export function movesAsMuchAs(lead: string): boolean {
  return AS_MUCH_AS_RE.test(lead) || AS_MUCH_AS_LIST_RE.test(lead) || AT_EXTREME_RE.test(lead) || BRIEFLY_RE.test(lead);
}

/**
 * as-much-as. Example: "Since the first strikes on February 28, Brent has gained by as much as 60%": the
 * peak of the move, reached at some hour, which daily closes do not give; a close-to-close move of
 * another size is a question, not an error.
 */
export function asMuchAs(input: JudgeInput, j: Judgement): Judgement {
  if (!input.extremeMove || input.measure === 'level' || (j.verdict !== 'differs' && j.verdict !== 'close')) return j;
  return notCalledWrong(j, 'the claim gives the largest move at any hour, which the stored closes do not show.');
}
