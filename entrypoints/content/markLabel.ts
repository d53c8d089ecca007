import type { Claim } from '../../lib/claims/types';
import { VERDICT_TEXT, formatPeriodCode, formatValue } from '../../components/format';

/**
 * A claim's accessible name, what a screen reader says on its target before the card opens:
 * "3.6%, differs, official 3.2% for Mar 2025 (ClaimLens)". Built from the claim's record, never
 * parsed back.
 */
export function markLabel(claim: Claim, verdict: string): string {
  const words = (VERDICT_TEXT as Record<string, { short: string } | undefined>)[verdict]?.short ?? verdict;
  const parts = [claim.text, words.toLowerCase()];
  const ref = claim.judgement?.reference ?? null;
  if (ref) {
    // A change is compared as a change, in the claim's unit; a level in the indicator's.
    const unit = claim.kind === 'change' ? claim.unit : (claim.indicator?.unit ?? claim.unit);
    parts.push(`official ${formatValue(ref.value, unit, claim.kind === 'change')} for ${formatPeriodCode(ref.period)}`);
  }
  return `${parts.join(', ')} (ClaimLens)`;
}
