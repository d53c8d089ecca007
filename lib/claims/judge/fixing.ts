import type { Point } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { localDateTime, writtenBy } from './after-close';
import { compare } from './compare';
import { gapText, num, verdictOf } from './explain';
import type { JudgeInput } from './input';
import { AUCTION_PRICE_SERIES } from './spot-series';

/**
 * The bundled daily FX series that are the Federal Reserve's New York noon buying rates (H.10, the
 * FRED DEX* series: data/series/series.csv). EUR/USD is the ECB's reference rate, another fixing.
 */
export const NY_NOON_SERIES: ReadonlySet<string> = new Set([
  'fx.usdjpy',
  'fx.gbpusd',
  'fx.usdcny',
  'fx.usdcad',
  'fx.usdkrw',
]);

/** When the noon rates are set, New York time. */
const NY_NOON = { zone: 'America/New_York', time: '12:00' } as const;

/**
 * "159.06 yen at the New York noon fixing", "158.50 at noon in New York": the words right after the
 * figure tie it to the noon rate. day-named-fixing: "at Friday's New York noon fixing" too, when Friday is
 * the article's own day; not "at Monday's New York noon fixing" in a Friday story.
 */
const AT_NY_NOON_RE =
  /^[^.;,\d]{0,24}?\bat[\s\u00a0]+(?:the[\s\u00a0]+|((?:Mon|Tues|Wednes|Thurs|Fri)day)['’]s[\s\u00a0]+)?(?:New[\s\u00a0]+York[\s\u00a0]+noon[\s\u00a0]+(?:fixing|fix|rate)|noon[\s\u00a0]+in[\s\u00a0]+New[\s\u00a0]+York)\b/i;

/** noon-lead: "At noon in New York the dollar bought 146.36 yen": the cue opening the clause, no day named. */
const AT_NY_NOON_BEFORE_RE =
  /(?:^|[,;:][\s\u00a0]*)at[\s\u00a0]+(?:the[\s\u00a0]+)?(?:New[\s\u00a0]+York[\s\u00a0]+noon[\s\u00a0]+(?:fixing|fix|rate)|noon[\s\u00a0]+in[\s\u00a0]+New[\s\u00a0]+York)\b[^.;!?\d]{0,50}$/i;

/** The text after a figure (or, opening its clause, before it) states it as the day's New York noon rate. */
export function atNewYorkNoon(after: string, before = '', published?: string): boolean {
  const m = AT_NY_NOON_RE.exec(after);
  if (m)
    return !m[1] || (!!published && WEEKDAYS[new Date(`${published}T12:00:00Z`).getUTCDay()] === m[1].toLowerCase());
  return AT_NY_NOON_BEFORE_RE.test(before);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Rule named-fixing: "the dollar bought 159.06 yen at the New York noon fixing" names the very rate
 * the series publishes for the day; it is not a price during the day, so neither the range between
 * closes nor the intraday margin applies: the day's noon rate matches, anything beyond rounding
 * differs. Only when the article went out after that noon (a morning story means an earlier one).
 */
export function fixingVerdict(input: JudgeInput, fixed: Point, current: FigureRef | null): Judgement | null {
  if (!input.atNoonFixing || !NY_NOON_SERIES.has(input.indicator.id) || !input.publishedAt || input.fromEnd)
    return null;
  const t = Date.parse(input.publishedAt);
  if (Number.isNaN(t)) return null;
  const local = localDateTime(t, NY_NOON.zone);
  if (`${local.date}T${local.time}` < `${fixed.date}T${NY_NOON.time}`) return null;
  return dayFixing(input, fixed, current, 'The New York noon rate');
}

/** The claim against the one figure the series holds for the day: it matches, is close by rounding, or differs. */
function dayFixing(input: JudgeInput, fixed: Point, current: FigureRef | null, what: string): Judgement {
  const verdict = compare(input, fixed.value);
  const text = `${what} on ${fixed.date}: ${num(fixed.value)}.`;
  return verdictOf(
    verdict,
    fixed.ref,
    current,
    verdict === 'close' ? `${text}${gapText(input.value, fixed.value)}` : text,
  );
}

/** "the ECB's reference rate ... at 1.0784": the words before the figure name the ECB's daily fixing. */
const ECB_REFERENCE_RE = /\breference[\s\u00a0]+rate\b/i;
const ECB_RE = /\b(?:ECB|European[\s\u00a0]+Central[\s\u00a0]+Bank)\b/;

/** Whether the sentence, up to the figure, states it as the ECB's euro reference rate. */
export function namesEcbReference(lead: string): boolean {
  return ECB_REFERENCE_RE.test(lead) && ECB_RE.test(lead);
}

/**
 * Rule ecb-reference-fixing: "the single currency's reference rate was set by the European Central
 * Bank at 1.0784 dollars on Friday" names the one rate the stored EUR/USD series publishes for the
 * day (the ECB's 14:15 CET fixing): not a price during the day, so the range between two days'
 * rates does not apply; the day's rate matches, another day's differs.
 */
export function ecbReferenceVerdict(
  input: JudgeInput,
  fixed: Point,
  current: FigureRef | null,
  before: Point | null = null,
): Judgement | null {
  // "fell to 1.1678 from 1.1734": the starting end is the fixing of the day before, judged as such elsewhere.
  if (!input.ecbReference || input.indicator.id !== 'fx.eurusd' || input.fromEnd) return null;
  // reference-not-yet-set: "the ECB reference rate rose to $1.0694" in a note sent at 07:30 in Frankfurt: that day's
  // rate is set at 14:15, so the latest one out is the day before's.
  // The page's last update counts: a live blog begun at dawn reports the rate once it is set.
  const at = writtenBy(input.publishedAt, input.updatedAt);
  const latest = !input.period && before && beforeEcbFixing(at, fixed.date) ? before : fixed;
  const judged = dayFixing(input, latest, current, "The ECB's reference rate");
  // reference-hour-unknown: a morning briefing dated only by its day ("The euro's ECB reference rate firmed to
  // $1.1649"): without the hour it was written, the day before's rate may be the latest out; if that one agrees, the
  // figure is a question, not red.
  if (judged?.verdict !== 'differs' || at || input.period || !before || latest === before) return judged;
  const earlier = dayFixing(input, before, current, "The ECB's reference rate the day before");
  return earlier && earlier.verdict !== 'differs'
    ? {
        ...earlier,
        verdict: 'check',
        explanation: `${earlier.explanation} The page gives no hour: the day's rate, set at 14:15 in Frankfurt, may not have been out.`,
      }
    : judged;
}

/** The ECB sets its euro reference rates at 14:15 Frankfurt time. */
const ECB_FIXING = { zone: 'Europe/Berlin', at: '14:15' };

function beforeEcbFixing(publishedAt: string | undefined, day: string): boolean {
  const t = publishedAt ? Date.parse(publishedAt) : Number.NaN;
  if (Number.isNaN(t)) return false;
  const local = localDateTime(t, ECB_FIXING.zone);
  return local.date < day || (local.date === day && local.time < ECB_FIXING.at);
}

/** "at the noon auction", "at the London afternoon fix": the words after a metal's price name its auction. */
const AT_AUCTION_AFTER_RE =
  /^[^.;,\d]{0,24}?\bat[\s\u00a0]+the[\s\u00a0]+(?:London[\s\u00a0]+|LBMA[\s\u00a0]+)?(?:noon|afternoon|morning|PM|AM)[\s\u00a0]+(?:auction|fix|fixing)\b/i;
/** "the LBMA afternoon price was set at", "the London auction fixed it at": the words before it do. */
const AUCTION_BEFORE_RE =
  /\b(?:auction|LBMA|afternoon[\s\u00a0]+price|noon[\s\u00a0]+price)\b[^.;:!?\d]{0,40}\b(?:set|fixed|settled|struck)[\s\u00a0]+at[\s\u00a0]+$/i;

/** auction-label: "Silver (LBMA): $30.30", "Gold, LBMA PM ($/oz) · 2,310.80": a label naming the auction, then the price. */
const AUCTION_LABEL_RE = /\b(?:LBMA|auction)\b[^.;!?\d·:]{0,24}[:·][\s\u00a0]*$/i;

/** Whether the words around a metal's price state it as the day's London auction price. */
export function namesAuction(lead: string, after: string): boolean {
  return AT_AUCTION_AFTER_RE.test(after) || AUCTION_BEFORE_RE.test(lead) || AUCTION_LABEL_RE.test(lead);
}

/**
 * Rule named-auction: "silver rose 1.7% to $30.835 an ounce at the noon auction" names the one price the
 * stored series holds for the day (the LBMA auction): the day's auction matches, another day's differs.
 */
export function auctionVerdict(input: JudgeInput, fixed: Point, current: FigureRef | null): Judgement | null {
  if (!input.atAuction || !AUCTION_PRICE_SERIES.has(input.indicator.id)) return null;
  return dayFixing(input, fixed, current, 'The London auction price');
}
