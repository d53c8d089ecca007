import type { AliasDrop } from '../site';
import type { Token } from '../tokens';

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

export const cityCpi: AliasDrop = (o, { info }) => {
  const ind = o.entry.indicator;
  if (ind.kind !== 'inflation' || !ind.id.startsWith('jp.')) return false;
  return cityGaugeWords(info.tokens).some((i) => !info.punctBetween(Math.min(i, o.first), Math.max(i, o.last), false));
};
