import type { Claim } from '../types';
import {
  blame,
  byIndicator,
  dayOf,
  judged,
  samePeriod,
  single,
  type CheckInput,
  type Figure,
  type Finding,
} from './figures';
import { datasetEnds, type Ends } from './reference';
import { indicatorClass } from '../dataset-view';
import { AUCTION_PRICE_SERIES, FITTED_CURVE_SERIES, SPOT_PRICE_SERIES } from '../judge/spot-series';
import { agree, dataSlack, pctSlack, slackOf, stepOf } from './tolerances';
import { grouped, like, signed, stated } from './words';
import { CURRENCY_OF } from '../lexicon/currencies';

// "fell 816.80 points, or 1.9%, to 41,860.44": 41,860.44 + 816.80 = 42,677.24 before, and 816.80 / 42,677.24 = 1.91%.

/**
 * Level, change and percentage of one indicator in one sentence must agree within their rounding.
 * The level before is the article's own ("to X from Y") or, where it gives none, the dataset's
 * previous close, used only when the dataset confirms one of the sentence's figures for that day
 * (so the day is surely the one the sentence means).
 */
export function checkLevelChange({ view, published, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const figs of sentences) {
    if (figs.length < 2) continue;
    for (const group of byIndicator(figs).values()) {
      if (group.length < 2) continue;
      const f = levelChange(group, view, published);
      if (f) out.push(f);
    }
  }
  return out;
}

/**
 * Spot-futures: the stored oil series is the spot price, news quotes the futures settlement ("WTI
 * settled up $2.54 at $80.04" against a spot close of 78.20 the day before): the two may differ by this
 * share of the price, so the dataset's previous close stands in with that much more slack.
 */
const SPOT_FUTURES_SHARE = 0.01;
/**
 * Named-contract: a sentence that names the futures contract ("crude oil futures sank 4.3% to $58.91")
 * may quote a contract whose roll puts it further from spot (1.3% on 2025-10-09).
 */
const NAMED_CONTRACT_SHARE = 0.02;
const NAMED_CONTRACT_RE = /\b(?:futures|contracts?|settlement)\b/i;
/**
 * A currency trades round the clock: the stored fixing of the day before (the Fed's noon rate) is not
 * the hour a move is measured from ("the pound rose 0.1% to $1.3381" against a noon rate of 1.3390).
 */
const FX_OTHER_HOUR_SHARE = 0.003;
/** auction-start: the day's previous LBMA auction stands up to about 2% from the spot price a story moved from. */
const AUCTION_SPOT_SHARE = 0.02;
/**
 * Yield-other-source: a yield's close differs between data vendors by a basis point or two ("rose 1.5
 * bp to 1.654%" against a stored 1.655 → 1.669): the dataset's previous close is that far from the
 * article's own, in percentage points.
 */
const YIELD_OTHER_SOURCE_POINTS = 0.02;
/** fitted-curve: a fitted curve's ten-year point and the benchmark Bund part by up to about ten basis points. */
const FITTED_CURVE_POINTS = 0.1;

/**
 * index-vendor-close: "rose 214.16 points to end at 42,519.60" against a stored 42,305.48 → 42,519.64: an
 * index's first printed close and its final one differ by a few hundredths of a point, about 1 part in a million.
 */
const INDEX_VENDOR_SHARE = 2e-6;

/** The share of the price by which the dataset's previous close may differ from the article's start. */
function otherHourShare(ind: { id: string; kind: string; category?: string }, sentence: string): number {
  if (SPOT_PRICE_SERIES.has(ind.id))
    return NAMED_CONTRACT_RE.test(sentence) ? NAMED_CONTRACT_SHARE : SPOT_FUTURES_SHARE;
  if (AUCTION_PRICE_SERIES.has(ind.id)) return AUCTION_SPOT_SHARE;
  // dollar-index-hours: the dollar index trades round the clock like the currencies it is made of.
  if (ind.kind === 'fx' || ind.category === 'fx') return FX_OTHER_HOUR_SHARE;
  if (ind.kind === 'index') return INDEX_VENDOR_SHARE;
  return 0;
}

