import { nextConjunct } from '../rules/next-conjunct';
import { causeAfter } from '../rules/cause-after';
import { auctionResult } from '../rules/auction-result';
import { futuresOn } from '../rules/futures-on';
import { futuresList } from '../rules/futures-list';
import { tickerExchange } from '../rules/ticker-exchange';
import { coreCore } from '../rules/core-core';
import { countryInsideAlias } from '../rules/country-inside-alias';
import { constituent } from '../rules/constituent';
import { productExports } from '../rules/product-exports';
import { possessiveOfOther } from '../rules/possessive-of-other';
import { institutionOf, wordQualifiers, type Occurrence } from '../match';
import type { AliasDrop, ClaimSite } from '../site';
import { subjectShift } from '../rules/subject-shift';
import { realRate } from '../rules/real-rate';
import { notePrice } from '../rules/note-price';
import { yieldRelativeMove } from '../rules/yield-relative-move';
import { otherExclusion } from '../rules/other-exclusion';
import { retailComponent } from '../rules/retail-component';
import { tariffMarketMove } from '../rules/tariff-market-move';
import { otherDow } from '../rules/other-dow';
import { unlistedIndexSubject } from '../rules/unlisted-index-subject';
import { euroStoxx } from '../rules/euro-stoxx';
import { glossaryEntry } from '../rules/glossary-entry';
import { otherPartnersRow } from '../rules/other-partners-row';
import { companyName } from '../rules/company-name';
import { otherBankRate } from '../rules/other-bank-rate';
import { otherBanksNamedRate } from '../rules/other-banks-named-rate';
import { midpoint } from '../rules/midpoint';
import { ordinal } from '../rules/ordinal';
import { figureInsideAlias } from '../rules/figure-inside-alias';
import { spread } from '../rules/spread';
import { pageCountryMeasure } from '../rules/page-country-measure';
import { tariffPartnerPage } from '../rules/tariff-partner-page';
import { bankSubjectCountry } from '../rules/bank-subject-country';
import { namedMoveOther } from '../rules/named-move-noun';
import { styleOf } from '../rules/style-of';
import { otherDutyAfter } from '../rules/other-duty-after';
import { sourceNamed } from '../rules/source-named';
import { pairTogether } from '../rules/pair-together';
import { ANAPHORA_OF, NEUTRAL_MODIFIERS } from '../lexicon/anaphora';
import { INSTITUTION_OF } from '../lexicon/institutions';
import { priorSentenceCountry } from '../rules/prior-sentence-country';
import { otherCountry } from '../rules/other-country';
import { qualifiedByPage } from '../rules/page-bank';
import { numberedIndex } from '../rules/numbered-index';
import { otherMarketMeasure } from '../rules/other-market-measure';
import { otherPriceIndex } from '../rules/other-price-index';
import { cityCpi, cityPage } from '../rules/city-cpi';
import { basketComponent } from '../rules/basket-component';
import { componentBefore } from '../rules/component-before';
import { gdpComponent } from '../rules/gdp-component';
import { gdpContribution } from '../rules/gdp-contribution';
import { unitCurrency } from '../rules/unit-currency';
import { otherMetalAuction } from '../rules/other-metal-auction';
import { currencyAttribute } from '../rules/currency-attribute';
import { otherCoin } from '../rules/other-coin';
import { targetAfterFigure } from '../rules/target-after-figure';
import { otherGoods } from '../rules/other-goods';
import { tradePartner } from '../rules/trade-partner';
import { currencyBasket } from '../rules/currency-basket';
import { coreRetail } from '../rules/core-retail';
import { rankHolder } from '../rules/rank-holder';
import { otherPair } from '../rules/other-pair';
import { againstOtherCurrency } from '../rules/against-other-currency';
import { otherMarketClause } from '../rules/other-market-clause';
import { possessiveOtherCountry } from '../rules/possessive-other-country';
import { releaseNounAfter } from '../rules/release-noun-after';
import { digitalGold } from '../rules/digital-gold';
import { partOfExportsTo } from '../rules/part-of-exports-to';
import { codeMover } from '../rules/code-mover';
import { tickerAfter } from '../rules/ticker-after';
import { combinedTariff } from '../rules/combined-tariff';
import { refinancingRate } from '../rules/refinancing-rate';
import { spreadAboveBank } from '../rules/spread-above-bank';
import { sectorPayrolls } from '../rules/sector-payrolls';
import { yuanFixing } from '../rules/yuan-fixing';
import { subIndex, subIndexBetween } from '../rules/sub-index';
import { inflationProtected } from '../rules/inflation-protected';
import { weightUnit } from '../rules/weight-unit';
import { yieldSubject } from '../rules/yield-subject';
import { appositiveOwner } from '../rules/appositive-owner';
import { macroWordBeforeDrop } from '../rules/macro-word-before';
import { afterConjunction } from '../rules/after-conjunction';
import { acrossMovingClause } from '../rules/across-moving-clause';
import { euroArea } from '../rules/euro-area';
import { coreOfHeadline } from '../rules/core-of-headline';
import { headlineOfCore } from '../rules/headline-of-core';
import { refinedProduct } from '../rules/refined-product';
import { fundName } from '../rules/fund-name';
import { gapToTenor } from '../rules/gap-to-tenor';
import { gaugeInPlay } from '../rules/gauge-in-play';
import { indexContribution } from '../rules/index-contribution';
import { measureAfterFigure } from '../rules/measure-after-figure';
import { unitIsMover } from '../rules/unit-and-mover';
import { fromEntry, type Candidate } from '../candidate';
import { COUNTRY_GROUPS, COUNTRY_OF_WORD, countryOfId } from '../lexicon/countries';
import { GENERIC_BANK_SUBJECT_RE, anotherBankNamed, namesABank } from '../rules/another-bank';
import { ELIDED_SUBJECT_RE } from './same-subject-chain';
import {
  adjacentQualifier,
  anyBetween,
  anyIn,
  anaphorWords,
  appositiveWords,
  asideWords,
  institutionActs,
  labelEnd,
  onlyArticlesBetween,
  qualifierNear,
} from './nearness';
import * as W from '../rules/weights';
import { countriesOf } from '../page-country';

