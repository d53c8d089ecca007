import type { AliasDrop } from '../site';
import { CURRENCY_CODE_RE } from '../lexicon/currencies';
import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';

/**
 * code-mover. Example: "KRW gains by 1.3%, following the Yen higher": a currency's code opening the clause
 * before its move verb is what moved; a pair without that currency, named further on, is not.
 */
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'about', 'around', 'nearly', 'some']);

export const codeMover: AliasDrop = (o, { info, text, cs }) => {
  const ind = o.entry.indicator;
  if (ind.kind !== 'fx') return false;
  const { tokens } = info;
  let i = cs - 1;
  while (i >= 0 && BY_WORDS.has(tokens[i]!.norm)) i--;
  if (i < 1 || !(DOWN_SET.has(tokens[i]!.norm) || UP_SET.has(tokens[i]!.norm))) return false;
  const code = text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end);
  return CURRENCY_CODE_RE.test(code) && !ind.id.toUpperCase().includes(code);
};