/** The slack, in the indicator's unit, of the dataset's previous close standing in for the article's. */
export function otherSourceSlack(
  ind: { id: string; kind: string; category?: string },
  prev: number,
  sentence: string,
): number {
  const yieldSlack =
    ind.kind !== 'yield' ? 0 : FITTED_CURVE_SERIES.has(ind.id) ? FITTED_CURVE_POINTS : YIELD_OTHER_SOURCE_POINTS;
  return otherHourShare(ind, sentence) * prev + yieldSlack;
}

function levelChange(all: Figure[], view: CheckInput['view'], published: string): Finding | null {
  // A bound or an estimate ("above 10,400", "nearly 30%") is no reading to do arithmetic with.
  const group = all.filter((f) => !f.approx);
  const level = single(group, (f) => f.measure === 'level' && !f.from);
  if (!level) return null;
  const written = single(group, (f) => f.measure === 'level' && f.from);
  // move-from-level: "54 cents, or 0.9%, above Thursday's level, for a weekly advance of 7.8% from $53.91":
  // a start written after another span's move is that move's, not the start of the day that ends at the level.
  const startsMove = written && group.filter((g) => g.at < written.at && g.measure !== 'level').at(-1);
  const data = datasetEnds(view, level.claim, published);
  // from-other-day: "rose 1.4 basis points to 2.253%, having eased from 2.33% on Tuesday" (a Friday): a start dated by
  // its own day, before the level's previous session, is no start of the day's move.
  const fromDay = written?.claim.period && data?.prevDate ? dayOf(written.claim, published) : null;
  const from =
    (startsMove && !samePeriod(startsMove.claim, level.claim, published)) || (fromDay && fromDay < data!.prevDate!)
      ? null
      : written;
  // A move over another span ("for the week", "in 2025") is not the one that ends at this level.
  const change = single(
    group,
    (f) => (f.measure === 'absChange' || f.measure === 'ppChange') && samePeriod(f.claim, level.claim, published),
  );
  const pct = single(group, (f) => f.measure === 'pctChange' && samePeriod(f.claim, level.claim, published));
  if (!change && !pct) return null;
  const L = level.claim;
  const C = change?.claim ?? null;
  const P = pct?.claim ?? null;
  const F = from?.claim ?? null;
  // judge-blames: without the dataset's two ends (a policy rate, a month without its period), the
  // judge's own word on each figure says which one the arithmetic blames: "cut by a quarter point to
  // 2.75% from 3.25%" with the cut and the new rate confirmed blames 3.25%, not the two right figures.
  // Which figure the arithmetic blames allows another venue's quote of a coin (crypto-venue-slack);
  // whether the dataset's day is the sentence's does not (dataDay below, strict).
  const agreement = (c: Claim, venues = true): boolean | null =>
    data
      ? agreesWithData(c, c === L ? 'level' : c === F ? 'from' : c === C ? 'change' : 'pct', data, venues)
      : // A market figure without the day's close is judged against another day's: no word on it.
        indicatorClass(c.indicator!) === 'market'
        ? null
        : judged(c);
  // The dataset's previous close stands in for the article's only when it has the right day, and not
  // when the level is that previous close itself (level-is-previous-close).
  const dataDay = !!data && !isPreviousClose(L, F, data) && [L, C, P].some((c) => c && agreement(c, false) === true);
  const prev = F ? F.value : dataDay ? data!.prev : null;
  const prevSlack = F
    ? slackOf(F)
    : dataDay
      ? dataSlack(data!.prev) + otherSourceSlack(L.indicator!, data!.prev, L.sentence)
      : 0;
  // Written out only for a finding: number formatting costs more than all the arithmetic.
  const prevText = () => (F ? stated(F) : dataDay ? like(data!.prev, L) : '');

  // Words are a thunk: most failed relations are dropped, and number formatting is the costly part.
  const found = (
    kindOf: 'level-change' | 'direction',
    involved: Claim[],
    expected: number,
    statedValue: number,
    words: () => string,
  ): Finding | null => {
    const blamed = blame(involved.map((c) => ({ claim: c, agrees: agreement(c) })));
    if (!blamed.length) return null;
    // Against the dataset's previous close, only a level is blamed (the move agreeing with the
    // dataset fixes the day), or a move whose size is the dataset's with the sign turned: a move
    // that simply disagrees may be over another span than the day's, which the judge reports.
    if (
      !F &&
      !(blamed.length === 1 && blamed[0] === L) &&
      !(kindOf === 'direction' && blamed.every((c) => c !== L && flippedAgrees(c)))
    )
      return null;
    return { kind: kindOf, claims: involved, blamed, expected, stated: statedValue, words: words() };
  };
  // The sentence's own arithmetic: blamed by the dataset where it can tell, all of it where it cannot.
  const foundOwn = (
    kindOf: 'level-change' | 'direction',
    involved: Claim[],
    expected: number,
    statedValue: number,
    words: () => string,
  ): Finding | null => {
    const blamed = blame(involved.map((c) => ({ claim: c, agrees: agreement(c) })));
    return blamed.length
      ? { kind: kindOf, claims: involved, blamed, expected, stated: statedValue, words: words() }
      : null;
  };
  const flippedAgrees = (c: Claim): boolean =>
    !!data && agreesWithData({ ...c, value: -c.value }, c === C ? 'change' : 'pct', data);

  if (prev !== null && C) {
    // prev + C = L
    const expected = prev + C.value;
    const slack = prevSlack + slackOf(C) + slackOf(L);
    if (!agree(L.value, expected, slack)) {
      const flipped = agree(L.value, prev - C.value, slack);
      // quote-currency-mover: "the won ended at 1,401.4 won per dollar, down 14.4 won from 1,387": the
      // won's own fall, which is the pair's rise; the article's three figures agree, read that way.
      if (flipped && F && quoteCurrencyMoves(L, C)) return null;
      const involved = F ? [F, C, L] : [C, L];
      const r = found(
        flipped ? 'direction' : 'level-change',
        involved,
        expected,
        L.value,
        () =>
          `${prevText()} ${signed(C.value, stated(C))} = ${like(expected, L)}, not ${stated(L)}${flipped ? ` (${stated(L)} is a move the other way)` : ''}`,
      );
      if (r) return r;
    }
  }
  if (prev !== null && P) {
    // 100·(L / prev − 1) = P
    const expected = 100 * (L.value / prev - 1);
    const slack = pctSlack(prev, L.value, prevSlack, slackOf(L)) + slackOf(P);
    if (!agree(P.value, expected, slack)) {
      const flipped = agree(-P.value, expected, slack);
      const involved = F ? [F, P, L] : [P, L];
      const r = found(
        flipped ? 'direction' : 'level-change',
        involved,
        expected,
        P.value,
        () =>
          `${stated(L)} / ${prevText()} − 1 = ${sign(expected)}${fixed(expected, stepOf(P) / 10)}%, not ${sign(P.value)}${stated(P)}%`,
      );
      if (r) return r;
    }
  }
  if (C && P) {
    // C / (L − C) = P: the level before as the sentence itself gives it.
    const own = F ? F.value : null;
    const before = own ?? L.value - C.value;
    const beforeSlack = F ? slackOf(F) : slackOf(L) + slackOf(C);
    const expected = (100 * C.value) / Math.abs(before);
    const slack = pctSlack(before, C.value, beforeSlack, slackOf(C)) + slackOf(P);
    if (!agree(P.value, expected, slack)) {
      const flipped = agree(-P.value, expected, slack);
      const involved = F ? [F, C, P] : [C, P, L];
      return foundOwn(
        flipped ? 'direction' : 'level-change',
        involved,
        expected,
        P.value,
        () =>
          `${stated(C)} / ${F ? stated(F) : like(before, L)} = ${fixed(Math.abs(expected), stepOf(P) / 10)}%, not ${stated(P)}%`,
      );
    }
  }
  return null;
}

