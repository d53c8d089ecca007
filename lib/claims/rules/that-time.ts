import type { ClaimPeriod } from '../types';
import { periodPhrases } from '../periods';
import { isSessionSpan } from '../dates';

/**
 * that-time. Example: "Compare that with Aug. 23, 2024, the day Powell spoke. The S&P 500 rose 1.15% to 5,634.61 that
 * afternoon": "that afternoon" is the day a sentence before it in the paragraph named, not the article's.
 */
const THAT_TIME_RE = /\bthat[\s\u00a0]+(?:afternoon|morning|evening|night|day|session)\b/i;

/** The day "that afternoon" in text[sentenceStart, sentenceEnd) points back to; null when the words or the day are missing. */
export function thatTimeDay(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  published: string,
): ClaimPeriod | null {
  if (sentenceStart === 0 || !THAT_TIME_RE.test(text.slice(sentenceStart, sentenceEnd))) return null;
  const earlier = periodPhrases(text, 0, sentenceStart, published);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const p = earlier[i]!.period;
    if (earlier[i]!.barrier || p.type !== 'span') continue;
    return isSessionSpan(p) && p.to <= published ? p : null;
  }
  return null;
}
