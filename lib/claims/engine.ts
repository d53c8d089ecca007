import type { Dataset, Indicator } from '../dataset/schema';
import type { Claim, ClaimContext, NumericExpression } from './types';
import { extractNumbers } from './extract';
import { FROM_PAST_LEVEL_RE, readContext } from './context';
import { sentenceSpans } from './sentences';
import { tokenize, wordCue, wordFlag, type Token } from './tokens';
import {
  AliasMatcher,
  QUALIFIER_GROUP_OF as GROUPS,
  QUALIFYING_WORD,
  institutionOf,
  wordQualifiers,
  type AliasEntry,
  type Occurrence,
} from './match';
import { DatasetView } from './dataset-view';
import { judge, type Measure } from './judge';
import { otherBenchmark } from './judge/either-benchmark';
import { pointsToOtherTime } from './judge/other-time';
import { ANNOUNCED_RE, AT_CLOSE_RE, FROM_END_RE, boundOf } from './endpoints';
import { matchRecord, type SubjectRule } from './match-record';
import { tidy } from './numbers';
import { periodPhrases } from './periods';
import { hasCandidateNumbers } from './prefilter';
import { runChecks } from './checks';
import { mayReportImplausible } from './checks/implausible';
import { applyHeaderScale, headerScale } from './rules/header-scale';
import { siblingIndex, withRowOwner } from './subjects/row-owner';
import { anotherBankNamed, namesABank } from './rules/another-bank';
import { RESPECTIVE_SCORE, respectiveSubjects } from './subjects/respectively';
import { isKeyLevel } from './rules/key-level';
import { retenor, tenorIndex } from './subjects/tenor';
import { coreIndex, towardCore } from './subjects/core-measure';
import { BANK_RATE_SCORE, bankRateOf, bankRates } from './subjects/bank-rate';
import { basisNear, basisOfIndicator, basisSibling, type Basis } from './rules/growth-basis';
import { broaderIndex, lastNamedIndex, towardBroader } from './subjects/broader-index';
import { holderCandidate, isGapFigure, mayNameHolder, openingCountry } from './subjects/holder';

/**
 * extract → context → match → judge over blocks of text. Pure: no DOM, no browser API; the same
 * code serves the content script, the scanner and the tests.
 */

export interface AnalyzeOptions {
  /** The article's publication date (YYYY-MM-DD); today's date when the page gives none. */
  published: string | null;
  /** J1: the publication instant (ISO with zone), when the page gives one; the judge's after-close rule reads it. */
  publishedAt?: string;
  today?: string;
  /**
   * Carries "what was named last" from one call to the next, so a page can be analysed in
   * slices (between idle callbacks) with the same result as in one call.
   */
  state?: AnalyzeState;
}

/** Opaque to callers: pass the same object to each slice of one page. */
export interface AnalyzeState {
  recent?: Mention | null;
  /** The last sentence without numbers, read only if a later "the index" needs it. */
  plain?: { text: string; start: number; end: number } | null;
  /** Sentences naming each country so far: the page's own country, for figures that name none. */
  countries?: Record<string, number>;
  /** Measures kept for several countries (ids after the prefix) that the page has matched: whose "its holdings" may be. */
  measures?: Set<string>;
  /** The country that opened the last sentence read ("Beijing kept trimming."), once measures are known. */
  opener?: string | null;
}

/** A block of text, with optional words that describe it (a table cell's headers). */
export type BlockInput = string | { text: string; context?: string };

export interface Engine {
  readonly dataset: Dataset;
  readonly view: DatasetView;
  analyze(blocks: readonly BlockInput[], options: AnalyzeOptions): Claim[];
}

const CURRENCY_WORDS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  yen: 'JPY',
  euro: 'EUR',
  dollar: 'USD',
  greenback: 'USD',
  pound: 'GBP',
  sterling: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  won: 'KRW',
  loonie: 'CAD',
  franc: 'CHF',
  cable: 'GBP',
});
/** Words between "the" and an anaphor that keep it pointing back: "the broader index", "the blue-chip index". */
const NEUTRAL_MODIFIERS = new Set([
  'broader',
  'broad',
  'wider',
  'blue',
  'chip',
  'benchmark',
  'main',
  'key',
  'tech',
  'heavy',
  'headline',
  'same',
  'yellow',
  'precious',
]);
/** Words that point back to an indicator named in an earlier sentence, by indicator kind. */
const ANAPHORA: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  index: ['index'],
  benchmark: ['index', 'yield'],
  gauge: ['index', 'inflation'],
  average: ['index'],
  market: ['index'],
  currency: ['fx'],
  pair: ['fx'],
  yield: ['yield'],
  rate: ['rate', 'yield'],
  economy: ['growth'],
  price: ['commodity', 'crypto'],
  metal: ['commodity'],
  contract: ['commodity'],
  token: ['crypto'],
  coin: ['crypto'],
});

// Maps, not objects, for lookups by page words: an object lookup by a string read from the page
// first interns the string.
const CURRENCY_OF = new Map(Object.entries(CURRENCY_WORDS));
const COUNTRY_CURRENCY = new Map([
  ['japan', 'JPY'],
  ['china', 'CNY'],
  ['us', 'USD'],
  ['uk', 'GBP'],
  ['british', 'GBP'],
  ['european', 'EUR'],
]);
const ANAPHORA_OF = new Map(Object.entries(ANAPHORA));
const CURRENCY_WORD = wordFlag(CURRENCY_OF.keys());
const ANAPHOR = wordFlag(ANAPHORA_OF.keys());

interface Candidate extends Mention {
  score: number;
  /** Words between the subject and the figure. */
  distance: number;
  /** Token index of the subject's last word, when it is in this text. */
  at?: number;
  /** The country was taken from the page, not the sentence. */
  impliedByPage?: boolean;
}

interface Mention {
  indicator: Indicator;
  /** Shown on the card as "why it matched": the catalogue alias, with how it was carried. */
  alias: string;
  /** The catalogue's own alias (or the currency pair) that named the subject. */
  catalogueAlias: string;
  /** The alias speaks of a share ("Japan's share of foreign-held Treasuries"). */
  namesShare: boolean;
  rule: SubjectRule;
  /** The currency whose move a pair's alias speaks of ("the yen fell 0.4%"): it decides the sign. */
  subjectCurrency: string | undefined;
}

/** A subject found by one of the rules in subjects/ (indicator, alias, score) as a full candidate. */
function asCandidate(
  s: { indicator: Indicator; alias: string; score: number },
  rule: SubjectRule,
  from?: Candidate,
): Candidate {
  if ('rule' in s) return s as Candidate;
  return {
    ...s,
    distance: from?.distance ?? 0,
    catalogueAlias: from?.catalogueAlias ?? s.indicator.name,
    namesShare: from?.namesShare ?? false,
    rule,
    subjectCurrency: from?.subjectCurrency,
  };
}

const unitPartsMemo = new Map<string, string[]>();
/** "JPY per USD" → ["JPY", "USD"]: asked for every candidate, of a few dozen units. */
function unitParts(unit: string): string[] {
  let parts = unitPartsMemo.get(unit);
  if (!parts) unitPartsMemo.set(unit, (parts = unit.split(' per ')));
  return parts;
}

/** How a claim's number compares with the indicator: as a level or a change, and in what unit. */
function measureOf(expr: NumericExpression, ctx: ClaimContext, ind: Indicator): Measure | null {
  const percentIndicator = ind.unit === 'percent';
  switch (expr.unit) {
    case 'bp':
    case 'pp':
      return percentIndicator ? 'ppChange' : null;
    case 'percent':
      if (percentIndicator) return 'level';
      return ctx.kind === 'change' ? 'pctChange' : null;
    case 'points':
      if (ind.unit !== 'points') return null;
      return ctx.kind === 'change' ? 'absChange' : 'level';
    case 'currency': {
      const c = expr.currency;
      if (ind.unit === c && !expr.per) return ctx.kind === 'change' ? 'absChange' : 'level';
      const [quote, base] = unitParts(ind.unit);
      if (!base || quote !== c) return null;
      // "$4,056 an ounce" is gold, not oil; "$1.10 per euro" is EUR/USD.
      if (expr.per && expr.per !== base.replace('troy ', '')) return null;
      return ctx.kind === 'change' ? 'absChange' : 'level';
    }
    case 'number': {
      // Payrolls are themselves a monthly change: "rose by 160,000" is their level.
      if (ind.unit === 'jobs') return 'level';
      if (ind.unit === 'points') return ctx.kind === 'change' ? 'absChange' : 'level';
      const parts = unitParts(ind.unit);
      if (parts.length === 2 && parts[0]!.length === 3 && parts[1]!.length === 3) {
        if (expr.per && expr.per !== parts[1]) return null;
        return ctx.kind === 'change' ? 'absChange' : 'level';
      }
      return null;
    }
  }
  return null;
}

