import type { Indicator } from '../../dataset/schema';
import type { Candidate } from '../candidate';
import type { ClaimSite } from '../site';
import { CURRENCY_OF } from '../lexicon/currencies';
import { namesFixing } from '../rules/yuan-fixing';
import * as W from '../rules/weights';

/**
 * Example: "the yen weakened to 145.62 per dollar", "the yen fell 0.4% against the dollar": a
 * currency pair named by its two currencies' words (or a sign and a word) rather than an alias.
 */

export interface FxPair {
  ind: Indicator;
  quote: string;
  base: string;
}

/** The catalogue's pairs quoted as "<quote> per <base>". */
export function fxPairsOf(indicators: readonly Indicator[]): FxPair[] {
  return indicators
    .filter((i) => i.kind === 'fx' && i.unit.includes(' per '))
    .map((ind) => {
      const [quote, base] = ind.unit.split(' per ') as [string, string];
      return { ind, quote, base };
    });
}

export function currencyWordCandidates(site: ClaimSite, fxPairs: readonly FxPair[], out: Candidate[]): void {
  const { expr, info, cs } = site;
  const { tokens } = info;
  // yuan-fixing: a central bank's daily fixing is no market rate of any pair.
  if (namesFixing(info, cs)) return;
  if (expr.unit === 'number' || expr.unit === 'currency') {
    const named = info.currencies;
    for (const { ind, quote, base } of fxPairs) {
      const qSide = named.has(quote) || expr.currency === quote;
      const bSide = named.has(base) || expr.per === base;
      if (!qSide || !bSide) continue;
      if (expr.unit === 'currency' && expr.currency !== quote) continue;
      if (expr.unit === 'number' && !expr.per && !(named.has(quote) && named.has(base))) continue;
      // How far the currency words stand from the figure: a side the figure itself gives ("$1.37",
      // "per dollar") is at distance 0; "the euro" at the other end of the sentence is far.
      const dq = expr.currency === quote ? 0 : Math.abs(named.get(quote)! - cs);
      const db = expr.per === base ? 0 : Math.abs(named.get(base)! - cs);
      const d = Math.max(dq, db);
      if (d > W.PAIR_MAX) continue;
      // pair-word-past-clause: "falling 1.17% on the dollar to trade at $1.3386, and sliding 0.72%
      // against the euro": a currency named after the figure, past a clause break, is the next clause's.
      if (laterPastBreak(site, quote, expr.currency === quote) || laterPastBreak(site, base, expr.per === base))
        continue;
      const pair = `${quote}/${base}`;
      out.push({
        indicator: ind,
        alias: `${pair} named by currency`,
        catalogueAlias: pair,
        namesShare: false,
        score: W.PAIR_BASE - W.PAIR_PER_TOKEN * d,
        rule: 'currency-words',
        distance: d,
        subjectCurrency: firstNamedBefore(named, cs, quote, base),
      });
    }
  } else if (expr.unit === 'percent' && info.currencies.size) {
    // "The dollar jumped 1.2% to ¥157.43", "the yen fell 0.4% against the dollar": a move of the
    // pair, named by one currency word and the other currency's word or sign in the sentence.
    for (const { ind, quote, base } of fxPairs) {
      const hasQ = info.currencies.has(quote) || info.signCurrencies.has(quote);
      const hasB = info.currencies.has(base) || info.signCurrencies.has(base);
      if (!hasQ || !hasB) continue;
      // The subject: the first currency the sentence names before the figure ("The dollar rose
      // to 149.20 yen, up 0.6%" is the dollar's move, though "yen" stands nearer).
      let subject = -1;
      // label-not-mover: "Yuan: the dollar has lost 1.6% against the Chinese currency": a currency that
      // labels the line is its topic; the currency the clause names after it is what moved.
      const label = labelToken(site.text, tokens);
      for (const code of [quote, base]) {
        const at = info.currencies.get(code);
        if (at === undefined || at >= cs || at === label || countersMove(tokens, at)) continue;
        if (subject < 0 || at < subject) subject = at;
      }
      if (subject < 0 && label >= 0 && label < cs) subject = label;
      // currency-right-before: "..., leaving the dollar down 2.84% against the Japanese currency": a
      // currency word just before the move is its subject, whichever the sentence named first.
      const right = currencyRightBefore(site.text, tokens, cs, quote, base);
      if (right >= 0) subject = right;
      // Near enough, and in the same clause: "The dollar bought ¥144.74 in late trade, up 0.3%".
      if (subject < 0 || cs - subject > W.PAIR_MOVE_MAX || info.breakBetween(tokens[subject]!.end, tokens[cs]!.start))
        continue;
      out.push({
        indicator: ind,
        alias: `${quote}/${base} moved by the ${tokens[subject]!.norm}`,
        catalogueAlias: `${quote}/${base}`,
        namesShare: false,
        score: W.PAIR_MOVE_BASE - W.PAIR_PER_TOKEN * (cs - subject),
        rule: 'currency-words',
        distance: cs - subject,
        subjectCurrency: CURRENCY_OF.get(tokens[subject]!.norm),
      });
    }
  }
}

