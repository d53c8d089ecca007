import type { Candidate, Mention } from '../candidate';
import { BANK_GROUPS } from '../lexicon/institutions';

/**
 * Example: "The central bank left its benchmark rate at 4.50%-4.75%": the words fit the Fed's, the
 * BOJ's, the ECB's and the BoE's rate alike. When rates of several banks tie at the top, the sentence
 * does not say whose: the bank the page named last decides, or the page's country; else no rate is taken.
 * The same holds for one measure of several countries ("the economy shrank 0.6%").
 */

/** "jp" of "jp.boj_policy_rate": whose measure it is. */
const prefixOf = (id: string) => id.slice(0, id.indexOf('.'));

/** Scores closer than this are a tie. */
const TIE = 1e-9;

/** The central bank whose rate an id names: "boj" of "jp.boj_policy_rate". */
function bankOf(id: string): string | undefined {
  const measure = id.slice(id.indexOf('.') + 1);
  for (const g of BANK_GROUPS) if (measure.startsWith(g)) return g;
  return undefined;
}

/**
 * named-banks-tie: "The ECB lowered its deposit rate to 3.50%, and the Bank of Japan went the other way on July 31,
 * raising its policy rate to 0.25%": when the sentence names the banks of two tied rates, the one matched last does
 * not settle it; whose "its" is, the words do not say surely enough, and no rate is taken.
 */
function namesTiedBanks(tied: readonly Candidate[], named: ReadonlySet<string>): boolean {
  let n = 0;
  for (const c of tied) {
    const bank = bankOf(c.indicator.id);
    if (bank && named.has(bank)) n++;
  }
  return n > 1;
}

export function untieRates(
  cands: Candidate[],
  recent: Mention | null,
  named: ReadonlySet<string> = new Set(),
): Candidate[] {
  if (cands.length < 2) return cands;
  let out = untieAmong(cands, cands, recent, named);
  // tie-below-top: "Euro zone inflation fell to 1.9%, below the central bank's 2% target": the BOJ's
  // and the Fed's targets tie under euro-zone inflation, which a target figure cannot be, so the tie
  // within each kind is settled (or leaves none) as at the top.
  for (const kind of new Set(out.map((c) => c.indicator.kind))) {
    const group = out.filter((c) => c.indicator.kind === kind);
    if (group.length < 2 || group[0] === out[0]) continue;
    const settled = untieAmong(group, group, recent, named);
    if (settled.length !== group.length) out = out.filter((c) => c.indicator.kind !== kind || settled.includes(c));
  }
  return out;
}

/** The tie at the top of `among` settled as the rule says; `cands` less what it drops. */
function untieAmong(
  cands: Candidate[],
  among: Candidate[],
  recent: Mention | null,
  named: ReadonlySet<string>,
): Candidate[] {
  let top = Number.NEGATIVE_INFINITY;
  for (const c of among) if (c.score > top) top = c.score;
  const tied = among.filter((c) => top - c.score < TIE);
  if (tied.length < 2) return cands;
  const kind = tied[0]!.indicator.kind;
  if (!tied.every((c) => c.indicator.kind === kind)) return cands;
  const ids = new Set(tied.map((c) => c.indicator.id));
  if (ids.size < 2) return cands;
  // tied-countries: "the economy shrank 0.6%" fits the U.S. and Japan alike; as with banks' rates,
  // the page's last subject or its country decides. Other kinds tie so only across countries.
  if (kind !== 'rate' && new Set(tied.map((c) => prefixOf(c.indicator.id))).size < tied.length) return cands;
  // What is not of the tied kind ("USD/JPY near 148 as the Fed-BOJ rate gap narrows") stays.
  const others = cands.filter((c) => c.indicator.kind !== kind);
  // The bank of the page's last subject: its rate itself, or another of its measures (BOJ's target).
  const country = recent ? prefixOf(recent.indicator.id) : null;
  const ofPage = tied.filter((c) => c.impliedByPage);
  if (kind === 'rate' && namesTiedBanks(tied, named)) return others;
  const pick =
    (recent && tied.find((c) => c.indicator.id === recent.indicator.id)) ??
    tied.find((c) => prefixOf(c.indicator.id) === country) ??
    // "Policy rate: 0.75 percent" on a page about Japan: the page's country names the bank.
    (ofPage.length === 1 ? ofPage[0] : undefined);
  return pick ? [pick, ...others] : others;
}
