import type { DatasetView } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { addDays, isSessionSpan, periodBounds } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import { num, verdictOf } from './explain';
import { hadStoodStep } from './had-stood';
import { pendingRate, stepAhead } from './pending-rate';
import { inForce, stepBefore, steps, type Step } from './step';
import { ANNOUNCEMENT_LEAD_DAYS, RECENT_STEP_DAYS } from './tolerances';

/** Indicators stored as the top of a target range, and the range's width (points). */
const RANGE_WIDTH: Readonly<Record<string, number>> = { 'us.fed_funds_target_upper': 0.25 };

/**
 * announced-by-then: "holds at 3.50%-3.75%" the day before the decision that set it is not the rate in force. Only
 * a step whose announcement day is stored (a decision's row, not a run of a daily series) can be known unannounced.
 */
function announcedBy(s: Step, published: string): boolean {
  return !s.announced || s.announced <= published;
}

/**
 * A policy rate or tariff stated as a level: judged against what was in force on the claim's day
 * (the article's date when none is stated). A decision announced on that day and taking effect
 * within days counts as the one it reports.
 * Rule from-end: "down from 27.5%", "fell to 15% from 25%" is judged against the value before.
 */
export function judgeStepLevel(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  // present-over-past-period: "The Bank of Japan's short-term policy rate is 0.1%, the top of the range it set ... in
  // March": a rate told in the present tense is the one in force on the article's date; a month gone by that the
  // sentence names dates something else it tells of.
  if (
    input.presentLevel === 'verb' &&
    input.period?.type === 'point' &&
    periodBounds(input.period.period).to < monthStart(input.published)
  )
    return judgeStepLevel(view, { ...input, period: null }, current);
  const { indicator, period, published } = input;
  const all = steps(view, indicator.id);
  const day =
    period?.type === 'point'
      ? period.period.length === 10
        ? period.period
        : minDay(periodBounds(period.period).to, published)
      : period?.type === 'span'
        ? period.to
        : published;
  let candidates = inForce(all, day > published ? published : day);
  // Announced on the day, in force a few days later: "the ECB cut its deposit rate to 2%".
  const soonDay = addDays(day, ANNOUNCEMENT_LEAD_DAYS);
  const soonPublished = addDays(published, ANNOUNCEMENT_LEAD_DAYS);
  const soon = all.filter(
    (s) => s.from > day && s.from <= soonDay && s.from <= soonPublished && announcedBy(s, published),
  );
  if (input.fromEnd) {
    const befores = [...candidates, ...soon].map((s) => stepBefore(all, s)).filter((s): s is Step => !!s);
    candidates = [...befores, ...candidates];
  } else candidates = [...candidates, ...soon];
  if (!candidates.length) {
    const ended = all.filter((s) => s.from <= day && s.to && s.to < day).at(-1);
    if (ended && compare(input, ended.ref.value) === 'matches') {
      return verdictOf(
        'check',
        ended.ref,
        current,
        `Not in force on ${day}: ${num(ended.ref.value)} ended on ${ended.to}.`,
      );
    }
    return verdictOf('unverifiable', null, current, `Nothing in force on ${day}.`);
  }
  const hit = candidates.find((s) => compare(input, s.ref.value) === 'matches');
  if (hit) {
    const what = input.fromEnd
      ? `The value before the change: ${num(hit.ref.value)} (from ${hit.from}).`
      : `In force on ${day}: ${num(hit.ref.value)} (from ${hit.from}).`;
    // Rule since-changed: right on the article's date, another value in force now (neutral).
    const last = all[all.length - 1];
    if (!period && !input.fromEnd && last && last.from > day && compare(input, last.ref.value) !== 'matches') {
      return verdictOf('since-changed', hit.ref, current, `${what} Since ${last.from}: ${num(last.ref.value)}.`);
    }
    return verdictOf('matches', hit.ref, current, what);
  }
  // unannounced-not-reference: a step a few days ahead whose announcement day is not stored may make a figure
  // right, but is never the yardstick while another was in force (a rate starting two days after the article).
  const ref = input.fromEnd
    ? candidates[0]!
    : (candidates.findLast((s) => s.from <= day || !!s.announced) ?? candidates.at(-1)!);
  const stood = hadStoodStep(all, input, day);
  if (stood)
    return verdictOf(
      'matches',
      stood.ref,
      current,
      `An earlier level: ${num(stood.ref.value)} was in force from ${stood.from}${stood.to ? ` until ${stood.to}` : ''}; on ${day} it was ${num(ref.ref.value)}.`,
    );
  if (input.hadStood)
    return verdictOf(
      'check',
      ref.ref,
      current,
      `An earlier level on a day not stated; none in force in the year before matched it. On ${day}: ${num(ref.ref.value)}.`,
    );
  const pending = pendingRate(all, input, ref, current, TAKING_EFFECT_DAYS);
  if (pending) return pending;
  // Rule taking-effect: "Trump signed an order reducing tariffs on Japanese cars from 27.5% to 15%"
  // (signed 4 September, in force from the 16th): the rate set to take effect within weeks of the
  // article is what it reports, not a wrong rate in force. A question, since the text may mean today's.
  if (!input.fromEnd && !period) {
    const ahead = stepAhead(all, input, TAKING_EFFECT_DAYS);
    if (ahead)
      return verdictOf(
        'check',
        ahead.ref,
        current,
        `In force on ${day}: ${num(ref.ref.value)}; ${num(ahead.ref.value)} took effect on ${ahead.from}, after the article.`,
      );
  }
  // Rule announced-rate: "the 24% rate announced on April 2" is right if that rate was set out, in force or not.
  // Tariffs only: "The SNB, which announced its decision last Thursday, left its rate at 0.25%" states the rate in force.
  if (input.announced && input.indicator.kind === 'tariff') {
    const recent = addDays(published, -RECENT_STEP_DAYS);
    const set = all.find((s) => s.from <= published && s.from >= recent && compare(input, s.ref.value) === 'matches');
    if (set)
      return verdictOf(
        'matches',
        set.ref,
        current,
        `Set at ${num(set.ref.value)} from ${set.from}${set.to ? ` until ${set.to}` : ''}; in force on ${day}: ${num(ref.ref.value)}.`,
      );
    // Rule announced-not-stored: "Trump's recent announcement of 100% tariffs on Chinese imports": an
    // announcement the dataset does not hold (often never imposed) need not equal the rate in force; a
    // question, never an error.
    if (compare(input, ref.ref.value) !== 'matches')
      return verdictOf(
        'check',
        ref.ref,
        current,
        `An announced rate the dataset does not hold; in force on ${day}: ${num(ref.ref.value)} (from ${ref.from}).`,
      );
  }
  // Rule threatened-rate: "has threatened an additional 100% levy on Chinese imports": a rate held over a
  // partner, which the one in force need not equal; a question, never an error.
  if (input.threatened)
    return verdictOf(
      'check',
      ref.ref,
      current,
      `A threatened rate, not one in force: in force on ${day}: ${num(ref.ref.value)} (from ${ref.from}).`,
    );
  // "from 27.5%" may count layers another way than the dataset (all-in vs one duty): a question.
  if (input.fromEnd)
    return verdictOf(
      'check',
      ref.ref,
      current,
      `The value before the change was ${num(ref.ref.value)} (from ${ref.from}).`,
    );
  // Rule inside-range: "the Fed's rate is 3.63%" with the range at 3.50%-3.75%: a figure strictly inside a
  // target range is where the market rate trades, not a wrong bound.
  if (!input.range && RANGE_WIDTH[indicator.id] !== undefined) {
    const top = ref.ref.value;
    if (input.value < top && input.value > top - RANGE_WIDTH[indicator.id]!)
      return verdictOf(
        'check',
        ref.ref,
        current,
        `Inside the target range in force on ${day} (${num(top - RANGE_WIDTH[indicator.id]!)}-${num(top)}): the rate the market trades at, which is not stored.`,
      );
  }
  // Rule period-doubt: wrong for the period read but right on the article's date: the period is in doubt.
  if (period && day < published) {
    const now = inForce(all, published).find((s) => compare(input, s.ref.value) === 'matches');
    if (now)
      return verdictOf(
        'check',
        ref.ref,
        current,
        `In force on ${day}: ${num(ref.ref.value)}; on the article's date ${num(now.ref.value)}, as stated. The period read may be wrong.`,
      );
  }
  // A rate that stood in the year before may be what the sentence speaks of: with no period stated,
  // or with one read from a table's other column ("Announced April 2" beside "Aug. 7").
  {
    // Rule stale-over-span: "kept the rate at 4.50%-4.75% throughout this year" names its span; a
    // value that ended before the span began was not in force in it, so the gap is not a misread period.
    // Rule present-level: "the cash rate stands at 4.1%" with no period is the rate in force on the
    // article's date; one that ended before it is stale, not history.
    // "for the first time this year, and it now sits in a range of 4.25% to 4.50%": a span that runs to
    // the article leaves the present tense in charge.
    const runsToArticle = period?.type === 'span' && period.to >= published;
    if ((input.presentLevel && !period) || (input.presentLevel === 'verb' && runsToArticle))
      return verdictOf('differs', ref.ref, current, `In force on ${day}: ${num(ref.ref.value)} (from ${ref.from}).`);
    const since = period?.type === 'span' ? period.from : addDays(day, -RECENT_STEP_DAYS);
    const earlier = all
      .filter((s) => s.to && s.to < day && s.to >= since)
      .find((s) => compare(input, s.ref.value) === 'matches');
    // decision-on-day: "The Bank of England kept Bank Rate at 4% on Thursday" when Thursday's decision
    // took it to 3.75%: a decision dated to the day is no history; the stale level is wrong.
    // With no period, "kept Bank Rate at 4%" in a news story reports the latest decision.
    const decisionDay = input.decisionVerb && (!period || (period.type === 'span' && isSessionSpan(period)));
    if (earlier && !decisionDay) {
      return verdictOf(
        'check',
        ref.ref,
        current,
        `${num(earlier.ref.value)} was in force until ${earlier.to}; on ${day} it was ${num(ref.ref.value)}.${period ? ' The period read may be wrong.' : ' No period stated.'}`,
      );
    }
  }
  return verdictOf('differs', ref.ref, current, `In force on ${day}: ${num(ref.ref.value)} (from ${ref.from}).`);
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * A rate that takes effect this many days after the article may be what it reports as decided: the U.S.-Japan
 * deal announced on 22 July 2025 ("duties on autos also fell to 15% from 25%") took effect on 16 September, 56
 * days later.
 */
const TAKING_EFFECT_DAYS = 60;

/** The first day of a day's month: "2024-10-18" → "2024-10-01". */
const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;
