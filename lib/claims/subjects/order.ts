import { SPREAD_WITH_LEG } from '../lexicon/spread-words';
import { rowNamesOthers } from '../rules/other-partners-row';
import type { Indicator } from '../../dataset/schema';
import type { NumericExpression } from '../types';
import type { Occurrence } from '../match';
import type { ClaimSite } from '../site';
import type { Catalogue } from '../catalogue';
import { asCandidate, carried, fromEntry, type Candidate, type Mention } from '../candidate';
import { tokenize, type Token } from '../tokens';
import { ANAPHOR } from '../lexicon/anaphora';
import { OTHER_MEASURE_WORDS } from '../lexicon/other-measures';
import { withCounterCurrency } from './counter-currency';
import { aliasCandidates } from './alias-in-sentence';
import { itsOwnMeasureOpener, raiseOpener } from './its-own-measure';
import { currencyWordCandidates } from './currency-words';
import { withRowOwner } from './row-owner';
import {
  BANK_RATE_SCORE,
  bankAtRate,
  bankPossessiveRate,
  bankRateOf,
  notRateAfter,
  ownedBankRate,
  theBankRate,
} from './bank-rate';
import { carriesTenor, elidedTenorSibling, fromLastTenor, retenor, tenorList, tenorSibling } from './tenor';
import { lastNamedIndex, towardBroader } from './broader-index';
import { holderCandidate, isGapFigure, openingCountry } from './holder';
import { CELL_JOIN } from '../stages/read-block';
import { RESPECTIVE_SCORE } from './respectively';
import { formerLatterPointer, formerLatterSubject } from './former-latter';
import { withCounterpart } from './counterpart';
import { ELIDED_SUBJECT_RE, continuesSubject, priorAfterExpected } from './same-subject-chain';
import { isItsLevel } from './its-level';
import { earlierSubject } from './earlier-subject';
import { plainSubject } from './plain-subject';
import { namesOtherCountrysMeasure } from './own-other-country';
import { SentenceInfo } from '../sentence-info';
import { opensWithoutSubject } from './list-heading';
import { withoutOtherBondYields } from '../rules/other-bond';
import { ANAPHORA_OF } from '../lexicon/anaphora';
import { REVISED_KINDS, mayReviseMonth, revisesMonthTo } from './revised-month';
import { towardCore } from './core-measure';
import { pairSkipsBack } from './pair-skips-back';
import { namesOtherPair } from '../rules/other-pair';
import { coreAfterHeadline } from './core-after-headline';
import { futuresOn } from '../rules/futures-on';
import { futuresList } from '../rules/futures-list';
import { withoutCompared, withoutOutdone } from './compared-with';
import { ecbReference } from './ecb-reference';
import { cellHeadersOwn } from './cell-headers-own';
import { unnamedRow } from './unnamed-row';
import { withNamedCountrySibling } from './named-country-sibling';
import { withGappedCountry } from './gapped-country';
import { tenorRowYield } from './tenor-row';
import { isMarketOrPolicy, macroWordBefore } from '../rules/macro-word-before';
import { carriedTenorCountry, withTenorCountry } from './country-tenor';
import { bareTenorYield } from './bare-tenor';
import { answerLead, asksWorth, isQuestion } from './answered-question';
import { COUNTRY_GROUPS, placedInOtherCountry } from '../lexicon/countries';
import { withoutAsideNames } from './relative-aside';
import { untieRates } from './tied-rates';
import {
  CROSSING_READING,
  ANSWERED_QUESTION,
  EARLIER_SUBJECT,
  GOODS_TARIFF,
  TENOR_ROW,
  ITS_LEVEL,
  MIN_SCORE,
  PRONOUN_IT,
  SAME_SUBJECT_CHAIN,
} from '../rules/weights';
import { isTariffRate, tariffOfGoods } from './goods-tariff';
import { isTariffLabel } from './tariff-label';
import { cityGaugeWords, isJapanInflation } from '../rules/city-cpi';
import { TARIFF_NOUNS } from '../lexicon/tariff-words';
import { tariffOnOtherThings } from '../rules/tariff-object';
import { onOtherGoods } from '../rules/other-goods';
import { readsCrossing, withCrossingSubject } from './crossing-reading';

/** How many words before a figure "the pair" may stand and still be its subject. */
const ANAPHOR_REACH = 5;

/**
 * Example: "the Nikkei and the Topix rose 1.35% and 0.92%, respectively": the ways a figure's
 * subject is found, as one ordered list. Each step takes the candidates so far and returns them,
 * added to, replaced or narrowed.
 */

/** What the engine carries from sentence to sentence of a page (see AnalyzeState). */
export interface PageMemory {
  /** The subject matched last: what "the index" or "it" points back to. */
  recent: Mention | null;
  /** The indicators the last sentence with a match named, and where it began. */
  recentSentence: { at: number; ids: Set<string>; names?: number; unmatched?: boolean } | null;
  /** The last few indicators matched, oldest first, each once. */
  readonly recentIds: string[];
  /** The last sentence without numbers, read only if a later "the index" needs it. */
  plain: { text: string; start: number; end: number } | null;
  /** Measures kept for several countries that the page has matched: whose "its holdings" may be. */
  readonly measures: Set<string>;
  /** The one indicator a short heading named, for the short items under it (list-heading). */
  listHead?: Mention | null;
  /** Whether the sentence just before had no figures, so that `plain` is the one "it" may point to. */
  plainJustBefore?: boolean;
}

/** One figure of a sentence, with its neighbours and what the page has named before it. */
export interface FigureSite extends ClaimSite {
  /** The figure's index among the sentence's figures. */
  readonly k: number;
  readonly kept: readonly NumericExpression[];
  /** The sentence's offsets in `text`. */
  readonly span: { readonly start: number; readonly end: number };
  /** The sentence before it in the same block, if any (tenor-country-carried). */
  readonly spanBefore: { readonly start: number; readonly end: number } | null;
  readonly occs: readonly Occurrence[];
  /** Where the figure before ends (or the sentence starts), and where the next begins (or the sentence ends). */
  readonly prevEnd: number;
  readonly nextStart: number;
  /** A table cell's headers; undefined in running text. */
  readonly context: string | undefined;
  readonly opener: string | null;
  readonly previousOpener: string | null;
  /** The previous figure of this sentence's subject, if it was matched. */
  readonly prevMatch: Mention | null;
  /** The figure two before's subject, when the one between was not matched. */
  readonly twoBackMatch?: Mention | null;
  /** The last indicators matched before this sentence, oldest first (the-two-respectively). */
  readonly namedBefore?: readonly string[];
  /** The indicators the last sentence with a match named, in order (former-latter-before). */
  readonly sentenceBefore?: readonly string[] | null;
  /** The sentence just before, when it had no figures (former-latter-before). */
  readonly plainBefore?: { text: string; start: number; end: number } | null;
  /** The sentence's "respectively" list, by figure index, read on first use. */
  readonly respective: () => ReadonlyMap<number, Occurrence> | null;
  readonly memory: PageMemory;
  readonly catalogue: Catalogue;
}

type SubjectStep = (cands: Candidate[], s: FigureSite) => Candidate[];

/** Aliases the sentence names, scored by nearness, and currency pairs named by their currencies. */
function inSentence(_: Candidate[], s: FigureSite): Candidate[] {
  const out = aliasCandidates(s, s.occs);
  currencyWordCandidates(s, s.catalogue.fxPairs, out);
  return out;
}

/** "The two-year note, ...: its yield slipped 1 basis point to 3.98%": the opening subject's own measure. */
function itsOwnMeasure(cands: Candidate[], s: FigureSite): Candidate[] {
  const opener = itsOwnMeasureOpener(s.info.tokens, s.cs, s.occs);
  return opener ? raiseOpener(cands, opener) : cands;
}

