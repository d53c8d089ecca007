import { MONTH_NAMES } from '../../months';
import { addDays, periodBounds } from '../dates';
import { monthIndex } from '../periods';
import type { FigureRef } from '../types';

/**
 * What a sentence says of a released figure's time: "the latest", a month it names, words of an earlier reading.
 * Read once per sentence for undated levels (stages/emit.ts).
 */
export interface ReleaseWords {
  /** "the latest CPI", "the most recent reading", "currently": the figure is given as the newest out. */
  latest: boolean;
  /** The months named (1–12), "last month" counted as the month before the article's. */
  months: readonly number[];
  /** "the month before", "previous", "after 2.7%", "from 3.0%": the sentence also speaks of an earlier reading. */
  earlier: boolean;
  /** "September's 2.4% is still the latest reading": the named month is said to be the newest out. */
  stillLatest: boolean;
}

// last-measured: "U.S. inflation was last measured at 3.5%", "was last reported at".
const LATEST_RE =
  /\b(?:latest|most[\s\u00a0]+recent|currently|last[\s\u00a0]+(?:measured|reported|recorded|put|clocked))\b/i;
const EARLIER_RE =
  /\b(?:previous|prior|before|earlier|ago|after|from[\s\u00a0]+[$€£¥]?\d|compared|versus|revised|initially|first[\s\u00a0]+(?:estimate|reported|print))/i;
/** "from a year earlier", "year-ago": how a yearly rate is defined, not an earlier reading. */
const YEAR_BACK_RE =
  /\b(?:(?:from|than|on|over|versus|compared[\s\u00a0]+with)[\s\u00a0]+)?(?:a|the)[\s\u00a0]+year[\s\u00a0]+(?:earlier|ago|before)\b|\byear-(?:earlier|ago)\b/gi;
const MONTH_RE = new RegExp(
  `\\b(${MONTH_NAMES.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![a-z])`,
  'g',
);
const LAST_MONTH_RE = /\blast[\s\u00a0]+month\b/i;
/** still-the-latest: "is still the latest inflation reading", "remains the most recent print". */
const STILL_LATEST_RE =
  /\b(?:is[\s\u00a0]+still|still[\s\u00a0]+is|remains)[\s\u00a0]+the[\s\u00a0]+(?:latest|most[\s\u00a0]+recent|newest)\b/i;

export function releaseWords(sentence: string, published: string): ReleaseWords {
  const months = new Set<number>();
  for (const m of sentence.matchAll(MONTH_RE)) months.add(monthIndex(m[1]!) + 1);
  if (LAST_MONTH_RE.test(sentence)) months.add(((Number(published.slice(5, 7)) + 10) % 12) + 1);
  return {
    latest: LATEST_RE.test(sentence),
    months: [...months],
    earlier: EARLIER_RE.test(sentence.replace(YEAR_BACK_RE, '')),
    stillLatest: STILL_LATEST_RE.test(sentence),
  };
}

/**
 * stale-as-latest: "The most recent CPI reading put annual inflation at 4.2%" or "employers added 151,000 jobs in
 * February, and the jobless rate stood at 4.0%" when 4.2% and 4.0% were the month before's: a sentence that gives the
 * figure as the latest, or names the latest month out, and neither names the month the figure fits nor speaks of an
 * earlier reading, states an older month's figure as the newest.
 */
export function staleAsLatest(
  words: ReleaseWords | undefined,
  fits: string,
  latest: FigureRef,
  published: string,
): boolean {
  if (!words || words.earlier || fits.length !== 7 || /[QH]/.test(fits)) return false;
  // still-the-latest: a month named and said to be the newest out is stale all the same once a newer one is out.
  if (words.months.includes(Number(fits.slice(5, 7))) && !words.stillLatest) return false;
  if (!surelyOut(latest, published)) return false;
  return words.latest || words.months.includes(Number(latest.period.slice(5, 7)));
}

/**
 * How long after its month a monthly figure is surely out, when no release day is stored for it (a FRED copy's
 * month): U.S. CPI comes by the 15th, the U.K.'s and Japan's by the 20th or so; the autumn 2025 shutdown put
 * September's U.S. CPI out on Oct. 24, and "the latest CPI, 2.9%" on Oct. 15 was right.
 */
const SURELY_OUT_DAYS = 20;

/** Whether the newest figure was surely out by the article: its stored release day, or its month long enough before. */
export function surelyOut(latest: FigureRef, published: string): boolean {
  const end = periodBounds(latest.period).to;
  if (latest.as_of.length === 10 && latest.as_of > end) return latest.as_of <= published;
  return addDays(end, SURELY_OUT_DAYS) <= published;
}
