import { COUNTRY_OF_WORD } from '../lexicon/countries';
import { IMPOSED_WORDS, TRADE_ACTION_WORDS } from '../lexicon/tariff-words';

/**
 * tariff-imposer. Example: "Exporters held up even under US tariffs. Annualized, gross domestic product grew
 * 1.0%": a country named only as the maker of tariffs or trade policy is not the economy the story is about, so it
 * is not carried to the next sentence's bare measure (nor counted as the page's country).
 */
export function imposerOnly(tokens: readonly { norm: string }[]): ReadonlySet<string> | null {
  let imposer: Set<string> | null = null;
  let named: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const g = COUNTRY_OF_WORD.get(tokens[i]!.norm);
    if (!g) continue;
    const next = tokens[i + 1]?.norm ?? '';
    const imposed = IMPOSED_WORDS.has(next) || (next === 'trade' && TRADE_ACTION_WORDS.has(tokens[i + 2]?.norm ?? ''));
    if (imposed) (imposer ??= new Set()).add(g);
    else (named ??= new Set()).add(g);
  }
  if (!imposer) return null;
  if (named) for (const g of named) imposer.delete(g);
  return imposer.size ? imposer : null;
}

/** Groups less those given. */
export function withoutGroups(groups: ReadonlySet<string>, drop: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set(groups);
  for (const g of drop) out.delete(g);
  return out;
}

/** The countries a sentence passes on to the next ones: those it names, less those named only as a tariff's maker. */
export function carriedCountries(
  countries: ReadonlySet<string>,
  tokens: readonly { norm: string }[],
): ReadonlySet<string> {
  if (!countries.size) return countries;
  const drop = imposerOnly(tokens);
  return drop ? withoutGroups(countries, drop) : countries;
}