const MARKET_BAND = new Set(['index', 'commodity', 'yield']);

/** Rules out numbers of the wrong size for the indicator: "$65" is not gold, "$1.1 trillion" not FX. */
function plausible(view: DatasetView, ind: Indicator, measure: Measure, value: number): boolean {
  const m = view.magnitude(ind.id);
  const v = Math.abs(value);
  // Monthly job gains swing through zero: no band around the latest figure fits them.
  if (ind.unit === 'jobs') return v <= 5e6;
  switch (measure) {
    case 'pctChange':
      return v <= 100;
    case 'ppChange':
      return v <= 20;
    case 'absChange':
      return m === null || v <= m * 0.5;
    default: {
      // A policy rate or yield of 0.5% is not claimed as 25%: that is some other percentage.
      if (ind.unit === 'percent' && (ind.kind === 'rate' || ind.kind === 'yield') && m !== null)
        return v <= Math.max(m * 6, m + 10);
      if (ind.unit === 'percent') return v <= 300;
      if (m === null || m === 0) return true;
      // How far a level can plausibly stray from the latest figure, by kind.
      const band = ind.kind === 'fx' ? 1.6 : ind.kind === 'crypto' ? 5 : MARKET_BAND.has(ind.kind) ? 3 : 6;
      return v >= m / band && v <= m * band;
    }
  }
}

/** Set by the scanner's --debug flag and by tests; never by the extension. */
const debugHook = (globalThis as { __claimlensDebug?: (...args: unknown[]) => void }).__claimlensDebug;

