import type { AliasDrop } from '../site';
import type { PageCountry } from '../page-country';

/**
 * gauge-in-play. Example: after "The PCE price index rose 4.1% from a year earlier", a Q&A's "the all-items
 * index rose 4.1%" and "core inflation ran at 3.4%" are the PCE gauge's: a generic name of the consumer price
 * index's (one that says neither "CPI" nor "consumer") is the CPI only while the page's last named price
 * gauge is the CPI.
 */
// Both families are read in one pass; the later name in a sentence wins.
const GAUGE_NAME_RE = /\b(PCE|personal[\s\u00a0]+consumption[\s\u00a0]+expenditures?|CPI|consumer[\s\u00a0]+price)/gi;
/** A CPI alias that names the CPI itself, not inflation in general. */
const NAMES_CPI_RE = /\b(?:cpi|consumer)\b/i;

/** Reads which price gauge the text names last (if any) into the page. */
export function notePriceGauge(page: PageCountry, text: string, start: number, end: number): void {
  const s = text.slice(start, end);
  if (!/pce|cpi|consum/i.test(s)) return;
  let last: string | undefined;
  for (const m of s.matchAll(GAUGE_NAME_RE)) last = m[1];
  if (last) page.priceGauge = /^(?:cpi|consumer)/i.test(last) ? 'cpi' : 'pce';
}

export const gaugeInPlay: AliasDrop = (o, { page }) => {
  const ind = o.entry.indicator;
  if (page.priceGauge !== 'pce' || ind.kind !== 'inflation' || !/^us\.(?:core_)?cpi/.test(ind.id)) return false;
  return !NAMES_CPI_RE.test(o.entry.alias);
};
