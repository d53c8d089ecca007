import type { DatasetView } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { addDays, isSessionSpan, periodBounds } from '../dates';
import { tidy } from '../numbers';
import type { JudgeInput } from './input';
import { changeRef, signed, verdictOf } from './explain';
import { inForce, stepBefore, steps, type Step } from './step';
import { ANNOUNCEMENT_LEAD_DAYS, TOLERANCES } from './tolerances';

/** How far back an undated "cut by 25 bp" may reach for the decision it reports. */
const UNDATED_MOVE_DAYS = 60;

/**
 * Rule rate-move-exact: a move of a policy rate or tariff is exact in basis points. "A 25 bp cut"
 * matches a step of -0.25 only; it is never "close" to another step, nor to no move at all.
 * Over a span ("cut by 50 bp in 2025") the move is the value in force at its end less at its start.
 */
export function judgeRateMove(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const { indicator, period, published } = input;
  const all = steps(view, indicator.id);
  const exact = (v: number) => Math.abs(tidy(v, 8) - input.value) <= TOLERANCES.epsilon * Math.max(1, Math.abs(v));
  const move = (s: Step): { base: Step; end: Step; value: number } | null => {
    const base = stepBefore(all, s);
    return base ? { base, end: s, value: tidy(s.ref.value - base.ref.value, 8) } : null;
  };
  if ((period?.type === 'point' && period.period.length === 4) || (period?.type === 'span' && !isSessionSpan(period))) {
    const b = period.type === 'span' ? period : periodBounds(period.period);
    const start = inForce(all, addDays(b.from, -1)).at(-1);
    const end = inForce(all, b.to < published ? b.to : published).at(-1);
    if (!start || !end)
      return verdictOf('unverifiable', null, current, `No rate in force at both ends of ${period.label}.`);
    const v = tidy(end.ref.value - start.ref.value, 8);
    const ref = changeRef(start.ref, end.ref, v);
    const text = `${period.label}: from ${start.ref.value} to ${end.ref.value} (${signed(v)} points).`;
    if (exact(v)) return verdictOf('matches', ref, current, text);
    // "cut for the second time this year, by 25 bp": one decision within the span may be what is meant.
    const one = all
      .filter((s) => s.from >= b.from && s.from <= end.from)
      .map(move)
      .some((m) => m && exact(m.value));
    return verdictOf(
      one ? 'check' : 'differs',
      ref,
      current,
      one ? `${text} One decision in that span moved by the stated amount.` : text,
    );
  }
  // A day or a month, or no period: the decisions effective then (or just before the article).
  // decision-day: "a 25 basis point reduction agreed on April 17" took effect on April 23.
  const bounds =
    period?.type === 'point'
      ? periodBounds(period.period)
      : period?.type === 'span'
        ? { from: period.to, to: period.to }
        : null;
  const from = bounds ? bounds.from : addDays(published, -UNDATED_MOVE_DAYS);
  const to = bounds ? addDays(bounds.to, ANNOUNCEMENT_LEAD_DAYS) : addDays(published, ANNOUNCEMENT_LEAD_DAYS);
  const moves = all
    .filter((s) => s.from >= from && s.from <= to)
    .map(move)
    .filter((m): m is NonNullable<typeof m> => !!m && m.value !== 0);
  // The latest decision that moved by the stated amount: "cut by 25 bp" the day after a cut is that cut.
  const hit = moves.findLast((m) => exact(m.value));
  if (hit)
    return verdictOf(
      'matches',
      changeRef(hit.base.ref, hit.end.ref, hit.value),
      current,
      `Decision effective ${hit.end.from}: ${signed(hit.value)} points.`,
    );
  // cumulative-moves: "a cycle that has removed 200 bp since June 2024", "lowered by a combined 75 basis points
  // at its last three meetings": with words of a total, the run of the latest decisions the same way.
  if (!period && input.cumulative) {
    const run = latestRun(all, published);
    let sum = 0;
    // cumulative-since: from a named month, the run is every decision from that month on, no shorter.
    const since = input.cumulativeSince;
    const fromMonth = since ? run.filter((r) => r.end.from >= since).length : undefined;
    for (let k = 0; k < run.length; k++) {
      sum = tidy(sum + run[k]!.value, 8);
      if (fromMonth !== undefined && k + 1 !== fromMonth) continue;
      if (k > 0 && exact(sum) && (input.cumulativeCount === undefined || input.cumulativeCount === k + 1)) {
        const first = run[k]!;
        const latest = run[0]!;
        return verdictOf(
          'matches',
          changeRef(first.base.ref, latest.end.ref, sum),
          current,
          `The ${k + 1} decisions from ${first.end.from} to ${latest.end.from}: ${signed(sum)} points in all.`,
        );
      }
    }
    // A total from a month with a decision in it that leaves out some of the run is another figure: red.
    const first = fromMonth ? run[fromMonth - 1] : undefined;
    if (since && first && fromMonth! > 1 && first.end.from.slice(0, 7) === since.slice(0, 7)) {
      let total = 0;
      for (let k = 0; k < fromMonth!; k++) total = tidy(total + run[k]!.value, 8);
      return verdictOf(
        'differs',
        changeRef(first.base.ref, run[0]!.end.ref, total),
        current,
        `The ${fromMonth} decisions from ${first.end.from} to ${run[0]!.end.from}: ${signed(total)} points in all.`,
      );
    }
  }
  const last = moves.at(-1);
  if (!last) {
    // No move then: a stated move with nothing to match is a question (the date may be off by a meeting).
    return verdictOf('check', null, current, `No change took effect between ${from} and ${to}.`);
  }
  return verdictOf(
    period ? 'differs' : 'check',
    changeRef(last.base.ref, last.end.ref, last.value),
    current,
    `Decision effective ${last.end.from}: ${signed(last.value)} points.`,
  );
}

/**
 * The latest decisions by `published` that moved the same way, newest first: a step counts only where
 * the rate in force the day before differs (copies of a decision and repeated values are no decisions).
 */
function latestRun(all: readonly Step[], published: string): { base: Step; end: Step; value: number }[] {
  const out: { base: Step; end: Step; value: number }[] = [];
  const seen = new Set<string>();
  for (let i = all.length - 1; i >= 0; i--) {
    const s = all[i]!;
    if (s.from > published || seen.has(s.from)) continue;
    seen.add(s.from);
    const base = inForce(all as Step[], addDays(s.from, -1)).at(-1);
    if (!base) continue;
    const value = tidy(s.ref.value - base.ref.value, 8);
    if (value === 0) continue;
    if (out.length && Math.sign(value) !== Math.sign(out[0]!.value)) break;
    out.push({ base, end: s, value });
  }
  return out.sort((a, b) => (a.end.from < b.end.from ? 1 : -1));
}
