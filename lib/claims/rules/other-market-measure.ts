import type { AliasDrop } from '../site';
import { MARKET_MEASURE_NOUNS } from '../lexicon/market-measures';

/**
 * other-market-measure. Example: "Bitcoin's 24-hour trading volume rose 25% to $83.1 billion",
 * "open interest in gold futures climbed 4%": a market's name that qualifies another measure before
 * the figure is not the figure's subject. Only for markets; "Japan's holdings" are a catalogue measure.
 */
const MARKET_KINDS: ReadonlySet<string> = new Set(['crypto', 'commodity', 'index']);
/** Tokens that may stand between a name and its measure noun ("bitcoin's 24-hour trading volume"). */
const MAX_BETWEEN = 3;
const LINKS: ReadonlySet<string> = new Set(['in', 'of', 'for']);

const isMeasure = (norm: string, prev: string | undefined): boolean =>
  MARKET_MEASURE_NOUNS.has(norm) ? norm !== 'interest' || prev === 'open' : norm === 'value' && prev === 'market';

export const otherMarketMeasure: AliasDrop = (o, { info, cs }) => {
  if (!MARKET_KINDS.has(o.entry.indicator.kind) || o.last >= cs) return false;
  const { tokens } = info;
  const end = Math.min(cs, o.last + 1 + MAX_BETWEEN + 1);
  for (let i = o.last + 1; i < end; i++) if (isMeasure(tokens[i]!.norm, tokens[i - 1]?.norm)) return true;
  // "open interest in bitcoin futures": the measure named first, the market after "in"/"of".
  let j = o.first - 1;
  if (j >= 0 && tokens[j]!.norm === 'the') j--;
  return j >= 1 && LINKS.has(tokens[j]!.norm) && isMeasure(tokens[j - 1]!.norm, tokens[j - 2]?.norm);
};
