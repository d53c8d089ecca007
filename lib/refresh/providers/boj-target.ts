import { RefreshError } from '../fetch';
import { assertPlausible } from '../plausible';
import type { Provider, ProviderObservation } from '../types';
import { monthNumber, pageText } from './page-text';

/**
 * Bank of Japan, the English page on its price stability target (keyless HTML):
 *   GET https://www.boj.or.jp/en/mopo/outline/target.htm
 *   → an HTML page whose text says the Bank set the "price stability target" at N percent in terms
 *     of the year-on-year change in the CPI, and in which month and year it did so.
 * The target is read from that sentence; the month stated there is the period (the month the
 * target took effect), so a page read again adds nothing new until the target changes.
 */
const BOJ_TARGET_URL = 'https://www.boj.or.jp/en/mopo/outline/target.htm';

const SOURCE = { name: 'Bank of Japan, price stability target', url: BOJ_TARGET_URL };

/**
 * The sentence naming the target: "…set the "price stability target" at 2 percent in terms of…".
 * The page title ("Price Stability Target of 2 Percent") matches too, so the sentence that also
 * says when the target was set is the one read.
 */
const TARGET_RE = /price stability target"? (?:at|of) (\d+(?:\.\d+)?) percent/gi;
const MONTH_YEAR_RE = /\bin ([A-Z][a-z]+) (\d{4})\b/;

export interface StatedTarget {
  value: number;
  /** YYYY-MM: the month the page says the target was set. */
  since: string;
}

/** The text from the full stop before `at` to the one after it. */
function sentenceAround(text: string, at: number): string {
  const start = text.lastIndexOf('. ', at) + 1;
  const end = text.indexOf('. ', at);
  return text.slice(start, end < 0 ? undefined : end);
}

export function parseBojTarget(html: string): StatedTarget {
  const text = pageText(html);
  const found = [...text.matchAll(TARGET_RE)];
  if (found.length === 0)
    throw new RefreshError('BoJ target page: the sentence stating the price stability target is not on the page');
  for (const m of found) {
    const when = MONTH_YEAR_RE.exec(sentenceAround(text, m.index));
    const month = when ? monthNumber(when[1]!) : null;
    if (when && month) return { value: Number(m[1]), since: `${when[2]}-${month}` };
  }
  throw new RefreshError('BoJ target page: the target sentence no longer says when it was set');
}

export const bojTargetProvider: Provider = {
  id: 'boj-target',
  label: 'Bank of Japan price stability target page',
  indicators: ['jp.boj_inflation_target'],
  urls: () => [BOJ_TARGET_URL],
  async fetch(ctx) {
    const res = await ctx.get(ctx.resolve(BOJ_TARGET_URL), 'text/html');
    if (res.status === 304) return { observations: [], unchanged: true };
    const t = parseBojTarget(res.text);
    assertPlausible('BoJ target page', 'jp.boj_inflation_target', 'percent', t.value, t.since);
    const o: ProviderObservation = {
      indicator: 'jp.boj_inflation_target',
      period: t.since,
      value: t.value,
      unit: 'percent',
      as_of: ctx.now.toISOString().slice(0, 10),
      source: SOURCE,
      note: 'CPI year-on-year target as stated on the page; period = month the page says it was set',
    };
    return { observations: [o], unchanged: false };
  },
};