/** "The European Central Bank set its reference rate at 1.0694 dollars": the euro's fixing, not a policy rate. */
function ecbReferenceRate(cands: Candidate[], s: FigureSite): Candidate[] {
  return ecbReference(
    cands,
    { text: s.text, span: s.span, expr: s.expr, currencies: s.info.currencies },
    s.catalogue.fxPairs,
  );
}

/** A table cell: a name in its own row or column header outranks one found only in the caption. */
function cellHeaders(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.context || cands.length < 2) return cands;
  return cellHeadersOwn(cands, s.text, s.info.tokens, s.context!.length + 3);
}

/** A measure kept for several countries, found by words that fit another country's alias: the named country's. */
function namedCountrySibling(cands: Candidate[], s: FigureSite): Candidate[] {
  if (s.cell || !cands.length) return cands;
  return withNamedCountrySibling(cands, s.sentenceGroups, s.info.tokens, s.cs, s.catalogue.siblings);
}

/** "Japan lifts its stash to $1,125.9 billion, China to $784.3 billion": the gapped clause's country owns its figure. */
function gappedCountry(cands: Candidate[], s: FigureSite): Candidate[] {
  if (s.cell) return cands;
  return withGappedCountry(cands, s.text, s.info.tokens, s.cs, s.catalogue.siblings);
}

/** A table cell whose row names something outside the catalogue: no subject from the text before the table. */
function rowNamesOther(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.context || !cands.length) return cands;
  return unnamedRow(cands, s.text, s.info.tokens, s.occs, s.context.length + 3);
}

/** A table cell: the row's country picks its own of sibling measures ("China" row, "Holdings" column). */
function rowOwner(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.cell) return cands;
  return withRowOwner(cands, s.sentenceGroups, s.catalogue.siblings).map((c) => asCandidate(c, 'row-owner'));
}

/** A table cell whose row names a central bank and whose headers a rate, or "its benchmark rate" after one bank: that bank's rate. */
function bankRate(cands: Candidate[], s: FigureSite): Candidate[] {
  // bank-at: "Euro-Area Inflation Jumps to 2.5% ... as ECB Sits at 2%": the bank named right before "at" outranks any
  // name further off, however strong.
  const at =
    !s.cell && cands.length && s.expr.unit === 'percent' ? bankAtRate(s.info.tokens, s.cs, s.catalogue.rates) : null;
  if (at && !notRateAfter(s.text.slice(s.expr.end, s.expr.end + 40)))
    return [
      ...cands.filter((c) => c.indicator === at),
      asCandidate(
        { indicator: at, alias: `${at.name} (its rate, the bank named)`, score: BANK_RATE_SCORE },
        'bank-rate',
      ),
    ];
  if (cands.some((c) => c.score >= BANK_RATE_SCORE)) return cands;
  if (!s.cell) {
    // bank-possessive: "above the Bank of Canada's 2.25%" outranks a bank named further off.
    const possessive =
      s.expr.unit === 'percent' &&
      !notRateAfter(s.text.slice(s.expr.end, s.expr.end + 40)) &&
      bankPossessiveRate(s.info.tokens, s.cs, s.text, s.expr.start, s.catalogue.rates);
    if (possessive)
      return [
        ...cands.filter((c) => c.indicator === possessive),
        asCandidate(
          { indicator: possessive, alias: `${possessive.name} (its rate, the bank's)`, score: BANK_RATE_SCORE },
          'bank-rate',
        ),
      ];
    if (cands.length || (s.expr.unit !== 'percent' && s.expr.unit !== 'bp' && s.expr.unit !== 'pp')) return cands;
    const lead = s.text.slice(Math.max(s.span.start, s.expr.start - 120), s.expr.start);
    const own =
      ownedBankRate(lead, s.sentenceGroups, s.catalogue.rates) ??
      theBankRate(
        s.text.slice(s.span.start, s.expr.start),
        lead,
        () => s.page.previous,
        s.catalogue.rates,
        s.page.lastBank,
      ) ??
      bankAtRate(s.info.tokens, s.cs, s.catalogue.rates);
    if (own)
      cands.push(
        asCandidate(
          { indicator: own, alias: `${own.name} (its rate, the bank named)`, score: BANK_RATE_SCORE },
          'bank-rate',
        ),
      );
    return cands;
  }
  const rate = bankRateOf(s.context!, s.sentenceGroups, s.catalogue.rates);
  if (rate)
    cands.push(
      asCandidate(
        { indicator: rate, alias: `${rate.id} (rate of the bank the row names)`, score: BANK_RATE_SCORE },
        'bank-rate',
      ),
    );
  return cands;
}

/** "the 2-year yield rose to 3.52%": a tenor right before the figure picks that maturity. */
function tenor(cands: Candidate[], s: FigureSite): Candidate[] {
  const between = s.text.slice(s.prevEnd, s.expr.start);
  if (!cands.length || s.prevEnd === s.span.start || !carriesTenor(between))
    return retenor(cands, between, s.catalogue.tenors);
  return retenor(cands, fromLastTenor(s.text.slice(s.span.start, s.expr.start)), s.catalogue.tenors);
}

/** tenor-country-carried: with no country in the sentence, the sentence before may name the bond market. */
function carriedBondCountry(s: FigureSite): string | undefined {
  const countries = [...s.sentenceGroups].some((g) => COUNTRY_GROUPS.has(g));
  const prior = s.spanBefore;
  // plain-block-country: "Japan's government bond yield touched a ten-year peak." as a paragraph without
  // figures, then "The 10-year yield added 2.5 basis points to 0.975%".
  const plain = !prior && s.memory.plainJustBefore ? s.memory.plain : null;
  const priorText = prior
    ? s.text.slice(prior.start, prior.end)
    : plain
      ? plain.text.slice(plain.start, plain.end)
      : null;
  return countries || priorText === null ? undefined : carriedTenorCountry(priorText);
}

/** "Japan's 10-year yield, at 2.674%": the country word before the tenor decides whose yield. */
function tenorCountry(cands: Candidate[], s: FigureSite): Candidate[] {
  const before = s.text.slice(Math.max(s.span.start, s.prevEnd, s.expr.start - 80), s.expr.start);
  const carried = carriedBondCountry(s);
  // (A carried country holds for every figure of the sentence: read its tenor from the sentence's start.)
  const own = carried ? s.text.slice(Math.max(s.span.start, s.expr.start - 160), s.expr.start) : before;
  return withTenorCountry(cands, own, s.catalogue.dataset.indicators, carried);
}

/** "the Nikkei ..., while the broader index rose 0.9%": the same country's broader index. */
function broader(cands: Candidate[], s: FigureSite): Candidate[] {
  const { broader: index, countriesOf } = s.catalogue;
  if (!index.size) return cands;
  // broader-across-sentences: "The Nasdaq dropped 1.6%. Over the five sessions the broad index shed 2.0%":
  // with no index named in the sentence, the index named last in the page is the one set against.
  const recent = s.memory.recent;
  const last =
    lastNamedIndex(s.occs, s.info.tokens, s.expr.start) ??
    (recent?.indicator.kind === 'index'
      ? { indicator: recent.indicator, alias: recent.alias, end: s.span.start }
      : null);
  return towardBroader(cands, s.text, s.expr.start, last, index, countriesOf).map((c) =>
    asCandidate(c, 'broader-index'),
  );
}

/** "Japan, the largest holder, trimmed its holdings to $1.13 trillion": the holder's own measure. */
function holder(cands: Candidate[], s: FigureSite): Candidate[] {
  const { measures } = s.memory;
  if (!measures.size || isGapFigure(s.text.slice(s.expr.end, s.nextStart))) return cands;
  const { catalogue: c } = s;
  let { tokens } = s.info;
  let { cs, numberIdx, opener } = s;
  if (s.cell || (!opener && s.context)) {
    // holder-label-item: "Key figures · Japan: $1,200.0 billion at the end of October": a list item labelled by
    // its holder is read without its heading.
    const from = Math.max(s.span.start, s.context ? s.context.length + CELL_JOIN.length : 0);
    const first = tokens.findIndex((t) => t.start >= from);
    if (first < 0) return cands;
    tokens = tokens.slice(first);
    cs -= first;
    numberIdx = numberIdx.filter((i) => i >= first).map((i) => i - first);
    opener = openingCountry(tokens, c.groupOf);
    if (!opener) return cands;
  }
  const found = holderCandidate(
    s.text,
    tokens,
    cs,
    numberIdx,
    opener,
    s.previousOpener,
    c.groupOf,
    measures,
    c.siblings,
  );
  if (found) cands.push(asCandidate(found, 'holder'));
  return cands;
}