/**
 * level-subject-currency: "The yuan was quoted at 7.1757 per dollar ... It has strengthened 1.7%": a
 * level's sign is its own, but the currency the sentence opens with is what a later "it" moves.
 */
function firstNamedBefore(
  named: ReadonlyMap<string, number>,
  cs: number,
  quote: string,
  base: string,
): string | undefined {
  const q = named.get(quote);
  const b = named.get(base);
  const qBefore = q !== undefined && q < cs;
  const bBefore = b !== undefined && b < cs;
  if (qBefore && (!bBefore || q < b!)) return quote;
  return bBefore ? base : undefined;
}

/** Whether the sentence's word for `code` (unless the figure itself gives it) stands after the figure, past a clause break. */
function laterPastBreak(site: ClaimSite, code: string, ownSide: boolean): boolean {
  if (ownSide) return false;
  const { info, ce } = site;
  const at = info.currencies.get(code);
  if (at === undefined || at <= ce) return false;
  return info.breakBetween(info.tokens[ce]!.end, info.tokens[at]!.start);
}

/** The token (of the first two) that labels the line, set off by a colon ("Yuan: ..."), or -1. */
function labelToken(text: string, tokens: readonly { start: number; end: number }[]): number {
  for (let i = 0; i < Math.min(2, tokens.length - 1); i++)
    if (/^[\s\u00a0]*:/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return i;
  return -1;
}

/** Words that make the currency after them the one a move is measured against: "against the yen". */
const COUNTER_WORDS: ReadonlySet<string> = new Set(['against', 'versus', 'vs']);

/**
 * against-lead: "Against the yen, the dollar is now up 11.2% this year": a currency named as what the move
 * is measured against is not the one that moved.
 */
function countersMove(tokens: ClaimSite['info']['tokens'], at: number): boolean {
  const prev = tokens[at - 1]?.norm;
  return (
    (prev !== undefined && COUNTER_WORDS.has(prev)) || (prev === 'the' && COUNTER_WORDS.has(tokens[at - 2]?.norm ?? ''))
  );
}

/** Words that may stand between a currency and its move: "the dollar down 2.84%", "the yen 0.3% higher". */
const MOVE_LINKS: ReadonlySet<string> = new Set(['down', 'up', 'lower', 'higher', 'off', 'was', 'is', 'by']);
/** How many tokens before the figure the currency may stand. */
const RIGHT_BEFORE_TOKENS = 3;

function currencyRightBefore(
  text: string,
  tokens: ClaimSite['info']['tokens'],
  cs: number,
  quote: string,
  base: string,
): number {
  for (let i = cs - 1; i >= 0 && i >= cs - RIGHT_BEFORE_TOKENS; i--) {
    // "149.49 yen, up 0.6%": past a comma the currency is the level's unit, not the move's subject.
    if (/[,;:]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return -1;
    const code = CURRENCY_OF.get(tokens[i]!.norm);
    if (code === quote || code === base) return i;
    if (!MOVE_LINKS.has(tokens[i]!.norm)) return -1;
  }
  return -1;
}
