import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';
import { nearMiss } from './tolerances';
import { isSessionSpan } from '../dates';

/**
 * Indicators whose bundled daily series is a spot price (EIA's Cushing WTI and Europe Brent spot),
 * while news quotes the front-month futures settlement: the two differ by up to a few dollars.
 */
export const SPOT_PRICE_SERIES: ReadonlySet<string> = new Set(['cmd.wti_usd', 'cmd.brent_usd']);

/**
 * fitted-curve: the bundled Bund series is the Bundesbank's fitted yield curve at ten years, not the
 * benchmark bond's market yield news quotes ("rose 2.6 basis points to 2.826%" against a curve at 2.86 → 2.89).
 */
export const FITTED_CURVE_SERIES: ReadonlySet<string> = new Set(['de.bund_10y_yield']);

/** The metals' daily series: the LBMA auction prices, not the spot price news quotes. */
export const AUCTION_PRICE_SERIES: ReadonlySet<string> = new Set(['cmd.gold_usd', 'cmd.silver_usd']);

const SPOT_NOT_FUTURES = 'the stored figure is the spot price, and news usually quotes the futures settlement.';
const AUCTION_NOT_SPOT = 'the stored figure is the LBMA auction price, and news usually quotes spot or futures.';
/**
 * auction-not-spot: the metals' daily series is the LBMA auction (gold at 15:00, silver at 12:00
 * London), while news quotes spot or COMEX futures at the time of writing; the two part by about a
 * percent on a busy day, and their moves by more.
 */
/** How far a quote may stand from the day's auction and still be a question, not an error. */
const AUCTION_LEVEL_GAP = 0.05;
/**
 * silver-auction-gap: silver moves about twice as much as gold in a day, and its auction is at noon
 * ("silver is up 174%" for the year on the Monday after a Friday spot close near $79, against a $74.635
 * auction that morning): a percentage move to date may stand this much further from the auction's.
 */
const SPAN_AUCTION_GAP: Readonly<Record<string, number>> = { 'cmd.silver_usd': 0.08 };
interface OtherInstrument {
  why: string;
  /** The share of the stored level within which a quote's gap is a question, not an error. */
  levelGap: number;
}
const OTHER_INSTRUMENT: ReadonlyMap<string, OtherInstrument> = new Map<string, OtherInstrument>([
  // Spot and the front month part by several dollars in a squeeze: any level gap is a question.
  ...[...SPOT_PRICE_SERIES].map((id): [string, OtherInstrument] => [
    id,
    { why: SPOT_NOT_FUTURES, levelGap: Number.POSITIVE_INFINITY },
  ]),
  // The auction and spot part by a few percent at most: beyond that a level is wrong.
  ...[...AUCTION_PRICE_SERIES].map((id): [string, OtherInstrument] => [
    id,
    { why: AUCTION_NOT_SPOT, levelGap: AUCTION_LEVEL_GAP },
  ]),
]);

/**
 * Rule spot-not-futures: "front-month WTI changed hands at $72.40" against a spot close of $74.62.
 * The reference is another instrument than the one quoted, so a gap on a level is "check", not red.
 * (A futures quote stored for that day is found first by same-day-fact.)
 */
export function spotNotFutures(input: JudgeInput, j: Judgement): Judgement {
  const other = OTHER_INSTRUMENT.get(input.indicator.id);
  // A stated average is the month's figure itself (stated-average), no other instrument; nor is a
  // price stated as the day's auction (named-auction).
  // swapped-stands: a figure that is the stored one with two digits swapped is a slip, not another instrument's price.
  if (!other || input.average || input.atAuction || j.settledBy === 'digits-swapped') return j;
  if (input.measure !== 'level') return spotMove(input, j, other.why);
  if (j.verdict !== 'differs' || !j.reference) return j;
  // auction-then-hour: "silver fell to $81.93 as of 4pm ET" on a crash day: a quote at a stated hour may stand any
  // distance from the morning's auction.
  const levelGap =
    input.clockTime && AUCTION_PRICE_SERIES.has(input.indicator.id) ? Number.POSITIVE_INFINITY : other.levelGap;
  if (Math.abs(input.value - j.reference.value) > levelGap * Math.abs(j.reference.value)) return j;
  return notCalledWrong(j, other.why);
}

