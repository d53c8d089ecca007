import type { AliasDrop } from '../site';

/** Words that end a company's name: "Orrin Gold Corp.", "Kestrel Silver Mining". */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  'corp',
  'corporation',
  'inc',
  'ltd',
  'limited',
  'plc',
  'mining',
  'mines',
  'resources',
  'royalty',
  'royalties',
  'holdings',
]);
/** Capitalised words that qualify a market's name rather than make a company's: "Spot Gold", "Comex Silver". */
const MARKET_QUALIFIERS: ReadonlySet<string> = new Set(['spot', 'comex', 'london', 'lbma', 'us', 'u.s', 'physical']);
/** Words a title-case headline capitalises before a name: "As Gold Hits Record". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'as',
  'and',
  'while',
  'but',
  'with',
  'after',
  'before',
  'when',
  'if',
  'why',
  'how',
  'what',
  'the',
  'a',
  'an',
  'for',
  'on',
  'in',
  'of',
]);
/** Above this share of capitalised words a sentence is a title-case headline. */
const TITLE_CASE_SHARE = 0.6;
/** One-word market names that companies take: "Barrick Gold", "Kestrel Silver", "Bitcoin Depot". */
const NAMED_WORDS: ReadonlySet<string> = new Set(['gold', 'silver', 'bitcoin', 'ether', 'ethereum']);

/**
 * company-name. Example: "Shares of Ridgeback Silver rose 8.4% and Orrin Gold Corp. added 4.9%": a metal's or a
 * coin's name inside a company's (a capitalised word before it, or "Corp." after it) is the company, whose
 * moves are not the market's.
 */
export const companyName: AliasDrop = (o, { info }) => {
  const { tokens, text } = info;
  if (o.first !== o.last || !NAMED_WORDS.has(tokens[o.first]!.norm)) return false;
  const next = tokens[o.last + 1];
  if (next && COMPANY_SUFFIXES.has(next.norm) && !info.punctBetween(o.last, o.last + 1, true)) return true;
  const self = tokens[o.first]!;
  const prev = tokens[o.first - 1];
  if (!prev || o.first - 1 === 0 || info.punctBetween(o.first - 1, o.first, true)) return false;
  const capital = (t: { start: number }) => /^[A-Z]/.test(text.charAt(t.start));
  if (!capital(self) || !capital(prev) || MARKET_QUALIFIERS.has(prev.norm) || FUNCTION_WORDS.has(prev.norm))
    return false;
  // A headline in title case ("Dollar Slips As Gold Hits Record") capitalises every word: no company to read.
  let caps = 0;
  for (const t of tokens) if (capital(t)) caps++;
  return caps / tokens.length < TITLE_CASE_SHARE;
};
