/**
 * stock-count: "the S&P 500 posted 36 new 52-week highs", "advancers outnumbered decliners 412 to 88":
 * a count of stocks or sessions, not a reading of the index.
 * count-adjective: "the Dow includes 30 traded stocks": a word such as "traded" or "listed" may stand between.
 */
const COUNT_ADJECTIVE = String.raw`(?:(?:traded|listed|blue-chip|large|major|leading|member|component|industrial|technology|tech)[\s\u00a0]+)?`;
const COUNT_NOUN_AFTER_RE = new RegExp(
  String.raw`^[\s\u00a0]+(?:new[\s\u00a0]+)?(?:(?:52|fifty-two)[\s\u00a0-]+week[\s\u00a0]+)?${COUNT_ADJECTIVE}(?:highs|lows|stocks|shares|issues|components|members|constituents|companies|sectors|industries|decliners|advancers|gainers|losers|listings)\b`,
  'i',
);

/** Whether the words after a figure (`after`) make it a count of stocks: "36 new 52-week highs". */
export function isStockCount(after: string): boolean {
  return COUNT_NOUN_AFTER_RE.test(after);
}