/** The writer has said which figure is whose: it replaces every nearness guess. */
function respectively(cands: Candidate[], s: FigureSite): Candidate[] {
  const listed = s.respective()?.get(s.k);
  // futures-respectively: "those linked to the S&P 500 and the Dow gained 0.3% and 0.2%, respectively": contracts.
  if (listed && (futuresOn(listed, s) || futuresList(listed, s))) return [];
  if (!listed) {
    // respectively-unresolved: "the benchmark and the Nasdaq closed out the quarter down 4.6% and 7.1%,
    // respectively": a list figure whose subject is only pointed back to is no nearest name's.
    const byTenor = respectiveTenor(cands, s);
    if (byTenor !== cands) return byTenor;
    const r = s.text.indexOf('respectively', s.span.start);
    if (r >= 0 && r < s.span.end && s.expr.start < r && inRespectiveList(s)) {
      const both = theTwoNamedBefore(s);
      if (both)
        return [
          asCandidate(
            { indicator: both, alias: `${both.name} (the two, respectively)`, score: RESPECTIVE_SCORE },
            'respectively',
          ),
        ];
      // pronoun-in-list: the first figure is the pronoun's (the subject named before), the next the name's.
      if (PRONOUN_LIST_RE.test(s.text.slice(s.span.start, s.expr.start))) {
        const recent = s.memory.recent;
        if (s.k > 0 && s.kept[s.k - 1]!.end > s.span.start) return cands;
        return recent
          ? [carried(recent, `${recent.alias} (it, respectively)`, 'earlier-subject', EARLIER_SUBJECT)]
          : [];
      }
      if (namesByAnaphor(s)) return [];
    }
    return cands;
  }
  return [
    asCandidate(
      {
        indicator: listed.entry.indicator,
        alias: `${listed.entry.alias} (respectively)`,
        score: RESPECTIVE_SCORE,
      },
      'respectively',
    ),
  ];
}

/** "the former is up 24.1% while the latter has added 12.0%": the first or second subject named before. */
function formerLatter(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.info.tokens.some((t) => t.norm === 'former' || t.norm === 'latter')) return cands;
  const o = formerLatterSubject(s.text, s.info.tokens, s.cs, s.occs);
  if (!o) return formerLatterTenor(cands, s) ?? formerLatterBefore(cands, s);
  // "the won and the yuan ...: the former has lost 2.3% against the dollar": the former moves its pair.
  const facts = fromEntry(o.entry);
  return [
    {
      indicator: o.entry.indicator,
      alias: `${o.entry.alias} (the former/the latter)`,
      catalogueAlias: facts.catalogueAlias,
      namesShare: facts.namesShare,
      subjectCurrency: facts.subjectCurrency,
      score: RESPECTIVE_SCORE,
      rule: 'former-latter',
      distance: 0,
    },
  ];
}

/**
 * former-latter-tenor: "The 10-year and 2-year yields took different paths: the former held at 4.09%, ...
 * the latter eased to 3.54%": two tenors of one name, "the former" the first tenor's yield.
 */
function formerLatterTenor(_cands: Candidate[], s: FigureSite): Candidate[] | null {
  const which = formerLatterPointer(s.info.tokens, s.cs);
  if (!which) return null;
  const lead = s.text.slice(s.span.start, s.info.tokens[which.at]!.start);
  const years = tenorList(lead);
  if (years?.length !== 2) return null;
  // "The 2-year and 10-year yields": "10-year yields" may read as several countries' 10-year yield; the
  // one kept at both tenors is meant (a 2-year Bund is not in the catalogue).
  const named = s.occs.filter(
    (o) =>
      o.last < which.at &&
      TENOR_ID_RE_ANY.test(o.entry.indicator.id) &&
      years.every((y) => tenorSibling(o.entry.indicator, y, s.catalogue.tenors)),
  );
  const ids = new Set(named.map((o) => o.entry.indicator.id));
  if (ids.size !== 1) return null;
  const sib = tenorSibling(
    named[0]!.entry.indicator,
    which.word === 'former' ? years[0]! : years[1]!,
    s.catalogue.tenors,
  );
  if (!sib) return null;
  return [
    asCandidate({ indicator: sib, alias: `${sib.name} (the ${which.word})`, score: RESPECTIVE_SCORE }, 'former-latter'),
  ];
}

/** An indicator kept by tenor ("us.ust_10y_yield"). */
const TENOR_ID_RE_ANY = /_\d+y_/;

/**
 * former-latter-before: "the Nikkei 225 and the broader TOPIX fell 1.00% and 1.47%, respectively. The former
 * closed at 38,973.54; the latter ended at 2,699.15": with no two names before it in its own sentence, "the
 * former" and "the latter" are the two subjects matched last before the sentence, if they are of one kind.
 */
function formerLatterBefore(cands: Candidate[], s: FigureSite): Candidate[] {
  const which = formerLatterPointer(s.info.tokens, s.cs);
  if (!which) return cands;
  // A name of the sentence's own between the start and the pointer is what it points to, not the sentence before's.
  if (s.occs.some((o) => o.last < s.cs && o.first < which.at)) return cands;
  // Exactly two subjects in the sentence before: with three ("the 2- and 10-year ..., and the long bond"),
  // which two "the former" and "the latter" choose between is not said. The sentence just before may have
  // no figures: "Japan's 10-year JGB yield and the U.S. 10-year Treasury yield both rose. The former ...".
  const ids = s.plainBefore ? plainPair(s.plainBefore, s) : s.sentenceBefore?.length === 2 ? s.sentenceBefore : null;
  if (!ids) return cands;
  const [first, second] = ids.map((id) => s.catalogue.matcher.byId.get(id));
  if (!first || !second || first.kind !== second.kind) return cands;
  const ind = which.word === 'former' ? first : second;
  return [
    asCandidate(
      { indicator: ind, alias: `${ind.name} (the ${which.word}, named before)`, score: RESPECTIVE_SCORE },
      'former-latter',
    ),
  ];
}

/**
 * plain-names-pair: "USD/JPY extended its slide as the jobs report failed to help the greenback. The pair ended at
 * 154.80": with no pair matched yet, "the pair" is the one currency pair the sentence without figures named.
 */
function plainNamedPair(plain: { text: string; start: number; end: number }, s: FigureSite): Candidate | null {
  const occs = s.catalogue.matcher.occurrences(tokenize(plain.text, plain.start, plain.end));
  const ids = [...new Set(occs.filter((o) => o.entry.indicator.kind === 'fx').map((o) => o.entry.id))];
  return ids.length === 1 ? pairSkipsBack(ids, s.catalogue.matcher.byId) : null;
}

/** The two subjects a sentence without figures names, in order, each its own phrase (plain-subject), if two. */
function plainPair(plain: { text: string; start: number; end: number }, s: FigureSite): readonly string[] | null {
  const tokens = tokenize(plain.text, plain.start, plain.end);
  const occs = s.catalogue.matcher.occurrences(tokens);
  const groups = new SentenceInfo(plain.text, tokens, plain.start, plain.end).qualifiers();
  const ids: string[] = [];
  // Occurrences come in order of their first word; those that share words are one phrase.
  let phrase: Occurrence[] = [];
  const close = () => {
    const o = phrase.length ? plainSubject(phrase, groups, s.page.leading) : undefined;
    if (o && !ids.includes(o.entry.id)) ids.push(o.entry.id);
    phrase = [];
  };
  for (const o of [...occs].sort((a, b) => a.first - b.first)) {
    if (phrase.length && o.first > Math.max(...phrase.map((p) => p.last))) close();
    phrase.push(o);
  }
  close();
  return ids.length === 2 ? ids : null;
}

