import type { AliasDrop } from '../site';
import { BANK_NAMES, INSTITUTION_OF } from '../lexicon/institutions';

/**
 * spread-above-bank. Example: "That leaves the Fed's upper bound 150 basis points above the Bank of Canada's
 * 2.25%": basis points above (or below) another central bank are the distance between two policy rates, not
 * a move of either; the same of a yield set against a bank's rate ("the two-year yield 40 basis points
 * below the Fed's floor").
 */
const SIDE_WORDS: ReadonlySet<string> = new Set(['above', 'below', 'over', 'under', 'beneath']);

/** above-the-top-of: "34 basis points above the top of the Fed's range": words that name an end of the bank's range. */
const RANGE_END_WORDS: ReadonlySet<string> = new Set([
  'top',
  'bottom',
  'upper',
  'lower',
  'end',
  'bound',
  'ceiling',
  'floor',
]);

export const spreadAboveBank: AliasDrop = (o, { info, ce, expr }) => {
  const kind = o.entry.indicator.kind;
  if ((kind !== 'rate' && kind !== 'yield') || (expr.unit !== 'bp' && expr.unit !== 'pp')) return false;
  const { tokens } = info;
  let i = ce + 1;
  if (!SIDE_WORDS.has(tokens[i]?.norm ?? '') || info.punctBetween(ce, i, true)) return false;
  i++;
  if (tokens[i]?.norm === 'the') i++;
  let ends = 0;
  while (RANGE_END_WORDS.has(tokens[i]?.norm ?? '') && ends < 2) {
    i++;
    ends++;
  }
  if (ends && tokens[i]?.norm === 'of') i++;
  if (ends && tokens[i]?.norm === 'the') i++;
  const word = tokens[i]?.norm ?? '';
  const bank =
    INSTITUTION_OF.get(word) ?? BANK_NAMES.find(([, words]) => words.every((w, j) => tokens[i + j]?.norm === w))?.[0];
  return !!bank;
};
