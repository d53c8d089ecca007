import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';
import { transposedDigits } from './transposition';
import { isSessionSpan, periodBounds } from '../dates';

/**
 * present-move: "the CAC 40 is up 0.35% today", "stocks are 1.2% lower": a move told in the present
 * tense is one during the session, whatever the market.
 */
const PRESENT_MOVE_RE =
  /\b(?:is|are|['’]s)[\s\u00a0]+(?:(?:now|currently|still|trading|last|so[\s\u00a0]+far)[\s\u00a0]+)*(?:up|down|higher|lower|off|firmer|weaker|ahead)?[\s\u00a0]*(?:by[\s\u00a0]+|about[\s\u00a0]+|around[\s\u00a0]+|some[\s\u00a0]+|nearly[\s\u00a0]+|almost[\s\u00a0]+)?$/i;

const ROUNDED_TAIL_RE = /\b(?:nearly|almost|about|around|roughly|some)[\s\u00a0]+$/i;

/**
 * How the words just before a move tell it in the present tense ("is up", "are trading lower by"):
 * 'rounded' with "nearly", "about" ("is now up nearly 20% in January"), else 'exact'; null if not.
 */
export function presentMoveBefore(lead: string): 'exact' | 'rounded' | null {
  const tail = lead.slice(-40);
  if (!PRESENT_MOVE_RE.test(tail)) return null;
  return ROUNDED_TAIL_RE.test(tail) ? 'rounded' : 'exact';
}

/**
 * Rule writing-day-move: "the greenback's index is 0.08% firmer so far today" against a close-to-close gain
 * of 0.35%: currencies (and coins) trade round the clock, and a move on the day of writing, not said to be the
 * close's, may be measured hours before it. Of the same sign and a near miss, it is "check", not red.
 */
export function writingDayMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.closeWords) return j;
  const p = input.period;
  // A move told in the present tense is the session's only: "is still up 12% this year" is the year's;
  // told as a round figure ("is now up nearly 20% in January") it may be any span running to the hour.
  const session = !p || (p.type === 'span' && isSessionSpan(p));
  // round-the-clock: currencies and coins trade all day, so a currency's move on the day of writing may be
  // measured before the close, and so may a coin's told in the present tense ("ether is down 28.4%").
  const roundTheClock =
    input.indicator.id.startsWith('fx.') || (input.indicator.kind === 'crypto' && !!input.presentMove);
  if (!roundTheClock && !(input.presentMove && (session || input.presentMove === 'rounded'))) return j;
  // A month or year still running on the article's date ("in January", written on the 22nd) ends that day.
  const running =
    p?.type === 'point' &&
    periodBounds(p.period).from <= input.published &&
    periodBounds(p.period).to >= input.published;
  const day = p?.type === 'span' ? p.to : p?.type === 'point' && !running ? p.period : input.published;
  const ref = j.reference;
  if (day !== input.published || !ref || Math.sign(ref.value) !== Math.sign(input.value)) return j;
  if (!nearMiss(input.value, ref.value)) return j;
  // swapped-not-hour: "up 6.9%" against +9.60% is the figure with two digits swapped, not another hour's move.
  if (transposedDigits(input.value, ref.value, 2 * input.halfStep)) return j;
  return notCalledWrong(j, "a move on the day of writing may be measured before that day's close.");
}
