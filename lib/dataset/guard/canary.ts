import type { Dataset, Indicator } from '../schema';
import type { Engine } from '../../claims/engine';

/**
 * Rule: a dataset is installed only if an engine built from it finds claims in sentences written
 * from its own figures.
 * Example: from fx.eurusd's latest figure 1.1707, "The Euro / U.S. dollar exchange rate stood at
 * $1.1707." must give a fx.eurusd claim of 1.1707; one canary per category, all must pass.
 *
 * Validation says a file is well formed; this says it works: aliases the matcher cannot read,
 * names the tokenizer drops or values the engine chokes on would otherwise stop marking everywhere.
 */

/** Fewer canaries than this (categories with a figure) and the dataset cannot be tested. */
export const MIN_CANARIES = 3;
/** A claim's value may differ from the figure by this share (the sentence rounds to 4 decimals). */
const VALUE_TOLERANCE = 1e-3;

export interface Canary {
  indicator: string;
  category: string;
  text: string;
  value: number;
}

/** How a canary writes a figure: the symbols the engine reads as the indicator's unit. */
function written(value: number, unit: string): string {
  // An exchange rate is quoted with its decimals: a bare "7" reads as a count, not a rate of 7.00.
  const quote = unit.includes(' per ');
  const n = value.toLocaleString('en-US', { minimumFractionDigits: quote ? 2 : 0, maximumFractionDigits: 4 });
  if (unit === 'percent') return `${n}%`;
  if (unit === 'USD' || unit.startsWith('USD per')) return `$${n}`;
  return n;
}

/**
 * One sentence per category, from the indicator with the most figures (catalogue order breaks
 * ties) and its latest figure.
 */
export function canarySentences(ds: Dataset): Canary[] {
  const latest = new Map<string, { day: string; value: number }>();
  const count = new Map<string, number>();
  const offer = (id: string, day: string, value: number) => {
    count.set(id, (count.get(id) ?? 0) + 1);
    const cur = latest.get(id);
    if (!cur || day > cur.day) latest.set(id, { day, value });
  };
  for (const o of ds.observations) offer(o.indicator, o.as_of, o.value);
  for (const s of ds.series) for (const [d, v] of s.points) offer(s.indicator, d, v);

  const best = new Map<string, Indicator>();
  for (const ind of ds.indicators) {
    if (!latest.has(ind.id)) continue;
    const cur = best.get(ind.category);
    if (!cur || count.get(ind.id)! > count.get(cur.id)!) best.set(ind.category, ind);
  }
  return [...best.values()].map((ind) => {
    const { value } = latest.get(ind.id)!;
    return {
      indicator: ind.id,
      category: ind.category,
      value,
      text: `The ${ind.name} stood at ${written(value, ind.unit)}.`,
    };
  });
}

/** Why the engine fails the dataset's canaries, or null when every one gives its claim. */
export function canaryProblem(ds: Dataset, engine: Engine): string | null {
  const canaries = canarySentences(ds);
  if (canaries.length < MIN_CANARIES) {
    return `only ${canaries.length} categor${canaries.length === 1 ? 'y has' : 'ies have'} a figure to test it with (at least ${MIN_CANARIES} needed)`;
  }
  const failed: string[] = [];
  for (const c of canaries) {
    let ok = false;
    try {
      const claims = engine.analyze([c.text], { published: null });
      ok = claims.some(
        (cl) =>
          cl.indicator?.id === c.indicator &&
          Math.abs(cl.value - c.value) <= VALUE_TOLERANCE * Math.max(1, Math.abs(c.value)),
      );
    } catch {
      ok = false;
    }
    if (!ok) failed.push(c.indicator);
  }
  if (!failed.length) return null;
  return `a test engine built from it found no claim in ${failed.length} of ${canaries.length} test sentences (${failed.slice(0, 3).join(', ')})`;
}