/**
 * Rule spot-move: "WTI settled 3.7 percent higher on the week" against a spot gain of 3.2%: the
 * futures contract and the spot price move apart by a little, so a near miss is "check"; a move of
 * quite another size stays red.
 */
function spotMove(input: JudgeInput, j: Judgement, why: string): Judgement {
  if (j.verdict !== 'differs' || !j.reference) return j;
  const gap = Math.abs(input.value - j.reference.value);
  if (
    !nearMiss(input.value, j.reference.value) &&
    !(overSessions(input) && gap <= SPAN_BASIS_POINTS) &&
    !auctionSpanToDate(input, j.reference.value, gap) &&
    !auctionDaySign(input, j.reference.value) &&
    !datedBrentDay(input, j.reference.value, gap)
  )
    return j;
  return notCalledWrong(j, why.replace('figure is', 'move is that of'));
}

/**
 * auction-span-to-date: "for the year, gold is up 74%" on a day the metal trades far from its London
 * auction: a percentage move running to the article's day ends at a spot price that may stand up to
 * AUCTION_LEVEL_GAP from the auction's, which over a big move is several points of the percentage.
 */
function auctionSpanToDate(input: JudgeInput, stored: number, gap: number): boolean {
  if (!AUCTION_PRICE_SERIES.has(input.indicator.id) || input.measure !== 'pctChange' || input.auctionNamed)
    return false;
  const p = input.period;
  if (p?.type !== 'span' || isSessionSpan(p)) return false;
  // silver-closed-span: "silver rose about 9% last week" against auctions up 5.3% (74.215 → 78.14, spot ending
  // near $80): silver's noon auctions and its closes part at both ends of a span that has ended, too.
  const share = SPAN_AUCTION_GAP[input.indicator.id];
  if (p.to < input.published && share === undefined) return false;
  if (Math.sign(stored) !== Math.sign(input.value)) return false;
  return gap <= (share ?? AUCTION_LEVEL_GAP) * (100 + Math.abs(stored));
}

/**
 * auction-day-sign: "Silver fell 1.6% to finish at $47.21" (the New York spot close) against an auction-to-
 * auction rise of 1.6%: between London's auction and New York's close a metal can turn, so a day's move of
 * the same size the other way is a question, unless the sentence names the auction itself.
 */
function auctionDaySign(input: JudgeInput, stored: number): boolean {
  if (!AUCTION_PRICE_SERIES.has(input.indicator.id) || input.measure !== 'pctChange' || input.auctionNamed)
    return false;
  const p = input.period;
  if (p && !(p.type === 'span' && isSessionSpan(p))) return false;
  return Math.sign(stored) === -Math.sign(input.value) && nearMiss(Math.abs(input.value), Math.abs(stored));
}

/**
 * dated-brent-day: "Brent futures eased 0.2 percent on Monday" (the September contract) against dated
 * Brent's 1.76% fall that day: the stored Brent is the physical cargo assessment, which parts from the
 * futures by up to a couple of points in a session near a contract's expiry. A day's move the same way
 * within this many points is a question; a move the other way stays red.
 */
const DATED_BRENT_DAY_POINTS = 2;

function datedBrentDay(input: JudgeInput, stored: number, gap: number): boolean {
  if (input.indicator.id !== 'cmd.brent_usd' || input.measure !== 'pctChange') return false;
  const p = input.period;
  if (p && !(p.type === 'span' && isSessionSpan(p))) return false;
  return Math.sign(stored) === Math.sign(input.value) && gap <= DATED_BRENT_DAY_POINTS;
}

/**
 * spot-futures-span: over a week or a month the front-month contract and the spot price part by a
 * roll and a basis that each move a percent or two of the price ("Brent up 5 percent on the
 * week" in futures against a spot gain of 1.5%): up to this many points of a
 * percentage move over several sessions are that gap, not an error.
 */
const SPAN_BASIS_POINTS = 4;

function overSessions(input: JudgeInput): boolean {
  const p = input.period;
  // Oil only: the metals' auction and spot prices do not roll from one contract to the next.
  return (
    SPOT_PRICE_SERIES.has(input.indicator.id) &&
    input.measure === 'pctChange' &&
    p?.type === 'span' &&
    !isSessionSpan(p)
  );
}