export function createEngine(dataset: Dataset): Engine {
  const matcher = new AliasMatcher(dataset.indicators, dataset.aliasIndex);
  const view = new DatasetView(dataset);
  const siblings = siblingIndex(dataset.indicators);
  const tenors = tenorIndex(dataset.indicators);
  const cores = coreIndex(dataset.indicators);
  const rates = bankRates(dataset.indicators);
  const groupOf = (w: string) => matcher.groupOf(w);
  const countriesOf = (id: string) => matcher.countries.get(id);
  const broader = broaderIndex(dataset.indicators, countriesOf);
  const fxPairs = dataset.indicators
    .filter((i) => i.kind === 'fx' && i.unit.includes(' per '))
    .map((ind) => {
      const [quote, base] = ind.unit.split(' per ') as [string, string];
      return { ind, quote, base };
    });

  /** The country most sentences of the page have named so far, if one leads. */
  let pageCountry: string | null = null;
  let pageCounts: Record<string, number> = {};
  const namedOnPage = (countries: ReadonlySet<string>) => {
    for (const c of countries) if (pageCounts[c]) return true;
    return false;
  };

  function candidatesFor(
    text: string,
    info: SentenceInfo,
    occs: Occurrence[],
    expr: NumericExpression,
    getCtx: () => ClaimContext,
    /** The claim's first and last token. */
    cs: number,
    ce: number,
    numberTokenIdx: number[],
    sentenceGroups: ReadonlySet<string>,
    /** Countries named earlier in the claim's clause, worked out on first use. */
    beforeGroups: () => ReadonlySet<string>,
    /** A table cell, read with its headers: the row's country qualifies the column's figure. */
    cell: boolean,
  ): Candidate[] {
    const { tokens } = info;
    const out: Candidate[] = [];
    // Keyed by the entry's own groups array: aliases of one indicator share few distinct ones.
    let nearKeys: string[][] | null = null;
    let nearValues: boolean[] | null = null;
    const isNear = (groups: string[]): boolean => {
      if (nearKeys) {
        const k = nearKeys.indexOf(groups);
        if (k >= 0) return nearValues![k]!;
      } else {
        nearKeys = [];
        nearValues = [];
      }
      const v = qualifierNear(info, cs, ce, numberTokenIdx, groups);
      nearKeys.push(groups);
      nearValues!.push(v);
      return v;
    };
    let bankNamed: boolean | undefined;
    const claimStart = tokens[cs]?.start ?? text.length;
    const claimEnd = tokens[ce]?.end ?? 0;
    for (const o of occs) {
      if (o.entry.shareOnly && getCtx().kind !== 'share') continue;
      const before = o.last < cs;
      const after = o.first > ce;
      const within = !before && !after;
      let d = before ? info.words(o.last + 1, cs) : after ? info.words(ce + 1, o.first) : 0;
      // "Tokyo's Nikkei 225, which will not trade again until Monday, closed ... at 50,339.48": an
      // aside between a name and its figure does not set them apart.
      if (before && d > 8) d -= asideWords(info, text, o.last, cs);
      if ((before && d > 25) || (after && d > 10)) continue;
      const ind = o.entry.indicator;
      // "Gold miners' shares jumped 4%": the alias only describes another subject.
      // ("Policy rate · Bank of Japan": past a separator the noun starts another part.)
      if (
        o.last + 1 < tokens.length &&
        tokens[o.last + 1]!.lex.flags & SUBJECT_SHIFT &&
        o.last + 1 !== cs &&
        !info.punctBetween(o.last, o.last + 1, true)
      )
        continue;
      // "Japan's real policy rate", "real yields": inflation-adjusted, another measure.
      if (tokens[o.first - 1]?.norm === 'real' && (ind.kind === 'rate' || ind.kind === 'yield')) continue;
      // Longer aliases are surer, but nearness counts for more: "S&P 500 slipped 0.1%, while the
      // 10-year Treasury yield edged up" is about the S&P.
      const single = o.entry.core.length === 1 && o.entry.qualifierGroups.length > 0;
      let score = (single ? 2.5 : 3) + Math.min(2, 0.5 * (o.entry.core.length - 1)) - 0.6 * o.gaps - (o.fuzzy ? 1 : 0);
      // A list item ("34% for China, 20% for the EU") may sit far from the word it shares.
      // Whether the sentence names the alias's qualifier (country, central bank) anywhere.
      // The owner must be named: "Treasury" itself is American, but says nothing of whose holdings.
      const have = anyIn(o.entry.ownerGroups, sentenceGroups);
      if (
        !have &&
        anotherBankNamed(
          o.entry.qualifierGroups,
          o.entry.core.length,
          sentenceGroups,
          (bankNamed ??= namesABank(text, tokens)),
        )
      )
        continue;
      const near = o.entry.qualifierGroups.length > 0 && (isNear(o.entry.qualifierGroups) || (cell && have));
      // "the second-largest cryptocurrency" is not "the largest cryptocurrency".
      if (o.first > 0 && tokens[o.first - 1]!.lex.flags & ORDINAL) continue;
      // "the Fed's 2% target" names the 2%, not another figure of the sentence.
      if (!within && anyBetween(numberTokenIdx, o.first, o.last)) continue;
      if (before) {
        // "Spot gold was trading at $4,105 ..., when it changed hands at $4,398.50": "it" carries the subject.
        const pronounAhead =
          d > 14 && d <= 25 && /\b(?:it|its)\b[^,;:.]{0,30}$/i.test(text.slice(tokens[o.last]!.end, claimStart));
        if (d > (near || pronounAhead ? 25 : 14)) continue;
        score -= (near ? 0.1 : 0.3) * d;
        // "...but the longer trend is clear: they stood at $784.3 billion" refers back across the break.
        // "Brent: $61.35 a barrel, down 95 cents": a name that opens the sentence as its label heads all of it.
        const from = o.first === 0 ? labelEnd(text, tokens[o.last]!.end) : tokens[o.last]!.end;
        const gapText = info.breakBetween(from, claimStart) ? text.slice(tokens[o.last]!.end, claimStart) : null;
        // "BOJ: 0.5% and a split board", "The Yen: Pinned Near 148": a label (or headline) and its figure.
        if (gapText !== null && !LABEL_COLON_RE.test(gapText)) {
          // "Brent settled at $69.37, up 80 cents, but was down 12% for the week": no new subject.
          const pronoun = /\b(?:it|they|which)\b[^,;:]{0,30}$/i.test(gapText) || ELIDED_SUBJECT_RE.test(gapText);
          // A one-word name ("the Federal Reserve") does not reach into another clause.
          if (single && !pronoun && !near) continue;
          if (!pronoun) score -= 2;
        }
        // "China's Treasury holdings": a qualifier right before the alias names it.
        if (adjacentQualifier(o, tokens)) score += 1.5;
      } else if (after) {
        score -= 0.4 * d + 0.5;
        if (info.breakBetween(claimEnd, tokens[o.first]!.start)) score -= 2;
        // "The Dow fell 1.91%, the S&P 500 lost 1.61%": past a comma, a name is the next figure's.
        else if (info.punctBetween(ce, o.first, false)) score -= 1;
      } else {
        // The alias contains the number itself: "the BOJ's 2% target", "a 10% tariff".
        score += 1;
      }
      const lo = Math.min(o.last, cs);
      const hi = Math.max(o.first, ce);
      // Numbers in a chain share their subject ("fell 274.45 points, or 4.84%, to 5,396.52"),
      // unless another subject stands between.
      let between = 0;
      for (const i of numberTokenIdx) if (i > lo && i < hi && (i < cs || i > ce)) between++;
      if (between) {
        for (const p of occs) {
          if (p.entry.id !== o.entry.id && p.first > lo && p.last < hi && (p.last < cs || p.first > ce)) {
            score -= 2.5 * between;
            break;
          }
        }
      }
      // "a 24% tariff on Japanese exports and a 25% duty": the words right after 24% are its own.
      if (before) {
        for (const i of numberTokenIdx) {
          if (
            i < o.first &&
            i !== cs &&
            onlyArticlesBetween(tokens, i, o.first) &&
            !info.punctBetween(i, o.first, true)
          ) {
            score -= 3;
            break;
          }
        }
      }
      if (after) {
        // "the DAX was at 24,564.14, London's FTSE 100 at 9,546.05": the FTSE is the next figure's;
        // so is an alias with another figure between it and the claim.
        for (const i of numberTokenIdx) {
          if (
            i > o.last &&
            info.words(o.last + 1, i) <= 1 &&
            i - o.last - 1 < o.first - ce - 1 &&
            !info.punctBetween(o.last, i, false)
          ) {
            score -= 2.5;
            break;
          }
        }
        if (anyBetween(numberTokenIdx, ce + 1, o.first - 1)) score -= 2.5;
      }
      // "the gap between 10-year Treasury and JGB yields ... 205 bp" is a spread, not a yield.
      if (info.spread && ind.unit === 'percent') {
        const from = Math.min(tokens[o.first]!.start, claimStart);
        const to = Math.max(tokens[o.last]!.end, claimEnd);
        if (
          SPREAD_WORDS.test(text.slice(from, to)) ||
          SPREAD_BEFORE.test(text.slice(Math.max(0, tokens[o.first]!.start - 30), tokens[o.first]!.start))
        )
          continue;
      }
      if (o.entry.qualifierGroups.length) {
        // "BOJ rate" must not claim every "rate": a one-word core needs its qualifier, or, in a
        // table or list of key figures on a page about that country, the page's country.
        const impliedByPage = !have && !!pageCountry && o.entry.qualifierGroups.includes(pageCountry);
        // Only in a table or list of key figures: in running text "the economy" may be anyone's.
        const impliedHere = impliedByPage && cell;
        if (!have && o.entry.core.length === 1 && !impliedHere) continue;
        // "Japan tariff" may name "Japan's tariff" or "24% for Japan", not any tariff in a sentence about Japan.
        const adjacent = adjacentQualifier(o, tokens);
        // A central bank that is the clause's subject names its rate: "the Bank of Japan lifts rates".
        const actor = !adjacent && !near && institutionActs(info, o);
        if (o.entry.core.length === 1 && !near && !adjacent && !actor && !impliedHere) continue;
        // On a page about Japan, "core inflation" is Japan's even where the sentence does not say so.
        score += have ? 1 : impliedByPage ? 0.5 : -1;
        // "duties of 34% for China, 20% for the EU": the country beside the number decides.
        if (near) score += 2;
      }
      const countries = o.entry.countries;
      // "Core inflation: 3.0%" in a story about Japan is Japan's, not the U.S. figure an unqualified
      // alias would name: a country's own indicator needs its country in the claim's clause when
      // the page is about another.
      if (
        pageCountry &&
        !have &&
        PAGE_COUNTRY_KINDS.has(ind.kind) &&
        COUNTRY_PREFIX.test(ind.id) &&
        !countries.has(pageCountry) &&
        (clearLead(pageCounts) || !namedOnPage(countries)) &&
        !clauseNames(info, cs, ce, countries)
      ) {
        continue;
      }
      const named = countries.size ? beforeGroups() : EMPTY_GROUPS;
      if (named.size) {
        let shared = false;
        for (const c of countries) if (named.has(c)) shared = true;
        if (!shared) continue;
      }
      out.push({
        indicator: ind,
        alias: o.entry.alias,
        ...fromEntry(o.entry),
        score,
        rule: o.fuzzy ? 'fuzzy-alias' : 'alias-in-sentence',
        distance: d,
        at: o.last,
        impliedByPage:
          !!o.entry.qualifierGroups.length && !have && !!pageCountry && o.entry.qualifierGroups.includes(pageCountry),
      });
    }
    // Currency pairs named by their currencies: "the yen weakened to 145.62 per dollar".
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
        if (d > 14) continue;
        const pair = `${quote}/${base}`;
        out.push({
          indicator: ind,
          alias: `${pair} named by currency`,
          catalogueAlias: pair,
          namesShare: false,
          score: 3 - 0.15 * d,
          rule: 'currency-words',
          distance: d,
          subjectCurrency: undefined,
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
        for (const code of [quote, base]) {
          const at = info.currencies.get(code);
          if (at !== undefined && at < cs && (subject < 0 || at < subject)) subject = at;
        }
        // Near enough, and in the same clause: "The dollar bought ¥144.74 in late trade, up 0.3%".
        if (subject < 0 || cs - subject > 12 || info.breakBetween(tokens[subject]!.end, tokens[cs]!.start)) continue;
        out.push({
          indicator: ind,
          alias: `${quote}/${base} moved by the ${tokens[subject]!.norm}`,
          catalogueAlias: `${quote}/${base}`,
          namesShare: false,
          score: 2.8 - 0.15 * (cs - subject),
          rule: 'currency-words',
          distance: cs - subject,
          subjectCurrency: CURRENCY_WORDS[tokens[subject]!.norm],
        });
      }
    }
    return out;
  }

  /**
   * A table's headers come with each of its cells: their tokens and period phrases are worked out
   * once for a run of cells under the same headers.
   */
  let headers: {
    context: string;
    published: string;
    tokens: Token[];
    phrases: ReturnType<typeof periodPhrases> | null;
  } | null = null;
  function headersOf(context: string, text: string, shift: number, published: string) {
    if (headers?.context !== context || headers.published !== published) {
      headers = { context, published, tokens: tokenize(text, 0, shift), phrases: null };
    }
    return headers;
  }

  function analyze(blocks: readonly BlockInput[], options: AnalyzeOptions): Claim[] {
    const published = options.published ?? options.today ?? new Date().toISOString().slice(0, 10);
    const claims: Claim[] = [];
    const state = options.state ?? {};
    let recent: Mention | null = state.recent ?? null;
    let plain: { text: string; start: number; end: number } | null = state.plain ?? null;
    const countryCounts: Record<string, number> = (state.countries ??= {});
    const measures = (state.measures ??= new Set());
    let opener: string | null = state.opener ?? null;
    pageCounts = countryCounts;
    pageCountry = leadingCountry(countryCounts);
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      const own = typeof block === 'string' ? block : block.text;
      const context = typeof block === 'string' ? undefined : block.context?.replace(/[:;–—]/g, ' ');
      // Blocks whose only figures are bare integers (dates, counts, page chrome) hold no claim.
      if (!hasCandidateNumbers(own)) continue;
      // A table cell is read as "<its headers>: <its text>"; offsets are mapped back below.
      const shift = context ? context.length + 3 : 0;
      let forecastCellCache: boolean | undefined;
      const forecastCell = () =>
        (forecastCellCache ??= !!context && context.split(' · ').some((h) => FORECAST_HEADER_RE.test(h.trim())));
      const text = context ? `${context} · ${own}` : own;
      // A cell's headers are not its figures: numbers are read from its own text only. " · " ends
      // every number and token pattern, so reading the parts apart finds what reading them together would.
      const exprs = extractNumbers(own);
      if (context) {
        const scale = headerScale(context);
        if (scale) applyHeaderScale(exprs, scale);
      }
      if (shift) {
        for (const x of exprs) {
          x.start += shift;
          x.end += shift;
        }
      }
      if (!exprs.length) {
        continue;
      }
      const spans = context ? [{ start: 0, end: text.length }] : sentenceSpans(text);
      let e = 0;
      for (const span of spans) {
        const inSentence: NumericExpression[] = [];
        while (e < exprs.length && exprs[e]!.start < span.end) {
          if (exprs[e]!.start >= span.start) inSentence.push(exprs[e]!);
          e++;
        }
        if (!inSentence.length) {
          // What this sentence names may be "the index" of the next one; read it only if asked.
          plain = { text, start: span.start, end: span.end };
          if (measures.size)
            opener = openingCountry(tokenize(text, span.start, Math.min(span.end, span.start + OPENER_CHARS)), groupOf);
          continue;
        }
        const cell = context ? headersOf(context, text, shift, published) : null;
        const tokens = cell
          ? cell.tokens.concat(tokenize(text, shift, span.end))
          : tokenize(text, span.start, span.end);
        const occs = matcher.occurrences(tokens);
        const tokenRange = (x: NumericExpression): [number, number] => {
          // First token ending after x.start, by binary search; then extend while tokens overlap.
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
        };
        // Numbers that are part of a name ("Nikkei 225", "S&P 500", "FTSE 100") are not claims.
        const allRanges = inSentence.map(tokenRange);
        const kept: NumericExpression[] = [];
        const ranges: [number, number][] = [];
        inSentence.forEach((x, i) => {
          const [s0, e0] = allRanges[i]!;
          if (x.unit === 'number' && occs.some((o) => o.first <= s0 && o.last >= e0)) return;
          kept.push(x);
          ranges.push(allRanges[i]!);
        });
        const numberIdx = ranges.map((r) => r[0]);
        const previousOpener = opener;
        opener = measures.size && !context ? openingCountry(tokens, groupOf) : null;
        const sentence = text.slice(span.start, span.end);
        const trimmed = sentence.trim();
        let prevCtx: ClaimContext | null = null;
        let respectiveCache: Map<number, Occurrence> | false | undefined;
        /** The previous figure of this sentence, if it was matched. */
        let prevMatch: Mention | null = null;

        // Without an alias, a currency word, a possible misspelling or an earlier subject to point
        // back to, no number here can be matched: skip the matching work.
        const subjectInSight =
          occs.length > 0 ||
          tokens.some((t) => t.lex.flags & CURRENCY_WORD) ||
          ((recent !== null || plain !== null) && tokens.some((t) => t.lex.flags & ANAPHOR)) ||
          (recent !== null && tokens[0]?.norm === 'it') ||
          (measures.size > 0 && mayNameHolder(tokens)) ||
          matcher.mayFuzzyMatch(tokens);
        // Worked out only for a sentence whose numbers may be matched.
        const info = subjectInSight ? new SentenceInfo(text, tokens, span.start, span.end) : null;
        const sentenceGroups = info ? info.qualifiers() : EMPTY_GROUPS;
        if (info) {
          let signs: Set<string> | null = null;
          for (const x of kept) if (x.currency) (signs ??= new Set()).add(x.currency);
          if (signs) info.signCurrencies = signs;
          let named = false;
          for (const g of sentenceGroups) {
            if (COUNTRY_GROUPS.has(g)) {
              countryCounts[g] = (countryCounts[g] ?? 0) + 1;
              named = true;
            }
          }
          if (named) pageCountry = leadingCountry(countryCounts);
        }
        // Period phrases are read once per sentence, and only if some number in it is matched.
        let phrasesCache: ReturnType<typeof periodPhrases> | null = null;
        const phrases = () =>
          (phrasesCache ??= cell
            ? (cell.phrases ??= periodPhrases(text, 0, shift, published)).concat(
                periodPhrases(text, shift, span.end, published, info?.cues),
              )
            : periodPhrases(text, span.start, span.end, published, info?.cues));
        kept.forEach((expr, k) => {
          if (!info) {
            // Nothing here can name an indicator: report the bare number (for --all) and move on.
            // Written out, not spread: spreading made every claim object slower to build and use.
            claims.push({
              block: b,
              start: expr.start - shift,
              end: expr.end - shift,
              text: expr.text,
              sentence: trimmed,
              value: expr.value,
              unit: expr.unit,
              kind: 'level',
              period: null,
              indicator: null,
              matchedAlias: null,
              match: null,
              judgement: null,
            });
            return;
          }
          const prevEnd = k > 0 ? kept[k - 1]!.end : span.start;
          const nextStart = k + 1 < kept.length ? kept[k + 1]!.start : span.end;
          // Read lazily: a number that no alias can claim needs no context.
          const before = prevCtx;
          let ctxCache: ClaimContext | null = null;
          const getCtx = (): ClaimContext => {
            if (ctxCache) return ctxCache;
            const ctx = readContext({
              text,
              sentenceStart: span.start,
              sentenceEnd: span.end,
              expr,
              prevEnd,
              nextStart,
              published,
              phrases: phrases(),
              cues: info.cues,
            });
            // "fell 274.45 points, or 4.84%": the second figure restates the first move.
            const link = k > 0 && before ? text.slice(prevEnd, expr.start) : '';
            if (before && (CHAIN_RE.test(link) || ELLIPSIS_RE.test(link))) {
              if (before.kind === 'change') ctx.kind = 'change';
              ctx.direction ??= before.direction;
              ctx.period ??= before.period;
            }
            // A cell under "Consensus" or "Forecast" is what someone expects, not a figure out.
            if (forecastCell()) ctx.hypothetical = true;
            return (ctxCache = ctx);
          };
          const [cs, ce] = ranges[k]!;
          // Countries named earlier in the same clause: "Japan's CPI rose 3.5%" is not U.S. CPI.
          let beforeCache: Set<string> | null = null;
          const beforeGroups = (): ReadonlySet<string> => {
            if (beforeCache) return beforeCache;
            beforeCache = new Set<string>();
            for (let i = cs - 1; i >= 0; i--) {
              if (info.punctBetween(i, i + 1, true)) break;
              const g = tokens[i]!.lex.flags & QUALIFYING_WORD ? matcher.groupOf(tokens[i]!.norm) : undefined;
              if (g) beforeCache.add(g);
            }
            return beforeCache;
          };
          let best: { c: Candidate; measure: Measure } | null = null;
          let outOfRange: { c: Candidate; measure: Measure } | null = null;
          let claimBasis: Basis | 'none' | null = null;
          {
            let cands = candidatesFor(
              text,
              info,
              occs,
              expr,
              getCtx,
              cs,
              ce,
              numberIdx,
              sentenceGroups,
              beforeGroups,
              shift > 0,
            );
            if (shift) cands = withRowOwner(cands, sentenceGroups, siblings).map((c) => asCandidate(c, 'row-owner'));
            const bankRate =
              shift && !cands.some((c) => c.score >= BANK_RATE_SCORE)
                ? bankRateOf(context!, sentenceGroups, rates)
                : null;
            if (bankRate)
              cands.push(
                asCandidate(
                  {
                    indicator: bankRate,
                    alias: `${bankRate.id} (rate of the bank the row names)`,
                    score: BANK_RATE_SCORE,
                  },
                  'bank-rate',
                ),
              );
            cands = retenor(cands, text.slice(prevEnd, expr.start), tenors);
            if (broader.size)
              cands = towardBroader(
                cands,
                text,
                expr.start,
                lastNamedIndex(occs, tokens, expr.start),
                broader,
                countriesOf,
              ).map((c) => asCandidate(c, 'broader-index'));
            const held = measures.size && !shift && !isGapFigure(text.slice(expr.end, nextStart));
            const holder = held
              ? holderCandidate(text, tokens, cs, numberIdx, opener, previousOpener, groupOf, measures, siblings)
              : null;
            if (holder) cands.push(asCandidate(holder, 'holder'));
            const respective =
              (respectiveCache ??= respectiveSubjects(text, span.start, span.end, kept, ranges, occs) ?? false) || null;
            const listed = respective?.get(k);
            if (listed)
              cands = [
                asCandidate(
                  {
                    indicator: listed.entry.indicator,
                    alias: `${listed.entry.alias} (respectively)`,
                    score: RESPECTIVE_SCORE,
                  },
                  'respectively',
                ),
              ];
            // "rose 7 basis points to 3.52%", "rose 0.63% to $1,676", "to 152.93 per dollar from 154.28":
            // where the last figure's move ends (or began) is the same indicator's level.
            const linkText = prevMatch && k > 0 ? text.slice(kept[k - 1]!.end, expr.start) : '';
            // "..., and is up 17.2% year to date": the clause goes on about the last figure's subject.
            // "down 50.74 points, or 0.74%", "at 50,339.48, a 26.2% gain", "at $4,398, up 1.2%": the same subject.
            // (A currency pair's move is read from its currency words instead: which one moved decides the sign.)
            if (
              prevMatch &&
              (LEVEL_LINK_RE.test(linkText) ||
                COMPARED_FROM_RE.test(linkText) ||
                ELIDED_SUBJECT_RE.test(linkText) ||
                // (For a pair, only levels: which currency moved decides a percentage move's sign.)
                ((prevMatch.indicator.kind !== 'fx' || expr.unit !== 'percent') &&
                  (OR_CHAIN_RE.test(linkText) || APPOSITIVE_RE.test(linkText) || PARTICIPLE_LINK_RE.test(linkText))))
            ) {
              cands.push({ ...prevMatch, rule: 'same-subject-chain', score: 3.5, distance: 0 });
            }
            // "17.3% above its April 8 close of 4,982.77", "the $760.8bn it held in January": a past
            // level of the subject named last.
            const named = prevMatch ?? recent;
            if (
              named &&
              (ITS_LEVEL_BEFORE_RE.test(text.slice(Math.max(prevEnd, expr.start - 60), expr.start)) ||
                IT_HELD_AFTER_RE.test(text.slice(expr.end, Math.min(nextStart, expr.end + 40))))
            ) {
              cands.push({ ...named, alias: `${named.alias} (its level)`, rule: 'its-level', score: 3.5, distance: 0 });
            }
            if (!cands.length && plain) {
              const occ = matcher.occurrences(tokenize(plain.text, plain.start, plain.end)).at(-1);
              const ind = occ && matcher.byId.get(occ.entry.id);
              if (ind)
                recent = { indicator: ind, alias: occ.entry.alias, ...fromEntry(occ.entry), rule: 'earlier-subject' };
              plain = null;
            }
            if (!cands.length && recent) {
              // Only a definite reference points back: "the index", not "a gauge".
              const win = tokens.slice(Math.max(0, cs - 8), cs);
              // "the index", "the broader index", "the blue-chip index"; not "the prime rate", another one.
              const determiner = (i: number) => i >= 0 && /^(?:the|this|that|its)$/.test(win[i]!.norm);
              const neutral = (i: number) => i >= 0 && NEUTRAL_MODIFIERS.has(win[i]!.norm);
              const anaphor = win.find(
                (t, i) =>
                  ANAPHORA_OF.has(t.norm) &&
                  (determiner(i - 1) ||
                    (neutral(i - 1) && (determiner(i - 2) || (neutral(i - 2) && determiner(i - 3))))),
              );
              if (anaphor && ANAPHORA_OF.get(anaphor.norm)!.includes(recent.indicator.kind)) {
                cands = [
                  {
                    ...recent,
                    alias: `${recent.alias} (named earlier)`,
                    rule: 'earlier-subject',
                    score: 1.5,
                    distance: 0,
                  },
                ];
              } else if (
                (tokens[0]?.norm === 'it' && cs <= 8) ||
                (cs >= 1 && win.slice(-4).some((t) => t.norm === 'it'))
              ) {
                // "Silver was little changed at $61.86. It's down 16.6% from ...", "..., and it remains
                // 17.3% above its April 8 close": "it" is the subject named last.
                cands = [
                  { ...recent, alias: `${recent.alias} (named earlier)`, rule: 'pronoun-it', score: 1.2, distance: 0 },
                ];
              }
            }
            if (!cands.length) {
              const fuzzy = matcher.fuzzyOccurrences(tokens, cs - 6, ce + 5);
              cands = candidatesFor(
                text,
                info,
                fuzzy,
                expr,
                getCtx,
                cs,
                ce,
                numberIdx,
                sentenceGroups,
                beforeGroups,
                shift > 0,
              );
            }
            cands = towardCore(cands, text.slice(prevEnd, expr.start), cores);
            debugHook?.(
              expr.text,
              cands.map((c) => `${c.indicator.id}:${c.alias}:${c.score.toFixed(2)}`),
            );
            const ctx = cands.length ? getCtx() : null;
            // "...will keep inflation around its 2% target": the target is stated, whatever the verb.
            if (ctx?.hypothetical && ctx.kind !== 'target') cands = [];
            if (ctx && isKeyLevel(text.slice(Math.max(prevEnd, expr.start - 48), expr.start))) cands = [];
            if (cands.length > 1) byScore(cands);
            for (let c of cands) {
              if (c.score < 0.5 || !ctx) break;
              const ck = ctx.kind;
              if (ck === 'share' && c.indicator.kind !== 'share') continue;
              if (c.indicator.kind === 'share' && ck !== 'share' && expr.unit === 'percent' && !c.namesShare) continue;
              if (ck === 'target' && c.indicator.kind !== 'target') continue;
              // "expanded 4.5% from a year earlier" is not a quarter-on-quarter annualized rate.
              const ib = basisOfIndicator(c.indicator);
              if (ib) {
                claimBasis ??= basisNear(
                  text,
                  expr.start,
                  expr.end,
                  Math.max(span.start, expr.start - 40),
                  Math.min(span.end, expr.end + 50),
                );
                if (claimBasis !== 'none' && claimBasis !== ib) {
                  const sibling = basisSibling(c.indicator, claimBasis, dataset.indicators);
                  if (!sibling) continue;
                  c = { ...c, indicator: sibling, alias: `${c.alias} (${claimBasis} named)` };
                }
              }
              const measure = measureOf(expr, ctx, c.indicator);
              if (!measure) continue;
              const value = signedValue(expr, ctx, measure, c.indicator, c.subjectCurrency);
              if (!plausible(view, c.indicator, measure, value)) {
                // Far out of range with its subject named beside it: kept for the plausibility check to report.
                if (!outOfRange && mayReportImplausible(measure, c.indicator, c.score, expr.unit === 'points'))
                  outOfRange = { c, measure };
                continue;
              }
              best = { c, measure };
              break;
            }
            best ??= outOfRange;
          }
          if (best) {
            const measure = measureOfId(best.c.indicator.id);
            if (measure && (siblings.get(measure)?.size ?? 0) > 1) measures.add(measure);
            recent = mentionOf(best.c);
            plain = null;
          }
          prevMatch = best ? mentionOf(best.c) : null;
          const indicator = best?.c.indicator ?? null;
          const measure = best?.measure ?? 'level';
          const ctx = ctxCache as ClaimContext | null;
          const value =
            indicator && ctx ? signedValue(expr, ctx, measure, indicator, best?.c.subjectCurrency) : expr.value;
          const unit = !indicator
            ? expr.unit
            : measure === 'pctChange' || measure === 'ppChange'
              ? 'percent'
              : indicator.unit;
          const halfStep = measure === 'ppChange' && expr.unit === 'bp' ? expr.precision / 200 : expr.precision / 2;
          const range = expr.range && measure === 'level' ? expr.range : undefined;
          const match = best && ctx ? matchRecord(best.c, ctx, cell ? cell.tokens.length : 0) : null;
          const lead = text.slice(Math.max(span.start, expr.start - 48), expr.start);
          const judgement = indicator
            ? judge(view, {
                indicator,
                value,
                range,
                halfStep,
                measure,
                period: ctx?.period ?? null,
                published,
                publishedAt: options.publishedAt, // J1: after-close rule (judge/after-close.ts)
                fromEnd: measure === 'level' && FROM_END_RE.test(lead),
                atClose: measure === 'level' && AT_CLOSE_RE.test(lead),
                bound: boundOf(lead),
                pastLevel: match?.rule === 'its-level',
                otherTime: !ctx?.period && pointsToOtherTime(trimmed),
                pastDistance: measure !== 'level' && FROM_PAST_LEVEL_RE.test(text.slice(expr.end, expr.end + 80)),
                announced: measure === 'level' && ANNOUNCED_RE.test(trimmed),
                confidence: match?.confidence ?? 0,
                alsoCompare:
                  otherBenchmark(indicator, best!.c.catalogueAlias, (id) => matcher.byId.get(id)) ?? undefined,
              })
            : null;
          prevCtx = ctxCache;
          claims.push({
            block: b,
            start: expr.start - shift,
            end: expr.end - shift,
            text: expr.text,
            sentence: trimmed,
            value,
            unit,
            kind: measure === 'level' ? (!ctx || ctx.kind === 'change' ? 'level' : ctx.kind) : 'change',
            period: ctx?.period ?? null,
            indicator,
            matchedAlias: best?.c.alias ?? null,
            match,
            judgement,
            step: halfStep * 2,
            direction: ctx?.direction ?? undefined,
            implausible: best !== null && best === outOfRange ? true : undefined,
          });
        });
      }
    }
    state.recent = recent;
    state.opener = opener;
    state.plain = plain;
    runChecks(claims, view, published);
    return claims;
  }

  return { dataset, view, analyze };
}

