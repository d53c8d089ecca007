/**
 * Every tolerance the judge uses, named and in one place. A claim "matches" inside its own
 * rounding; "close" is only a rounding-sized gap; anything else "differs" (or, where sources or
 * times of day may explain a gap, the judge abstains with "check").
 */
export const TOLERANCES = {
  /** "1%" as a rate covers 0.875–1.125, not 0.5–1.5: a whole-number rate names the nearest eighth. */
  wholePercentHalfWidth: 0.125,
  /** A gap of at most this many steps of the claim's last written digit is "close" ("$1.12 trillion" for 1,125.9 billion). */
  closeSteps: 1,
  /** A percentage move computed from two closes is "close" within this many points ("fell 2.96%" for -2.90%). */
  closePctChangePoints: 0.1,
  /**
   * volatility-move-share: a volatility index's percent moves run to tens of percent, and a close a few cents off
   * the official one (a jump of 31.6% to 21.63 against a Cboe close of 21.66, +31.83%) shifts them by more than a tenth: a
   * same-direction gap within this share of the move is "close".
   */
  closeVolatilityPctChangeShare: 0.01,
  /**
   * A yield's move in basis points computed from two closes is "close" within this many points: other
   * sources' closes differ from H.15's by a few bp ("fell 7 bp" for -0.05), not by ten ("+29 bp" for +19).
   */
  closePpChangePoints: 0.05,
  /**
   * double-the-move: a yield move stated at twice the computed one or more, and at least this many points off ("slipped 8
   * basis points" on a week the 2-year fell 4), is another move, not another source's rounding.
   */
  doublePpChangeMinGap: 0.03,
  /** A move in points or dollars is "close" within this share of the move (sources' closes differ by cents). */
  closeAbsChangeShare: 0.01,
  /**
   * close-is-small: whatever the claim's digits, a gap above this share of a move in points or money is
   * never "close" ("nearly USD 1 trillion" against a move of 233 billion is another figure, not a rounding).
   */
  closeMaxShare: 0.25,
  /** A day's quote off that day's range by less than this share may be another source or fixing time: "check". */
  marketSourceSpread: 0.002,
  /** A yield quoted for a day within this many points of that day's close may be another source's: "check". */
  yieldSourceSpreadPoints: 0.04,
  /**
   * fitted-curve-spread: the stored Bund yield is the Bundesbank's fitted curve at 10.0 years, which parts from the
   * benchmark bond that news quotes by several basis points ("at 2.62%" against a fitted 2.69%), and in weeks when
   * the curve steepens by ten or more: within this, "check".
   */
  fittedCurveSpreadPoints: 0.12,
  /**
   * local-close-spread: "the won closed at 1,484.1 on April 9" in Seoul against New York noon rates of 1,477.97
   * and 1,472.75: a local close hours away from either noon rate, off their range by less than this share, is "check".
   */
  localCloseSpread: 0.01,
  /** On the article's own day a quote may be intraday: off the range by less than this share is "check". */
  intradayMargin: 0.02,
  /**
   * Rule crypto-intraday: a coin trades round the clock and swings several percent within a day
   * ("clinging to $113,000 at the Wall Street open" between closes of 110,032 and 108,308): "check".
   */
  intradayMarginCrypto: 0.05,
  /**
   * Rule volatility-intraday: a volatility index swings several percent within a session ("jumped
   * 9.6% to 17.67" written before the close, which came at 17.17): off the range by less is "check".
   */
  intradayMarginVolatility: 0.1,
  /** Rule intraday-extreme: a day's low or high more than this share beyond the day's closes is no day's swing. */
  intradaySwing: 0.1,
  /**
   * volatile-swing: silver's high of $83.62 on 2025-12-29 stood 12% above a close of $74.64 (it crashed the same
   * day); a commodity's or a coin's day may swing this far beyond its closes.
   */
  intradaySwingVolatile: 0.2,
  /** Written after the close, a quote off the close by less than this share may be a late price from another source: "check". */
  afterCloseSpread: 0.01,
  /** Numbers are compared with this relative slack for floating-point noise only. */
  epsilon: 1e-9,
} as const;

/** Yields stored as a fitted curve's point rather than a benchmark bond's quote (fitted-curve-spread). */
export const FITTED_CURVE_SERIES: ReadonlySet<string> = new Set(['de.bund_10y_yield']);

/** Volatility indices, whose intraday quotes stray furthest from the day's closes. */
export const VOLATILITY_INDICES: ReadonlySet<string> = new Set(['idx.vix']);

