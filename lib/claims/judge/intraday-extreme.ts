import type { Judgement, FigureRef } from '../types';
import type { Point } from '../dataset-view';
import type { JudgeInput } from './input';
import { num, verdictOf } from './explain';
import { TOLERANCES } from './tolerances';

/**
 * Rule intraday-extreme: "up from as low as 3.86% during the April 4 session", "touched an intraday
 * high of $4,381": the day's low or high, which the stored closes do not hold. A low lies at or below
 * the day's lower close, a high at or above its higher one; within a day's plausible swing it is
 * "check" (said so), never red; only a figure far outside any day's range differs.
 */
// record-high-at: "set a fresh record high at" as well as "of".
// dated-extreme: "slipping from the March 2022 high of 1.2750": the highest since a month named by its year.
// bare-span-extreme: "retreats from three-week high of 1.0934": a headline drops the article before a span's high.
const EXTREME_RE =
  /\b(?:as[\s\u00a0]+(?:low|high)[\s\u00a0]+as|(?:from|to|at|near|off|toward|towards)[\s\u00a0]+(?:\w+-(?:year|month|week|day)|multi-(?:year|month|week))[\s\u00a0]+(?:low|high|peak)[\s\u00a0]+(?:of|at|near|around)|(?:intraday|session|day's|daily)[\s\u00a0]+(?:low|high|peak|trough)(?:[\s\u00a0]+of)?|(?:a|an|its|the)[\s\u00a0]+(?:(?:all-time|record|fresh|new|intraday|session|year-to-date|[\w]+-(?:year|month|week)|(?:[A-Z][a-z]+[\s\u00a0]+)?(?:19|20)\d\d)[\s\u00a0]+){0,2}(?:low|high|peak)[\s\u00a0]+(?:of|at|above|near|around))[\s\u00a0]*(?:about[\s\u00a0]+|around[\s\u00a0]+|nearly[\s\u00a0]+|almost[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;

/** The words before a figure make it the day's low or high. */
export function intradayExtremeBefore(lead: string): 'low' | 'high' | undefined {
  if (!EXTREME_WORD_RE.test(lead.slice(-60))) return undefined;
  // "closed at a record high of 6,890.59": a close, whatever it is called.
  if (CLOSING_VERB_RE.test(lead)) return undefined;
  const m = EXTREME_RE.exec(lead.slice(-48));
  if (m) return /\blow\b|\btrough\b/i.test(m[0]) ? 'low' : 'high';
  // A level touched after a move the other way: the side is the move's start, read as the day's high.
  if (TOUCHING_RE.test(lead))
    return /\b(?:up|rose|rises|gained|higher|firmer)\b[^.;!?]{0,40}$/i.test(lead) ? 'low' : 'high';
  // peak-hit: "their 2025 peaks reached on January 13, when the 10-year yield hit 4.803%".
  if (!PEAK_WORD_RE.test(lead)) return undefined;
  const p = PEAK_HIT_RE.exec(lead);
  if (!p) return undefined;
  return /^(?:low|trough)/i.test(p[1]!) ? 'low' : 'high';
}

/**
 * peak-then-close: "the VIX peaked at 27.8 on Thursday and closed the day around 26.3": a peak told beside the
 * day's close is the day's high, not a close; alone, "peaked at" may name a closing record.
 */
const PEAKED_AT_RE =
  /\b(peaked|bottomed|troughed)(?:[\s\u00a0]+out)?[\s\u00a0]+(?:at|near|around)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;
const CLOSE_AFTER_RE = /^[^.;!?]{0,60}\b(?:closed|ended|finished|settled)\b/i;

/** The day's high or low of a "peaked at" figure whose sentence goes on to its close (`after`: text after the figure). */
export function peakBeforeClose(lead: string, after: string): 'low' | 'high' | undefined {
  const m = PEAKED_AT_RE.exec(lead.slice(-40));
  if (!m || !CLOSE_AFTER_RE.test(after)) return undefined;
  return /^peaked$/i.test(m[1]!) ? 'high' : 'low';
}

/**
 * past-to-record: "the token surged past $71,300.45, setting a fresh all-time high": a level a market passed on
 * the way to a record is the day's high (or, falling through to a record low, its low), not its close.
 */
const PASSED_LEAD_RE =
  /\b(?:surged|soared|jumped|climbed|rallied|rose|broke|pushed|spiked|shot|raced|vaulted|plunged|tumbled|sank|fell|dropped|slid)[\s\u00a0]+(?:past|above|beyond|through|below|under)[\s\u00a0]*$/i;
const RECORD_AFTER_RE =
  /^[^.;!?\d]{0,12}?,?[\s\u00a0]*(?:setting|marking|hitting|notching|reaching|logging|posting)[\s\u00a0]+(?:a[\s\u00a0]+)?(?:(?:new|fresh)[\s\u00a0]+)?(?:all-time|record)[\s\u00a0]+(high|low|peak)\b/i;

/** The day's high or low of a level a market passed on its way to a record (`after`: text after the figure). */
export function pastToRecord(lead: string, after: string): 'low' | 'high' | undefined {
  if (!PASSED_LEAD_RE.test(lead.slice(-24))) return undefined;
  const m = RECORD_AFTER_RE.exec(after);
  if (!m) return undefined;
  return m[1]!.toLowerCase() === 'low' ? 'low' : 'high';
}

/** Cheap first tests: most leads name no high, low or peak at all. */
const EXTREME_WORD_RE = /low|high|peak|trough|hit|touch|reach|tagged|struck/i;
const PEAK_WORD_RE = /\b(?:hit|touched|reached|tagged|struck)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;
/** touching-before: "down 0.2% around $1.1849 after touching $1.1879 Tuesday": a level touched is the day's high or low. */
const TOUCHING_RE =
  /\bafter[\s\u00a0]+(?:touching|hitting|reaching|tagging)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

const CLOSING_VERB_RE = /\b(?:closed|closing|ended|ending|finished|finishing|settled|settling)\b(?:[^.;!?\d]){0,30}$/i;

// lowest-hit: "its lowest reading since Aug. 5, a day on which it hit": a superlative too, through a dotted month.
const PEAK_HIT_RE =
  /\b(peaks?|highs?|lows?|troughs?|lowest|highest)\b(?:[^.;!?]|\.(?=[\s\u00a0]+\d)){0,80}?\b(?:hit|touched|reached|tagged|struck)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/** Kinds whose day may swing far beyond its closes (volatile-swing). */
const VOLATILE_KINDS: ReadonlySet<string> = new Set(['commodity', 'crypto']);

export function judgeExtreme(
  input: JudgeInput,
  close: Point,
  prev: Point | null,
  current: FigureRef | null,
): Judgement | null {
  if (!input.extreme) return null;
  const lo = Math.min(close.value, prev?.value ?? close.value);
  const hi = Math.max(close.value, prev?.value ?? close.value);
  // An open lies anywhere about the two closes; a low at or below the lower, a high at or above the higher.
  const edge = input.extreme === 'low' ? lo : input.extreme === 'high' ? hi : Math.min(Math.max(input.value, lo), hi);
  const off = Math.abs(input.value - edge) / Math.abs(edge);
  const what = input.extreme === 'open' ? 'open' : input.extreme;
  const closes = `close on ${close.date}: ${num(close.value)}${prev ? ` (previous ${num(prev.value)})` : ''}`;
  // An open with no day stated may be any day's: far from this one's closes is no error.
  const swing = VOLATILE_KINDS.has(input.indicator.kind) ? TOLERANCES.intradaySwingVolatile : TOLERANCES.intradaySwing;
  if (off > swing && (input.extreme !== 'open' || input.period))
    return verdictOf('differs', close.ref, current, `The day's ${what} is far outside the day's closes (${closes}).`);
  return verdictOf('check', close.ref, current, `The day's ${what}: the dataset keeps closes only (${closes}).`);
}
