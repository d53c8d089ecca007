import type { Verdict } from '../lib/claims/types';
import { formatValue as valueWords } from '../lib/format';
import { VERDICT_WORDS } from '../lib/verdicts';

/**
 * The older names the content script and the e2e tests import, kept as thin aliases of the one
 * formatter in lib/format and the verdict words in lib/verdicts.
 */

export const VERDICT_TEXT: Record<Verdict, { symbol: string; short: string; long: string }> = Object.fromEntries(
  Object.entries(VERDICT_WORDS).map(([v, w]) => [v, { symbol: w.icon, short: w.word, long: w.meaning }]),
) as Record<Verdict, { symbol: string; short: string; long: string }>;

/** "$1.13 trillion", "4.5%", "145.62 yen per dollar" (lib/format/value.ts). */
export function formatValue(value: number, unit: string, signed = false): string {
  return valueWords(value, unit, { signed });
}