/**
 * level-is-previous-close: "rose 0.3% to close at 45,630.31" in a story stamped the morning after: a
 * level that is the dataset's previous close to its last digit speaks of the day before, so a move that
 * happens to fit the later day does not make the later day's arithmetic the sentence's.
 */
function isPreviousClose(L: Claim, F: Claim | null, d: Ends): boolean {
  return !F && stepOf(L) <= EXACT_LEVEL_SHARE * Math.abs(L.value) && agree(L.value, d.prev, stepOf(L) / 2);
}
/** A level written to 1 part in 10,000 or finer ("45,630.31", not "3,440") does not equal a close by chance. */
const EXACT_LEVEL_SHARE = 1e-4;

/**
 * crypto-venue-slack: a coin's close differs from one exchange to another (Kraken's and Coinbase's ether
 * closes by a median 0.02%, some days several tenths of a percent), so a story's figures from another venue
 * agree with the stored close within this share of the price: "Ether fell $145.50 (−7.26%)" against a
 * stored fall of $146.77 (−7.32%) is the day's move, and the sentence's arithmetic blames its level.
 */
const CRYPTO_VENUE_SHARE = 0.003;

function agreesWithData(c: Claim, role: 'level' | 'from' | 'change' | 'pct', d: Ends, venues = false): boolean {
  const venue = venues && c.indicator?.kind === 'crypto' ? CRYPTO_VENUE_SHARE : 0;
  const slack = slackOf(c);
  switch (role) {
    case 'level':
      return agree(c.value, d.end, slack + dataSlack(d.end) + venue * d.end);
    case 'from':
      return agree(c.value, d.prev, slack + dataSlack(d.prev) + venue * d.prev);
    case 'change':
      return agree(c.value, d.end - d.prev, slack + dataSlack(d.end) + dataSlack(d.prev) + venue * d.prev);
    case 'pct':
      return agree(
        c.value,
        100 * (d.end / d.prev - 1),
        slack + pctSlack(d.prev, d.end, dataSlack(d.prev), dataSlack(d.end)) + venue * 100,
      );
  }
}

