import type { AliasDrop } from '../site';

/**
 * Example: "a 4.1% jump in chip designer Veridian (NASDAQ: VRDS)": an exchange's name before a ticker
 * lists a company's shares; it is not the exchange's index.
 */
const TICKER_AFTER_RE = /^[\s\u00a0]*:[\s\u00a0]*[A-Z][A-Z0-9.]{0,6}\b/;

export const tickerExchange: AliasDrop = (o, { info, text }) => {
  const end = info.tokens[o.last]!.end;
  // Cheap first: a colon within two characters of the name.
  if (text.charCodeAt(end) !== 58 && text.charCodeAt(end + 1) !== 58) return false;
  return TICKER_AFTER_RE.test(text.slice(end, end + 12));
};