/**
 * Example: "the Nikkei 225 rose 1.2%": the catalogue aliases the sentence names, each scored by how
 * near it stands to the figure, how sure the alias is, and what stands between. The rules that
 * drop an alias outright (another bank named, an ordinal before it, a spread, another country's
 * measure) sit inline here in the order they are cheapest to test.
 */

/** Words of a rate's name that say nothing of whose rate it is. */
const GENERIC_RATE_WORDS: ReadonlySet<string> = new Set([
  'benchmark',
  'key',
  'policy',
  'interest',
  'rate',
  'main',
  'official',
  'short-term',
  'overnight',
  'lending',
  'base',
]);

/**
 * Whether the sentence itself, the sentence before, the last sentence that named a country, or the
 * page so far is about one of the alias's countries.
 */
function evidenceOfCountry(
  page: ClaimSite['page'],
  sentenceGroups: ReadonlySet<string>,
  countries: ReadonlySet<string>,
): boolean {
  // nearest-evidence: the nearest sentence that names a country decides ("ahead of the BoJ decision. The
  // central bank's policy rate sits at 0.5%" on a page about the U.S. is the BoJ's), the page last.
  for (const named of [countriesOf(sentenceGroups), page.previous, page.lastNamed]) {
    if (!named?.size) continue;
    for (const c of named) if (countries.has(c)) return true;
    return false;
  }
  return !!page.leading && countries.has(page.leading);
}

/** "a 0.4% drop in the broad": a move noun, "in", and at most two words before the name. */
const MOVE_IN_RE =
  /^[\s\u00a0]*(?:annuali[sz]ed[\s\u00a0]+)?(?:decrease|increase|drop|rise|gain|fall|decline|jump|slide|climb|advance|loss)[\s\u00a0]+in[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w-]+[\s\u00a0]+){0,2}$/i;
// basis-then-colon: "CPI, year on year: 3.4%", "Core CPI, m/m: 0.3%": the basis between the name and the colon is the label's.
const LABEL_COLON_RE =
  /^(?:[\s\u00a0]*,[\s\u00a0]*(?:year[\s\u00a0-]on[\s\u00a0-]year|month[\s\u00a0-]on[\s\u00a0-]month|quarter[\s\u00a0-]on[\s\u00a0-]quarter|y\/y|m\/m|q\/q|yoy|mom|annual|monthly|annualized|annualised))?[\s\u00a0]*:[\s\u00a0]*(?:[A-Za-z]+[\s\u00a0]+){0,3}$/i;
