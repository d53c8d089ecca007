import { boundOf } from '../endpoints';

/**
 * Example: "Gold Holds Above $3,300", "Nikkei tops 40,000", "Cable is holding above 1.34", "a whisker
 * below 160": a round level named as a bound is a threshold the market crossed or stayed beyond, not
 * its reading; the reading, where the sentence gives one, is the claim. Round is judged against how
 * the market is quoted: a currency to four decimals (or two for the yen), a yield to two, a price to
 * cents.
 */

/** At most this many significant digits make a whole level round: 4,000 (1), 3,300 (2), 52,500 (3). */
const ROUND_DIGITS = 3;
/** Quoted to four decimals below this level (EUR/USD 1.3426), to two above it (USD/JPY 157.42). */
const FOUR_DECIMAL_FX_BELOW = 20;

/**
 * side-of-round: "on the weak side of 150 per dollar": a round level the market is on one side of is a
 * landmark too. ("near 150" stays a rough reading: "traded near $63" is one.)
 */
const SIDE_OF_ROUND_RE =
  /\b(?:weak|strong|wrong|right|other|far)[\s\u00a0]+side[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?[$€£¥]?$/i;

/** round-named: "A round 7,000 on the S&P 500 is the level chart watchers say they are watching". */
const ROUND_NAMED_RE = /\b(?:a|the)[\s\u00a0]+round(?:[\s\u00a0-]+number)?[\s\u00a0]+[$€£¥]?$/i;

/** Significant digits of a whole level: "$4,000" 1, "52,500" 3. */
export function significantDigits(whole: string): number {
  return whole.replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Whether the figure, after `lead` (the words before it), is a round bound for an indicator of `kind`. */
export function isRoundBound(lead: string, figureText: string, kind: string): boolean {
  if (!boundOf(lead) && !SIDE_OF_ROUND_RE.test(lead) && !ROUND_NAMED_RE.test(lead)) return false;
  const m = /(\d[\d,\u2009\u202f]*)(?:\.(\d+))?/.exec(figureText);
  if (!m) return false;
  const whole = m[1]!.replace(/[^\d]/g, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (kind === 'fx' && Number(whole) < FOUR_DECIMAL_FX_BELOW) return fraction.length <= 2;
  if (kind === 'yield') return fraction.length <= 1;
  return fraction === '' && significantDigits(whole) <= ROUND_DIGITS;
}

/** Whole levels of at most this many significant digits are milestones: 3,000 and 4,000, $60 and $70. */
const JOURNEY_DIGITS = 2;
const CURRENCY_SIGN = '[$€£¥]?';
/** "from 3,000 to " before the second end. */
const JOURNEY_SECOND_RE = new RegExp(
  `\\bfrom[\\s\\u00a0]+${CURRENCY_SIGN}(\\d[\\d,]*)(?:[\\s\\u00a0]*(?:points|pts))?[\\s\\u00a0]+to[\\s\\u00a0]+${CURRENCY_SIGN}$`,
  'i',
);
/** "from " before the first end. */
const JOURNEY_FIRST_RE = /\bfrom[\s\u00a0]+[$€£¥]?$/i;
/** " to 4,000" after the first end. */
const JOURNEY_AFTER_RE = new RegExp(
  `^(?:[\\s\\u00a0]*(?:points|pts))?[\\s\\u00a0]+to[\\s\\u00a0]+${CURRENCY_SIGN}(\\d[\\d,]*)(?!\\d|\\.\\d|[\\s\\u00a0]*%)`,
  'i',
);

const milestone = (figure: string): boolean => {
  const m = /^[$€£¥]?(\d[\d,]*)(?:\.0+)?(?:[\s\u00a0]*(?:points|pts))?$/i.exec(figure.trim());
  return !!m && significantDigits(m[1]!.replace(/,/g, '')) <= JOURNEY_DIGITS && Number(m[1]!.replace(/,/g, '')) >= 10;
};

/**
 * round-journey: "while the index rose from 3,000 to 4,000": two round levels joined by from ... to
 * tell a run from one milestone to the next, not two readings. Not a currency's or a yield's, whose
 * round figures are quotes ("from 1.10 to 1.15" may be one).
 */
export function isRoundJourney(lead: string, figureText: string, after: string, kind: string): boolean {
  if (kind === 'fx' || kind === 'yield' || !milestone(figureText)) return false;
  const second = JOURNEY_SECOND_RE.exec(lead);
  if (second) return milestone(second[1]!);
  if (!JOURNEY_FIRST_RE.test(lead)) return false;
  const next = JOURNEY_AFTER_RE.exec(after);
  return !!next && milestone(next[1]!);
}

/**
 * round-landmark-noun: "Bitcoin's $125K Showdown", "gold's $4,000 test", "the 50,000 mark": a round level
 * that qualifies a landmark noun is the landmark, not a reading.
 */
// round-band-landmark: "Why the yen's 140–150 barrier matters": a round band's first end before the landmark noun too.
const LANDMARK_NOUN_RE =
  /^(?:[\s\u00a0]*[–-][\s\u00a0]*[$€£¥]?\d[\d,]*[kKmM]?)?[\s\u00a0-]*(?:showdown|test|retest|battle|barrier|mark|milestone|threshold|hurdle|handle|wall|ceiling|floor|resistance|support|breakout|level[\s\u00a0]+(?:to[\s\u00a0]+watch|in[\s\u00a0]+focus))\b/i;

/** point-landmark: "A 5,000-point KOSPI Is No Longer a Dream": a round "N-point" before the index's name. */
const POINT_ADJECTIVE_RE = /^[\d,]+-points?$/i;
const NAME_AFTER_RE = /^[\s\u00a0]+[A-Z]/;

/**
 * round-band-range: "dollar-yen stays boxed in a 150–160 range": a market's band of two round ends before
 * "range" or "zone" is a landmark band, not a reading (a rate's "3.50%-3.75% range" is its setting).
 */
const BAND_NOUN_RE = /^[\s\u00a0-]*(?:range|band|zone|corridor)\b/i;
const BAND_FIGURE_RE = /^[$€£¥]?\d[\d,.]*[\s\u00a0]*[–-][\s\u00a0]*[$€£¥]?(\d[\d,]*)(?:\.(\d+))?$/;
const MARKET_KINDS = new Set(['fx', 'index', 'commodity', 'crypto']);

export function isRoundLandmark(figureText: string, after: string, kind: string): boolean {
  const pointAdjective = POINT_ADJECTIVE_RE.test(figureText.trim()) && NAME_AFTER_RE.test(after);
  const band = MARKET_KINDS.has(kind) && BAND_NOUN_RE.test(after) && BAND_FIGURE_RE.exec(figureText.trim());
  if (band && !isRoundLandmark(`${band[1]}${band[2] ? `.${band[2]}` : ''}`, ' mark', kind)) return false;
  if (!pointAdjective && !band && !LANDMARK_NOUN_RE.test(after)) return false;
  // "JPY 150": a currency's code before the figure, as a sign.
  const m = /^(?:[$€£¥]|[A-Z]{3}[\s\u00a0]?)?(\d[\d,]*)(?:\.(\d+))?([kKmM])?\b/.exec(figureText.trim());
  if (!m) return false;
  const whole = m[1]!.replace(/,/g, '');
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (m[3]) return fraction.length <= 1;
  if (kind === 'fx' && Number(whole) < FOUR_DECIMAL_FX_BELOW) return fraction.length <= 2;
  if (kind === 'yield') return fraction.length <= 1;
  return fraction === '' && significantDigits(whole) <= ROUND_DIGITS;
}
