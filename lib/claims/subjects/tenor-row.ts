import type { Indicator } from '../../dataset/schema';
import { namedTenor, type TenorIndex } from './tenor';

/**
 * tenor-row. Example: a table captioned "Treasury yields at the close" whose row "2-year" holds
 * "3.64%": the row's tenor and the caption's bonds make the 2-year Treasury yield, though no cell
 * names it whole. Only the U.S. Treasury curve: the catalogue holds one tenor of the others.
 */
const TREASURY_YIELDS_RE = /\btreasur(?:y|ies)\b[^·]{0,30}\byields?\b|\byields?\b[^·]{0,30}\btreasur(?:y|ies)\b/i;
const CURVE_KEY = 'us.ust_#y_yield';

/** The Treasury yield of the tenor the row names, when the caption or headers speak of Treasury yields. */
export function tenorRowYield(headers: string, index: TenorIndex): Indicator | null {
  if (!TREASURY_YIELDS_RE.test(headers)) return null;
  // The tenor is the row's: the headers after the caption (which may name several, "2- and 10-year").
  const years = namedTenor(headers.slice(headers.indexOf(' · ') + 3));
  return years === null ? null : (index.get(CURVE_KEY)?.get(years) ?? null);
}
