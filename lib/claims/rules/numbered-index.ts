import type { AliasDrop } from '../site';
import { isNumberedIndex } from '../lexicon/numbered-indices';

/** Example: "the Nasdaq 100 climbed 1.2%" is not the Nasdaq Composite: "Nasdaq" is part of another index's name. */
export const numberedIndex: AliasDrop = (o, { info, text }) => {
  const next = info.tokens[o.last + 1];
  if (!next) return false;
  const written = text.slice(next.start, next.end).replace(/,/g, '');
  return /^\d+$/.test(written) && isNumberedIndex(info.tokens[o.last]!.norm, Number(written));
};
