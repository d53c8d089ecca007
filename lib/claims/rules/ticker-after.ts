import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD } from '../lexicon/countries';

/**
 * ticker-after. Example: "Kestrel Gold (KSG), −4.67%", "Harbor Brent Energy (HBE) fell 2%": a proper name ending in
 * the alias and followed by its ticker in brackets is a listed company, not the market its name borrows. A source
 * or code in brackets after the market's own name ("Silver (LBMA)", "10-year JGB yield (MOF)", "the S&P 500
 * (SPX)") is not: there no other capitalised name stands right before the alias.
 */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that']);
const TICKER_AFTER_RE = /^[\s\u00a0]*\(([A-Z]{2,5})(?:[.:][A-Z]{1,3})?\)/;

export const tickerAfter: AliasDrop = (o, { info, text }) => {
  const { tokens } = info;
  const last = tokens[o.last];
  const before = tokens[o.first - 1];
  const m = last && before ? TICKER_AFTER_RE.exec(text.slice(last.end, last.end + 14)) : null;
  if (!m) return false;
  // acronym: "the Official Cash Rate (OCR)" spells out its own initials; a ticker does not.
  const initials = text
    .slice(before!.start, last!.end)
    .split(/[\s\u00a0]+/)
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  if (initials === m[1]) return false;
  // The company's own name, capitalised, right before the alias (and in the same run of words).
  const word = text.slice(before!.start, before!.end);
  return (
    /^[A-Z][a-z]/.test(word) &&
    !COUNTRY_OF_WORD.has(before!.norm) &&
    // the-before-code: "The Nasdaq Composite (IXIC) added 1.2%": an article opening the sentence is no company name.
    !DETERMINERS.has(before!.norm) &&
    /^[\s\u00a0]+$/.test(text.slice(before!.end, tokens[o.first]!.start))
  );
};