const PRONOUN_AHEAD_RE = /\b(?:it|its)\b[^,;:.]{0,30}$/i;
const PRONOUN_IN_GAP_RE = /\b(?:it|they|which)\b[^,;:]{0,30}$/i;

/**
 * Reasons to drop an alias outright, whatever its score. None has a side effect, so their order
 * only decides how soon a hopeless alias is given up: the cheapest token tests first, the clause
 * and page reads last.
 */
const ALIAS_DROPS: readonly AliasDrop[] = [
  euroArea,
  afterConjunction,
  acrossMovingClause,
  subjectShift,
  realRate,
  notePrice,
  yieldRelativeMove,
  otherExclusion,
  retailComponent,
  tariffMarketMove,
  otherDow,
  unlistedIndexSubject,
  euroStoxx,
  glossaryEntry,
  otherPartnersRow,
  companyName,
  otherBankRate,
  otherBanksNamedRate,
  midpoint,
  ordinal,
  figureInsideAlias,
  spread,
  pageCountryMeasure,
  tariffPartnerPage,
  priorSentenceCountry,
  bankSubjectCountry,
  namedMoveOther,
  styleOf,
  otherDutyAfter,
  sourceNamed,
  pairTogether,
  otherCountry,
  futuresOn,
  futuresList,
  refinedProduct,
  fundName,
  gapToTenor,
  indexContribution,
  tickerExchange,
  coreCore,
  coreOfHeadline,
  headlineOfCore,
  gaugeInPlay,
  measureAfterFigure,
  constituent,
  productExports,
  nextConjunct,
  numberedIndex,
  otherMarketMeasure,
  otherPriceIndex,
  cityCpi,
  cityPage,
  basketComponent,
  componentBefore,
  gdpComponent,
  gdpContribution,
  unitCurrency,
  currencyAttribute,
  otherMetalAuction,
  otherCoin,
  targetAfterFigure,
  otherGoods,
  tradePartner,
  currencyBasket,
  coreRetail,
  rankHolder,
  otherPair,
  againstOtherCurrency,
  otherMarketClause,
  possessiveOtherCountry,
  releaseNounAfter,
  spreadAboveBank,
  digitalGold,
  partOfExportsTo,
  codeMover,
  tickerAfter,
  combinedTariff,
  refinancingRate,
  sectorPayrolls,
  yuanFixing,
  subIndex,
  subIndexBetween,
  inflationProtected,
  macroWordBeforeDrop,
  weightUnit,
  yieldSubject,
  appositiveOwner,
  countryInsideAlias,
  auctionResult,
  causeAfter,
];

function dropped(o: Occurrence, site: ClaimSite): boolean {
  for (const drop of ALIAS_DROPS) if (drop(o, site)) return true;
  return false;
}

