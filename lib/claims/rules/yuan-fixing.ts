import type { AliasDrop } from '../site';
import { FIXING_WORDS } from '../lexicon/other-measures';

/**
 * yuan-fixing. Example: "the PBOC's central parity for the yuan came in at 7.1883, a touch above the
 * day before's": the central bank's daily fixing is not the market's dollar-yuan rate, which is the stored one.
 */
export const yuanFixing: AliasDrop = (o, { info, cs }) => o.entry.indicator.id === 'fx.usdcny' && namesFixing(info, cs);

/**
 * Whether the words before the figure at token `cs` speak of a currency fixing: "central parity",
 * "midpoint", or the PBOC's "daily" rate ("the People's Bank of China's daily reference for the yuan, 7.1085"). A fixing named after the figure is another figure's ("quoted at 7.2273, after the PBOC
 * set a stronger midpoint").
 */
export function namesFixing(info: { tokens: readonly { norm: string }[] }, cs: number): boolean {
  let daily = false;
  let pboc = false;
  for (let i = 0; i < cs && i < info.tokens.length; i++) {
    const t = info.tokens[i]!;
    if (FIXING_WORDS.has(t.norm)) return true;
    if (t.norm === 'daily') daily = true;
    else if (t.norm === 'pboc' || t.norm === 'people') pboc = true;
  }
  return daily && pboc;
}
