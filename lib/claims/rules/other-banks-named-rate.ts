import type { AliasDrop } from '../site';
import { INSTITUTION_OF } from '../lexicon/institutions';
import { COUNTRY_OF_WORD } from '../lexicon/countries';

/**
 * Example: "Ottawa: the Bank of Canada set its overnight target at 2.75%, so its Bank Rate sits at
 * 3%": Canada's own Bank Rate, not the Bank of England's.
 *
 * A rate's proper name ("Bank Rate") is the name several central banks give their own rate. After
 * another country's bank has been named in the sentence, and the alias's own country has not, the
 * name is that other bank's.
 */
export const otherBanksNamedRate: AliasDrop = (o, { info }) => {
  if (!o.entry.properName || o.entry.indicator.kind !== 'rate') return false;
  let bank = false;
  let other = false;
  for (let i = 0; i < o.first; i++) {
    const norm = info.tokens[i]!.norm;
    const country = COUNTRY_OF_WORD.get(norm);
    if (country && o.entry.countries.has(country)) return false;
    if (norm === 'bank' || INSTITUTION_OF.has(norm)) bank = true;
    if (country || INSTITUTION_OF.has(norm)) other = true;
  }
  return bank && other;
};