/** Whether a word before the figure names a subject only by pointing back ("the benchmark", "the two gauges"). */
/** pronoun-in-list: "It and the KOSPI are up 20.3% and 57.0% this year, respectively": "it" is some earlier name. */
const PRONOUN_LIST_RE = /^[\s\u00a0]*(?:It|They|Its|Their)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?and\b/;

function namesByAnaphor(s: FigureSite): boolean {
  for (let i = 0; i < s.cs; i++) if (s.info.tokens[i]!.lex.flags & ANAPHOR) return true;
  return false;
}

/**
 * the-two-respectively: "The Nikkei closed at 47,944.76 and the Topix at 3,226.06. Since the end of last
 * year, the two gauges are up 20.2% and 15.8%, respectively": "the two" are the previous sentence's two
 * subjects of one kind, in the order it named them.
 */
const THE_TWO_RE =
  /\bthe[\s\u00a0]+(two|three)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:gauges|indices|indexes|benchmarks|markets|averages|pairs|currencies|yields|metals|rates)\b/i;
const COUNT_OF: Readonly<Record<string, number>> = { two: 2, three: 3 };

function theTwoNamedBefore(s: FigureSite): Indicator | null {
  const m = THE_TWO_RE.exec(s.text.slice(s.span.start, s.expr.start));
  if (!m || !s.namedBefore) return null;
  const n = COUNT_OF[m[1]!.toLowerCase()]!;
  // The last n named, in the order they were named, all of one kind.
  const ids = s.namedBefore.slice(-n);
  if (ids.length !== n || s.kept.length < n) return null;
  const inds = ids.map((id) => s.catalogue.matcher.byId.get(id));
  if (inds.some((i) => !i || i.kind !== inds[0]!.kind)) return null;
  return inds[s.k] ?? null;
}

/** Whether the figure is joined to a neighbour by a bare "and" or comma ("4.6% and 7.1%"). */
function inRespectiveList(s: FigureSite): boolean {
  const join = (a: number, b: number) => /^[\s\u00a0]*(?:,[\s\u00a0]*)?(?:and[\s\u00a0]+)?$/i.test(s.text.slice(a, b));
  return (s.k > 0 && join(s.prevEnd, s.expr.start)) || (s.k + 1 < s.kept.length && join(s.expr.end, s.nextStart));
}

/** "31 basis points and 12 basis points": figures joined by ", " or " and ". */
const TENOR_LIST_JOIN_RE = /^[\s\u00a0]*(?:,[\s\u00a0]*(?:and[\s\u00a0]+)?|and[\s\u00a0]+)$/i;

/**
 * The tenors of a list of yields and where its figures start, when this figure is one of as many figures:
 * before "respectively", or (tenor-list-implied) right after the list's own clause, "the 2-year and 10-year
 * yields are up 31 basis points and 12 basis points", with no other figure between.
 */
function tenorListAt(s: FigureSite): { tenors: number[]; first: number } | null {
  const joined = (k: number) => TENOR_LIST_JOIN_RE.test(s.text.slice(s.kept[k - 1]!.end, s.kept[k]!.start));
  const sentence = s.text.slice(s.span.start, s.span.end);
  let tenors: number[] | null;
  let last: number;
  if (s.info.tokens.some((t) => t.norm === 'respectively')) {
    const at = sentence.search(/\brespectively\b/i);
    if (at < 0) return null;
    tenors = tenorList(sentence.slice(0, at));
    const end = s.span.start + at;
    last = -1;
    for (let k = 0; k < s.kept.length; k++) if (s.kept[k]!.end <= end) last = k;
  } else {
    last = s.k;
    while (last + 1 < s.kept.length && joined(last + 1)) last++;
    let first = s.k;
    while (first > 0 && joined(first)) first--;
    // The list's clause: from the figure before the list (or the sentence's start) to the list.
    const lead = s.text.slice(first > 0 ? s.kept[first - 1]!.end : s.span.start, s.kept[first]!.start);
    tenors = tenorList(lead);
    if (!tenors || !IMPLIED_LIST_VERB_RE.test(lead)) return null;
  }
  if (!tenors || last < 0) return null;
  let first = last;
  while (first > 0 && joined(first)) first--;
  if (s.k < first || s.k > last || last - first + 1 !== tenors.length) return null;
  return { tenors, first };
}

