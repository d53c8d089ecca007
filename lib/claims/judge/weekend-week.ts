import type { DatasetView } from '../dataset-view';
import { indicatorClass } from '../dataset-view';
import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { compare, moveBetween } from './compare';
import { notCalledWrong, num, verdictOf } from './explain';
import { addDays, toDay, weekday } from '../dates';
import { beforeDayFixed, marketDayAt } from './market-day';

/** A country's bond yields trade in its stock market's hours, which market-day knows: the proxy whose clock they keep. */
const SESSION_PROXY: Readonly<Record<string, string>> = { us: 'idx.sp500', de: 'idx.dax', jp: 'idx.nikkei225' };
function sessionProxy(id: string): string {
  return id.includes('_yield') ? (SESSION_PROXY[id.slice(0, id.indexOf('.'))] ?? id) : id;
}

/** A week's window, give or take a day: longer windows ("this month") are not re-read. */
const WEEK_DAYS = 8;

/**
 * weekend-week. Example: a Saturday recap's "Friday prices and weekly change · Bitcoin · −0.4%": the week a
 * weekend article reports ended with Friday's prices, though a coin trades on Saturday too. Measured from
 * the Friday before to the last Friday, a move that agrees is a question, not red.
 */
export function weekendWeek(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const p = input.period;
  if ((j.verdict !== 'differs' && j.verdict !== 'check') || input.measure === 'level') return j;
  if (p?.type !== 'span' || p.to !== input.published) return j;
  // weekday(): 0 is Monday, 5 Saturday, 6 Sunday.
  const day = weekday(input.published);
  // monday-before-open: a Monday note written before its market opened ("fell 11 basis points on the week", stamped
  // 06:45 New York time) reports the week that ended on Friday, as a weekend one does.
  const beforeMondayOpen =
    day === 0 &&
    (marketDayAt(sessionProxy(input.indicator.id), input.published, input.publishedAt, input.updatedAt).day <
      input.published ||
      beforeDayFixed(input.indicator.id, input.published, input.updatedAt ?? input.publishedAt));
  if ((day < 5 && !beforeMondayOpen) || indicatorClass(input.indicator) !== 'market') return j;
  if (toDay(p.to) - toDay(p.from) > WEEK_DAYS) return j;
  const friday = addDays(input.published, day === 5 ? -1 : day === 6 ? -2 : -3);
  const id = input.indicator.id;
  const to = view.pointOnOrBefore(id, friday);
  const from = view.pointOnOrBefore(id, addDays(friday, -7));
  if (!to || !from || to.date !== friday) return j;
  const move = moveBetween(input.measure, from.value, to.value);
  if (compare(input, move) !== 'matches') return j;
  // closed-weekend-week: a market shut at the weekend ("the S&P 500 lost 2% on the week" in a Saturday recap or a
  // Monday note before the open) has no other week to report; a coin, which trades on, keeps the question.
  if (input.indicator.kind !== 'crypto')
    return verdictOf(
      'matches',
      to.ref,
      j.current,
      `The week to Friday ${to.date}, from ${from.date}: ${num(move)}, the last full week before the article.`,
    );
  if (j.verdict !== 'differs') return j;
  return notCalledWrong(j, `the week to Friday ${to.date}, from ${from.date}: ${num(move)}.`);
}
