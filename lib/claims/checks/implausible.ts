import type { Claim } from '../types';
import type { Indicator } from '../../dataset/schema';
import { periodBounds, toDay } from '../dates';
import { type DatasetView, indicatorClass, type Point } from '../dataset-view';
import type { CheckInput, Finding } from './figures';
import { like } from './words';

// "gold is up 1,447% on the year": the largest move gold has made in any year of the figures is about 60%.

/** A move this many times the largest the indicator has made over the same span is no slip of rounding. */
const MOVE_FACTOR = 2.5;
/** A level this many times above the highest (or below the lowest) the indicator has stood. */
const LEVEL_FACTOR = 3;
/** Moves smaller than this (in percent) are never looked up: no history makes them implausible. */
const MOVE_FLOOR = 10;
/** Trading sessions in a span of calendar days, and in a month. */
const SESSIONS_PER_DAY = 5 / 7;
const SESSIONS_PER_MONTH = 21;
/**
 * How sure the matcher must be of the subject (its candidate score; it accepts 0.5 and up) before a
 * figure it would drop is kept to be reported: a percentage move, a price level, and a percentage
 * level, which is most often some other percentage ("the BOJ ... 25%") unless its subject is right beside it.
 */
const REPORT_MOVE_SCORE = 2;
const REPORT_LEVEL_SCORE = 3;
const REPORT_PERCENT_LEVEL_SCORE = 5;

/** The smallest last-digit size a figure has only with a scale word: "$614 million", "724.9 billion". */
const SCALED_PRECISION = 1000;

/**
 * Whether the engine should keep, for this check to report, a figure it would otherwise drop as out
 * of range. A "level" written in points ("tacked on 564.47 points") is a move whose verb the engine
 * did not read, not an index at 564: it stays dropped.
 */
export function mayReportImplausible(
  measure: string,
  ind: Indicator,
  score: number,
  writtenInPoints = false,
  precision = 1,
): boolean {
  if (measure === 'pctChange') return score >= REPORT_MOVE_SCORE;
  if (measure !== 'level' || ind.unit === 'jobs' || writtenInPoints) return false;
  // scaled-amount: "bitcoin's $614 million of liquidations", "sold 724.9 billion won of shares": a sum in
  // millions is some amount of money, never a misprinted price of a market measure.
  if (precision >= SCALED_PRECISION && indicatorClass(ind) === 'market') return false;
  return score >= (ind.unit === 'percent' ? REPORT_PERCENT_LEVEL_SCORE : REPORT_LEVEL_SCORE);
}

/** A figure far outside anything its indicator has done: a 40% daily index move, gold up 1,447% in a year. */
export function checkImplausible({ view, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const figs of sentences) {
    for (const f of figs) {
      const c = f.claim;
      const finding =
        f.measure === 'pctChange' ? move(view, c) : f.measure === 'level' && c.implausible ? level(view, c) : null;
      if (finding) out.push(finding);
    }
  }
  return out;
}

function move(view: DatasetView, c: Claim): Finding | null {
  if (Math.abs(c.value) < MOVE_FLOOR) return null;
  const sessions = sessionsOf(c);
  // Where the history cannot give the move over the claim's span (monthly figures, a day's move),
  // no move can exceed the one from its lowest to its highest.
  const largest = (sessions && largestMove(view, c.indicator!, sessions)) || widestMove(view, c.indicator!);
  if (!largest || Math.abs(c.value) <= MOVE_FACTOR * largest.pct) return null;
  return {
    kind: 'implausible',
    claims: [c],
    blamed: [c],
    expected: largest.pct,
    stated: c.value,
    words: `a ${c.text} move over ${largest.span}; the largest ${c.indicator!.name} has made over ${largest.span} since ${largest.since} is ${largest.pct.toFixed(1)}%`,
  };
}

