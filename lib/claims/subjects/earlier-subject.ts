import type { Token } from '../tokens';
import type { Indicator } from '../../dataset/schema';
import { carried, type Candidate, type Mention } from '../candidate';
import { ANAPHORA_OF, COMPANY_HEAD_NOUNS, MOVE_NOUNS, NEUTRAL_MODIFIERS, SCOPED_BENCHMARKS } from '../lexicon/anaphora';
import { EARLIER_SUBJECT, PRONOUN_IT } from '../rules/weights';
import { TARIFF_NOUNS } from '../lexicon/tariff-words';

/**
 * Example: "The Nikkei closed at a record. The index rose 1.2% on the week": "the index" (or "it")
 * points back to the subject named last. Only a definite reference points back ("the index", "the
 * broader index"; not "a gauge", nor "the prime rate", which is another one).
 */

/** A yield id of the benchmark tenor (benchmark-tenor). */
const BENCHMARK_TENOR_RE = /_10y_yield$/;
const DETERMINER_RE = /^(?:the|this|that|its)$/;
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);
/** Verbs after "That"/"This" that compare or place the figure named last: "That was slower than", "This compares with". */
const THAT_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'compare', 'compared', 'marked', 'followed', 'came']);
/**
 * duty-after: "The jobless rate rose to 4.2%. On Friday Beijing said it would match with its own 34% duty": a figure
 * a duty noun follows is a tariff, so a subject named before it that is no tariff is not carried to it.
 */
const DUTY_NOUNS: ReadonlySet<string> = new Set(TARIFF_NOUNS.replace(/\?/g, '').split('|').concat(['tariff']));
/** How many tokens from the figure's a duty noun may stand ("34% U.S. import duty"). */
const DUTY_AFTER_REACH = 4;
function dutyAfter(tokens: readonly Token[], cs: number): boolean {
  for (let i = cs; i < Math.min(tokens.length, cs + DUTY_AFTER_REACH); i++)
    if (DUTY_NOUNS.has(tokens[i]!.norm)) return true;
  return false;
}

/** How far into the sentence the figure may stand: "That was slower than January's 2.0%". */
const THAT_REACH = 8;

/** Whether a sentence opens "That was ...", "This compares ...": it speaks of the figure named last. */
export function opensWithThat(tokens: readonly Token[]): boolean {
  return DEMONSTRATIVES.has(tokens[0]?.norm ?? '') && THAT_VERBS.has(tokens[1]?.norm ?? '');
}

/**
 * benchmark-among-several: "The S&P 500 rose 0.84% ... while the Dow barely moved. The benchmark is up
 * 2.33% for the week": after several indices, "the benchmark" is whichever the writer holds to be
 * one, not the one named last; it is left unmarked rather than guessed.
 */
function severalOfKind(
  kind: string,
  lastNamed: ReadonlySet<string> | undefined,
  byId: ReadonlyMap<string, Indicator> | undefined,
): boolean {
  if (!lastNamed || !byId) return false;
  let n = 0;
  for (const id of lastNamed) if (byId.get(id)?.kind === kind) n++;
  return n > 1;
}

/**
 * not-a-benchmark: "Wall Street's fear gauge, the VIX, climbed to 21.60. Even so, the benchmark index is
 * up 1.7%": a volatility gauge is never "the benchmark"; the benchmark is a market named before it.
 */
// dow-no-benchmark: "... The Dow shed 154.10 points, a fourth decline for the blue chips. ... The benchmark is still up
// 26.5% this year": Wall Street's benchmark is the S&P 500; the 30-stock average named last is not guessed to be it.
const NOT_A_BENCHMARK: ReadonlySet<string> = new Set(['idx.vix', 'idx.djia']);

/**
 * broader-is-no-benchmark: "The Nikkei fell 0.10%. The broader Topix dipped 0.03%. ... The benchmark finished up 0.8%":
 * the index the catalogue calls broader stands beside a country's benchmark, so "the benchmark" is not it.
 */
function isBroaderIndex(ind: Indicator): boolean {
  return ind.kind === 'index' && ind.aliases.some((a) => BROADER_ALIAS_RE.test(a));
}
const BROADER_ALIAS_RE = /\bbroader\b/i;

/** Whether "the benchmark" stands before the figure in its sentence. */
function opensWithBenchmark(tokens: readonly Token[], cs: number): boolean {
  for (let i = 1; i < cs; i++)
    if (tokens[i]!.norm === 'benchmark' && DETERMINER_RE.test(tokens[i - 1]!.norm)) return true;
  return false;
}

/** How many words after a fronted "At <figure>" its "it" may stand ("At $1.2 trillion, it"). */
const AT_FIGURE_IT_REACH = 3;
/** What only an economy does: "it shrank 0.4%", "it grew an annualized 2.1%". */
const GROWTH_VERBS: ReadonlySet<string> = new Set(['grew', 'shrank', 'shrunk', 'contracted', 'expanded']);

