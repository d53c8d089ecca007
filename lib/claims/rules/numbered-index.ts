import type { AliasDrop } from '../site';
import { isNumberedIndex, isOtherExchange, isOtherMember, startsNumberedIndex } from '../lexicon/numbered-indices';

/**
 * Example: "the Nasdaq 100 climbed 1.2%" is not the Nasdaq Composite, nor "the S&P/ASX 200" the
 * S&P 500: the alias is part of another index's name.
 */
export const numberedIndex: AliasDrop = (o, { info, text, cs }) => {
  const { tokens } = info;
  // index-between: "CAC40 +0.48% to 8200.80, STOXX 600 +0.54% to 621.53": another index named between
  // the alias and the figure is the figure's subject.
  if (o.entry.indicator.kind === 'index')
    for (let i = o.last + 1; i < cs - 1; i++) {
      // The word first: most words start no index's name, and then the figure after is not read.
      if (!startsNumberedIndex(tokens[i]!.norm)) continue;
      const n = tokens[i + 1]!;
      const digits = text.slice(n.start, n.end).replace(/,/g, '');
      if (/^\d+$/.test(digits) && isNumberedIndex(tokens[i]!.norm, Number(digits))) return true;
    }
  const next = tokens[o.last + 1];
  if (!next) return false;
  // "Italy's FTSE MIB" is not the FTSE 100.
  if (isOtherMember(tokens[o.last]!.norm, next.norm)) return true;
  // "Australia's S&P/ASX 200 rose 0.93 percent" is not the S&P 500.
  if (isOtherExchange(next.norm) && text.slice(info.tokens[o.last]!.end, next.start) === '/') return true;
  // exchange-first: "the TSX/S&P Composite rose 88.40 points", the exchange's name written before the slash.
  const prev = tokens[o.first - 1];
  if (prev && isOtherExchange(prev.norm) && text.slice(prev.end, tokens[o.first]!.start) === '/') return true;
  if (!startsNumberedIndex(info.tokens[o.last]!.norm)) return false;
  const written = text.slice(next.start, next.end).replace(/,/g, '');
  return /^\d+$/.test(written) && isNumberedIndex(info.tokens[o.last]!.norm, Number(written));
};