/** A qualifier word (country, central bank) within three words after the number, or just before it. */
function adjacentQualifier(o: Occurrence, tokens: Token[]): boolean {
  if (!o.entry.qualifierGroups.length || o.first === 0) return false;
  let prev = tokens[o.first - 1]!.norm;
  // "China, whose holdings slipped": "whose" stands for the name before it.
  if (prev === 'whose' && o.first >= 2) prev = tokens[o.first - 2]!.norm;
  // "Federal Reserve": "federal" alone is only American, but before "Reserve" it names the Fed.
  return (
    o.entry.qualifierGroups.includes(qualifierOf(prev)) || o.entry.qualifierGroups.includes(institutionOf(prev) ?? '')
  );
}

/**
 * Whether a central bank the alias is qualified by ("BOJ rate") is named earlier in the alias's
 * own clause, within a few words: "The Bank of Japan lifts rates", "the Fed cut its rate".
 */
function institutionActs(info: SentenceInfo, o: Occurrence): boolean {
  const { tokens } = info;
  const groups = o.entry.qualifierGroups;
  for (let i = o.first - 1; i >= Math.max(0, o.first - 6); i--) {
    if (info.punctBetween(i, i + 1, true)) return false;
    const w = tokens[i]!.norm;
    const inst = institutionOf(w);
    if (inst && w !== 'federal' && w !== 'reserve' && groups.includes(inst)) return true;
    // "Bank of Japan", "Bank of England", "Federal Reserve", "European Central Bank".
    const prev = tokens[i - 1]?.norm;
    const prev2 = tokens[i - 2]?.norm;
    if (w === 'japan' && prev === 'of' && prev2 === 'bank' && groups.includes('boj')) return true;
    if (w === 'england' && prev === 'of' && prev2 === 'bank' && groups.includes('boe')) return true;
    if (w === 'reserve' && prev === 'federal' && groups.includes('fed')) return true;
    if (w === 'bank' && prev === 'central' && prev2 === 'european' && groups.includes('ecb')) return true;
  }
  return false;
}