const sign = (v: number) => (v < 0 ? '−' : v > 0 ? '+' : '');

function fixed(v: number, step: number): string {
  return grouped(Math.abs(v), Math.min(6, Math.max(0, Math.round(-Math.log10(step)))));
}

/** "The won ended ...", "the South Korean won fell ...": a currency word as the clause's subject. */
const MOVER_RE =
  /(?:^|[,;:]\s*|\b(?:the|South\s+Korean|Korean|Japanese|Chinese)\s+)([a-z]+)\s+(?:ended|closed|finished|fell|rose|weakened|strengthened|slipped|dropped|gained|lost|was|traded|stood)\b/gi;

/** Whether the sentence's mover, before the move, is the pair's quote currency (the won of USD/KRW). */
function quoteCurrencyMoves(L: Claim, C: Claim): boolean {
  const quote = L.indicator?.unit.split(' per ')[0];
  if (!quote || L.indicator?.kind !== 'fx') return false;
  const before = C.sentence.slice(0, Math.max(0, C.sentence.indexOf(C.text)));
  MOVER_RE.lastIndex = 0;
  let mover: string | undefined;
  for (let m = MOVER_RE.exec(before); m; m = MOVER_RE.exec(before))
    mover = CURRENCY_OF.get(m[1]!.toLowerCase()) ?? mover;
  return mover === quote;
}
