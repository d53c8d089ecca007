import type { Candidate } from '../candidate';
import { CURRENCY_OF } from '../lexicon/currencies';

/**
 * Example: "The pound rose 0.1% against the U.S. dollar to $1.3381 and gained 0.2% versus the euro to
 * 87.56 pence": each figure's pair is the sentence's currency and the one it is measured against
 * last before the figure: GBP/USD, then GBP/EUR (which the catalogue lacks, so no pair at all), never
 * EUR/USD, though the euro and the dollar are both named.
 */
const COUNTER_RE =
  /\b(?:against|versus|vs\.?)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:U\.?S\.?|single|Japanese|British|Chinese|Swiss|common)[\s\u00a0]+)?((?:Canadian|Australian)[\s\u00a0]+dollar|[A-Za-z]+)\b/gi;
const WORD_RE = /[A-Za-z]+/g;
const COUNTER_AFTER_RE =
  /^[\s\u00a0]*(?:against|versus|vs\.?)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:(?:U\.?S\.?|single|Japanese|British|Chinese|Swiss|common)[\s\u00a0]+)?((?:Canadian|Australian)[\s\u00a0]+dollar|[A-Za-z]+)\b/i;
/** other-dollar-counter: "4.6% against the Canadian dollar" is measured against CAD, not the U.S. dollar. */
const OTHER_DOLLARS: ReadonlyMap<string, string> = new Map([
  ['canadian', 'CAD'],
  ['australian', 'AUD'],
]);

/** The currency a counter's words name: "yen" → JPY, "Canadian dollar" → CAD. */
function counterCode(words: string): string | undefined {
  const w = words.toLowerCase();
  return OTHER_DOLLARS.get(w.slice(0, w.search(/[\s\u00a0]|$/))) ?? CURRENCY_OF.get(w);
}
const FX_ID_RE = /^fx\.([a-z]{3})([a-z]{3})$/;

/** A currency word that is a figure's unit ("1.16 dollars") or a counter ("per dollar"), not a subject. */
const NOT_SUBJECT_BEFORE_RE = /(?:\d[\s\u00a0]*|\b(?:per|against|versus|vs\.?)[\s\u00a0]+(?:the[\s\u00a0]+)?)$/i;

/**
 * figure-currency-counter. Example: "The euro was at 1.1619 dollars, and at 178.23 yen": a quote
 * written in a currency is the price of the last currency named as a subject before it, here the
 * euro's in yen (EUR/JPY), not the dollar's.
 */
function subjectBefore(lead: string): string | undefined {
  let subject: string | undefined;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lead); m; m = WORD_RE.exec(lead)) {
    const code = CURRENCY_OF.get(m[0].toLowerCase());
    if (code && !NOT_SUBJECT_BEFORE_RE.test(lead.slice(0, m.index))) subject = code;
  }
  return subject;
}

/** Only the FX candidates whose pair is made of these two currencies. */
function pairOf(cands: Candidate[], a: string, b: string): Candidate[] {
  return cands.filter((c) => {
    const m = FX_ID_RE.exec(c.indicator.id);
    if (!m) return true;
    const pair = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
    return pair.includes(a) && pair.includes(b);
  });
}

/**
 * The FX candidates left for a figure whose `lead` (sentence start to figure) names a counter currency,
 * or whose own currency (`figureCurrency`, "178.23 yen") is the counter of the subject before it.
 */
export function withCounterCurrency(
  cands: Candidate[],
  lead: string,
  after: string,
  figureCurrency?: string,
): Candidate[] {
  if (!cands.some((c) => FX_ID_RE.test(c.indicator.id))) return cands;
  let counter: string | undefined;
  let at = lead.length;
  // "gained 0.2% versus the euro": a counter right after the figure is its own.
  const own = COUNTER_AFTER_RE.exec(after);
  if (own) counter = counterCode(own[1]!);
  if (!counter) {
    at = -1;
    COUNTER_RE.lastIndex = 0;
    let end = -1;
    for (let m = COUNTER_RE.exec(lead); m; m = COUNTER_RE.exec(lead)) {
      const code = counterCode(m[1]!);
      if (code) {
        counter = code;
        at = m.index;
        end = m.index + m[0].length;
      }
    }
    // "against the euro, ..., and the yen traded at 146.36": another currency after it starts a new subject.
    if (counter) {
      WORD_RE.lastIndex = end;
      for (let m = WORD_RE.exec(lead); m; m = WORD_RE.exec(lead)) if (CURRENCY_OF.has(m[0].toLowerCase())) return cands;
    }
  }
  if (!counter) {
    if (!figureCurrency) return cands;
    const subject = subjectBefore(lead);
    return subject && subject !== figureCurrency ? pairOf(cands, subject, figureCurrency) : cands;
  }
  // The moving currency: the first currency word of the sentence, before the counter.
  let subject: string | undefined;
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(lead); m && m.index < at; m = WORD_RE.exec(lead)) {
    subject = CURRENCY_OF.get(m[0].toLowerCase());
    if (subject) break;
  }
  if (!subject || subject === counter) return cands;
  return pairOf(cands, subject, counter);
}