function qualifierOf(word: string): string {
  return wordQualifiers(word)[0] ?? '';
}

function qualifierNear(info: SentenceInfo, cs: number, ce: number, numberIdx: number[], groups: string[]): boolean {
  const { tokens } = info;
  const hit = (i: number) => {
    const t = tokens[i];
    // Only qualifying words (countries, central banks) can qualify.
    if (!t || !(t.lex.flags & QUALIFYING_WORD)) return false;
    return groups.includes(GROUPS.get(t.norm) ?? '') || wordQualifiers(t.norm).some((g) => groups.includes(g));
  };
  for (let i = ce + 1, words = 0; i < tokens.length && words < 3; i++) {
    if (numberIdx.includes(i) || info.punctBetween(i - 1, i, true)) break;
    if (hit(i)) return true;
    if (!(tokens[i]!.lex.flags & STOP)) words++;
  }
  // Before the number only the word right beside it counts: "Japan's 24%".
  const prev = cs - 1;
  return prev >= 0 && !numberIdx.includes(prev) && !info.punctBetween(prev, cs, true) && hit(prev);
}

const STOP = wordFlag(['a', 'an', 'the', 'of', 'for', 'on', 'in', 'to', 'by', 'and']);

/**
 * What the matcher asks of a sentence many times over, worked out once: words between two
 * tokens, punctuation between them, clause breaks between two offsets, currencies named.
 */
