import { institutionOf } from '../match';
import { THE_BANK } from '../lexicon/institutions';

/**
 * Example: in "Policy rate · Reserve Bank of Australia · 3.60%", "policy rate" must not be read as
 * the BOJ's (an alias qualified by a central bank the text never names) just because it matches words.
 *
 * A generic rate phrase ("policy rate", "key rate") qualified by a central bank may stand without
 * it in a story about that bank; but where the text names some other Bank by name, the unnamed one
 * is a guess, and a wrong one costs more than a miss. A longer alias ("Reserve Bank of Australia's
 * cash rate") names its subject by itself.
 */

/** Core words up to which an alias is a generic phrase that needs its qualifier. */
const GENERIC_CORE_WORDS = 2;

export function anotherBankNamed(
  qualifierGroups: readonly string[],
  coreWords: number,
  named: ReadonlySet<string>,
  namesABank: boolean,
  lastBank: string | null = null,
): boolean {
  if (!qualifierGroups.length || coreWords > GENERIC_CORE_WORDS) return false;
  for (const g of qualifierGroups) if (institutionOf(g) !== g || named.has(g)) return false;
  if (namesABank) return true;
  // another-bank-by-initials: "the ECB's deposit rate ..., below the central bank's 2% goal" is not the Fed's.
  for (const g of named) if (institutionOf(g) === g) return true;
  // another-bank-named-last: "What did the Bank of Canada decide? ... the bank has lowered its policy rate": where
  // "the bank" points back, the one the page named last is meant, not the Fed a bare alias would name.
  return !!lastBank && !qualifierGroups.includes(lastBank);
}

/** "the bank", "the central bank", "policymakers": a sentence whose bank is one named before (lower-case "bank"). */
export const GENERIC_BANK_SUBJECT_RE = new RegExp(String.raw`\b${THE_BANK}|\bpolicymakers\b`);

/** Whether a text names a bank as a proper name ("Bank of England", "Reserve Bank"), not "the central bank". */
export function namesABank(text: string, words: readonly { norm: string; start: number }[]): boolean {
  for (const t of words) if (t.norm === 'bank' && text.charCodeAt(t.start) === 66 /* B */) return true;
  return false;
}
