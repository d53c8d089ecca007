import type { Indicator } from '../../dataset/schema';
import { carried, type Candidate } from '../candidate';
import { EARLIER_SUBJECT } from '../rules/weights';

/**
 * pair-skips-back. Example: "The dollar ended at 149.49 yen. The 10-year JGB yield eased to 1.427%. The BOJ's
 * rate stands at 0.5%. ... The pair fell 1.35% on Thursday": "the pair" can only be a currency pair, so it
 * points back past the yield and the rate named since to the one pair the page has matched lately (a precise
 * figure only, and not past another pair named in the block).
 */
export function pairSkipsBack(recentIds: readonly string[], byId: ReadonlyMap<string, Indicator>): Candidate | null {
  const pairs = recentIds.map((id) => byId.get(id)).filter((ind): ind is Indicator => ind?.kind === 'fx');
  if (pairs.length !== 1) return null;
  const indicator = pairs[0]!;
  const mention = {
    indicator,
    alias: indicator.name,
    catalogueAlias: indicator.name,
    namesShare: false,
    rule: 'earlier-subject' as const,
    subjectCurrency: undefined,
  };
  return carried(mention, `${indicator.name} (the pair, named earlier)`, 'earlier-subject', EARLIER_SUBJECT);
}