class SentenceInfo {
  readonly wordsPrefix: number[];
  readonly punctPrefix: number[];
  readonly commaPrefix: number[];
  private breaksCache: number[] | null = null;
  readonly spread: boolean;
  /** The cue bits of the sentence's words (Lexeme.cues). */
  readonly cues: number = 0;
  /** Currencies named by word, with the first token naming each. */
  readonly currencies: ReadonlyMap<string, number> = NO_CURRENCIES;
  /** Currencies the sentence's figures carry by sign or code ("¥157.43"). */
  signCurrencies: ReadonlySet<string> = EMPTY_GROUPS;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    start: number,
    end: number,
  ) {
    const n = tokens.length;
    // Plain arrays of their final length: typed arrays cost more to allocate than they save at a
    // few dozen tokens, and growing an array a push at a time reallocates it.
    const wordsPrefix = new Array<number>(n + 1);
    const punctPrefix = new Array<number>(n + 1);
    const commaPrefix = new Array<number>(n + 1);
    wordsPrefix[0] = punctPrefix[0] = commaPrefix[0] = 0;
    let currencies: Map<string, number> | null = null;
    let cues = 0;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const flags = t.lex.flags;
      cues |= t.lex.cues;
      wordsPrefix[i + 1] = wordsPrefix[i]! + (flags & WORDLESS ? 0 : 1);
      let comma = 0;
      let colon = 0;
      if (i > 0) {
        for (let k = tokens[i - 1]!.end; k < t.start; k++) {
          const ch = text.charCodeAt(k);
          // "·" joins a table cell's headers: each is its own phrase.
          // "|", "•" and "│" divide a ticker strip or a list run into one line.
          if (ch === 44 || ch === 59 || ch === 183 || ch === 124 || ch === 8226 || ch === 9474) comma = 1;
          else if (ch === 58) colon = 1;
        }
      }
      punctPrefix[i + 1] = punctPrefix[i]! + (comma || colon);
      commaPrefix[i + 1] = commaPrefix[i]! + comma;
      // "the Japanese currency", "the Chinese currency": a country's adjective before "currency".
      const c =
        flags & CURRENCY_WORD
          ? CURRENCY_OF.get(t.norm)
          : t.norm === 'currency' && i > 0
            ? COUNTRY_CURRENCY.get(tokens[i - 1]!.norm)
            : undefined;
      if (c && !currencies?.has(c)) (currencies ??= new Map()).set(c, i);
    }
    this.wordsPrefix = wordsPrefix;
    this.punctPrefix = punctPrefix;
    this.commaPrefix = commaPrefix;
    if (currencies) this.currencies = currencies;
    this.cues = cues;
    this.spread = (cues & SPREAD_CUE) !== 0 && SPREAD_WORDS.test(text.slice(start, end));
    this.start = start;
    this.end = end;
  }

  /** Words (not stop words) among tokens [from, to). */
  words(from: number, to: number): number {
    if (to <= from) return 0;
    return this.wordsPrefix[Math.min(to, this.tokens.length)]! - this.wordsPrefix[Math.max(0, from)]!;
  }

  /** Punctuation in the gaps between token a and token b (a < b): [,;:] or, if !colon, [,;]. */
  punctBetween(a: number, b: number, colon: boolean): boolean {
    const arr = colon ? this.punctPrefix : this.commaPrefix;
    const lo = Math.max(0, a) + 1;
    const hi = Math.min(b, this.tokens.length - 1) + 1;
    return hi > lo && arr[hi]! - arr[lo]! > 0;
  }

  /** The sentence's qualifier groups, as sentenceQualifiers gives them, without a word Set. */
  qualifiers(): Set<string> {
    const out = new Set<string>();
    let federal = false;
    let reserve = false;
    let united = false;
    let state = false;
    let bank = false;
    let japan = false;
    let england = false;
    let european = false;
    let central = false;
    for (const t of this.tokens) {
      const flags = t.lex.flags;
      if (flags & WORDLESS) continue;
      const w = t.norm;
      if (flags & QUALIFYING_WORD) for (const g of wordQualifiers(w)) out.add(g);
      if (w === 'federal') federal = true;
      else if (w === 'reserve') reserve = true;
      else if (w === 'united') united = true;
      else if (w === 'state') state = true;
      else if (w === 'bank') bank = true;
      else if (w === 'japan') japan = true;
      else if (w === 'england') england = true;
      else if (w === 'european') european = true;
      else if (w === 'central') central = true;
    }
    if (federal && reserve) out.add('fed');
    if (united && state) out.add('us');
    if (bank && japan) out.add('boj');
    if (bank && england) out.add('boe');
    if (european && central) out.add('ecb');
    return out;
  }

  private readonly start: number;
  private readonly end: number;

  /** Offsets where clause breaks begin, found on first use. */
  private get breaks(): number[] {
    if (!this.breaksCache) {
      this.breaksCache = [];
      const sentence = this.text.slice(this.start, this.end);
      CLAUSE_BREAK_G.lastIndex = 0;
      for (let m = CLAUSE_BREAK_G.exec(sentence); m; m = CLAUSE_BREAK_G.exec(sentence))
        this.breaksCache.push(this.start + m.index);
    }
    return this.breaksCache;
  }

  breakBetween(from: number, to: number): boolean {
    for (const b of this.breaks) if (b >= from && b < to) return true;
    return false;
  }
}

