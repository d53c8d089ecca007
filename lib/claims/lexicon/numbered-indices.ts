/**
 * Example: "the Nasdaq 100 climbed 1.2%", "the Russell 2000", "the CoinDesk 20 index": indices the
 * catalogue does not hold whose names end in a number. The number is part of the name, and the
 * name's first word ("Nasdaq") names another index than the catalogue's (the Nasdaq Composite).
 * By the name's word as tokens normalise it, the numbers that complete it.
 */
const NUMBERED_INDICES: ReadonlyMap<string, readonly number[]> = new Map([
  ['nasdaq', [100]],
  ['russell', [1000, 2000, 3000]],
  ['stoxx', [600]],
  // "the Stoxx Europe 600 rose 0.17%"
  ['europe', [600]],
  ['asx', [200]],
  ['ftse', [250, 350]],
  ['kospi', [200]],
  ['nifty', [50]],
  ['coindesk', [20]],
  ['csi', [300]],
  ['s&p', [100, 400, 600]],
  ['tsx', [60]],
  ['ibex', [35]],
  ['nikkei', [300, 400]],
  ['topix', [100, 500]],
  ['sensex', [30]],
  ['nzx', [50]],
]);

/** Words that, right after "S&P" ("S&P/ASX 200", "S&P/TSX", "S&P/NZX 50"), name another exchange's index. */
const OTHER_EXCHANGES: ReadonlySet<string> = new Set(['asx', 'tsx', 'nzx', 'bse']);

/** Whether `next` after a name ("S&P" then "ASX") makes it another exchange's index. */
export function isOtherExchange(next: string | undefined): boolean {
  return next !== undefined && OTHER_EXCHANGES.has(next);
}

/** Whether some figure after the word `norm` would complete such a name: asked before the figure is read. */
export function startsNumberedIndex(norm: string | undefined): boolean {
  return norm !== undefined && NUMBERED_INDICES.has(norm);
}

/** Whether the word `norm` followed by the figure `value` names an index outside the catalogue. */
export function isNumberedIndex(norm: string | undefined, value: number): boolean {
  return norm !== undefined && (NUMBERED_INDICES.get(norm)?.includes(Math.abs(value)) ?? false);
}

/** Words that, right after an index family's name, name another index of the family: "FTSE MIB", "FTSE All-Share". */
const OTHER_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ftse', new Set(['mib', 'all', 'all-share', 'aim', 'china', 'bursa', 'straits', 'jse'])],
  ['stoxx', new Set(['europe'])],
]);

/** Whether `next` after a family's name (`norm`) makes it another index of that family. */
export function isOtherMember(norm: string | undefined, next: string | undefined): boolean {
  return norm !== undefined && next !== undefined && (OTHER_MEMBERS.get(norm)?.has(next) ?? false);
}