export function aliasCandidates(site: ClaimSite, occs: readonly Occurrence[]): Candidate[] {
  const { text, info, cs, ce, numberIdx: numberTokenIdx, sentenceGroups, cell, getCtx, page } = site;
  const pageCountry = page.leading;
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
  let genericBank: boolean | undefined;
  const claimStart = tokens[cs]?.start ?? text.length;
  const claimEnd = tokens[ce]?.end ?? 0;
  for (const o of occs) {
    if (o.entry.shareOnly && getCtx().kind !== 'share') continue;
    const before = o.last < cs;
    const after = o.first > ce;
    let d = before ? info.words(o.last + 1, cs) : after ? info.words(ce + 1, o.first) : 0;
    // "Tokyo's Nikkei 225, which will not trade again until Monday, closed ... at 50,339.48": an
    // aside between a name and its figure does not set them apart.
    if (before && d > W.ASIDE_FROM) d -= asideWords(info, text, o.last, cs);
    else if (before && d > 1) d -= appositiveWords(info, text, o.last, cs);
    if (before && d > 1) d -= anaphorWords(info, o.last, cs, o.entry.indicator.kind);
    if ((before && d > W.BEFORE_MAX_CARRIED) || (after && d > W.AFTER_MAX)) continue;
    const ind = o.entry.indicator;
    if (dropped(o, site)) continue;
    // possessive-of-other: "The U.S. economy's Consumer Price Index": the economy qualifies the CPI.
    if (possessiveOfOther(o, occs, text, tokens)) continue;
    // Longer aliases are surer, but nearness counts for more: "S&P 500 slipped 0.1%, while the
    // 10-year Treasury yield edged up" is about the S&P.
    const single = o.entry.core.length === 1 && o.entry.qualifierGroups.length > 0;
    let score =
      (single ? W.ALIAS_BASE_SINGLE : W.ALIAS_BASE) +
      Math.min(W.ALIAS_LENGTH_MAX, W.ALIAS_PER_WORD * (o.entry.core.length - 1)) -
      W.ALIAS_GAP * o.gaps -
      (o.fuzzy ? W.ALIAS_FUZZY : 0);
    // A list item ("34% for China, 20% for the EU") may sit far from the word it shares.
    // Whether the sentence names the alias's qualifier (country, central bank) anywhere.
    // The owner must be named: "Treasury" itself is American, but says nothing of whose holdings.
    const have = anyIn(o.entry.ownerGroups, sentenceGroups);
    // generic-rate-core: "The bank raised its benchmark interest rate" is the Fed's only where the
    // sentence, the one before or the page is about the U.S., not because an alias spells "Fed's
    // benchmark interest rate"; nor is "its benchmark overnight rate" Canada's for "overnight rate".
    // A table row on a page about the country is evidence enough.
    if (
      !have &&
      (o.entry.qualifierGroups.length > 0 || o.entry.countries.size > 0) &&
      o.entry.core.every((w) => GENERIC_RATE_WORDS.has(w)) &&
      !(cell && qualifiedByPage(o.entry.qualifierGroups, pageCountry)) &&
      !evidenceOfCountry(page, sentenceGroups, o.entry.countries)
    )
      continue;
    if (
      !have &&
      anotherBankNamed(
        o.entry.qualifierGroups,
        o.entry.core.length,
        sentenceGroups,
        (bankNamed ??= namesABank(text, tokens)),
        // Only a bank of the country the page's last figure spoke of: "a day after the Federal Reserve cut", then
        // Japan's core CPI, leaves "the bank's 2% target" the BOJ's.
        // bare-rate-on-bank-page: "Policy rate now 4.5%" in the takeaways under a Bank of Canada lead names no one: the
        // bank the page has been speaking of.
        page.lastBank &&
          COUNTRY_OF_WORD.get(page.lastBank) === page.lastMatchedCountry &&
          (sentenceGroups.size === 0 ||
            (genericBank ??= GENERIC_BANK_SUBJECT_RE.test(text.slice(tokens[0]!.start, tokens.at(-1)!.end))))
          ? page.lastBank
          : null,
      )
    )
      continue;
    const near = o.entry.qualifierGroups.length > 0 && (isNear(o.entry.qualifierGroups) || (cell && have));
    if (before) {
      // "Spot gold was trading at $4,105 ..., when it changed hands at $4,398.50": "it" carries the subject.
      const pronounAhead =
        d > W.BEFORE_MAX &&
        d <= W.BEFORE_MAX_CARRIED &&
        PRONOUN_AHEAD_RE.test(text.slice(tokens[o.last]!.end, claimStart));
      if (d > (near || pronounAhead ? W.BEFORE_MAX_CARRIED : W.BEFORE_MAX)) continue;
      score -= (near ? W.BEFORE_PER_WORD_NEAR : W.BEFORE_PER_WORD) * d;
      // "...but the longer trend is clear: they stood at $784.3 billion" refers back across the break.
      // "Brent: $61.35 a barrel, down 95 cents": a name that opens the sentence as its label heads all of it.
      const from = o.first === 0 ? labelEnd(text, tokens[o.last]!.end) : tokens[o.last]!.end;
      const gapText = info.breakBetween(from, claimStart) ? text.slice(tokens[o.last]!.end, claimStart) : null;
      // "BOJ: 0.5% and a split board", "The Yen: Pinned Near 148": a label (or headline) and its figure.
      if (gapText !== null && !LABEL_COLON_RE.test(gapText)) {
        // "Brent settled at $69.37, up 80 cents, but was down 12% for the week": no new subject.
        const pronoun = PRONOUN_IN_GAP_RE.test(gapText) || ELIDED_SUBJECT_RE.test(gapText);
        // semicolon-before: "Inflation Dips to 1.9%; DAX Gains 0.67%": a name before a semicolon or a bar
        // heads its own clause, not the figure past it.
        if (!pronoun && /[;|•│]/.test(gapText)) continue;
        // A one-word name ("the Federal Reserve") does not reach into another clause.
        if (single && !pronoun && !near) continue;
        if (!pronoun) score -= W.CLAUSE_BREAK;
      }
      // "China's Treasury holdings": a qualifier right before the alias names it.
      if (adjacentQualifier(o, tokens)) score += W.ADJACENT_QUALIFIER;
    } else if (after) {
      // name-at-level: "... up 0.31% Hong Kong's Hang Seng at 26,500.10": a name with "at" and its own level
      // after it heads that level, however close it stands to the figure before.
      if (tokens[o.last + 1]?.norm === 'at' && numberTokenIdx.includes(o.last + 2)) continue;
      score -= W.AFTER_PER_WORD * d + W.AFTER;
      // owner-around-figure: "the Bank of England's 3.75% Bank Rate": the name right after the figure, its owner right
      // before it.
      if (d === 0 && cs > 0 && ownsAlias(tokens[cs - 1]!.norm, o.entry.qualifierGroups, o.entry.id))
        score += W.OWNER_AROUND_FIGURE;
      // move-in: "a 0.4% drop in the broad Dollar Index": the move's own subject.
      if (MOVE_IN_RE.test(text.slice(claimEnd, tokens[o.first]!.start))) score += W.MOVE_IN;
      // semicolon-after: "China's Economy Grows 5%; Hang Seng Reclaims 26,000": a name past a semicolon
      // or a bar heads the next clause, never the figure before it.
      if (/[;|•│]/.test(text.slice(claimEnd, tokens[o.first]!.start))) continue;
      if (info.breakBetween(claimEnd, tokens[o.first]!.start)) score -= W.AFTER_BREAK;
      // "The Dow fell 1.91%, the S&P 500 lost 1.61%": past a comma, a name is the next figure's.
      else if (info.punctBetween(ce, o.first, false)) {
        // bank-after-comma: "core CPI ... at 3.1%, the Fed's data-dependent approach ...": a bank named
        // past a comma opens the next clause; it does not name the figure's rate.
        if (o.entry.core.every((w) => INSTITUTION_OF.has(w))) continue;
        score -= W.AFTER_COMMA;
      }
    } else {
      // The alias contains the number itself: "the BOJ's 2% target", "a 10% tariff".
      score += W.WITHIN;
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
          score -= W.OTHER_SUBJECT_BETWEEN * between;
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
          score -= W.OTHER_FIGURE_OWNS;
          break;
        }
      }
    }
    if (after) {
      // "the DAX was at 24,564.14, London's FTSE 100 at 9,546.05": the FTSE is the next figure's;
      // so is an alias with another figure between it and the claim. At equal distance the figure
      // after wins: "Brent at $64.03 and WTI at $57.08" (a name stands before its figure).
      for (const i of numberTokenIdx) {
        if (
          i > o.last &&
          info.words(o.last + 1, i) <= 1 &&
          i - o.last - 1 <= o.first - ce - 1 &&
          !info.punctBetween(o.last, i, false)
        ) {
          score -= W.NEXT_FIGURES;
          break;
        }
      }
      if (anyBetween(numberTokenIdx, ce + 1, o.first - 1)) score -= W.FIGURE_BETWEEN;
    }
    if (o.entry.qualifierGroups.length) {
      // "BOJ rate" must not claim every "rate": a one-word core needs its qualifier, or, in a
      // table or list of key figures on a page about that country, the page's country.
      const impliedByPage = !have && qualifiedByPage(o.entry.qualifierGroups, pageCountry);
      // Only in a table or list of key figures: in running text "the economy" may be anyone's.
      const impliedHere = impliedByPage && cell;
      if (!have && o.entry.core.length === 1 && !impliedHere) continue;
      // anaphor-core: "Even so, the benchmark index is up 1.7%" on a page about the S&P 500: a core of
      // words that point back ("benchmark index") is no name without its country ("Japan's").
      // Not a bank's rate: which bank's "benchmark rate" is, tied-rates decides from the page.
      if (!have && !impliedByPage && ind.kind !== 'rate' && o.entry.core.every(isAnaphorWord)) continue;
      // "Japan tariff" may name "Japan's tariff" or "24% for Japan", not any tariff in a sentence about Japan.
      const adjacent = adjacentQualifier(o, tokens);
      // A central bank that is the clause's subject names its rate: "the Bank of Japan lifts rates".
      const actor = !adjacent && !near && institutionActs(info, o);
      // sole-country-measure: "In Britain, the annual CPI rate was 3.8%": a measure's own name, in a sentence that
      // names its country and no other, is that country's however far the country stands.
      const soleCountry =
        have && SOLE_COUNTRY_CORES.has(o.entry.core[0]!) && onlyCountryNamed(sentenceGroups, o.entry.ownerGroups);
      if (o.entry.core.length === 1 && !near && !adjacent && !actor && !impliedHere && !soleCountry) continue;
      // On a page about Japan, "core inflation" is Japan's even where the sentence does not say so.
      score += have ? W.QUALIFIER_NAMED : impliedByPage ? W.QUALIFIER_OF_PAGE : W.QUALIFIER_MISSING;
      // "duties of 34% for China, 20% for the EU": the country beside the number decides.
      if (near) score += W.QUALIFIER_NEAR;
    }
    const facts = fromEntry(o.entry);
    out.push({
      indicator: ind,
      alias: o.entry.alias,
      catalogueAlias: facts.catalogueAlias,
      namesShare: facts.namesShare,
      // unit-in-figure: "The dollar was fixed at 145.09 yen": the figure's own unit is what it is priced in, not the mover.
      // unit-and-mover (rules/unit-and-mover.ts): "The won weakened by 5.66 won".
      subjectCurrency:
        facts.subjectCurrency &&
        (o.first >= cs && o.last <= ce
          ? unitIsMover(
              tokens,
              occs,
              o,
              cs,
              (p) => moverCurrency(tokens, p, false),
              (a, b) => info.breakBetween(tokens[a]!.end, tokens[b]!.start),
            )
          : moverCurrency(tokens, o, after))
          ? facts.subjectCurrency
          : undefined,
      score,
      rule: o.fuzzy ? 'fuzzy-alias' : 'alias-in-sentence',
      distance: d,
      at: o.last,
      impliedByPage: !have && qualifiedByPage(o.entry.qualifierGroups, pageCountry),
    });
  }
  return out;
}

