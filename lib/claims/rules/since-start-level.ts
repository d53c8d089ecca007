import type { ClaimPeriod } from '../types';
import { addDays, lastWeekdayOnOrBefore } from '../dates';
import { LEVEL_COMPARATIVES } from '../lexicon/threshold-words';

/**
 * since-start-level. Example: "it has lost 7.2% against the won since the last noon fix of 2024, at
 * 1,477.86": the level written after a move's "since" phrase is the level the move started from, on the
 * span's first day, not the article's.
 */
const SINCE_THEN_AT_RE =
  /\bsince\b[^.;!?]*,[\s\u00a0]*(?:at|of|when[\s\u00a0]+it[\s\u00a0]+(?:stood|traded|was)[\s\u00a0]+at)[\s\u00a0]*$/i;

/**
 * when-it-stood: "Compared with a week ago, when the afternoon price stood at $4,026.60, bullion is up":
 * a level in a "when" clause right after the phrase naming the start is the start's level.
 */
const WHEN_STOOD_RE =
  /^[\s\u00a0]*,[\s\u00a0]*when\b[^.;!?,]{0,60}\b(?:stood|was|traded|closed|ended|settled|sat)[\s\u00a0]+at[\s\u00a0]*$/i;

const START_LABEL_RE = /^(?:compared|measured|since|from)\b/i;

/** The level's own span period (an opening "Compared with a week ago,"), moved to its start day when a when-clause gives that level. */
export function whenItStood(afterPhrase: string, period: ClaimPeriod | null): ClaimPeriod | null {
  if (period?.type !== 'span' || !WHEN_STOOD_RE.test(afterPhrase)) return null;
  // Only a span measured from a start ("Compared with a week ago,"); "on Tuesday, when it ended at" is
  // that day's own close.
  if (!START_LABEL_RE.test(period.label)) return null;
  return { type: 'point', period: period.from, label: `${period.label} (its start)` };
}

const EXTREME_NOUN_RE = /\b(?:low|lows|high|highs|peak|trough|bottom)\b/i;

/**
 * move-from-level: "for a weekly advance of 7.8% from $53.91": the level right after a dated move's "from"
 * is where the move started, the close on the span's first day (the last weekday on or before it).
 */
const MOVE_FROM_RE = /^[\s\u00a0]+from[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/**
 * move-from-its-level: "down 23.5% from its year-end 2024 level of $72.44": the level the move is measured from,
 * named as its own, is the close on the span's first day; so with than-its-level, "3.7% lower than its final 2025
 * benchmark of $4,367.80".
 */
const FROM_ITS_LEVEL_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:from|(?:${LEVEL_COMPARATIVES})[\s\u00a0]+than)[\s\u00a0]+(?:its|their|the)[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,3}(?:level|close|finish|settlement|fix|fixing|reading|benchmark)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|around[\s\u00a0]+)?$`,
  'i',
);

/**
 * The start day of the move's span, as the level's period, or null. A level named as the move's own start ("from
 * its year-end close of 2,784.92") is the last session on or before that day (a market shut on Dec. 31).
 */
export function sinceStartLevel(between: string, movePeriod: ClaimPeriod | null): ClaimPeriod | null {
  if (movePeriod?.type === 'span' && FROM_ITS_LEVEL_RE.test(between)) {
    const day = movePeriod.from;
    const label = `${movePeriod.label} (its start)`;
    return { type: 'span', from: lastWeekdayOnOrBefore(addDays(day, -1)), to: day, label, lastSession: true };
  }
  if (movePeriod?.type === 'span' && MOVE_FROM_RE.test(between))
    return { type: 'point', period: lastWeekdayOnOrBefore(movePeriod.from), label: `${movePeriod.label} (its start)` };
  if (movePeriod?.type !== 'span' || !SINCE_THEN_AT_RE.test(between)) return null;
  // "since its low on April 7, when it stood at 30,793": a low or a peak is an hour's price, not that day's close.
  if (EXTREME_NOUN_RE.test(between)) return null;
  return { type: 'point', period: movePeriod.from, label: `${movePeriod.label} (its start)` };
}
