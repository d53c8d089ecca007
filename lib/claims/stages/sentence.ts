import { isQuestion } from '../subjects/answered-question';
import { mayReviseMonth } from '../subjects/revised-month';
import type { NumericExpression } from '../types';
import type { Occurrence } from '../match';
import type { Catalogue } from '../catalogue';
import { INSTITUTION_OF } from '../lexicon/institutions';
import type { Token } from '../tokens';
import { CURRENCY_WORD } from '../lexicon/currencies';
import { ANAPHOR, MOVE_NOUNS } from '../lexicon/anaphora';
import { mayNameHolder, openingCountry } from '../subjects/holder';
import { GOODS_LABEL_WORDS } from '../subjects/tariff-label';
import { isNumberedIndex } from '../lexicon/numbered-indices';
import type { PageMemory } from '../subjects/order';
import { opensWithThat } from '../subjects/earlier-subject';

/**
 * Example: in "The Nikkei 225 rose 1.2% to 50,339.48", "225" is part of a name: the sentence's
 * figures that may be claims, with the tokens each spans.
 */

export interface SentenceFigures {
  readonly kept: NumericExpression[];
  /** Each kept figure's first and last token. */
  readonly ranges: [number, number][];
  /** Each kept figure's first token. */
  readonly numberIdx: number[];
}

/** The first and last token of x: the first token ending after x.start (binary search), then those that overlap it. */
function tokenRange(tokens: readonly Token[], x: NumericExpression): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= x.start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= tokens.length || tokens[lo]!.start >= x.end) return [lo, lo];
  let en = lo;
  while (en + 1 < tokens.length && tokens[en + 1]!.start < x.end) en++;
  return [lo, en];
}

/** The figures of a sentence, less numbers that are part of a name ("Nikkei 225", "S&P 500", "FTSE 100"). */
export function sentenceFigures(
  inSentence: readonly NumericExpression[],
  tokens: readonly Token[],
  occs: readonly Occurrence[],
): SentenceFigures {
  const kept: NumericExpression[] = [];
  const ranges: [number, number][] = [];
  for (const x of inSentence) {
    const r = tokenRange(tokens, x);
    if (x.unit === 'number' && occs.some((o) => o.first <= r[0] && o.last >= r[1])) continue;
    // "the Nasdaq 100", "the Russell 2000": a name outside the catalogue (lexicon/numbered-indices.ts).
    if (x.unit === 'number' && r[0] > 0 && isNumberedIndex(tokens[r[0] - 1]!.norm, x.value)) continue;
    kept.push(x);
    ranges.push(r);
  }
  return { kept, ranges, numberIdx: ranges.map((r) => r[0]) };
}

/**
 * Whether any figure of the sentence could be matched: without an alias, a currency word, a
 * possible misspelling or an earlier subject to point back to, none can, and the matching work is skipped.
 */
/** The maturities, in years, of the government yields a bare tenor may name (bare-tenor). */
const TENORS: ReadonlySet<string> = new Set(['1', '2', '3', '5', '7', '10', '20', '30']);

export function subjectInSight(
  tokens: readonly Token[],
  occs: readonly Occurrence[],
  memory: PageMemory,
  catalogue: Catalogue,
  headerTokens = 0,
): boolean {
  return (
    occs.length > 0 ||
    tokens.some((t) => t.lex.flags & CURRENCY_WORD) ||
    ((memory.recent !== null || memory.plain !== null) && tokens.some((t) => t.lex.flags & ANAPHOR)) ||
    // it-after-lead: "Over seven days it has lost 5.3%": "it" need not open the sentence.
    // list-heading: "<h3>The DAX at the close</h3><li>Settled at 23,487.33</li>".
    memory.listHead != null ||
    // it-after-plain: "Where did the 10-year Treasury yield close? It ended Thursday at 4.19%": the
    // sentence without figures before is what "it" may point back to.
    ((memory.recent !== null || (memory.plain !== null && memory.plainJustBefore)) &&
      tokens.some((t) => t.norm === 'it')) ||
    // former-latter-before: "... fell 1.00% and 1.47%, respectively. The former closed at 38,937.54".
    ((memory.recent !== null || memory.plainJustBefore === true) &&
      tokens.some((t) => t.norm === 'former' || t.norm === 'latter')) ||
    // that-was: "That was slower than January's 2.0%".
    (memory.recent !== null && opensWithThat(tokens)) ||
    (memory.recent !== null &&
      tokens.some((t, i) => t.norm === 'of' && i > 0 && MOVE_NOUNS.has(tokens[i - 1]!.norm))) ||
    // revised-month: "The bureau lowered March to 185,000" after the payrolls named.
    (memory.recent !== null && mayReviseMonth(tokens)) ||
    // tenor-elided: "The 30-year slipped to 4.89%" after the 10-year yield.
    (memory.recent !== null && tokens.slice(0, 4).some((t) => t.norm === 'year')) ||
    // answered-question: "How Much Did the Nikkei Fall Today? 1,620.93 Points".
    (memory.plainJustBefore === true && memory.plain !== null && isQuestion(memory.plain)) ||
    // bare-tenor: "the 10-year jumps 13 bp to 4.30%".
    tokens.some(
      (t, i) => t.norm === 'year' && i > 1 && tokens[i - 2]!.norm === 'the' && TENORS.has(tokens[i - 1]!.norm),
    ) ||
    // tariff-label: "Goods from China: 30%" after a tariff.
    (memory.recent?.indicator.kind === 'tariff' && tokens.some((t) => GOODS_LABEL_WORDS.has(t.norm))) ||
    // holder-label-item: "Japan: $1,200.0 billion at the end of October" on a page about holdings.
    (memory.measures.size > 0 &&
      (mayNameHolder(tokens) || openingCountry(tokens, catalogue.groupOf, headerTokens) !== null)) ||
    // borrowing-costs, bank-at: "the Bank of England lowered borrowing costs by a quarter point".
    tokens.some((t) => t.norm === 'bank' || INSTITUTION_OF.has(t.norm)) ||
    catalogue.matcher.mayFuzzyMatch(tokens)
  );
}