/**
 * The one-word names of a country's release specific enough to stand apart from its country (sole-country-measure):
 * "CPI", "GDP"; not "inflation", which services or goods inflation also is.
 */
const SOLE_COUNTRY_CORES: ReadonlySet<string> = new Set(['cpi', 'gdp', 'hicp']);

/** Whether the only country groups the sentence names are `owners`. */
function onlyCountryNamed(groups: ReadonlySet<string>, owners: readonly string[]): boolean {
  for (const g of groups) if (COUNTRY_GROUPS.has(g) && !owners.includes(g)) return false;
  return true;
}

/** A word that points back to an earlier subject, or a neutral modifier of one ("benchmark", "index"). */
function isAnaphorWord(w: string): boolean {
  return ANAPHORA_OF.has(w) || NEUTRAL_MODIFIERS.has(w);
}

/** Words before a currency that make it the counter side of a move: "shed 4.3% against the loonie". */
const COUNTER_WORDS: ReadonlySet<string> = new Set(['against', 'versus', 'vs', 'vs.', 'to', 'per']);
/** Words before a currency named after its move that make it the mover: "a 1.5% drop in the yen". */
const MOVER_AFTER_WORDS: ReadonlySet<string> = new Set(['in', 'for', 'of']);

/**
 * counter-currency-alias: whether a currency's name moves the pair ("the yen fell 0.4%") rather than
 * standing as its counter ("It has shed 4.3% against the loonie") or as some other noun's owner after
 * the figure ("a rise of 1.5% that marked the yen's worst session").
 */
function moverCurrency(tokens: readonly { norm: string }[], o: Occurrence, after: boolean): boolean {
  let i = o.first - 1;
  if (tokens[i]?.norm === 'the') i--;
  const before = tokens[i]?.norm ?? '';
  if (COUNTER_WORDS.has(before)) return false;
  return !after || MOVER_AFTER_WORDS.has(before);
}

/**
 * Whether a word (a possessive folded: "England's" is "england") names the country or bank an alias is qualified by,
 * or, for an alias without qualifiers ("Bank Rate"), its indicator's country.
 */
function ownsAlias(word: string, groups: readonly string[], id: string): boolean {
  const own = groups.length ? groups : [countryOfId(id) ?? ''];
  const inst = institutionOf(word);
  return (!!inst && own.includes(inst)) || wordQualifiers(word).some((g) => own.includes(g));
}
