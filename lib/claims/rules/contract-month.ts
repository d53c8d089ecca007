import type { Found } from '../periods';
import { CONTRACT_BENCHMARKS, CONTRACT_COLUMN_RE, CONTRACT_NOUNS } from '../lexicon/contract-words';

/**
 * contract-month. Example: "Brent futures for March delivery rose 1%", "U.S. WTI for February settled
 * at $57.32", "the December gold contract": a month that names a futures contract, not the period of
 * the figure. A table with a "Delivery Month" column names contracts the same way.
 */
const CONTRACT_AFTER_RE = new RegExp(String.raw`^[\s\u00a0]+(?:${CONTRACT_NOUNS})\b`, 'i');
const BENCHMARK_AFTER_RE = new RegExp(String.raw`^[\s\u00a0]+(?:${CONTRACT_BENCHMARKS})\b`, 'i');
const PERIOD_LEAD_RE = /\b(?:in|during|since|of|through|for|until|by)[\s\u00a0]+$/i;
// expiring-in: "Brent Oil Futures expiring in December fell 0.6%": the contract's month. delivered-in:
// "crude to be delivered in August gained 2%", "for delivery in May": the same, in the verb's words.
const CONTRACT_LEAD_RE = new RegExp(
  String.raw`\b(?:(?:${CONTRACT_BENCHMARKS}|oil|futures?|contracts?)[\s\u00a0]+for|(?:futures?|contracts?)[\s\u00a0]+(?:expiring|maturing|due)[\s\u00a0]+in|(?:delivered|delivery)[\s\u00a0]+in)[\s\u00a0]+$`,
  'i',
);

/** Whether the month phrase at text[start, end) names a futures contract. */
export function isContractMonth(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  if (CONTRACT_AFTER_RE.test(after)) return true;
  const lead = text.slice(Math.max(0, start - 30), start);
  if (CONTRACT_LEAD_RE.test(lead)) return true;
  return BENCHMARK_AFTER_RE.test(after) && !PERIOD_LEAD_RE.test(lead);
}

/** A cell's header phrases without the months of a contract column. */
export function withoutContractMonths(found: Found[], context: string): Found[] {
  if (!CONTRACT_COLUMN_RE.test(context)) return found;
  return found.filter((f) => !(f.period.type === 'point' && f.period.period.length === 7));
}