/**
 * How long after a period ends its first figure may still be unpublished. A stored figure dated
 * after the article counts as known on the article's date only when the period ended at least
 * this long before (the stored row is then a later edition of a figure that was out).
 */
export const RELEASE_LAG_DAYS: Record<'day' | 'month' | 'quarter' | 'half' | 'year', number> = {
  day: 0,
  month: 40,
  quarter: 50,
  half: 60,
  year: 120,
};

/**
 * release-lag-sure: the last day after the period's end on which a first release comes (Japan's national CPI: a
 * Friday 18 to 24 days after the month, by the dataset's own dated releases). A stored row dated within it is the
 * release day itself (judge/vintage.ts).
 */
export const SURE_RELEASE_LAG_BY_INDICATOR: Record<string, number> = {
  'jp.core_cpi_yoy': 26,
};

/**
 * Indicators whose first release comes at another lag than their frequency's above, or than a stored
 * monthly series' default (days after the period ends, the earliest the publisher's calendar allows):
 * the U.S. jobs report on the first Friday, the euro-area flash HICP at the month's end, China's GDP
 * within three weeks, U.S. PCE prices near the end of the next month.
 */
export const RELEASE_LAG_BY_INDICATOR: Record<string, number> = {
  'us.unemployment_rate': 1,
  'us.nonfarm_payrolls': 1,
  'ea.hicp_yoy': 0,
  'us.cpi_yoy': 10,
  'us.core_cpi_yoy': 10,
  'uk.cpi_yoy': 14,
  'jp.core_cpi_yoy': 17,
  'cn.gdp_growth_yoy': 14,
  'us.gdp_growth_saar': 25,
  'ea.gdp_growth_qoq': 28,
  // BEA's personal income and outlays come near the end of the next month; Census retail sales mid-month.
  // BEA has put out personal income and outlays as early as the 25th day after the month (a Thursday release).
  'us.core_pce_yoy': 24,
  'us.retail_sales_mom': 13,
};

/** A monthly series point (no release date stored) is taken as out this many days after its month; a market average at once. */
export const SERIES_RELEASE_LAG_DAYS = 10;

/**
 * Indicators whose rows in data/facts.csv are each the release's own first print, dated by its release day (the BLS
 * Employment Situation archive, one row per report): a month with no row dated before the article was not out yet.
 */
export const FIRST_PRINTS_STORED: ReadonlySet<string> = new Set(['us.unemployment_rate', 'us.nonfarm_payrolls']);

/** Policy decisions take effect up to this many days after they are announced (the ECB's a week later). */
export const ANNOUNCEMENT_LEAD_DAYS = 6;

/** A rate in force within this many days before the article, cited without a period, may be history: "check". */
export const RECENT_STEP_DAYS = 400;

/** Below this match confidence (0–1) a gap is reported as "check", never as a red "differs". */
export const DIFFERS_MIN_CONFIDENCE = 0.6;

/**
 * The largest revision an indicator's published figure sees, in points (rule revision-bound). Year-
 * over-year consumer prices are computed from unadjusted indexes that are not revised (the euro
 * area's flash may move 0.1 at the final release); the U.S. jobless rate moves at most 0.1 when
 * seasonal factors are re-estimated. Indicators not listed (GDP, payrolls, TIC holdings, PCE) can be
 * revised by more than a rounding step, so a gap against a later edition stays a question.
 */
export const REVISION_BOUND_POINTS: Record<string, number> = {
  'us.cpi_yoy': 0.1,
  'us.core_cpi_yoy': 0.1,
  'uk.cpi_yoy': 0.1,
  'jp.core_cpi_yoy': 0.1,
  'ea.hicp_yoy': 0.1,
  'us.unemployment_rate': 0.1,
};

/**
 * How far a move read from another instrument or hour may stray before it is called wrong: a point,
 * or half the move, but never more than NEAR_MISS_MAX points (near-miss-cap: "WTI trades 28% above
 * where it ended 2025" against a spot gain of 38.3% is no gap between spot and futures).
 */
const NEAR_MISS_ABS = 1;
const NEAR_MISS_SHARE = 0.5;
const NEAR_MISS_MAX = 5;

/** Whether a stated move lies within a near miss of the stored one (spot-move, crypto-rolling-day). */
export function nearMiss(stated: number, stored: number): boolean {
  const slack = Math.max(NEAR_MISS_ABS, Math.min(NEAR_MISS_SHARE * Math.abs(stored), NEAR_MISS_MAX));
  return Math.abs(stated - stored) <= slack;
}
