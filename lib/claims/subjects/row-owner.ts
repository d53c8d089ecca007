import type { Indicator } from '../../dataset/schema';
import { countryOfId } from '../lexicon/countries';
import { TOTAL_PARTS } from '../lexicon/total-parts';
import { familyOf } from '../lexicon/measure-families';

/**
 * Example: under the caption "Foreign holders of U.S. Treasury securities", the row "China, Mainland"
 * makes a cell China's holdings, though the caption's words match Japan's alias best.
 *
 * Indicators measured for several countries share an id after the country prefix (jp.ust_holdings,
 * cn.ust_holdings): the country a table row names picks its own one of them.
 */

/** How far the row's own country's indicator outranks the best match of the caption's words. */
const ROW_OWNER_BONUS = 1;

export interface Scored {
  indicator: Indicator;
  alias: string;
  score: number;
}

export type SiblingIndex = ReadonlyMap<string, ReadonlyMap<string, Indicator>>;

/** Indicators by measure (the id after its country prefix), then by country. */
export function siblingIndex(indicators: readonly Indicator[]): SiblingIndex {
  const out = new Map<string, Map<string, Indicator>>();
  for (const ind of indicators) {
    const dot = ind.id.indexOf('.');
    const country = countryOfId(ind.id);
    if (!country) continue;
    const measure = familyOf(ind.id.slice(dot + 1));
    let byCountry = out.get(measure);
    if (!byCountry) out.set(measure, (byCountry = new Map()));
    byCountry.set(country, ind);
  }
  return out;
}

/** The sibling of `ind` that belongs to one of `named` (and `ind`'s own country is not named), if exactly one does. */
export function namedSibling(ind: Indicator, named: ReadonlySet<string>, siblings: SiblingIndex): Indicator | null {
  const dot = ind.id.indexOf('.');
  const own = countryOfId(ind.id);
  const measure = familyOf(ind.id.slice(dot + 1));
  // total-row-part: under a "foreign holders of U.S. Treasuries" caption, the "Japan" row is Japan's
  // part of the total ("U.S." there names the issuer, not a holder).
  const parts = TOTAL_PARTS[measure];
  if (!own || (!parts && named.has(own))) return null;
  const byCountry = parts ? siblings.get(parts) : siblings.get(measure);
  if (!byCountry) return null;
  let found: Indicator | null = null;
  for (const [country, sib] of byCountry) {
    if (sib === ind || !named.has(country)) continue;
    if (found) return null;
    found = sib;
  }
  return found;
}

/** Adds, for a table cell, the indicator of the country its row names, ranked above the caption's match. */
export function withRowOwner(cands: Scored[], named: ReadonlySet<string>, siblings: SiblingIndex): Scored[] {
  if (!cands.length || !named.size) return cands;
  let top = -Infinity;
  for (const c of cands) top = Math.max(top, c.score);
  const added: Scored[] = [];
  for (const c of cands) {
    const sib = namedSibling(c.indicator, named, siblings);
    // row-owner-ranked: the row's own indicator, found by its words but ranked below the caption's match, goes first.
    const present = sib ? cands.find((o) => o.indicator === sib) : undefined;
    if (present && present.score <= top) present.score = top + ROW_OWNER_BONUS;
    if (sib && !present && !added.some((o) => o.indicator === sib)) {
      added.push({
        indicator: sib,
        alias: `${c.alias} (row names ${sib.id.slice(0, sib.id.indexOf('.'))})`,
        score: top + ROW_OWNER_BONUS,
      });
    }
  }
  return added.length ? cands.concat(added) : cands;
}
