import type { Dataset } from '../schema';

/**
 * Rule: a downloaded dataset's figures stay near the history of the dataset already held.
 * Example: a 10-year yield of 0.00% (held 3.6% to 5.0%), a yen at 1.45 or any value of 1e300 is refused.
 *
 * A sanity bound, not a forecast: the bands are wide enough for a year of sharp moves (a 5-point
 * rise in policy rates, crypto falling to a quarter) and catch broken feeds and hostile files.
 */

/** No catalogue figure comes near this (foreign holdings of Treasuries are about 9e12 USD). */
export const MAX_ABS_VALUE = 1e15;
/** Percent figures: always allow at least this many points beyond the held range... */
const PERCENT_MIN_MARGIN_PP = 1.5;
/** ...or this share of the held range's largest magnitude (a 5% yield may fall to 2.5%)... */
const PERCENT_LEVEL_MARGIN = 0.5;
/** ...or this many times the held range's own width (a rate history that spans 0.25% to 5.5%). */
const SPAN_MARGIN = 1;
/** Positive levels (prices, indices, FX, holdings): within this factor of the held low and high. */
export const RATIO_MARGIN = 4;
/** Signed counts (payroll changes): this many times the held range's width or magnitude beyond it. */
const SIGNED_MARGIN = 2;
/** Refusals named in the reason; the rest are counted. */
const NAMED = 3;

export interface Range {
  lo: number;
  hi: number;
}

/** Held values per indicator, from observations and series points. */
export function heldRanges(ds: Dataset): Map<string, Range> {
  const out = new Map<string, Range>();
  const add = (id: string, v: number) => {
    const r = out.get(id);
    if (!r) out.set(id, { lo: v, hi: v });
    else {
      if (v < r.lo) r.lo = v;
      if (v > r.hi) r.hi = v;
    }
  };
  for (const o of ds.observations) add(o.indicator, o.value);
  for (const s of ds.series) for (const [, v] of s.points) add(s.indicator, v);
  return out;
}

/** The values an indicator may take given its held range and unit. */
export function allowedBand(unit: string, held: Range): Range {
  const span = held.hi - held.lo;
  const size = Math.max(Math.abs(held.lo), Math.abs(held.hi));
  if (unit === 'percent') {
    const m = Math.max(PERCENT_MIN_MARGIN_PP, PERCENT_LEVEL_MARGIN * size, SPAN_MARGIN * span);
    return { lo: held.lo - m, hi: held.hi + m };
  }
  if (held.lo > 0) return { lo: held.lo / RATIO_MARGIN, hi: held.hi * RATIO_MARGIN };
  const m = SIGNED_MARGIN * Math.max(span, size);
  return { lo: held.lo - m, hi: held.hi + m };
}

const show = (v: number) =>
  Math.abs(v) >= 1e6 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(2) : String(Number(v.toFixed(4)));

/** Why one figure is implausible next to its indicator's held range (null when it is plausible or has no history). */
export function figureProblem(unit: string, held: Range | undefined, v: number): string | null {
  if (!(Math.abs(v) <= MAX_ABS_VALUE)) return `${show(v)} is beyond any figure the catalogue holds`;
  if (!held) return null;
  const band = allowedBand(unit, held);
  if (v >= band.lo && v <= band.hi) return null;
  return `${show(v)} is far outside its held range ${show(held.lo)} to ${show(held.hi)}`;
}

/** Why some figures are implausible next to the held dataset, or null when all are plausible. */
export function implausibleProblem(candidate: Dataset, held: Dataset | null): string | null {
  const ranges = held ? heldRanges(held) : new Map<string, Range>();
  const units = new Map(candidate.indicators.map((i) => [i.id, i.unit]));
  const found: string[] = [];
  let count = 0;
  const check = (id: string, date: string, v: number) => {
    const why = figureProblem(units.get(id) ?? '', ranges.get(id), v);
    if (!why) return;
    count++;
    if (found.length < NAMED) found.push(`${id} ${date}: ${why}`);
  };
  for (const o of candidate.observations) check(o.indicator, o.period, o.value);
  for (const s of candidate.series) for (const [d, v] of s.points) check(s.indicator, d, v);
  if (!count) return null;
  const more = count > found.length ? ` and ${count - found.length} more` : '';
  return `implausible figures: ${found.join('; ')}${more}`;
}
