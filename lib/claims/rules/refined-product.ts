import type { AliasDrop } from '../site';
import { COMMODITY_ID } from './subject-shift';

/** Words before "oil" that make it a refined product with its own price, not a crude benchmark. */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['fuel', 'heating', 'diesel', 'gas', 'motor']);

/**
 * refined-product. Example: "heating costs eased as fuel oil prices dropped 5.2%": fuel oil and heating
 * oil are refined products (a consumer-price component here), whose moves are not Brent's or WTI's.
 */
export const refinedProduct: AliasDrop = (o, { info }) => {
  if (!o.entry.id.startsWith(COMMODITY_ID) || o.first === 0) return false;
  if (info.tokens[o.first]!.norm !== 'oil') return false;
  return PRODUCT_WORDS.has(info.tokens[o.first - 1]!.norm);
};
