import type { AliasDrop } from '../site';
import { tokenize, type Token } from '../tokens';
import type { PageCountry } from '../page-country';

/**
 * city-cpi. Example: "Core inflation in Tokyo climbed to 2.5%": the capital's consumer prices, published
 * weeks before the nationwide figure, are a city's gauge, not the country's core CPI, unless the
 * sentence names the nationwide figure too.
 */
// capital-city: "Core consumer prices in Japan's capital rose 2.0%".
const CITY_WORDS: ReadonlySet<string> = new Set(['tokyo', 'ku-area', 'capital']);
/** Words that may stand between "in" and the city: "in Japan's capital", "in the capital". */
const CITY_LEAD_WORDS: ReadonlySet<string> = new Set(['japan', 'the']);
const NATION_WORDS: ReadonlySet<string> = new Set(['nationwide', 'national', 'countrywide']);
/** Words of a price gauge that the city's name qualifies: "Tokyo core CPI", "inflation in Tokyo". */
const GAUGE_WORDS: ReadonlySet<string> = new Set(['cpi', 'core', 'consumer', 'inflation', 'price']);
/** How near the city's name must stand to the gauge's words: "Tokyo stocks end lower; core inflation slows" is a market. */
const GAUGE_REACH = 3;

/** Where the sentence names a city's price gauge ("Tokyo core CPI", "prices in Japan's capital"); none if it names the nation's. */
export function cityGaugeWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (NATION_WORDS.has(t.norm)) return [];
    if (!CITY_WORDS.has(t.norm)) continue;
    // "Tokyo's core CPI", "the Tokyo CPI"; or "core inflation in Tokyo".
    const after = tokens.slice(i + 1, i + 1 + GAUGE_REACH).some((u) => GAUGE_WORDS.has(u.norm));
    let j = i - 1;
    while (j >= 0 && CITY_LEAD_WORDS.has(tokens[j]!.norm)) j--;
    const before =
      tokens[j]?.norm === 'in' && tokens.slice(Math.max(0, j - GAUGE_REACH), j).some((u) => GAUGE_WORDS.has(u.norm));
    if (after || before) out.push(i);
  }
  return out;
}

/** A cheap test before a sentence is tokenized for cityGaugeWords. */
const CITY_WORD_RE = /\b(?:tokyo|ku-area|capital)\b/i;

export const cityCpi: AliasDrop = (o, { info }) => {
  if (!isJapanInflation(o.entry.indicator)) return false;
  return cityGaugeWords(info.tokens).some((i) => !info.punctBetween(Math.min(i, o.first), Math.max(i, o.last), false));
};

/** Words that name the nation's own figure in a sentence on a page about a city's gauge. */
const NATION_NAMES: ReadonlySet<string> = new Set([...NATION_WORDS, 'japan', 'japanese']);

/**
 * city-page. Example: under "Tokyo core CPI slows to 2.4%", "the BOJ watches this core CPI; it was 2.4% in
 * December" is still the capital's gauge: once a page has named a city's price gauge, a Japanese inflation
 * figure whose sentence names neither Japan nor the nationwide figure is not taken for the nation's.
 */
export const cityPage: AliasDrop = (o, { info, page }) =>
  page.cityGauge && isJapanInflation(o.entry.indicator) && !info.tokens.some((t) => NATION_NAMES.has(t.norm));

export function isJapanInflation(ind: { kind: string; id: string }): boolean {
  return ind.kind === 'inflation' && ind.id.startsWith('jp.');
}

/** A sentence or heading that names a city's gauge turns city-page on, unless a nation's figure came first. */
export function noteCityGauge(page: PageCountry, text: string, start: number, end: number, tokens?: Token[]): void {
  if (page.cityGauge || page.nationGauge || !CITY_WORD_RE.test(text.slice(start, end))) return;
  page.cityGauge = cityGaugeWords(tokens ?? tokenize(text, start, end)).length > 0;
}
