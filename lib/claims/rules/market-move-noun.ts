/**
 * market-move-noun. Example: "ether nursed a 4% drop following the Fed's statement": a figure
 * followed by a market's move noun ("hit", "drop", "rally") is no policy rate, which is cut or raised, never
 * "a 3% hit", whatever bank is named beside it.
 */
const MARKET_MOVE_NOUN_AFTER_RE =
  /^[\s\u00a0]*(?:hit|drop|fall|slide|loss|gain|jump|rally|surge|plunge|slump|tumble|decline|selloff|sell-off|rebound|bounce|swing)s?\b/i;

export function marketMoveNounAfter(after: string): boolean {
  return MARKET_MOVE_NOUN_AFTER_RE.test(after);
}
