import type { Indicator } from '../../dataset/schema';

/**
 * Example: "The Nikkei stock index jumped 2%" names the Nikkei index, with "stock" inside the name.
 *
 * Only an index's name may take these words inside it: "gold stock prices" are miners' shares, not
 * the gold price.
 */
const INDEX_FILLERS = new Set(['stock', 'share', 'equity', 'equities', 'stocks', 'shares']);

export function fillsIndexName(word: string, indicator: Indicator | undefined): boolean {
  return indicator?.kind === 'index' && INDEX_FILLERS.has(word);
}
