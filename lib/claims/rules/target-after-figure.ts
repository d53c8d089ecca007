import type { AliasDrop } from '../site';

/**
 * target-after-figure. Example: "the core rate sits above the BOJ's 2% price-stability target": a figure followed by
 * "target" within a few words, with no break, is that target, not the bank's policy rate named beside it.
 */
const REACH = 3;
/** Nouns after "target" that name a policy rate: "target range", "target rate" (tokens singular). */
const RATE_TARGET_NOUNS: ReadonlySet<string> = new Set(['range', 'rate', 'band', 'corridor', 'level']);

export const targetAfterFigure: AliasDrop = (o, { info, ce }) => {
  if (o.entry.indicator.kind !== 'rate') return false;
  const { tokens } = info;
  for (let i = ce + 1; i <= ce + REACH && i < tokens.length; i++) {
    if (info.punctBetween(ce, i, true)) return false;
    // "its 4.25%-4.50% target range" is the policy rate's own name.
    if (tokens[i]!.norm === 'target') return !RATE_TARGET_NOUNS.has(tokens[i + 1]?.norm ?? '');
  }
  return false;
};
