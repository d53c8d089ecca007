import type { AliasDrop } from '../site';
import { isNumberedIndex, isOtherExchange } from '../lexicon/numbered-indices';

/**
 * Example: "the Nasdaq 100 climbed 1.2%" is not the Nasdaq Composite, nor "the S&P/ASX 200" the
 * S&P 500: the alias is part of another index's name.
 */
export const numberedIndex: AliasDrop = (o, { info, text }) => {
  const next = info.tokens[o.last + 1];
  if (!next) return false;
  // "Australia's S&P/ASX 200 rose 0.93 percent" is not the S&P 500.
  if (isOtherExchange(next.norm) && text.slice(info.tokens[o.last]!.end, next.start) === '/') return true;
  const written = text.slice(next.start, next.end).replace(/,/g, '');
  return /^\d+$/.test(written) && isNumberedIndex(info.tokens[o.last]!.norm, Number(written));
};
