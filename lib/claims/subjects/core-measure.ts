import type { Indicator } from '../../dataset/schema';

/**
 * Example: "headline prices rose 3.0% from a year earlier, with the core gauge also at 2.9%": 2.9% is
 * core CPI, though the only name in the sentence is headline CPI's.
 *
 * A core measure shares its headline sibling's id with "core_" after the country (us.cpi_yoy,
 * us.core_cpi_yoy). "core" standing since the figure before moves a match to that sibling.
 */

const CORE_RE = /\bcore\b/i;
/**
 * ex-food-energy: "U.S. inflation excluding food and energy rose to 3.1%" is core inflation by its definition
 * ("less food and energy", "stripping out volatile food and energy"); where the catalogue keeps no core sibling
 * (the euro area's HICP), the headline is not its subject either.
 */
const EX_FOOD_ENERGY_RE =
  /\b(?:ex|excluding|excludes|exclude|less|minus|stripping[\s\u00a0]+out|strips[\s\u00a0]+out|without)[-\s\u00a0]+(?:the[\s\u00a0]+)?(?:volatile[\s\u00a0]+)?(?:food[\s\u00a0]+and[\s\u00a0]+energy|energy[\s\u00a0]+and[\s\u00a0]+food)\b/i;

/** Whether the text names a core measure: "core", or excluding food and energy by definition. */
export function namesCore(text: string): boolean {
  return CORE_RE.test(text) || EX_FOOD_ENERGY_RE.test(text);
}

export type CoreIndex = ReadonlyMap<Indicator, Indicator>;

/** Each headline indicator's core sibling. */
export function coreIndex(indicators: readonly Indicator[]): CoreIndex {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const out = new Map<Indicator, Indicator>();
  for (const ind of indicators) {
    const m = /^([a-z]+)\.core_(.+)$/.exec(ind.id);
    const headline = m && byId.get(`${m[1]}.${m[2]}`);
    if (headline) out.set(headline, ind);
  }
  return out;
}

interface Scored {
  indicator: Indicator;
  alias: string;
  score: number;
}

/** Moves candidates to their core sibling when `between` (the words since the figure before) says "core". */
export function towardCore<C extends Scored>(cands: C[], between: string, index: CoreIndex): C[] {
  if (!cands.length) return cands;
  if (CORE_RE.test(between))
    return cands.map((c) => {
      const core = index.get(c.indicator);
      return core ? { ...c, indicator: core, alias: `${c.alias} (core named)` } : c;
    });
  if (!EX_FOOD_ENERGY_RE.test(between)) return cands;
  const out: C[] = [];
  for (const c of cands) {
    const core = index.get(c.indicator);
    if (core) out.push({ ...c, indicator: core, alias: `${c.alias} (excluding food and energy)` });
    else if (c.indicator.kind !== 'inflation' || c.indicator.id.includes('core')) out.push(c);
  }
  return out;
}
