import type { AliasDrop } from '../site';

/**
 * auction-result. Example: "Tuesday's $39 billion sale of 10-year notes stopped at 4.438%, and Thursday's 30-year
 * reopening at 4.563%", "high yield 4.438%": the yield an auction cleared at, not the market's close.
 */
const AUCTION_RESULT_BEFORE_RE =
  /(?:\b(?:stopped|stop(?:ped)?[\s\u00a0-]out|cleared|priced|tailed)[\s\u00a0]+at|\bhigh[\s\u00a0]+yield(?:[\s\u00a0]+of)?|\b(?:auction|reopening|sale)[\s\u00a0]+at)[\s\u00a0]+$/i;

export const auctionResult: AliasDrop = (o, { text, expr }) =>
  o.entry.indicator.kind === 'yield' &&
  AUCTION_RESULT_BEFORE_RE.test(text.slice(Math.max(0, expr.start - 30), expr.start));
