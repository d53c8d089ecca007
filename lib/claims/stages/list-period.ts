import type { ClaimPeriod } from '../types';
import { isOneDayPeriod, periodPhrases } from '../periods';

/** A short block that only announces the period of the list under it: "For the week:", "On Tuesday:". */
const LIST_HEADING_RE =
  /^[\s\u00a0]*(?:(?:for|over|on|in)[\s\u00a0]+[^.:!?\d]{2,24}|so far this year|year[\s\u00a0-]+to[\s\u00a0-]+date)[\s\u00a0]*:[\s\u00a0]*$/i;

/**
 * list-period: "For the week:" then "The S&P 500 is up 162.89 points, or 2.5%.": a heading that
 * names only a period gives it to the figures of the blocks under it that state none; null when
 * the block is not such a heading.
 */
export function listHeadingPeriod(block: string, published: string): ClaimPeriod | null {
  if (block.length <= 40 && LIST_HEADING_RE.test(block)) {
    const found = periodPhrases(block, 0, block.length, published);
    return found.length === 1 ? found[0]!.period : null;
  }
  return ytdHeading(block, published) ?? leadInDay(block, published);
}

/** ytd-heading: "2025 scoreboard: year-to-date change" over a list: its figures run from the year's start. */
const YTD_HEADING_RE = /\b(?:year[\s\u00a0-]+to[\s\u00a0-]+date|ytd)\b/i;
const YTD_HEADING_CHARS = 60;

function ytdHeading(block: string, published: string): ClaimPeriod | null {
  if (block.length > YTD_HEADING_CHARS || /[.!?]/.test(block)) return null;
  const m = YTD_HEADING_RE.exec(block);
  if (!m) return null;
  const words = 'year-to-date';
  return periodPhrases(words, 0, words.length, published)[0]?.period ?? null;
}

/** A longer lead-in that ends in a colon: "Levels quoted mid-afternoon London time on Jan. 2, the first session:". */
const LEAD_IN_RE = /:[\s\u00a0]*$/;
const LEAD_IN_CHARS = 160;

/**
 * list-lead-in-day: "Levels quoted mid-afternoon London time on Jan. 2, the first session of the year:"
 * then "DAX: 24,580.11": a lead-in naming one day dates the list under it.
 */
function leadInDay(block: string, published: string): ClaimPeriod | null {
  if (block.length > LEAD_IN_CHARS || !LEAD_IN_RE.test(block)) return null;
  const days = periodPhrases(block, 0, block.length, published).filter((f) => isOneDayPeriod(f.period));
  return days.length === 1 ? days[0]!.period : null;
}

/** A short opening sentence that names a weekday before a colon: "Tuesday: the record falls." */
const WEEKDAY_LEAD_RE = /^[\s\u00a0]*((?:Mon|Tues|Wednes|Thurs|Fri)day)[\s\u00a0]*:/;
const WEEKDAY_LEAD_CHARS = 60;

/**
 * weekday-lead-in: "Tuesday: the record falls. The benchmark added another 1.8% to 7,736.52": a paragraph of a
 * week's review opened by a weekday and a colon tells that day's session; its figures that name no day of their
 * own are that day's.
 */
export function weekdayLeadIn(sentence: string, published: string): ClaimPeriod | null {
  if (sentence.length > WEEKDAY_LEAD_CHARS) return null;
  const m = WEEKDAY_LEAD_RE.exec(sentence);
  if (!m) return null;
  const words = `on ${m[1]}`;
  const days = periodPhrases(words, 0, words.length, published).filter((f) => isOneDayPeriod(f.period));
  return days.length === 1 ? days[0]!.period : null;
}
