import type { AliasDrop } from '../site';

/**
 * rank-holder. Example: "Japan, still the largest foreign holder, added $8.9 billion": a holder ranked among
 * the foreign holders is one country, not all of them. ("Major" and "top" stay: a table titled "Major Foreign
 * Holders" names the measure its rows are read by.)
 */
const RANK_WORDS: ReadonlySet<string> = new Set([
  'largest',
  'biggest',
  'second-largest',
  'third-largest',
  'second-biggest',
  'third-biggest',
]);

const ISSUER = 'us';
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'a']);

export const rankHolder: AliasDrop = (o, { info }) => {
  const ind = o.entry.indicator;
  // The total's only country is the issuer's ("U.S. Treasuries"); a holder's measure names the holder.
  if (ind.category !== 'holdings' || o.first === 0) return false;
  for (const c of o.entry.countries) if (c !== ISSUER) return false;
  // "the largest foreign holder" names one; a caption ("Largest foreign holders of U.S. Treasuries") has no article.
  return RANK_WORDS.has(info.tokens[o.first - 1]!.norm) && DETERMINERS.has(info.tokens[o.first - 2]?.norm ?? '');
};