/** tenor-list-implied: the list's clause ends in its verb: "the 2-year and 10-year yields are up", "rose". */
const IMPLIED_LIST_VERB_RE =
  /\byields?[\s\u00a0]+(?:(?:are|were|have|had|is|was)[\s\u00a0]+)?(?:up|down|higher|lower|rose|fell|climbed|gained|added|dropped|slipped|eased|jumped|increased|decreased|declined|risen|fallen|climbed|by)?[\s\u00a0]*(?:by[\s\u00a0]+)?(?:about[\s\u00a0]+|roughly[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;

/**
 * tenor-list: "The 2- and 10-year yields are at 3.66% and 4.21%, respectively": one alias names the
 * list's last tenor; each figure of the list takes its own tenor's sibling, in order.
 */
function respectiveTenor(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!cands.length || s.kept.length < 2) return cands;
  const list = tenorListAt(s);
  if (!list) return cands;
  const { tenors, first } = list;
  const years = tenors[s.k - first]!;
  const out: Candidate[] = [];
  for (const c of cands) {
    const sib = tenorSibling(c.indicator, years, s.catalogue.tenors);
    if (sib)
      out.push({
        ...c,
        indicator: sib,
        alias: `${sib.name} (respectively)`,
        score: RESPECTIVE_SCORE,
        rule: 'respectively',
      });
  }
  return out.length ? out : cands;
}

/** "fell 274.45 points, or 4.84%", "rose 0.63% to $1,676": the figure before's subject goes on. */
function sameSubjectChain(cands: Candidate[], s: FigureSite): Candidate[] {
  const prev = s.prevMatch;
  // prior-after-expected: "CPI 3.4% y/y vs 3.3% expected, prior 3.2%": past the forecast, the reading before.
  const twoBack = s.twoBackMatch;
  if (!prev && twoBack && s.k >= 2) {
    const [first, forecast] = [s.kept[s.k - 2]!, s.kept[s.k - 1]!];
    if (priorAfterExpected(s.text.slice(first.end, forecast.start), s.text.slice(forecast.end, s.expr.start)))
      cands.push(carried(twoBack, twoBack.alias, 'same-subject-chain', SAME_SUBJECT_CHAIN));
    return cands;
  }
  if (!prev || s.k === 0) return cands;
  // other-country-after: "The BOJ's policy rate sits at 0% to 0.1%, against 5.25%-5.50% in the U.S.": a figure
  // placed in another country than the subject's is that country's, not the subject's again.
  if (placedInOtherCountry(s.text.slice(s.expr.end, s.expr.end + 30), prev.indicator.id)) return cands;
  const link = s.text.slice(s.kept[s.k - 1]!.end, s.expr.start);
  if (continuesSubject(link, prev.indicator.kind, s.expr.unit, s.kept[s.k - 1]!.unit)) {
    const c = carried(prev, prev.alias, 'same-subject-chain', SAME_SUBJECT_CHAIN);
    // unit-not-subject: "a fall of 2.80 yen (−1.82%)": the yen was the move's unit, not the currency that
    // moved, so the restated percentage is the pair's own.
    if (c.subjectCurrency && s.kept[s.k - 1]!.currency === c.subjectCurrency) delete c.subjectCurrency;
    cands.push(c);
  } else if (
    prev.indicator.kind === 'fx' &&
    !prev.subjectCurrency &&
    s.expr.unit === 'percent' &&
    PAIR_SIDE_RE.test(link)
  ) {
    // pair-side: "USD/CNY was quoted at 7.1340 at the noon rate, down 0.48%": a pair named as a pair (no
    // currency of it said to move) is itself what is down.
    cands.push(carried(prev, prev.alias, 'same-subject-chain', SAME_SUBJECT_CHAIN));
  }
  return cands;
}

/** pair-side: a few words without a name's break, then ", down " before the figure. */
const PAIR_SIDE_RE = /^[^;:,]{0,40},[\s\u00a0]*(?:up|down|higher|lower|off)[\s\u00a0]+$/i;

/** "17.3% above its April 8 close of 4,982.77": a past level of the subject named last. */
function itsLevel(cands: Candidate[], s: FigureSite): Candidate[] {
  const { text, expr } = s;
  if (
    !isItsLevel(
      text.slice(Math.max(s.prevEnd, expr.start - 60), expr.start),
      text.slice(expr.end, Math.min(s.nextStart, expr.end + 40)),
    )
  )
    return cands;
  // its-after-plain: "The Dow lagged. It drifted ..., still short of its Feb. 10 record of 50,188.14": the
  // sentence without figures before names whose record it is.
  // its-level-named-after: "Despite an 8% pullback from its recent all-time high above $4,336, gold is up
  // 50%": the name after the figure is whose past level it is; the figure stays a past level.
  if (cands.length && cands.every((c) => c.rule === 'alias-in-sentence' && c.at !== undefined && c.at > s.ce))
    return cands.map((c) => ({ ...c, alias: `${c.alias} (its level)`, rule: 'its-level' as const }));
  // its-after-lead-in: "For the Dow, Thursday's gain ended a losing streak that began after its Dec. 4 record
  // close of 45,014.04": the name a "For ..." or "As for ..." lead-in gives is whose level it is.
  const t = s.info.tokens;
  const leadAt = t[0]?.norm === 'for' ? 1 : t[0]?.norm === 'as' && t[1]?.norm === 'for' ? 2 : -1;
  if (!cands.length && leadAt > 0) {
    const ids = new Set<string>();
    let lead: Occurrence | undefined;
    for (const o of s.catalogue.matcher.occurrences(s.info.tokens))
      if (o.last < s.cs && o.first <= leadAt + 1) {
        ids.add(o.entry.id);
        lead = o;
      }
    const ind = lead && ids.size === 1 ? s.catalogue.matcher.byId.get(lead.entry.id) : undefined;
    if (lead && ind) {
      const mention: Mention = { indicator: ind, alias: lead.entry.alias, ...fromEntry(lead.entry), rule: 'its-level' };
      return [carried(mention, `${lead.entry.alias} (its level)`, 'its-level', ITS_LEVEL)];
    }
  }
  if (!s.prevMatch) readPlainSentence(s);
  const named = s.prevMatch ?? s.memory.recent;
  if (named) cands.push(carried(named, `${named.alias} (its level)`, 'its-level', ITS_LEVEL));
  return cands;
}

/** The last sentence without figures, read only when something may point back to it: its last name becomes the one named last. */
function readPlainSentence(s: FigureSite): void {
  const { memory, catalogue } = s;
  if (!memory.plain) return;
  const { text, start, end } = memory.plain;
  const tokens = tokenize(text, start, end);
  const occs = catalogue.matcher.occurrences(tokens);
  // recent-named-again: "Silver climbed 3%. 'Silver is riding the tide that lifted gold,' ...
  // The metal has surged": a sentence opened by the subject matched last, another name only further on, leaves it
  // the one pointed to.
  const recentId = memory.recent?.indicator.id;
  const first = occs.reduce<(typeof occs)[number] | undefined>((a, o) => (!a || o.first < a.first ? o : a), undefined);
  if (recentId && first?.entry.id === recentId && occs.some((o) => o.entry.id !== recentId)) {
    memory.plain = null;
    return;
  }
  const groups = new SentenceInfo(text, tokens, start, end).qualifiers();
  const occ = plainSubject(occs, groups, s.page.leading);
  const ind = occ && catalogue.matcher.byId.get(occ.entry.id);
  // city-gauge-before: "Core inflation in Japan's capital slows in January. ... It followed a 2.3% increase": what
  // "it" points back to is the capital's gauge, which the catalogue does not hold.
  const city = !!ind && isJapanInflation(ind) && cityGaugeWords(tokens).length > 0;
  if (ind && !city)
    memory.recent = { indicator: ind, alias: occ.entry.alias, ...fromEntry(occ.entry), rule: 'earlier-subject' };
  memory.plain = null;
}

/** The U.S. tariff on the goods of the one country in `groups`, for the product the sentence names. */
function tariffOfSiteGoods(s: FigureSite, groups: ReadonlySet<string>) {
  const words = new Set(s.info.tokens.map((t) => t.norm));
  return tariffOfGoods(groups, words, s.catalogue.dataset.indicators, s.catalogue.countriesOf);
}

/** A table whose headers speak of tariffs: "U.S. tariff rates by partner". */
const TARIFF_TABLE_RE = new RegExp(String.raw`\b(?:${TARIFF_NOUNS})\b`, 'i');
const RATE_COLUMN_RE =
  /^(?:(?:tariff|duty)[\s\u00a0]+)?(?:rate(?:[\s\u00a0]+(?:now|in[\s\u00a0]+force))?|current(?:[\s\u00a0]+rate)?|now|in[\s\u00a0]+force)$/i;

/**
 * tariff-table: a cell of a table of tariff rates ("U.S. tariff rates by partner · Rate now · European
 * Union") is the U.S. tariff on the row's goods; no policy rate is, whatever the page's country.
 */
function tariffTable(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.context || s.expr.unit !== 'percent' || !TARIFF_TABLE_RE.test(s.context)) return cands;
  const ind = rowNamesOthers(s.text, s.expr.start) ? undefined : tariffOfSiteGoods(s, s.sentenceGroups);
  // row-names-partner: a row of a tariff table names its partner ("Baseline (most others)" names none), so a
  // partner's tariff the page alone suggests is no cell's.
  const tariffs = cands.filter((c) => {
    if (c.indicator.kind !== 'tariff') return false;
    const partners = [...(s.catalogue.countriesOf(c.indicator.id) ?? [])].filter((g) => g !== 'us');
    return !partners.length || partners.some((g) => s.sentenceGroups.has(g));
  });
  // Only a column of rates in force names the row's tariff ("Rate now"), not one of changes ("What changed").
  if (
    !ind ||
    !s.context
      .split(' · ')
      .slice(1)
      .some((h) => RATE_COLUMN_RE.test(h))
  )
    return tariffs;
  if (tariffs.some((c) => c.indicator === ind && c.score >= GOODS_TARIFF)) return tariffs;
  return [asCandidate({ indicator: ind, alias: `${ind.name} (table row)`, score: GOODS_TARIFF }, 'goods-tariff')];
}

/** Nothing named: "Goods from China carry an extra 30% tariff" is the U.S. tariff on China. */
function goodsTariff(cands: Candidate[], s: FigureSite): Candidate[] {
  // A weak name elsewhere in the sentence ("Tokyo's investment pledge, while Chinese goods face a
  // 20% duty") does not stop the goods named beside the rate.
  if (
    cands.some((c) => c.score >= MIN_SCORE) ||
    s.expr.unit !== 'percent' ||
    !isTariffRate(s.text.slice(s.prevEnd, s.expr.start), s.text.slice(s.expr.end, s.nextStart))
  )
    return cands;
  // tariff-object: "a 25% tariff on iPhones made abroad, and a 50% levy on EU goods".
  if (tariffOnOtherThings(s.text.slice(s.expr.end, s.nextStart))) return cands;
  if (s.context && rowNamesOthers(s.text, s.expr.start)) return cands;
  // other-goods: "a 25% tariff on Japanese autos and a 24% tariff on other goods": not the product's duty.
  if (onOtherGoods(s.text.slice(s.expr.end, s.nextStart))) return cands;
  // clause-country: "Japanese goods enter at a 15% tariff, while Chinese goods face a 20% duty": with
  // two countries in the sentence, the one named earlier in the figure's own clause.
  const ind = tariffOfSiteGoods(s, s.sentenceGroups) ?? tariffOfSiteGoods(s, s.beforeGroups());
  if (!ind) return cands;
  return [
    ...cands,
    asCandidate({ indicator: ind, alias: `${ind.name} (goods named)`, score: GOODS_TARIFF }, 'goods-tariff'),
  ];
}

