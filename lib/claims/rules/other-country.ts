import type { AliasDrop } from '../site';

/** Example: "Japan's CPI rose 3.5%" is not U.S. CPI: a country named earlier in the clause must be the indicator's. */
export const otherCountry: AliasDrop = (o, { beforeGroups }) => {
  const countries = o.entry.countries;
  if (!countries.size) return false;
  const named = beforeGroups();
  if (!named.size) return false;
  for (const c of countries) if (named.has(c)) return false;
  return true;
};
