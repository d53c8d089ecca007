import type { AliasDrop } from '../site';

/** Words that end a fund's name: "ETF", "Fund", "Trust". */
const FUND_NOUNS: ReadonlySet<string> = new Set(['etf', 'fund', 'trust']);
/** How many capitalised words may stand between the index's name and the fund noun: "Community Lenders". */
const NAME_WORDS = 3;

/**
 * fund-name. Example: "the Bayline S&P Community Lenders ETF sank 3%": an index's name inside a fund's name,
 * its capitalised words running on to "ETF", is the fund, whose moves are not the index's.
 */
export const fundName: AliasDrop = (o, { info }) => {
  const { tokens, text } = info;
  for (let i = o.last + 1; i < tokens.length && i <= o.last + NAME_WORDS + 1; i++) {
    const t = tokens[i]!;
    if (info.punctBetween(i - 1, i, true)) return false;
    if (FUND_NOUNS.has(t.norm)) return i > o.last + 1;
    if (!/^[A-Z]/.test(text.charAt(t.start))) return false;
  }
  return false;
};