function level(view: DatasetView, c: Claim): Finding | null {
  const pts = history(view, c.indicator!.id);
  if (!pts.length) return null;
  const { lo, hi } = rangeOf(pts);
  const v = c.value;
  if (v <= hi * LEVEL_FACTOR && v >= lo / LEVEL_FACTOR) return null;
  return {
    kind: 'implausible',
    claims: [c],
    blamed: [c],
    expected: v > hi ? hi : lo,
    stated: v,
    words: `${c.text}: ${c.indicator!.name} has stood between ${like(lo, c)} and ${like(hi, c)} since ${pts[0]!.date.slice(0, 4)}`,
  };
}

/** The move from the indicator's lowest to its highest, as a percentage: no move over any span is larger. */
function widestMove(view: DatasetView, ind: Indicator): { pct: number; span: string; since: string } | null {
  const pts = history(view, ind.id);
  if (pts.length < 24) return null;
  const { lo, hi } = rangeOf(pts);
  return lo > 0 ? { pct: (hi / lo - 1) * 100, span: 'any span', since: pts[0]!.date.slice(0, 4) } : null;
}

/**
 * How many sessions a move's period spans. unstated-span: with none stated ("sits roughly 50% below its
 * highest close") the span is unknown, so only a move larger than any the history holds is implausible.
 */
function sessionsOf(c: Claim): number | null {
  const p = c.period;
  if (!p) return null;
  if (p.type === 'window') return p.sessions;
  const { from, to } = p.type === 'span' ? p : periodBounds(p.period);
  return Math.max(1, Math.round((toDay(to) - toDay(from)) * SESSIONS_PER_DAY));
}

/** Daily points where the dataset has a daily series, else monthly ones, else the dated observations. */
function history(view: DatasetView, id: string): Point[] {
  const daily = view.daily(id);
  if (daily.length >= 250) return daily;
  const monthly = view.monthly(id);
  return monthly.length >= 24 ? monthly : daily;
}

// Point lists are the view's own, built once per indicator: their range is read once too.
const rangeCache = new WeakMap<readonly Point[], { lo: number; hi: number }>();

/** The lowest and highest value of a history. */
function rangeOf(pts: readonly Point[]): { lo: number; hi: number } {
  let hit = rangeCache.get(pts);
  if (!hit) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of pts) {
      if (p.value < lo) lo = p.value;
      if (p.value > hi) hi = p.value;
    }
    rangeCache.set(pts, (hit = { lo, hi }));
  }
  return hit;
}

/** The largest one-session percentage move in the indicator's daily history, or null without one. */
export function largestSessionMove(view: DatasetView, ind: Indicator): number | null {
  return largestMove(view, ind, 1)?.pct ?? null;
}

const largestCache = new WeakMap<DatasetView, Map<string, { pct: number; span: string; since: string } | null>>();

/** The largest percentage move over `sessions` sessions (or the months they make) in the indicator's history. */
function largestMove(
  view: DatasetView,
  ind: Indicator,
  sessions: number,
): { pct: number; span: string; since: string } | null {
  let cache = largestCache.get(view);
  if (!cache) largestCache.set(view, (cache = new Map()));
  const daily = view.daily(ind.id);
  const useDaily = daily.length >= 250;
  const monthly = useDaily ? [] : view.monthly(ind.id);
  const pts = useDaily ? daily : monthly;
  // A move over less than a month can only be judged on daily figures.
  const step = useDaily ? sessions : Math.round(sessions / SESSIONS_PER_MONTH);
  if (pts.length < 24 || step < 1 || step >= pts.length) return null;
  const key = `${ind.id}|${useDaily ? 'd' : 'm'}${step}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let best = 0;
  for (let i = step; i < pts.length; i++) {
    const a = pts[i - step]!.value;
    if (a > 0) best = Math.max(best, Math.abs(pts[i]!.value / a - 1) * 100);
  }
  const span = useDaily
    ? step === 1
      ? 'one session'
      : `${step} sessions`
    : step === 1
      ? 'one month'
      : `${step} months`;
  const result = best > 0 ? { pct: best, span, since: pts[0]!.date.slice(0, 4) } : null;
  cache.set(key, result);
  return result;
}
