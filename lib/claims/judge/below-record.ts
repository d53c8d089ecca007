import type { DatasetView } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { compare } from './compare';
import { addDays } from '../dates';
import { num, verdictOf } from './explain';

/**
 * below-record. Example: "Bitcoin remains 41.5% below its record", "still trades 54.9% below its closing high": no
 * day named, the distance from the highest close so far to the latest close. Said to match only when it does; any
 * other reading (an intraday record, another venue) stays the question it was.
 */
const RECORD_AFTER_RE =
  /^[\s\u00a0]+(?:below|under|beneath|short[\s\u00a0]+of|off|from)[\s\u00a0]+(?:its|their|the)[\s\u00a0]+(?:(?:all-time|record|closing|previous|prior|peak)[\s\u00a0]+)*(?:record|high|peak)s?\b(?![\s\u00a0]+(?:on|in|set|from|reached|hit)\b)(?![\s\u00a0,]+(?:\d|[A-Z][a-z]{2}))/;

/** How far back the record is looked for. */
const RECORD_LOOKBACK_DAYS = 5 * 366;

/** Whether the words after a move make it an undated distance below a record. */
export function belowRecordAfter(after: string): boolean {
  return RECORD_AFTER_RE.test(after);
}

export function belowRecord(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  if (!input.belowRecord || input.period || j.verdict === 'matches' || input.measure !== 'pctChange') return j;
  const last = view.pointOnOrBefore(input.indicator.id, input.published, 4);
  if (!last) return j;
  const from = addDays(last.date, -RECORD_LOOKBACK_DAYS);
  let top: { date: string; value: number } | null = null;
  for (const p of view.daily(input.indicator.id)) {
    if (p.date < from || p.date > last.date) continue;
    if (!top || p.value > top.value) top = p;
  }
  if (!top || top.value <= 0) return j;
  const distance = (last.value / top.value - 1) * 100;
  if (compare(input, distance) !== 'matches') return j;
  return verdictOf(
    'matches',
    last.ref,
    j.current,
    `The close on ${last.date} (${num(last.value)}) is ${num(Math.abs(distance))}% below the highest close to then (${num(top.value)} on ${top.date}).`,
  );
}
