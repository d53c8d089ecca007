import type { AliasDrop } from '../site';

/**
 * core-retail. Example: "Core retail sales dip 0.1%", "the control group, which feeds into GDP": retail sales less
 * autos, gasoline and building materials are another measure than the headline the catalogue keeps.
 */
const CORE_WORDS: ReadonlySet<string> = new Set(['core', 'control', 'underlying']);

export const coreRetail: AliasDrop = (o, { info }) => {
  if (o.entry.indicator.id !== 'us.retail_sales_mom') return false;
  const { tokens } = info;
  // "core retail sales", "so-called core retail sales": the word right before the alias.
  const before = tokens[o.first - 1]?.norm ?? '';
  return CORE_WORDS.has(before) || tokens.slice(o.first, o.last + 1).some((t) => CORE_WORDS.has(t.norm));
};
