import type { Indicator } from '../../dataset/schema';
import { institutionOf } from '../match';
import { BANK_NAMES, INSTITUTION_OF, THE_BANK } from '../lexicon/institutions';
import { isExpectationWord } from '../lexicon/forecast-verbs';
import { wordDirection } from '../context';
import { nameEndsAt } from './nearness';
import { COUNTRY_OF_WORD } from '../lexicon/countries';

/**
 * Example: a rates table's row "Policy rate · Bank of England · Cut · 3.75%" is the BoE's Bank Rate.
 *
 * In a table, a generic rate phrase ("policy rate", "key rate") in the headers and one central bank
 * named by the row make that bank's own policy rate, found from the aliases that lead with its name.
 */

const GENERIC_RATE_RE = /\b(?:policy|key|benchmark|base|main|official)[\s\u00a0-]+(?:interest[\s\u00a0]+)?rates?\b/i;

/** Outranks the caption's words, as a row header does. */
export const BANK_RATE_SCORE = 3;

export type BankRates = ReadonlyMap<string, Indicator>;

/** Each central bank's one policy-rate indicator, from aliases that lead with the bank ("BoE rate"). */
export function bankRates(indicators: readonly Indicator[]): BankRates {
  const found = new Map<string, Indicator | null>();
  for (const ind of indicators) {
    if (ind.kind !== 'rate') continue;
    const banks = new Set<string>();
    for (const a of ind.aliases) {
      const bank = institutionOf(a.toLowerCase().split(/[\s'’]+/)[0] ?? '');
      if (bank) banks.add(bank);
    }
    for (const b of banks) found.set(b, found.has(b) && found.get(b) !== ind ? null : ind);
  }
  const out = new Map<string, Indicator>();
  for (const [b, ind] of found) if (ind) out.set(b, ind);
  return out;
}

/** The rate of the one central bank `named` holds, when `headers` speak of a policy rate. */
export function bankRateOf(headers: string, named: ReadonlySet<string>, rates: BankRates): Indicator | null {
  if (!GENERIC_RATE_RE.test(headers)) return null;
  return oneBankRate(named, rates);
}

/** The policy rate of the one central bank `named` holds. */
function oneBankRate(named: ReadonlySet<string>, rates: BankRates): Indicator | null {
  let found: Indicator | null = null;
  for (const g of named) {
    const ind = rates.get(g);
    if (!ind) continue;
    if (found && found !== ind) return null;
    found = ind;
  }
  return found;
}

/**
 * bank-rate-prose: "The Bank of Japan held its benchmark interest rate steady at 0.5%": a generic
 * rate phrase owned by "its" (or "the bank's"), in a sentence naming one central bank, is that bank's
 * policy rate. `lead` runs from the clause's start to the figure.
 */
// owned-overnight-rate: "Ottawa's central bank lowered its overnight lending rate a quarter point",
// "the RBA lifted its cash rate": the bank's own name for its policy rate.
const OWNED_RATE_RE =
  /\b(?:its|the[\s\u00a0]+bank['\u2019]s|the[\s\u00a0]+central[\s\u00a0]+bank['\u2019]s)[\s\u00a0]+(?:(?:(?:main|short-term|overnight)[\s\u00a0]+)?(?:policy|key|benchmark|base|official)[\s\u00a0-]+(?:interest[\s\u00a0]+)?|overnight[\s\u00a0]+(?:lending[\s\u00a0]+)?|(?:official[\s\u00a0]+)?cash[\s\u00a0]+)rate\b(?:[^.;:!?\d]|\.(?=\d)){0,40}$/i;

/** borrowing-costs: "the Bank of England lowered borrowing costs by a quarter point": its policy rate moved. */
const BORROWING_COSTS_RE =
  /\b(?:cut|cuts|lowered|lowers|raised|raises|hiked|hikes|reduced|reduces|trimmed|trims|lifted|lifts)[\s\u00a0]+(?:its[\s\u00a0]+)?borrowing[\s\u00a0]+costs\b(?:[^.;:!?\d]|\.(?=\d)){0,30}$/i;

export function ownedBankRate(lead: string, named: ReadonlySet<string>, rates: BankRates): Indicator | null {
  if (!OWNED_RATE_RE.test(lead) && !BORROWING_COSTS_RE.test(lead)) return null;
  return oneBankRate(named, rates);
}

/**
 * "The bank ..." opening the sentence (or its clause after an opening phrase: "Counting Wednesday's move, the
 * bank has lowered ..."): the central bank named in the sentence before.
 */
const THE_BANK_OPENS_RE = new RegExp(String.raw`^[\s\u00a0]*(?:[^,.;:!?\d]{0,60},[\s\u00a0]*)?${THE_BANK}`);

/**
 * the-bank: "The Bank of Japan's meeting starts today. The bank raised its benchmark interest rate
 * by a quarter-point to 0.75% in December": "the bank" is the one central bank of the country the
 * sentence before named.
 */
export function theBankRate(
  sentence: string,
  lead: string,
  previousOf: () => ReadonlySet<string> | null,
  rates: BankRates,
  lastBank: string | null = null,
): Indicator | null {
  if (!THE_BANK_OPENS_RE.test(sentence) || !OWNED_RATE_RE.test(lead)) return null;
  // Read last: the sentence before may have to be read for it.
  const previous = previousOf();
  // last-bank-named: "What did the Bank of Canada decide? ... How far has the rate fallen? Counting Wednesday's
  // move, the bank has lowered its policy rate by 275 basis points": with no country in the sentence before,
  // the central bank the page named last.
  if (!previous?.size && lastBank) return rates.get(lastBank) ?? null;
  if (previous?.size !== 1) return null;
  const [country] = previous;
  let found: Indicator | null = null;
  for (const [bank, ind] of rates) {
    if (COUNTRY_OF_WORD.get(bank) !== country) continue;
    if (found && found !== ind) return null;
    found = ind;
  }
  return found;
}

/** Words that may stand between a bank's name and "at" (or "to"): "BoJ Holds at 0.5%", "RBA keeps rates steady at". */
const BANK_AT_FILLERS: ReadonlySet<string> = new Set([
  'holds',
  'held',
  'hold',
  'stays',
  'stands',
  // "as ECB Sits at 2%" (words are read singular: "sits" is "sit").
  'sit',
  'sat',
  'remains',
  'kept',
  'keeps',
  'leaves',
  'left',
  'steady',
  'unchanged',
  'rates',
  'rate',
]);

/** "50 basis points", "half a percentage point", "a quarter point": the words of a move's size. */
const MOVE_SIZE_WORDS: ReadonlySet<string> = new Set([
  'basis',
  'point',
  'percentage',
  'bp',
  'bps',
  'half',
  'a',
  'quarter',
]);

/** "as expected", "as widely expected": a past decision that matched forecasts. */
function asExpected(tokens: readonly { norm: string }[], k: number): boolean {
  if (tokens[k]!.norm !== 'expected') return false;
  const prev = tokens[k - 1]?.norm;
  return prev === 'as' || ((prev === 'widely' || prev === 'largely') && tokens[k - 2]?.norm === 'as');
}

/**
 * bank-at: "Rates week: BoC at 2.25%, RBA at 3.60%, SNB at 0%", "BoJ Holds at 0.5%": a central bank
 * named right before "at" and a percentage is that bank's policy rate.
 */
export function bankAtRate(tokens: readonly { norm: string }[], cs: number, rates: BankRates): Indicator | null {
  let i = cs - 1;
  // bank-by: "Bank of Canada cuts by 50 basis points to 3.25%": the size of the move, and the level it went to.
  if (tokens[i]?.norm === 'to') {
    let k = i - 1;
    while (k >= 0 && (MOVE_SIZE_WORDS.has(tokens[k]!.norm) || /^\d/.test(tokens[k]!.norm))) k--;
    if (k < i - 1 && tokens[k]?.norm === 'by') i = k;
  }
  const to = tokens[i]?.norm === 'to' || tokens[i]?.norm === 'by';
  if (tokens[i]?.norm !== 'at' && !to) return null;
  // "We expect ..., while the RBA holds at 3.60% until May": a bare name is no claim in a forecast.
  // as-expected: "RBA holds at 4.35% as expected" tells of the decision, not a forecast.
  if (tokens.some((t, k) => isExpectationWord(t.norm) && !asExpected(tokens, k))) return null;
  i--;
  // bank-to: "Bank of Canada cuts to 3.75%", "ECB lowers rates to 2%": a move verb before "to".
  let moved = false;
  while (i >= 0 && (BANK_AT_FILLERS.has(tokens[i]!.norm) || (to && wordDirection(tokens[i]!.norm)))) {
    if (wordDirection(tokens[i]!.norm)) moved = true;
    i--;
  }
  if (i < 0 || (to && !moved)) return null;
  const bank = bankEndingAt(tokens, i);
  return bank ? (rates.get(bank) ?? null) : null;
}

/** What follows "the ECB's 2%" when it is not the policy rate: "the ECB's 2% target", "the BoE's 2% inflation goal". */
const NOT_RATE_AFTER_RE =
  /^[\s\u00a0]*(?:(?:inflation|price[\s\u00a0-]+stability|medium-term|symmetric)[\s\u00a0]+)*(?:target|goal|objective|aim|mandate|ceiling|estimate|forecast|projection)\b/i;

/**
 * bank-possessive: "150 basis points above the Bank of Canada's 2.25%", "the RBA's 3.85%": a central bank's name
 * in the possessive right before a percentage is that bank's policy rate (not its "2% target").
 */
export function bankPossessiveRate(
  tokens: readonly { norm: string }[],
  cs: number,
  text: string,
  exprStart: number,
  rates: BankRates,
): Indicator | null {
  const i = cs - 1;
  if (i < 0 || !/['\u2019]s[\s\u00a0]+$/.test(text.slice(Math.max(0, exprStart - 4), exprStart))) return null;
  const bank = bankEndingAt(tokens, i);
  return bank ? (rates.get(bank) ?? null) : null;
}

/** Whether the words after a figure make it a goal or an estimate rather than a rate in force. */
export function notRateAfter(after: string): boolean {
  return NOT_RATE_AFTER_RE.test(after);
}

/**
 * policy-rate-column: "Inflation and policy dashboard · Policy rate · U.S. CPI · 3.50%–3.75%": a cell under a
 * policy-rate column is a rate, whatever inflation measure labels its row.
 */
export function underPolicyRateColumn(headers: string): boolean {
  return GENERIC_RATE_RE.test(headers);
}

/** The central bank whose name (or abbreviation) ends at token `i`: "BoC", "Bank of Canada". */
function bankEndingAt(tokens: readonly { norm: string }[], i: number): string | undefined {
  return INSTITUTION_OF.get(tokens[i]!.norm) ?? BANK_NAMES.find(([, words]) => nameEndsAt(tokens, i, words))?.[0];
}
