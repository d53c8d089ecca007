import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { AUCTION_PRICE_SERIES } from './spot-series';
import { isSessionSpan } from '../dates';

/**
 * auction-day-move: "gold's price fell 2% on Thursday", against a fall of 0.5% between two London afternoon
 * auctions: the stored prices are the auction's, and a spot move over a day runs between other hours (New
 * York's close), whether written that day or the next. Of the same sign it is "check", not red.
 */
export function auctionDayMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.auctionNamed || !j.reference) return j;
  if (!AUCTION_PRICE_SERIES.has(input.indicator.id)) return j;
  const p = input.period;
  const oneDay = !p || (p.type === 'span' && isSessionSpan(p));
  if (!oneDay || Math.sign(j.reference.value) !== Math.sign(input.value)) return j;
  return notCalledWrong(
    j,
    "the stored prices are London's afternoon auction's; a spot move over a day runs between other hours (New York's close).",
  );
}
