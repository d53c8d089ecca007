import type { Indicator } from '../../dataset/schema';

/**
 * Example: "headline prices rose 3.0% from a year earlier, with the core gauge also at 2.9%": 2.9% is
 * core CPI, though the only name in the sentence is headline CPI's.
 *
 * A core measure shares its headline sibling's id with "core_" after the country (us.cpi_yoy,
 * us.core_cpi_yoy). "core" standing since the figure before moves a match to that sibling.
 */

const CORE_RE = /\bcore\b/i;

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
  if (!cands.length || !CORE_RE.test(between)) return cands;
  return cands.map((c) => {
    const core = index.get(c.indicator);
    return core ? { ...c, indicator: core, alias: `${c.alias} (core named)` } : c;
  });
}
