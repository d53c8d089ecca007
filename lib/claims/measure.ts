import type { Indicator } from '../dataset/schema';
import type { ClaimContext, NumericExpression } from './types';
import type { DatasetView } from './dataset-view';
import type { Measure } from './judge';
import { tidy } from './numbers';

/**
 * Example: "rose 0.63% to $1,676": how a figure compares with an indicator (a level or a change,
 * in what unit), whether its size is plausible for it, and its signed value.
 */

const unitPartsMemo = new Map<string, string[]>();
/** "JPY per USD" → ["JPY", "USD"]: asked for every candidate, of a few dozen units. */
function unitParts(unit: string): string[] {
  let parts = unitPartsMemo.get(unit);
  if (!parts) unitPartsMemo.set(unit, (parts = unit.split(' per ')));
  return parts;
}

/** Which side of a pair a currency is: "JPY" is USD/JPY's quote ("JPY per USD"), "USD" its base. */
export function pairSide(ind: Indicator, currency: string): 'quote' | 'base' | null {
  const [quote, base] = unitParts(ind.unit);
  return currency === quote ? 'quote' : currency === base ? 'base' : null;
}

/** Whether the currency a move is told of is the pair's quote currency ("the yen" of USD/JPY, "JPY per USD"). */
export function isQuoteSide(ind: Indicator, subjectCurrency: string | undefined): boolean {
  return ind.kind === 'fx' && !!subjectCurrency && subjectCurrency === unitParts(ind.unit)[0];
}

/** How a claim's number compares with the indicator: as a level or a change, and in what unit. */
export function measureOf(
  expr: NumericExpression,
  ctx: ClaimContext,
  ind: Indicator,
  /** The figure stands in a table cell whose headers name the subject. */
  inCell = false,
): Measure | null {
  const percentIndicator = ind.unit === 'percent';
  switch (expr.unit) {
    case 'bp':
    case 'pp':
      return percentIndicator ? 'ppChange' : null;
    case 'percent':
      // percent-points-move: "the 10-year yield slipped 0.02% to 4.13%": a yield's small move written
      // with a percent sign is in percentage points (a policy rate in a table of decisions is a level).
      if (percentIndicator && ctx.kind === 'change' && ind.kind === 'yield' && expr.value < YIELD_MOVE_MAX_PCT)
        return 'ppChange';
      // percent-points-rate-move: "the Fed cut its benchmark rate by 0.25%" is a quarter-point cut.
      if (percentIndicator && ctx.moveSize && ind.kind === 'rate' && expr.value <= RATE_MOVE_MAX_PCT) return 'ppChange';
      if (percentIndicator) return 'level';
      return ctx.kind === 'change' ? 'pctChange' : null;
    // pips: "USD/JPY dropped 280 pips": a currency pair's move in its smallest quoted steps.
    case 'pips':
      return ind.kind === 'fx' ? 'absChange' : null;
    case 'points':
      if (ind.unit !== 'points') return null;
      return ctx.kind === 'change' ? 'absChange' : 'level';
    case 'currency': {
      const c = expr.currency;
      if (ind.unit === c && !expr.per) return ctx.kind === 'change' ? 'absChange' : 'level';
      const [quote, base] = unitParts(ind.unit);
      if (!base || quote !== c) return null;
      // "$4,056 an ounce" is gold, not oil; "$1.10 per euro" is EUR/USD.
      if (expr.per && expr.per !== base.replace('troy ', '')) return null;
      return ctx.kind === 'change' ? 'absChange' : 'level';
    }
    case 'number': {
      // Payrolls are themselves a monthly change: "rose by 160,000" is their level.
      if (ind.unit === 'jobs') return 'level';
      if (ind.unit === 'points') return ctx.kind === 'change' ? 'absChange' : 'level';
      const parts = unitParts(ind.unit);
      if (parts.length === 2 && parts[0]!.length === 3 && parts[1]!.length === 3) {
        if (expr.per && expr.per !== parts[1]) return null;
        return ctx.kind === 'change' ? 'absChange' : 'level';
      }
      // cell-price-unstated: "WTI (Cushing spot) · Last · 74.56", "Bitcoin · Close · 84,011.40": a price table states
      // its currency nowhere in the cell; the row's commodity or coin is priced in the currency of its unit.
      if (inCell && PRICED_KINDS.has(ind.kind) && CURRENCY_CODE_RE.test(parts[0]!))
        return ctx.kind === 'change' ? 'absChange' : 'level';
      return null;
    }
  }
  return null;
}

