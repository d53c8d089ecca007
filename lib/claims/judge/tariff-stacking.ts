import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/** Sector duties (cars, steel) are stated with the ordinary duty added; a country's reciprocal rate is not. */
const SECTOR_TARIFF_RE = /^us\.tariff_(?:autos|steel|aluminum|parts)/;

/** How far above the stored additional duty a stated tariff may sit when it adds the ordinary duty on top. */
const BASE_DUTY_POINTS = 5;

/**
 * tariff-stacking: "the U.S. tariff on foreign cars rose to 27.5 percent" against a stored 25%: news
 * often adds the ordinary (most-favoured-nation) duty to the additional one the dataset stores, so a
 * rate a few points above it is "check", not an error.
 */
export function tariffStacking(input: JudgeInput, j: Judgement): Judgement {
  if (
    !SECTOR_TARIFF_RE.test(input.indicator.id) ||
    input.measure !== 'level' ||
    j.verdict !== 'differs' ||
    !j.reference
  )
    return j;
  const over = input.value - j.reference.value;
  if (over <= 0 || over > BASE_DUTY_POINTS) return j;
  return notCalledWrong(j, 'the stated rate may add the ordinary duty to the additional one stored here.');
}
