import type { AliasDrop } from '../site';
import { BANK_NAMES, INSTITUTION_OF } from '../lexicon/institutions';

/**
 * spread-above-bank. Example: "That leaves the Fed's upper bound 150 basis points above the Bank of Canada's
 * 2.25%": basis points above (or below) another central bank are the distance between two policy rates, not
 * a move of either.
 */
const SIDE_WORDS: ReadonlySet<string> = new Set(['above', 'below', 'over', 'under', 'beneath']);

export const spreadAboveBank: AliasDrop = (o, { info, ce, expr }) => {
  if (o.entry.indicator.kind !== 'rate' || (expr.unit !== 'bp' && expr.unit !== 'pp')) return false;
  const { tokens } = info;
  let i = ce + 1;
  if (!SIDE_WORDS.has(tokens[i]?.norm ?? '') || info.punctBetween(ce, i, true)) return false;
  i++;
  if (tokens[i]?.norm === 'the') i++;
  const word = tokens[i]?.norm ?? '';
  const bank =
    INSTITUTION_OF.get(word) ?? BANK_NAMES.find(([, words]) => words.every((w, j) => tokens[i + j]?.norm === w))?.[0];
  return !!bank;
};