/** tariff-label: "Goods from China: 30%" under a list of key tariff figures (tariff-label.ts). */
function tariffLabel(cands: Candidate[], s: FigureSite): Candidate[] {
  // Only where nothing but a tariff was found: "Autos from Japan: 25%" under "Where duties stand" reads "Japan
  // tariff" across the heading, and the label's goods decide which of Japan's tariffs it is.
  if (cands.some((c) => c.score >= MIN_SCORE && c.indicator.kind !== 'tariff') || s.expr.unit !== 'percent')
    return cands;
  const tariffBefore = s.memory.recent?.indicator.kind === 'tariff';
  if (!isTariffLabel(s.text.slice(Math.max(s.span.start, s.prevEnd), s.expr.start), tariffBefore)) return cands;
  const ind = tariffOfSiteGoods(s, s.sentenceGroups);
  if (!ind) return cands;
  return [
    ...cands.filter((c) => c.indicator.kind !== 'tariff'),
    asCandidate({ indicator: ind, alias: `${ind.name} (label)`, score: GOODS_TARIFF }, 'goods-tariff'),
  ];
}

/** A cell in a Treasury-yields table whose row names a tenor: that tenor's yield (tenor-row.ts). */
function tenorRow(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!s.cell || !s.context || cands.some((c) => c.score >= TENOR_ROW)) return cands;
  const ind = tenorRowYield(s.context, s.catalogue.tenors);
  if (!ind) return cands;
  return [
    ...cands,
    asCandidate({ indicator: ind, alias: `${ind.name} (the row's tenor)`, score: TENOR_ROW }, 'tenor-row'),
  ];
}

/**
 * spread-not-carried: "added 3 basis points to 2.30%, trimming the gap over Treasuries to 161 basis points": a figure
 * after a spread word since the figure before it is the spread, which no subject named before it is.
 */
function spreadSinceFigureBefore(s: FigureSite): boolean {
  return s.info.spread && SPREAD_WITH_LEG.test(s.text.slice(Math.max(s.span.start, s.prevEnd), s.expr.start));
}

/** Nothing named: "The 10-year yield rose. The 30-year slipped to 4.89%" is the last subject's 30-year sibling. */
function tenorElided(cands: Candidate[], s: FigureSite): Candidate[] {
  const recent = s.memory.recent;
  if (cands.length || !recent || spreadSinceFigureBefore(s)) return cands;
  const sib = elidedTenorSibling(s.text.slice(s.span.start, s.expr.start), recent.indicator, s.catalogue.tenors);
  if (!sib) return cands;
  const named = { ...recent, indicator: sib, catalogueAlias: sib.name };
  return [carried(named, `${sib.name} (tenor named after ${recent.alias})`, 'earlier-subject', EARLIER_SUBJECT)];
}

/** answered-question: "How Much Did the Nikkei Fall Today? 1,620.93 Points, or 3.22%, to 48,702.98". */
function answeredQuestion(cands: Candidate[], s: FigureSite): Candidate[] {
  if (cands.length || !s.plainBefore || s.prevMatch || !isQuestion(s.plainBefore)) return cands;
  if (!answerLead(s.text.slice(s.span.start, s.expr.start)) || asksWorth(s.plainBefore)) return cands;
  const { text, start, end } = s.plainBefore;
  const tokens = tokenize(text, start, end);
  const occs = s.catalogue.matcher.occurrences(tokens);
  if (new Set(occs.map((o) => o.entry.id)).size !== 1) return cands;
  const occ = plainSubject(occs, new SentenceInfo(text, tokens, start, end).qualifiers(), s.page.leading);
  const ind = occ && s.catalogue.matcher.byId.get(occ.entry.id);
  if (!occ || !ind) return cands;
  const mention: Mention = {
    indicator: ind,
    alias: occ.entry.alias,
    ...fromEntry(occ.entry),
    rule: 'answered-question',
  };
  return [carried(mention, `${occ.entry.alias} (the question asked)`, 'answered-question', ANSWERED_QUESTION)];
}

/** bare-tenor: "the 10-year jumps 13 bp to 4.30%": a maturity named right before the figure, when no yield was found. */
function bareTenor(cands: Candidate[], s: FigureSite): Candidate[] {
  if (cands.some((c) => c.indicator.kind === 'yield')) return cands;
  const before = s.text.slice(Math.max(s.span.start, s.prevEnd), s.expr.start);
  const own = bareTenorYield(
    before,
    s.expr.unit,
    s.catalogue.dataset.indicators,
    s.sentenceGroups,
    /year/i.test(before) ? carriedBondCountry(s) : undefined,
    s.page.leading,
  );
  return own ? [...cands, own] : cands;
}

/** Where the last "the <anaphor>" within a few words before token `cs` stands; -1 for none. */
function lastAnaphor(tokens: readonly Token[], cs: number): number {
  for (let i = cs - 1; i >= Math.max(1, cs - ANAPHOR_REACH); i--) {
    if (tokens[i]!.lex.flags & ANAPHOR && tokens[i - 1]!.norm === 'the') return i;
  }
  // opening-anaphor: "The pair finished the New York session at 154.80": "the pair" opening the sentence is its
  // subject further from the figure than a word within the clause would be.
  if (cs > 1 && cs <= OPENING_ANAPHOR_REACH && tokens[0]!.norm === 'the' && tokens[1]!.lex.flags & ANAPHOR) return 1;
  return -1;
}
/** "pair" (or "the pair") opening the figure's clause within a few words of it: its token, or -1. */
function clausePair(s: FigureSite): number {
  const { tokens } = s.info;
  for (let i = s.cs - 1; i >= Math.max(1, s.cs - CLAUSE_PAIR_REACH); i--) {
    if (tokens[i]!.norm !== 'pair') continue;
    const opener = tokens[i - 1]!.norm === 'the' ? i - 1 : i;
    return opener >= 1 && s.info.punctBetween(opener - 1, opener, false) ? i : -1;
  }
  return -1;
}
/** How many words before the figure a clause-opening "pair" may stand ("pair sheds 0.3%"). */
const CLAUSE_PAIR_REACH = 3;
/** How many words into its sentence a figure may stand for an opening "The pair" to be its subject. */
const OPENING_ANAPHOR_REACH = 10;

/** Kinds whose names are too often parts of other names for it-after-nearer-name: a bank's rate, a tariff. */
const NO_NEARER_NAME_KINDS: ReadonlySet<string> = new Set(['rate', 'tariff']);

/** ", and closed up " before a figure: where the elided subject's verb begins. */
const AND_VERB_TAIL_RE = /[,;]?[\s\u00a0]+(?:but|and|yet)[\s\u00a0]+[^,;:]{0,50}$/i;

