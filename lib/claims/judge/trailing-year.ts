import { OVER_THE_YEAR_LABEL } from '../periods';
import type { ClaimPeriod } from '../types';

/**
 * Rule trailing-year: "The 10-year JGB yield has climbed about 71 basis points over the year, to 1.487%" on
 * 2025-08-05 may be the year to date or the twelve months since 2024-08-05; a move is wrong only when neither
 * agrees. This gives the second reading's start (the same day a year before), for a span read from "over the year".
 */
export function trailingYearStart(period: ClaimPeriod | null): string | null {
  if (period?.type !== 'span' || period.label !== OVER_THE_YEAR_LABEL) return null;
  // 29 February a year back is the 28th.
  const monthDay = period.to.slice(4) === '-02-29' ? '-02-28' : period.to.slice(4);
  return `${Number(period.to.slice(0, 4)) - 1}${monthDay}`;
}