const EMPTY_GROUPS: ReadonlySet<string> = new Set();

/** How much of a sentence without figures is read for the country that opens it. */
const OPENER_CHARS = 40;

/** "ust_holdings" of "jp.ust_holdings". */
function measureOfId(id: string): string | null {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(dot + 1) : null;
}

const ORDINAL = wordFlag(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th']);

const COUNTRY_GROUPS = new Set(['japan', 'china', 'us', 'uk', 'eu', 'germany']);
const COUNTRY_PREFIX = /^(?:jp|us|cn|uk|ea|de)\./;
/** Measures of an economy, which news often gives without naming it. */
const PAGE_COUNTRY_KINDS = new Set(['inflation', 'labour', 'growth', 'yield']);

/** The most-named country, how many sentences named it, and how many named the runner-up. */
function countryRanking(counts: Record<string, number>): { best: string | null; first: number; second: number } {
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const g in counts) {
    const n = counts[g]!;
    if (n > first) {
      second = first;
      first = n;
      best = g;
    } else if (n > second) second = n;
  }
  return { best, first, second };
}

/** The country named in the most sentences, when it leads the next by at least one and was named twice. */
function leadingCountry(counts: Record<string, number>): string | null {
  const { best, first, second } = countryRanking(counts);
  return first >= 2 && first > second ? best : null;
}

/** Whether the leading country leads clearly: named in three sentences or more, twice as often as any other. */
function clearLead(counts: Record<string, number>): boolean {
  const { first, second } = countryRanking(counts);
  return first >= 3 && first >= 2 * second;
}

/** Whether a word of the claim's clause (up to punctuation either side) names one of `countries`. */
function clauseNames(info: SentenceInfo, cs: number, ce: number, countries: ReadonlySet<string>): boolean {
  const { tokens } = info;
  for (let i = cs - 1; i >= 0 && !info.punctBetween(i, i + 1, true); i--) {
    const g = tokens[i]!.lex.flags & QUALIFYING_WORD ? GROUPS.get(tokens[i]!.norm) : undefined;
    if (g && countries.has(g)) return true;
  }
  for (let i = ce + 1; i < tokens.length && !info.punctBetween(i - 1, i, true); i++) {
    const g = tokens[i]!.lex.flags & QUALIFYING_WORD ? GROUPS.get(tokens[i]!.norm) : undefined;
    if (g && countries.has(g)) return true;
  }
  return false;
}

/** Sorts candidates best first, in place and stably (as Array#sort would, without its scratch space). */
function byScore(list: Candidate[]): void {
  for (let i = 1; i < list.length; i++) {
    const c = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]!.score < c.score) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = c;
  }
}

/** Whether some index lies in [lo, hi]. */
function anyBetween(indices: readonly number[], lo: number, hi: number): boolean {
  for (const i of indices) if (i >= lo && i <= hi) return true;
  return false;
}

/** Whether some of `items` is in `set`. */
function anyIn(items: readonly string[], set: ReadonlySet<string>): boolean {
  for (const g of items) if (set.has(g)) return true;
  return false;
}

/** Whether only articles stand between token a and token b: "24% tariff", "3.4% the index" but not "3.4% and the Nasdaq". */
function onlyArticlesBetween(tokens: Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (w !== 'a' && w !== 'an' && w !== 'the') return false;
  }
  return true;
}

/** A clause that goes on with a verb and no subject of its own ("..., but was down 12%"). */
const ELIDED_SUBJECT_RE =
  /^[^;:]*[,;]?[\s\u00a0]+(?:but|and|yet)[\s\u00a0]+(?:[a-z]+ly[\s\u00a0]+)?(?:was|were|is|are|has|had|ended|closed|finished|fell|rose|dropped|gained|lost|slipped|climbed|added|jumped|slid|edged|settled|traded|stood|remained|declined|advanced|eased|firmed|weakened|strengthened)\b[^,;:]{0,40}$/i;

/** Words not counted in distances between an alias and its figure. */
const WORDLESS = wordFlag(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'by', 'its', 'their', 'for', 'and']);

const SPREAD_WORD_LIST = ['gap', 'spread', 'differential', 'premium'];
const SPREAD_WORD_SET = new Set(SPREAD_WORD_LIST);
const SPREAD_CUE = wordCue((part) => SPREAD_WORD_SET.has(part));
const SPREAD_WORDS = new RegExp(`\\b(?:${SPREAD_WORD_LIST.join('|')})\\b`, 'i');
const SPREAD_BEFORE = new RegExp(
  `\\b(?:${SPREAD_WORD_LIST.join('|')})[\\s\\u00a0]+(?:between|over|of)[\\s\\u00a0]+(?:the[\\s\\u00a0]+)?$`,
  'i',
);

const NO_CURRENCIES: ReadonlyMap<string, number> = new Map();

/** ", or", " a barrel, or", "i.e.": what restates the figure before. */
// "2.3% in July-September, or 0.4%": a period phrase may stand before the restatement.
const OR_LINK = String.raw`(?:[\s\u00a0]+(?:a|an|per)[\s\u00a0]+[a-z]+)?(?:[\s\u00a0]+(?:in|on|for|over)[\s\u00a0]+[A-Za-z0-9-]+)?[\s\u00a0]*,?[\s\u00a0]*(?:or|i\.e\.)`;
const ROUGHLY_TAIL = String.raw`[\s\u00a0]+(?:about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|some[\s\u00a0]+)?$`;
/** "fell 274.45 points, or 4.84%", "... and 12%": a figure that goes on from the one before. */
const CHAIN_RE = new RegExp(`^(?:${OR_LINK}|[^\\d.;:]{0,30}\\band)${ROUGHLY_TAIL}`, 'i');

/** "... 3.3 per cent in the 12 months to March, the ONS said, up from 3.0 per cent": the same measure before. */
const COMPARED_FROM_RE = /,[\s\u00a0]*(?:up|down)[\s\u00a0]+from[\s\u00a0]+$/i;

const LABEL_COLON_RE = /^[\s\u00a0]*:[\s\u00a0]*(?:[A-Za-z]+[\s\u00a0]+){0,3}$/;