/** Nothing in the sentence: "the index" or "it" points back to the subject named last. */
function earlier(cands: Candidate[], s: FigureSite): Candidate[] {
  if (spreadSinceFigureBefore(s)) return cands;
  // it-and-verb: "It turned positive as a softer yen lifted exporters, and closed up 263.16 points": a
  // sentence opened by "It" whose figure follows ", and <verb>" keeps "it" as the verb's subject; a name
  // in the clause between is that clause's.
  if (s.info.tokens[0]?.norm === 'it') readPlainSentence(s);
  const recentIt = s.info.tokens[0]?.norm === 'it' ? s.memory.recent : undefined;
  if (recentIt && recentIt.indicator.kind !== 'target') {
    const lead = s.text.slice(s.span.start, s.expr.start);
    const join = lead.search(AND_VERB_TAIL_RE);
    if (
      join >= 0 &&
      ELIDED_SUBJECT_RE.test(lead) &&
      !cands.some((c) => c.at !== undefined && s.info.tokens[c.at]!.start >= s.span.start + join)
    )
      return [carried(recentIt, `${recentIt.alias} (it)`, 'pronoun-it', PRONOUN_IT)];
  }
  // it-before-next-clause: "It ended the week 3.7% higher, and the broader TOPIX also finished at a record": a name
  // past a comma after the figure opens the next clause; "it", opening the sentence, is the figure's subject.
  if (
    recentIt &&
    recentIt.indicator.kind !== 'target' &&
    cands.length > 0 &&
    cands.every((c) => c.at !== undefined && c.at > s.ce && s.info.punctBetween(s.ce, c.at, false))
  )
    return [carried(recentIt, `${recentIt.alias} (it)`, 'pronoun-it', PRONOUN_IT)];
  // pronoun-it-in-sentence: "changed hands at $77,495, up 0.9%, though it remains 11.6% below where it
  // started the year": "it" is the subject of the figure before in the same sentence.
  const prev = s.prevMatch;
  // it-after-clause-break: "rose 0.23 to 98.08 as traders priced a slower path of Fed cuts; even so, it is
  // down 9.6%": a name in an earlier clause is not what "it" opening the figure's clause means.
  let itAt = -1;
  for (let i = Math.max(0, s.cs - 4); i < s.cs; i++) if (s.info.tokens[i]!.norm === 'it') itAt = i;
  // "it" opening its clause ("; even so, it is down"), not an object ("certain to trim it to 3.75%").
  const itOpensClause = itAt >= 1 && s.info.punctBetween(itAt - 2, itAt, false);
  if (
    prev &&
    itAt >= 0 &&
    (!cands.some((c) => c.score >= MIN_SCORE) ||
      (itOpensClause &&
        cands.every((c) => c.at !== undefined && c.at < itAt && s.info.punctBetween(c.at, itAt, false))))
  ) {
    // it-after-nearer-name: "The S&P 500 remains 14.4% above ..., and the Nasdaq has not given back much of its year
    // either: it is still up 19.1%": a name of the same kind between the figure before and "it" is what "it" means.
    const nearer = s.occs.findLast(
      (o) =>
        o.last < itAt &&
        s.info.tokens[o.first]!.start >= s.prevEnd &&
        o.entry.indicator.kind === prev.indicator.kind &&
        o.entry.indicator !== prev.indicator &&
        // Markets only, and names read whole: "the Reserve Bank of Australia" holds no "Federal Reserve".
        !NO_NEARER_NAME_KINDS.has(o.entry.indicator.kind) &&
        !o.fuzzy &&
        o.gaps === 0,
    );
    if (nearer) {
      const m: Mention = {
        indicator: nearer.entry.indicator,
        alias: nearer.entry.alias,
        ...fromEntry(nearer.entry),
        rule: 'pronoun-it',
      };
      return [carried(m, `${m.alias} (it)`, 'pronoun-it', PRONOUN_IT)];
    }
    return [carried(prev, `${prev.alias} (it)`, 'pronoun-it', PRONOUN_IT)];
  }
  // anaphor-over-later-name: "The pair traded at 158.50, ... for the yen than Tuesday's 159.06": a
  // name after the figure, too weak to be taken, does not stop "the pair" pointing back.
  // anaphor-after-weak-name: "The single currency went nowhere: the pair was fixed at 1.1593": "the
  // pair", nearer the figure than a weak name before it, points back as well.
  const anaphorAt = lastAnaphor(s.info.tokens, s.cs);
  const pairWord = clausePair(s);
  if (pairWord >= 0) {
    // clause-pair: "Euro holds 1.1087 as August HICP cools to 2.2%, pair sheds 0.3% on the week": "pair" opening a
    // clause is the one currency pair the sentence named before it, however strong a nearer name of another kind.
    const pairs = cands.filter((c) => c.at !== undefined && c.at < pairWord && c.indicator.kind === 'fx');
    if (pairs.length && pairs.every((c) => c.indicator === pairs[0]!.indicator))
      return [{ ...pairs.at(-1)!, alias: `${pairs.at(-1)!.alias} (the pair)`, score: EARLIER_SUBJECT }];
  }
  if (cands.some((c) => c.score >= MIN_SCORE || c.at === undefined || (c.at < s.cs && c.at >= anaphorAt))) return cands;
  // anaphor-to-sentence-name: "The Nikkei 225 opened lower as traders took profits from Monday, when the
  // index surged 1,032.80 points": "the index" points back to the one name of its kind earlier in the
  // same sentence, however far.
  if (anaphorAt >= 0) {
    const word = s.info.tokens[anaphorAt]!.norm;
    const kinds = ANAPHORA_OF.get(word) ?? [];
    const named = cands.filter((c) => c.at !== undefined && c.at < anaphorAt && kinds.includes(c.indicator.kind));
    if (named.length && named.every((c) => c.indicator === named[0]!.indicator)) {
      const c = { ...named.at(-1)!, alias: `${named.at(-1)!.alias} (the ${word})`, score: EARLIER_SUBJECT };
      // pair-moves-itself: "..., the won's strongest since Dec. 11, and the pair is down 3.3% this year": the pair's
      // own move, whichever currency was named last (earlier-subject's the-pair, within the sentence).
      return [word === 'pair' ? { ...c, subjectCurrency: undefined } : c];
    }
  }
  const { memory, catalogue } = s;
  const plainBefore = memory.plain;
  // The last sentence without figures is read only now, when something may point back to it.
  readPlainSentence(s);
  // other-measure: "While the headline PPI dipped 0.1%, it remains 2.6% higher": not the CPI named before.
  // other-measure-past-clause: "It gained 70.07 points, or 0.30%, with defense and industrial names in demand":
  // a measure word past a comma after the figure is another clause's, not the subject's.
  const { tokens } = s.info;
  if (tokens.some((t, i) => OTHER_MEASURE_WORDS.has(t.norm) && (i < s.cs || !s.info.punctBetween(s.ce, i, false))))
    return cands;
  // macro-word-before: "Private-sector regular pay ... rose 3.4%" after a sentence on the FTSE 100.
  // A subject carried from before needs no name in the sentence: any measure word before the figure decides.
  if (memory.recent && isMarketOrPolicy(memory.recent.indicator.kind) && macroWordBefore(s.info.tokens, s.cs, 0, s.cs))
    return cands;
  const found =
    memory.recent &&
    earlierSubject(
      memory.recent,
      s.info.tokens,
      s.cs,
      memory.recentSentence?.ids,
      catalogue.matcher.byId,
      !!s.plainBefore,
    );
  // own-other-country: "trimmed the Korean policy rate twice, lowering it a combined 50 basis points".
  if (found && namesOtherCountrysMeasure(s, found.indicator.id, found.indicator.kind)) return cands;
  if (found) return [found];
  if (anaphorAt >= 0 && s.info.tokens[anaphorAt]!.norm === 'pair' && s.expr.precision < 1) {
    const pair =
      pairSkipsBack(memory.recentIds, catalogue.matcher.byId) ?? (plainBefore ? plainNamedPair(plainBefore, s) : null);
    // Not past a pair the catalogue lacks, named earlier in the block ("AUD/USD jumped ... the pair trades at").
    if (pair && !namesOtherPair(s.text, 0, s.expr.start, pair.indicator.id)) return [pair];
  }
  // revised-month: "The bureau lowered March to 185,000 from an initial 228,000".
  const recent = memory.recent;
  if (
    recent &&
    REVISED_KINDS.has(recent.indicator.kind) &&
    mayReviseMonth(s.info.tokens) &&
    revisesMonthTo(s.text.slice(s.span.start, s.expr.start))
  )
    return [carried(recent, `${recent.alias} (a month revised)`, 'earlier-subject', EARLIER_SUBJECT)];
  return cands;
}

