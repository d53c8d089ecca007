import type { Indicator } from '../../dataset/schema';
import type { Judgement } from '../types';

/** The oil benchmarks a news story may mean by "oil" (catalogue ids). */
const OIL_BENCHMARKS = ['cmd.brent_usd', 'cmd.wti_usd'] as const;

/** Words in a catalogue alias that name one benchmark: "Brent crude", "WTI", "U.S. crude". */
const NAMES_BENCHMARK_RE = /\b(?:brent|wti|west texas|u\.?s\.?|global benchmark)\b/i;

/** The other benchmark when the alias that matched ("oil price") names none; else null. */
export function otherBenchmark(
  indicator: Indicator,
  alias: string,
  byId: (id: string) => Indicator | undefined,
): Indicator | null {
  if (!(OIL_BENCHMARKS as readonly string[]).includes(indicator.id) || NAMES_BENCHMARK_RE.test(alias)) return null;
  const other = OIL_BENCHMARKS.find((id) => id !== indicator.id);
  return (other && byId(other)) || null;
}

const RANK: Record<string, number> = { matches: 0, close: 1, 'since-changed': 2 };

/**
 * Rule unnamed-oil: "oil fell to $62.10" is compared with both Brent and WTI; the verdict is the
 * better of the two and the explanation says which benchmark agreed.
 */
export function eitherBenchmark(
  first: { indicator: Indicator; j: Judgement },
  second: { indicator: Indicator; j: Judgement },
): Judgement {
  const r = (x: Judgement) => RANK[x.verdict] ?? 9;
  const [best, other] = r(second.j) < r(first.j) ? [second, first] : [first, second];
  const agreed = r(best.j) <= 1;
  const note = agreed
    ? ` ${best.indicator.name} agreed (“oil” names no benchmark; ${other.indicator.name}: ${other.j.verdict}).`
    : ` Neither benchmark agreed (“oil” names none).`;
  return { ...best.j, explanation: `${best.j.explanation}${note}` };
}