/** The subject named last, as the candidate of the figure at token `cs`; null when nothing points back. */
export function earlierSubject(
  recent: Mention,
  tokens: readonly Token[],
  cs: number,
  lastNamed?: ReadonlySet<string>,
  byId?: ReadonlyMap<string, Indicator>,
  /** A sentence without figures stood just before: "That" points to it, not to the subject matched before it. */
  plainBefore = false,
): Candidate | null {
  if (recent.indicator.kind !== 'tariff' && dutyAfter(tokens, cs)) return null;
  const win = tokens.slice(Math.max(0, cs - 8), cs);
  const determiner = (i: number) => i >= 0 && DETERMINER_RE.test(win[i]!.norm);
  // price-weighted: "Nikkei 225. The price-weighted average climbed 1,667.89 points": "price" there weights the
  // average, no commodity's price.
  const weighting = (i: number) => win[i]!.norm === 'price' && win[i + 1]?.norm === 'weighted';
  const neutral = (i: number) => i >= 0 && (NEUTRAL_MODIFIERS.has(win[i]!.norm) || weighting(i));
  const anaphor = win.find(
    (t, i) =>
      ANAPHORA_OF.has(t.norm) &&
      !weighting(i) &&
      (determiner(i - 1) || (neutral(i - 1) && (determiner(i - 2) || (neutral(i - 2) && determiner(i - 3))))),
  );
  // heavyweight-after-anaphor: "The market bellwether Samsung Electronics soared 6.07 percent" is the company's move.
  // index-parts: a count may stand between ("the index's 11 sectors").
  const at = anaphor ? win.indexOf(anaphor) : -1;
  const headAt = /^\d+$/.test(win[at + 1]?.norm ?? '') ? at + 2 : at + 1;
  const described = anaphor && COMPANY_HEAD_NOUNS.has(win[headAt]?.norm ?? '');
  if (anaphor && !described && ANAPHORA_OF.get(anaphor.norm)!.includes(recent.indicator.kind)) {
    if (anaphor.norm === 'benchmark' && severalOfKind(recent.indicator.kind, lastNamed, byId)) return null;
    if (anaphor.norm === 'benchmark' && NOT_A_BENCHMARK.has(recent.indicator.id)) return null;
    if (anaphor.norm === 'benchmark' && isBroaderIndex(recent.indicator)) return null;
    // benchmark-tenor: "the two-year ... Even after the drop, the benchmark remains 43 basis points above": a market's
    // benchmark yield is its 10-year, not another tenor named last.
    if (
      anaphor.norm === 'benchmark' &&
      recent.indicator.kind === 'yield' &&
      !BENCHMARK_TENOR_RE.test(recent.indicator.id)
    )
      return null;
    const scope = SCOPED_BENCHMARKS.get(win[win.indexOf(anaphor) - 1]?.norm ?? '');
    if (anaphor.norm === 'benchmark' && recent.indicator.kind === 'commodity' && scope && scope !== recent.indicator.id)
      return null;
    // the-pair: "The pair is up about 1.5% since the end of 2025" moves the pair itself, whichever
    // currency was named before.
    const c = carried(recent, `${recent.alias} (named earlier)`, 'earlier-subject', EARLIER_SUBJECT);
    return anaphor.norm === 'pair' ? { ...c, subjectCurrency: undefined } : c;
  }
  // move-noun-of: "Japan's holdings fell to $1,191.6 billion. The drop of $47.7 billion was the largest":
  // "the drop of" right before the figure is a move of the subject named last.
  if (
    cs >= 3 &&
    win.at(-1)!.norm === 'of' &&
    MOVE_NOUNS.has(win.at(-2)!.norm) &&
    DETERMINER_RE.test(win.at(-3)!.norm)
  ) {
    return carried(recent, `${recent.alias} (its move)`, 'earlier-subject', EARLIER_SUBJECT);
  }
  // that-was: "Core prices rose 1.6% in February. That was slower than January's 2.0%": a sentence
  // opened by "That" or "This" and a verb of comparison speaks of the figure named last.
  // that-after-plain: "... the consumer inflation rate the ministry uses. That was 1.7 per cent in January": "That"
  // is the rate that sentence described, not the BOJ rate matched before it.
  if (cs <= THAT_REACH && opensWithThat(tokens) && !plainBefore) {
    return carried(recent, `${recent.alias} (that)`, 'earlier-subject', EARLIER_SUBJECT);
  }
  // "Silver was little changed at $61.86. It's down 16.6% from ...", "..., and it remains 17.3%
  // above its April 8 close": "it" is the subject named last.
  // target-never-moves: "The BOJ's target is 2%. ... figures show it shrank 0.4%": a target does not
  // shrink or grow; "it" there is some other subject, not the target named last.
  if (recent.indicator.kind === 'target') return null;
  // it-grew: "The economy is not making his job easier: figures show it shrank 0.4%": only an economy grows
  // or shrinks; after a policy rate or a market, "it" is the economy, which was not named.
  if (recent.indicator.kind !== 'growth' && win.slice(-3).some((t) => GROWTH_VERBS.has(t.norm))) return null;
  if ((tokens[0]?.norm === 'it' && cs <= 8) || (cs >= 1 && win.slice(-4).some((t) => t.norm === 'it'))) {
    // benchmark-then-it: "The benchmark index is now up about 5% ..., when fears had left it nearly 19%
    // below": "it" is the benchmark the sentence opened with, left unmarked above among several.
    if (opensWithBenchmark(tokens, cs) && severalOfKind(recent.indicator.kind, lastNamed, byId)) return null;
    return carried(recent, `${recent.alias} (named earlier)`, 'pronoun-it', PRONOUN_IT);
  }
  // at-figure-it: "Japan's pile rose to $1.2 trillion. At $1.200 trillion, it makes up about 13% of the total": a figure
  // fronted before "it" is the level of the subject named last.
  if (cs === 1 && tokens[0]?.norm === 'at') {
    for (let j = cs + 1; j <= cs + AT_FIGURE_IT_REACH && j < tokens.length; j++)
      if (tokens[j]!.norm === 'it') return carried(recent, `${recent.alias} (named earlier)`, 'pronoun-it', PRONOUN_IT);
  }
  // its-figure-opens: "Brent dropped $1.65. Its 9.2% weekly slide left it at a 15-month low": a sentence opened by
  // "Its" and the figure speaks of the subject named last.
  if (cs === 1 && tokens[0]?.norm === 'its') return carried(recent, `${recent.alias} (its)`, 'pronoun-it', PRONOUN_IT);
  return null;
}