/** What stands between a move and the level it ends at or started from: "to", ", down from", "per dollar from". */
const LEVEL_LINK_RE =
  /^[\s\u00a0]*(?:(?:a|an|per)[\s\u00a0]+[a-z]+[\s\u00a0]*)?(?:(?:in|on)[\s\u00a0]+[A-Za-z]+\.?[\s\u00a0]*)?,?[\s\u00a0]*(?:(?:up|down|higher|lower)[\s\u00a0]+)?(?:to|at|from)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+|a[\s\u00a0]+(?:record|high|low)[\s\u00a0]+of[\s\u00a0]+)?$/i;

/** ", a 26.2% gain", ", up 1.2%": what qualifies the last figure. */
/** "its April 8 close of ", "its Jan. 27 record close of ", "its February high of ". */
const ITS_LEVEL_BEFORE_RE =
  /\b(?:its|their)[\s\u00a0]+(?:[A-Z][a-z]+\.?[\s\u00a0]+(?:\d{1,2}[\s\u00a0]+)?|\d{4}[\s\u00a0]+|(?:year|month|week)-end[\s\u00a0]+)?(?:record[\s\u00a0]+|all-time[\s\u00a0]+|previous[\s\u00a0]+|closing[\s\u00a0]+|intraday[\s\u00a0]+)?(?:close|closing level|high|low|peak|trough|level|finish)[\s\u00a0]+(?:of|at)[\s\u00a0]+$/;
/** "the 24,580.11 it stood at", "the $760.8bn it held in January 2025". */
const IT_HELD_AFTER_RE =
  /^[\s\u00a0]+(?:that[\s\u00a0]+)?(?:it|they)[\s\u00a0]+(?:had[\s\u00a0]+|was[\s\u00a0]+|were[\s\u00a0]+)?(?:stood|held|traded|trading|quoted|closed|ended|finished|reached|hit|touched|fetched|sat)\b/i;

/** A table column (or row) of expectations: "Consensus", "Forecast", "Reuters poll", "Median est.". */
const FORECAST_HEADER_RE =
  /^(?:[A-Za-z]+[\s\u00a0]+)?(?:consensus|forecasts?|fcst|f'cast|expected|expectations?|estimates?|est\.?|median|poll|survey|projections?)(?:[\s\u00a0]+(?:forecast|estimate|est\.?|median|poll))?$/i;

/** "..., standing 0.6% above its end-2024 close", "..., leaving it 3% higher": the clause goes on with the same subject. */
const PARTICIPLE_LINK_RE =
  /,[\s\u00a0]+(?:having[\s\u00a0]+(?:changed[\s\u00a0]+hands|traded|touched|hit|reached)|standing|leaving|putting|taking|bringing|trading|sitting|closing|ending|finishing)(?:[\s\u00a0]+(?:it|them|the[\s\u00a0]+\w+))?[\s\u00a0]+(?:at[\s\u00a0]+|about[\s\u00a0]+|some[\s\u00a0]+)?$/i;

/** ", or 0.74%": the last figure restated. */
const OR_CHAIN_RE = new RegExp(`^${OR_LINK}${ROUGHLY_TAIL}`, 'i');
const APPOSITIVE_RE = /^[\s\u00a0]*,[\s\u00a0]*(?:a|an|up|down|higher|lower|off)[\s\u00a0]+$/i;

/** Where a label's separator (":" or a dash) after text[..end) ends; `end` if there is none. */
function labelEnd(text: string, end: number): number {
  const m = /^[\s\u00a0]*(?::|[–—])/.exec(text.slice(end, end + 4));
  return m ? end + m[0].length : end;
}

/** Words of a ", which ..., " aside between token `from` and token `to`. */
function asideWords(info: SentenceInfo, text: string, from: number, to: number): number {
  const { tokens } = info;
  const start = tokens[from]!.end;
  const m = ASIDE_RE.exec(text.slice(start, tokens[to]!.start));
  if (!m) return 0;
  const a = start + m.index;
  const b = a + m[0].length;
  let n = 0;
  for (let i = from + 1; i < to && tokens[i]!.start < b; i++)
    if (tokens[i]!.start >= a && !(tokens[i]!.lex.flags & WORDLESS)) n++;
  return n;
}
const ASIDE_RE = /,[\s\u00a0]*(?:which|who|whose|where)\b[^,;:.!?]*,/i;

/** "the S&P 500 gained 3.4% and the Nasdaq 4.2%": a second subject with the first one's verb. */
const ELLIPSIS_RE =
  /^(?:[\s\u00a0]+(?:in|on|for|over|this|last)[\s\u00a0]+[A-Za-z0-9]+(?:[\s\u00a0]+[A-Za-z0-9]+)?)?[\s\u00a0]*,?[\s\u00a0]*(?:and|while|with)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w&.'’-]*[\s\u00a0]+){1,4}(?:at[\s\u00a0]+)?$/;

// "|", "•" and "│" part the items of a price strip or a run-in list as ";" does.
const CLAUSE_BREAK_RE =
  /[;:|•│]|,\s+(?:while|whereas|but|and|although|though|as|with)\b|\s[–—]\s|\bwhile\b|\bwhereas\b/i;
const CLAUSE_BREAK_G = new RegExp(CLAUSE_BREAK_RE.source, 'gi');

const SIGNED_KINDS = new Set(['growth', 'inflation']);

/** The claim's value in the indicator's unit, signed for changes ("a 12% drop" is -12). */
function signedValue(
  expr: NumericExpression,
  ctx: ClaimContext,
  measure: Measure,
  ind: Indicator,
  subjectCurrency: string | undefined,
): number {
  let v = expr.value;
  if (measure === 'ppChange' && expr.unit === 'bp') v = tidy(v / 100, 8);
  // A level is signed only when told as a move ("GDP shrank 0.6%", "employers shed 156,000 jobs"),
  // not when a move ends at it ("the jobless rate fell to 4.3%").
  const signed =
    measure !== 'level' || ((SIGNED_KINDS.has(ind.kind) || ind.kind === 'labour') && ctx.kind === 'change');
  if (signed && !expr.explicitSign && ctx.direction === 'down') v = -Math.abs(v);
  // "The yen fell 0.4%" is USD/JPY up: a move of the pair's quote currency is the pair's inverse.
  if (measure === 'pctChange' && ind.kind === 'fx' && v !== 0) {
    if (subjectCurrency && subjectCurrency === unitParts(ind.unit)[0]) v = -v;
  }
  // "fell 0.0%" is 0, not -0 (which JSON, and so the page, would not keep).
  return v === 0 ? 0 : v;
}

/** A candidate's subject, as later figures may carry it. */
const mentionOf = (c: Candidate): Mention => ({
  indicator: c.indicator,
  alias: c.alias,
  catalogueAlias: c.catalogueAlias,
  namesShare: c.namesShare,
  rule: c.rule,
  subjectCurrency: c.subjectCurrency,
});

/** What a catalogue entry tells of its subject, read once when a candidate is made. */
function fromEntry(entry: AliasEntry): Pick<Mention, 'catalogueAlias' | 'namesShare' | 'subjectCurrency'> {
  return {
    catalogueAlias: entry.alias,
    namesShare: !!entry.shareOnly || /share/i.test(entry.alias),
    subjectCurrency: aliasCurrency(entry.alias),
  };
}

/**
 * The currency whose move a catalogue FX alias speaks of: the one named first ("the pound against
 * the dollar", "the Canadian dollar"), or none for a quote written as such ("yen per dollar" moves
 * with the pair). Read from the catalogue's alias when the candidate is made, never from a label.
 */
function aliasCurrency(alias: string): string | undefined {
  const a = alias.toLowerCase();
  if (/\bper\b/.test(a)) return undefined;
  if (/\bcanadian dollar\b/.test(a)) return 'CAD';
  for (const w of a.split(/[\s'’/-]+/)) {
    const c = CURRENCY_WORDS[w];
    if (c) return c;
  }
  return undefined;
}

/** Nouns after an alias that make it a modifier of another subject: gold miners, oil stocks. */
const SUBJECT_SHIFT = wordFlag([
  'miner',
  'mining',
  'stock',
  'share',
  'producer',
  'company',
  'firm',
  'etf',
  'fund',
  'sector',
  'maker',
  'exporter',
  'importer',
  'supplier',
  'bank',
  'lender',
  'trader',
  'investor',
  'analyst',
  'index-linked',
  // "S&P 500 futures were down 0.3%": the contract, not the index.
  'future',
  'option',
]);
