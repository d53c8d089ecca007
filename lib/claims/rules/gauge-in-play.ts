import type { AliasDrop } from '../site';
import type { PageCountry } from '../page-country';

/**
 * gauge-in-play. Example: after "The PCE price index rose 4.1% from a year earlier", a Q&A's "the all-items
 * index rose 4.1%" and "core inflation ran at 3.4%" are the PCE gauge's: a generic name of the consumer price
 * index's (one that says neither "CPI" nor "consumer") is the CPI only while the page's last named price
 * gauge is the CPI.
 */
// Both families are read in one pass; the later name in a sentence wins.
// fed-preferred-gauge: "core inflation quickened to 2.9%, by the Fed's preferred gauge" names the PCE index.
const GAUGE_NAME_RE =
  /\b(PCE|personal[\s\u00a0]+consumption[\s\u00a0]+expenditures?|(?:Fed|Federal[\s\u00a0]+Reserve)['’]s[\s\u00a0]+(?:favou?red|preferred)[\s\u00a0]+(?:inflation[\s\u00a0]+)?(?:gauge|measure|yardstick|metric)|CPI|consumer[\s\u00a0]+price)/gi;
/** The catalogue's one PCE measure, which a headline PCE sentence takes out of memory. */
const CORE_PCE = 'us.core_pce_yoy';
/** A CPI alias that names the CPI itself, not inflation in general. */
const NAMES_CPI_RE = /\b(?:cpi|consumer)\b/i;

/** The PCE price index named without its core: "Overall PCE prices firmed 0.2% in July". */
const HEADLINE_PCE_RE = /\bPCE\b(?:[\s\u00a0]+[a-z-]+){0,2}[\s\u00a0]+(?:price[\s\u00a0]+index|prices|inflation)\b/i;
const CORE_WORDS_RE = /\bcore\b|\bexcluding\b|\bex[\s\u00a0-]+food\b/i;

/**
 * Reads which price gauge the text names last (if any) into the page. Returns true when it names the headline PCE
 * index (headline-pce-named): under a core PCE headline, "It was 2.2% in April" after "Overall PCE prices
 * increased 0.2%" is the headline index's, which the catalogue does not hold, so the engine forgets the core.
 */
export function notePriceGauge(page: PageCountry, text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  if (!/pce|cpi|consum|prefer|favou?r/i.test(s)) return false;
  let last: string | undefined;
  for (const m of s.matchAll(GAUGE_NAME_RE)) last = m[1];
  if (last) page.priceGauge = /^(?:cpi|consumer)/i.test(last) ? 'cpi' : 'pce';
  return HEADLINE_PCE_RE.test(s) && !CORE_WORDS_RE.test(s);
}

export const gaugeInPlay: AliasDrop = (o, { page }) => {
  const ind = o.entry.indicator;
  if (page.priceGauge !== 'pce' || ind.kind !== 'inflation' || !/^us\.(?:core_)?cpi/.test(ind.id)) return false;
  return !NAMES_CPI_RE.test(o.entry.alias);
};

/** headline-pce-named: what "it" could point back to that is the core PCE (the subject matched last, or a plain sentence naming it). */
export function forgetCorePce(memory: {
  recent: { indicator: { id: string } } | null;
  plain: { text: string; start: number; end: number } | null;
}): void {
  if (memory.recent?.indicator.id === CORE_PCE) memory.recent = null;
  const p = memory.plain;
  if (p && /\bcore[\s\u00a0]+PCE\b/i.test(p.text.slice(p.start, p.end))) memory.plain = null;
}