const MARKET_BAND = new Set(['index', 'commodity', 'yield']);
/** Kinds a table quotes as a bare price (cell-price-unstated). */
const PRICED_KINDS: ReadonlySet<string> = new Set(['commodity', 'crypto']);
const CURRENCY_CODE_RE = /^[A-Z]{3}$/;

/** percent-points-move: a yield's move in a day or a week stays under half a point. */
const YIELD_MOVE_MAX_PCT = 0.5;
/** percent-points-rate-move: one decision moves a policy rate by a point at most. */
const RATE_MOVE_MAX_PCT = 1;

/** pct-change-band: silver "up 141.3%" in a year is a market's move; "1,447%" is no indicator's. */
const MAX_PCT_CHANGE = 300;

/** Rules out numbers of the wrong size for the indicator: "$65" is not gold, "$1.1 trillion" not FX. */
/**
 * fx-band: "Euro 1.6050-1.6300" in a table of the loonie's crosses, "EUR/GBP has slipped to 0.8400": a quote
 * more than this factor from the pair's level is some other cross. Dollar-yen's 2022-2026 range
 * (113-161) stays inside it.
 */
const FX_BAND = 1.3;

export function plausible(view: DatasetView, ind: Indicator, measure: Measure, value: number): boolean {
  const m = view.magnitude(ind.id);
  const v = Math.abs(value);
  // Monthly job gains swing through zero: no band around the latest figure fits them.
  if (ind.unit === 'jobs') return v <= 5e6;
  switch (measure) {
    case 'pctChange':
      return v <= MAX_PCT_CHANGE;
    case 'ppChange':
      return v <= 20;
    case 'absChange':
      return m === null || v <= m * 0.5;
    default: {
      // A policy rate or yield of 0.5% is not claimed as 25%: that is some other percentage.
      if (ind.unit === 'percent' && (ind.kind === 'rate' || ind.kind === 'yield') && m !== null)
        return v <= Math.max(m * 6, m + 10);
      if (ind.unit === 'percent') return v <= 300;
      if (m === null || m === 0) return true;
      // How far a level can plausibly stray from the latest figure, by kind.
      const band = ind.kind === 'fx' ? FX_BAND : ind.kind === 'crypto' ? 5 : MARKET_BAND.has(ind.kind) ? 3 : 6;
      return v >= m / band && v <= m * band;
    }
  }
}

const SIGNED_KINDS = new Set(['growth', 'inflation']);

/** Pairs quoted to two decimals (USD/JPY 150.69, USD/KRW 1,394.50) move in steps of 0.01; the rest in 0.0001. */
const TWO_DECIMAL_QUOTES = new Set(['JPY', 'KRW']);

/** One pip of the pair, in its quote currency. */
export function pipSize(ind: Indicator): number {
  return TWO_DECIMAL_QUOTES.has(unitParts(ind.unit)[0]!) ? 0.01 : 0.0001;
}

/** The claim's value in the indicator's unit, signed for changes ("a 12% drop" is -12). */
export function signedValue(
  expr: NumericExpression,
  ctx: ClaimContext,
  measure: Measure,
  ind: Indicator,
  subjectCurrency: string | undefined,
): number {
  let v = expr.value;
  if (measure === 'ppChange' && expr.unit === 'bp') v = tidy(v / 100, 8);
  if (expr.unit === 'pips') v = tidy(v * pipSize(ind), 8);
  // A level is signed only when told as a move ("GDP shrank 0.6%", "employers shed 156,000 jobs"),
  // not when a move ends at it ("the jobless rate fell to 4.3%").
  const signed =
    measure !== 'level' || ((SIGNED_KINDS.has(ind.kind) || ind.kind === 'labour') && ctx.kind === 'change');
  if (signed && !expr.explicitSign && ctx.direction === 'down') v = -Math.abs(v);
  // "The yen fell 0.4%" is USD/JPY up: a move of the pair's quote currency is the pair's inverse.
  // quote-side-units: "the won weakened by 5.66 won" is USD/KRW up 5.66: a move of the quote currency counted in its own
  // units ("won", "yen" written with the figure) is the pair's inverse too. Bare figures and pips keep the pair's sign.
  const inQuoteUnits = measure === 'absChange' && expr.unit === 'currency' && expr.currency === unitParts(ind.unit)[0];
  if ((measure === 'pctChange' || inQuoteUnits) && v !== 0 && isQuoteSide(ind, subjectCurrency)) v = -v;
  // "fell 0.0%" is 0, not -0 (which JSON, and so the page, would not keep).
  return v === 0 ? 0 : v;
}
