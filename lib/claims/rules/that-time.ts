import type { ClaimPeriod } from '../types';
import { periodPhrases } from '../periods';
import { addDays, isSessionSpan, lastWeekdayOnOrBefore, weekday } from '../dates';

/**
 * that-time. Example: "Compare that with Aug. 23, 2024, the day Powell spoke. The S&P 500 rose 1.15% to 5,634.61 that
 * afternoon": "that afternoon" is the day a sentence before it in the paragraph named, not the article's.
 */
const THAT_TIME_RE = /\bthat[\s\u00a0]+(?:afternoon|morning|evening|night|day|session)\b/i;
/**
 * that-week. Example: "The FOMC cut by 50 basis points on Sept. 18. The ECB cut its deposit rate to 3.50% the same
 * week": the week of the day named before, from the Friday before it to its own Friday.
 */
const THAT_WEEK_RE = /\b(?:that|the[\s\u00a0]+same)[\s\u00a0]+week\b/i;

/** The day "that afternoon" in text[sentenceStart, sentenceEnd) points back to; null when the words or the day are missing. */
export function thatTimeDay(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  published: string,
): ClaimPeriod | null {
  if (sentenceStart === 0) return null;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const week = THAT_WEEK_RE.test(sentence);
  if (!week && !THAT_TIME_RE.test(sentence)) return null;
  const earlier = periodPhrases(text, 0, sentenceStart, published);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const p = earlier[i]!.period;
    if (earlier[i]!.barrier || p.type !== 'span') continue;
    if (!isSessionSpan(p) || p.to > published) return null;
    return week ? weekOf(p.to, published, earlier[i]!.period.label) : p;
  }
  return null;
}

/** weekday() counts Monday as 0. */
const FRIDAY = 4;

/** that-week: Friday before the day's week to the week's Friday (or the article's day, if sooner). */
function weekOf(day: string, published: string, label: string): ClaimPeriod {
  const friday = addDays(day, (FRIDAY - weekday(day) + 7) % 7);
  const monday = addDays(friday, -4);
  return {
    type: 'span',
    from: lastWeekdayOnOrBefore(addDays(monday, -1)),
    to: friday < published ? friday : published,
    label: `the week of ${label.replace(/[\s,;:.]+$/, '')}`,
  };
}
