import type { Candidate } from '../candidate';
import { asCandidate } from '../candidate';
import type { FxPair } from './currency-words';
import { namesEcbReference } from '../judge/fixing';

/**
 * Example: "The European Central Bank set its reference rate at 1.0694 dollars, up from 1.0557 on
 * Tuesday, a gain of 1.3%": the ECB's reference rate is the euro's daily fixing in dollars, not the
 * bank's policy rate, though the sentence names the bank and a rate.
 */

/** Outranks the policy rate the bank's name and "rate" suggest, as a named alias would. */
const ECB_REFERENCE_SCORE = 3;
/** How far before the figure the words naming the reference rate may stand. */
const LEAD_CHARS = 120;
/** The currencies of the euro's dollar rate: another one named means another of the ECB's reference rates. */
const OWN_CURRENCIES: ReadonlySet<string> = new Set(['EUR', 'USD']);

interface EcbReferenceSite {
  text: string;
  span: { start: number };
  expr: { start: number; unit: string };
  currencies: ReadonlyMap<string, number>;
}

/** The candidates with the euro's dollar rate in place of any policy rate, when the ECB's reference rate is named. */
export function ecbReference(cands: Candidate[], s: EcbReferenceSite, fxPairs: readonly FxPair[]): Candidate[] {
  if (s.expr.unit === 'bp' || s.expr.unit === 'pp') return cands;
  const from = Math.max(s.span.start, s.expr.start - LEAD_CHARS);
  // Most figures: no "reference" before them, nothing more to read.
  if (s.text.lastIndexOf('reference', s.expr.start) < from && s.text.lastIndexOf('Reference', s.expr.start) < from)
    return cands;
  for (const code of s.currencies.keys()) if (!OWN_CURRENCIES.has(code)) return cands;
  if (!namesEcbReference(s.text.slice(from, s.expr.start))) return cands;
  const eurusd = fxPairs.find((p) => p.ind.id === 'fx.eurusd')?.ind;
  if (!eurusd) return cands;
  const out = cands.filter((c) => c.indicator.kind !== 'rate' && c.indicator.id !== eurusd.id);
  out.push(
    asCandidate(
      { indicator: eurusd, alias: 'the ECB’s euro reference rate', score: ECB_REFERENCE_SCORE },
      'ecb-reference',
    ),
  );
  return out;
}
