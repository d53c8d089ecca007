import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { AUCTION_PRICE_SERIES } from './spot-series';
import { isSessionSpan } from '../dates';

/**
 * auction-day-move: "gold's price fell 2% on Thursday", written that Thursday, against a fall of 0.5%
 * between two London afternoon auctions: the stored prices are the auction's, and a spot move over the
 * day of writing runs between other hours. Of the same sign it is "check", not red.
 */
export function auctionDayMove(input: JudgeInput, j: Judgement): Judgement {
  if (j.verdict !== 'differs' || input.measure === 'level' || input.auctionNamed || !j.reference) return j;
  if (!AUCTION_PRICE_SERIES.has(input.indicator.id)) return j;
  const p = input.period;
  const day = !p ? input.published : p.type === 'span' && isSessionSpan(p) ? p.to : null;
  if (day !== input.published || Math.sign(j.reference.value) !== Math.sign(input.value)) return j;
  return notCalledWrong(
    j,
    "the stored prices are London's afternoon auction's; a spot move over the day of writing runs between other hours.",
  );
}