/** "<h3>The DAX at the close</h3><li>Settled at 23,487.33</li>": the heading's subject, for an item without one. */
function listHeading(cands: Candidate[], s: FigureSite): Candidate[] {
  const head = s.memory.listHead;
  if (!head || s.context || cands.some((c) => c.at !== undefined || c.score >= MIN_SCORE)) return cands;
  const lead = s.text.slice(s.span.start, s.expr.start);
  // A figure that opens the item ("$71,456.55 on the exchange's price") only as the block's first words.
  if (!opensWithoutSubject(lead) || (!lead.trim().replace(/^[$€£¥]$/, '') && s.span.start > 0)) return cands;
  return [carried(head, `${head.alias} (list heading)`, 'list-heading', EARLIER_SUBJECT)];
}

/** "first closed above 4,500 on Jan. 6, at 4,525.48": the crossing (not marked) passes its subject on. */
function crossingReading(cands: Candidate[], s: FigureSite): Candidate[] {
  if (s.k === 0) return cands;
  const prev = s.kept[s.k - 1]!;
  const from = s.k > 1 ? s.kept[s.k - 2]!.end : s.span.start;
  if (!readsCrossing(s.text, prev.start, prev.end, s.expr.start, from)) return cands;
  return withCrossingSubject(cands, s.memory.recent, CROSSING_READING);
}

/** Still nothing: a misspelt alias near the figure ("Nikei 225"), read by the fuzzy index. */
function fuzzy(cands: Candidate[], s: FigureSite): Candidate[] {
  if (cands.length) return cands;
  const out = aliasCandidates(s, s.catalogue.matcher.fuzzyOccurrences(s.info.tokens, s.cs - 6, s.ce + 5));
  currencyWordCandidates(s, s.catalogue.fxPairs, out);
  return out;
}

/** "slipped 1.9% in line with the gold price": a name compared with, not the subject. */
function compared(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!cands.length) return cands;
  return withoutOutdone(withoutCompared(cands, s.text, s.info.tokens, s.expr.end, s.ce), s.text, s.info.tokens, s.cs);
}

/** "the two-year Treasury, which moves with Fed policy, sank 25 basis points": not the Fed's move. */
function aside(cands: Candidate[], s: FigureSite): Candidate[] {
  if (!cands.length) return cands;
  return withoutAsideNames(cands, s.text, s.info.tokens, s.span.start, s.cs, s.expr.start);
}

/** "The central bank left its benchmark rate at 4.50%-4.75%": several banks' rates tie; the page decides, or none. */
/** "The pound rose ... versus the euro to 87.56 pence": the pair of the sentence's currency and its counter. */
function counterCurrency(cands: Candidate[], s: FigureSite): Candidate[] {
  return withCounterCurrency(
    cands,
    s.text.slice(s.span.start, s.expr.start),
    s.text.slice(s.expr.end, s.nextStart),
    s.expr.unit === 'currency' ? s.expr.currency : undefined,
  );
}

function tiedRates(cands: Candidate[], s: FigureSite): Candidate[] {
  return untieRates(cands, s.memory.recent, s.sentenceGroups);
}

/** "core inflation rose 3.1%": "core" right before the figure picks the core measure. */
function core(cands: Candidate[], s: FigureSite): Candidate[] {
  const between = s.text.slice(s.prevEnd, s.expr.start);
  // Names before the headline figure, scored below the bar here, were that figure's.
  if (s.k > 0 && !cands.some((c) => c.score >= MIN_SCORE)) {
    const sibling = coreAfterHeadline(s.prevMatch, between, s.catalogue.cores);
    if (sibling) return [sibling];
  }
  return towardCore(cands, between, s.catalogue.cores);
}

/**
 * The order, and why:
 * - names in the sentence come first: every later step refines, adds to or stands in for them;
 * - the ECB's reference rate, named, stands in for the bank's policy rate those names suggest, before
 *   anything narrows them;
 * - a table's row owner and bank rate, tenor and "the broader index" narrow those names, so they
 *   follow them and precede anything that adds a candidate of its own;
 * - holder, "respectively", the same-subject chain and "its level" add (or, for "respectively",
 *   replace with) subjects the sentence's grammar gives, scored above nearness guesses;
 * - a cell of a table of tariffs keeps only tariffs and names the row's, so it precedes the goods rule;
 * - a duty's rate with one country's goods named ("Goods from China carry a 30% tariff") fills an
 *   empty list from the sentence's own words, so it comes before anything carried from elsewhere;
 *   so does a bare tenor opening the sentence ("The 30-year slipped"), which names the sibling of
 *   the last subject and so precedes the plain earlier subject;
 * - the earlier subject and the fuzzy pass only fill an empty list: a subject carried from
 *   another sentence, or a misspelling, is the last resort; the reading after a first crossing
 *   ("first closed above 4,500 ..., at 4,525.48") takes the crossing's subject, the sentence's best
 *   name or else the subject named last, so it follows the earlier subject;
 * - a name compared with ("in line with the gold price") is struck from whatever was found, even a
 *   misspelling, so it follows the fuzzy pass; it never fills the list from another sentence; so is
 *   a name inside a ", which ..., " aside before the figure, and a currency pair that is not the
 *   sentence's currency against its counter ("versus the euro"); then a tie between several banks'
 *   rates is broken by the page's last subject, or leaves none;
 * - "core" narrows whatever was found, so it is last.
 */
/**
 * sentence-country-kept: "Headline consumer prices rose 2.7% in December, and core inflation held at
 * 2.6%": once a figure of the sentence is one country's measure, a sibling measure later in it is that
 * country's too, whatever country the page leans to.
 */
/** An economy's released measures, which a sentence gives for one country at a time. */
const RELEASE_KINDS: ReadonlySet<string> = new Set(['inflation', 'labour', 'growth']);

function sentenceCountryKept(cands: Candidate[], s: FigureSite): Candidate[] {
  const prev = s.prevMatch?.indicator;
  // Yields are listed country by country ("the Treasury yield at 4.10%, the Bund at 2.67%"): economies' releases only.
  if (!prev || cands.length < 2 || !RELEASE_KINDS.has(prev.kind)) return cands;
  const country = prev.id.slice(0, prev.id.indexOf('.') + 1);
  if (!cands.some((c) => c.indicator.id.startsWith(country) && c.score >= MIN_SCORE)) return cands;
  return cands.filter((c) => !RELEASE_KINDS.has(c.indicator.kind) || c.indicator.id.startsWith(country));
}

/** other-bond: "The 2-year Monetary Stabilization Bond (MSB) yield ... moving up to 2.359%". */
function otherBondYields(cands: Candidate[], s: FigureSite): Candidate[] {
  return withoutOtherBondYields(cands, s.info.tokens, s.cs);
}

export const SUBJECT_STEPS: readonly SubjectStep[] = [
  inSentence,
  itsOwnMeasure,
  ecbReferenceRate,
  sentenceCountryKept,
  cellHeaders,
  rowNamesOther,
  namedCountrySibling,
  gappedCountry,
  rowOwner,
  tenorRow,
  bankRate,
  tenor,
  tenorCountry,
  broader,
  holder,
  respectively,
  formerLatter,
  withCounterpart,
  sameSubjectChain,
  itsLevel,
  listHeading,
  tariffTable,
  goodsTariff,
  tariffLabel,
  tenorElided,
  bareTenor,
  answeredQuestion,
  earlier,
  crossingReading,
  fuzzy,
  compared,
  aside,
  counterCurrency,
  tiedRates,
  core,
  otherBondYields,
];

/** Every candidate subject of a figure, by the steps above in order. */
export function findSubjects(s: FigureSite): Candidate[] {
  let cands: Candidate[] = [];
  for (const step of SUBJECT_STEPS) cands = step(cands, s);
  return cands;
}
