import type { AliasDrop } from '../site';
import { FUTURES } from '../lexicon/function-words';
import { COMMODITY_ID } from './subject-shift';

/**
 * Example: "Futures on the S&P 500 were up 0.2% ahead of the open": a contract on the index, not the
 * index (a commodity's price is its front contract, so "futures on Brent" still names Brent).
 */
export const futuresOn: AliasDrop = (o, { info }) => {
  if (o.entry.id.startsWith(COMMODITY_ID)) return false;
  let i = o.first - 1;
  if (i >= 0 && info.tokens[i]!.norm === 'the') i--;
  if (i < 0 || info.tokens[i]!.norm !== 'on') return false;
  if (i <= 0) return false;
  const word = info.tokens[i - 1]!;
  // contracts-on: "Contracts on the S&P 500 were 0.2% lower": contracts here are futures.
  return (word.lex.flags & FUTURES) !== 0 || word.norm === 'contract';
};
