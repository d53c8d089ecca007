import type { AliasDrop } from '../site';

/**
 * yield-subject. Example: "At 21:30, when the US CPI was released, the yield dropped from around 4.19% to
 * 4.1477%": "the yield" opens the figure's clause after the name, so the figure is the yield's, not the
 * CPI's (which the clause before only dates).
 */
export const yieldSubject: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind === 'yield' || o.last >= cs) return false;
  const { tokens } = info;
  for (let i = o.last + 2; i < cs; i++)
    if (tokens[i]!.norm === 'yield' && tokens[i - 1]!.norm === 'the' && info.punctBetween(o.last, i - 1, true))
      return true;
  return false;
};
