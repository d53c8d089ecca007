import type { Occurrence } from '../match';
import type { Token } from '../tokens';

/**
 * Example: "The U.S. economy's Consumer Price Index increased ... 2.9%": a name in the possessive
 * right before another catalogue name qualifies it ("the economy's CPI"); it is not the subject.
 */
export function possessiveOfOther(
  o: Occurrence,
  occs: readonly Occurrence[],
  text: string,
  tokens: readonly Token[],
): boolean {
  const last = tokens[o.last];
  if (!last) return false;
  const s = text.charCodeAt(last.end - 1);
  const q = text.charCodeAt(last.end - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return false;
  return occs.some((p) => p.first === o.last + 1 && p.entry.indicator !== o.entry.indicator);
}
