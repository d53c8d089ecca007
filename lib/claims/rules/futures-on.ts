import type { AliasDrop } from '../site';
import { FUTURES } from '../lexicon/function-words';
import { COMMODITY_ID } from './subject-shift';

/** Words of a longer name that may stand before the alias found inside it ("Euro" in "Euro Stoxx 50"). */
const MAX_NAME_WORDS_BEFORE = 2;
const isCapitalised = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 65 && c <= 90;
};

/**
 * Example: "Futures on the S&P 500 were up 0.2% ahead of the open": a contract on the index, not the
 * index (a commodity's price is its front contract, so "futures on Brent" still names Brent).
 */
export const futuresOn: AliasDrop = (o, { info, text }) => {
  if (o.entry.id.startsWith(COMMODITY_ID)) return false;
  let i = o.first - 1;
  // name-inside: "Futures on the Euro Stoxx 50": "Stoxx 50" is a shorter alias inside the index's full name.
  for (let k = 0; k < MAX_NAME_WORDS_BEFORE && i >= 0 && isCapitalised(text, info.tokens[i]!.start); k++) i--;
  if (i >= 0 && info.tokens[i]!.norm === 'the') i--;
  // futures-for: "Futures for the Euro Stoxx 50 were indicated 0.4% lower" as well.
  if (i < 0 || (info.tokens[i]!.norm !== 'on' && info.tokens[i]!.norm !== 'for')) return false;
  if (i <= 0) return false;
  const word = info.tokens[i - 1]!;
  // contracts-on: "Contracts on the S&P 500 were 0.2% lower": contracts here are futures.
  return (word.lex.flags & FUTURES) !== 0 || word.norm === 'contract';
};
