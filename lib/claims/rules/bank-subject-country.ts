import type { AliasDrop } from '../site';
import { COUNTRY_OF_WORD, COUNTRY_PREFIX, PAGE_COUNTRY_KINDS } from '../lexicon/countries';
import { BANK_GROUPS } from '../lexicon/institutions';
import { clauseNames } from '../subjects/nearness';

/**
 * bank-subject-country: "The Reserve Bank of Australia held. The bank says the economy grew 0.2% last
 * quarter": a measure reported by "the bank", the central bank the page named last, is that bank's
 * country's, not the U.S. figure the bare alias would name.
 */
export const bankSubjectCountry: AliasDrop = (o, { page, sentenceGroups, info, cs, ce }) => {
  const bank = page.lastBank;
  if (!bank) return false;
  const ind = o.entry.indicator;
  if (!PAGE_COUNTRY_KINDS.has(ind.kind) || !COUNTRY_PREFIX.test(ind.id)) return false;
  const country = COUNTRY_OF_WORD.get(bank);
  if (!country || o.entry.countries.has(country)) return false;
  for (const g of sentenceGroups) if (BANK_GROUPS.has(g)) return false;
  return theBankReports(info.tokens) && !clauseNames(info, cs, ce, o.entry.countries);
};

/** Verbs by which "the bank" reports a figure. */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say',
  'says',
  'said',
  'sees',
  'estimates',
  'estimated',
  'expects',
  'projects',
  'noted',
  'notes',
]);

/** "the bank says", "the central bank estimated": a generic bank as the subject of a reporting verb. */
function theBankReports(tokens: readonly { norm: string }[]): boolean {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i]!.norm !== 'bank') continue;
    const before = tokens[i - 1]!.norm;
    const the = before === 'the' || (before === 'central' && tokens[i - 2]?.norm === 'the');
    if (the && REPORTING_VERBS.has(tokens[i + 1]!.norm)) return true;
  }
  return false;
}
