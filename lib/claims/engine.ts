import { withoutTwoDayCaption } from './rules/two-day-caption';
import { dayColumnOverCaption } from './rules/day-column';
import { weekToRowDate } from './rules/week-to-row-date';
import { yearOverRowDay } from './rules/year-change-column';
import type { Dataset } from '../dataset/schema';
import type { Claim, ClaimContext, ClaimPeriod, NumericExpression } from './types';
import type { DatasetView } from './dataset-view';
import type { Occurrence } from './match';
import { readContext } from './context';
import { sentenceSpans } from './sentences';
import { tokenize, type Token } from './tokens';
import { QUALIFYING_WORD } from './match';
import { periodPhrases } from './periods';
import type { Found } from './periods';
import { runChecks } from './checks';
import { buildCatalogue } from './catalogue';
import { mentionOf, type Mention } from './candidate';
import { EMPTY_GROUPS, SentenceInfo } from './sentence-info';
import { PageCountry, countriesOf } from './page-country';
import { carriedCountries, imposerOnly, withoutGroups } from './rules/tariff-imposer';
import { COUNTRY_GROUPS, countryOfId, namesUkOnlyAsBullionPlace, strongCountries } from './lexicon/countries';
import { BANK_GROUPS } from './lexicon/institutions';
import { isForecastLeadIn } from './rules/forecast-list';
import { isForecastCell } from './rules/forecast-cell';
import { isKeyLevelCell } from './rules/key-level-cell';
import { isDayRangeCell } from './rules/day-range-column';
import { isPreviousRateCell } from './rules/previous-cell';
import { withoutContractMonths } from './rules/contract-month';
import { namesOtherPair } from './rules/other-pair';
import { isJapanInflation, noteCityGauge } from './rules/city-cpi';
import { forgetCorePce, notePriceGauge } from './rules/gauge-in-play';
import { TOTAL_PARTS } from './lexicon/total-parts';
import { HOLDINGS_MEASURE, namesHoldingsTopic } from './rules/holdings-topic';
import { openingCountry } from './subjects/holder';
import { respectiveSubjects } from './subjects/respectively';
import { findSubjects, type FigureSite, type PageMemory } from './subjects/order';
import { readBlock, type BlockInput } from './stages/read-block';
import { collapseBlocks, restoreOffsets } from './stages/collapse-spaces';
import { sentenceFigures, subjectInSight } from './stages/sentence';
import { chooseSubject } from './stages/choose';
import { levelSizeRecent } from './subjects/level-size-recent';
import { bareClaim, claimOf, type Figure } from './stages/emit';
import { listHeadingPeriod, weekdayLeadIn } from './stages/list-period';
import { dayLabel } from './stages/day-label';
import { termDate } from './stages/term-date';
import { carryContext } from './stages/carry-context';
import { headingSubject } from './subjects/list-heading';

export type { BlockInput } from './stages/read-block';

/**
 * The engine as a pipeline, over blocks of text. Pure: no DOM, no browser API; the same code
 * serves the content script, the scanner and the tests. For each block:
 *   1. readBlock (stages/read-block): its figures, a table cell read with its headers;
 *   2. for each sentence: tokens, alias occurrences, and the figures that are not part of a name
 *      (stages/sentence), then what the sentence names (SentenceInfo, page country);
 *   3. for each figure: its subjects by the ordered steps of subjects/order.ts, its context
 *      (context.ts), the subject chosen (stages/choose), the claim and its verdict (stages/emit);
 *   4. over the page: the consistency checks (checks/).
 */

interface AnalyzeOptions {
  /** The article's publication date (YYYY-MM-DD); today's date when the page gives none. */
  published: string | null;
  /** The publication instant (ISO with zone), when the page gives one; the judge's after-close rule reads it. */
  publishedAt?: string;
  /** When the page was last updated (ISO with zone), when it says so: a live blog's last entry may be that late. */
  updatedAt?: string;
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
  /** The indicators the last sentence with a match named (earlier-subject.ts: benchmark-among-several). */
  recentSentence?: { at: number; ids: Set<string>; names?: number; unmatched?: boolean } | null;
  /** The last few indicators matched, oldest first, each once (the-two-respectively). */
  recentIds?: string[];
  /** The last sentence without numbers, read only if a later "the index" needs it. */
  plain?: { text: string; start: number; end: number } | null;
  /** The period a list heading ("For the week:") gives the short blocks under it (stages/list-period). */
  listPeriod?: ClaimPeriod | null;
  /** The day a section heading ("Wednesday: the Fed") gives the paragraphs under it (stages/list-period). */
  sectionDay?: ClaimPeriod | null;
  /** The last plain block was a forecast's lead-in ("The projections show:"): the short items under it are forecasts. */
  listForecast?: boolean;
  /** Sentences naming each country so far: the page's own country, for figures that name none. */
  countries?: Record<string, number>;
  /** Measures kept for several countries (ids after the prefix) that the page has matched: whose "its holdings" may be. */
  measures?: Set<string>;
  /** The country that opened the last sentence read ("Beijing kept trimming."), once measures are known. */
  opener?: string | null;
  /** The one indicator the last short heading named, for the list items under it (list-heading). */
  listHead?: Mention | null;
  /** Whether the last sentence read had no figures (it-after-plain). */
  plainJustBefore?: boolean;
  /** city-page (rules/city-cpi.ts): whether a city's price gauge, or before it the nation's, was named first. */
  cityGauge?: boolean;
  nationGauge?: boolean;
}

export interface Engine {
  readonly dataset: Dataset;
  readonly view: DatasetView;
  analyze(blocks: readonly BlockInput[], options: AnalyzeOptions): Claim[];
}

/** Set by the scanner's --debug flag and by tests; never by the extension. */
/** Spaces blocks apart when a sentence's place on the page is one number: more than any block's length. */
const BLOCK_STRIDE = 1e7;

const debugHook = (globalThis as { __claimlensDebug?: (...args: unknown[]) => void }).__claimlensDebug;

/** A block without figures up to this long (a heading) may be what the next block points back to. */
const PLAIN_BLOCK_CHARS = 80;
/** The opening clause of a paragraph: up to its first comma, semicolon or sentence end, if short. */
const LEAD_CLAUSE_RE = /^[^,;.!?]{12,200}?(?=[,;]|[.!?](?:\s|$))/;
/** A wire's dateline before the lead: "LONDON, Aug 20 (Reuters) - ", "TOKYO (AP) — ". */
const DATELINE_RE = /^[A-Z][A-Z .'/-]{1,40}(?:,[^(]{0,30})?\([^)]{1,40}\)[\s\u00a0]*[-–—]+[\s\u00a0]*/;
function leadClause(text: string): [number, number] {
  const from = DATELINE_RE.exec(text)?.[0].length ?? 0;
  return [from, LEAD_CLAUSE_RE.exec(text.slice(from))?.[0].length ?? 0];
}

/** The qualifier groups (countries, central banks) of a stretch of text without figures. */
function qualifiersOf(text: string, start: number, end: number): ReadonlySet<string> {
  return new SentenceInfo(text, tokenize(text, start, end), start, end).qualifiers();
}

/** A list item under a period heading is a line, not a paragraph: a longer block ends the list. */
const LIST_ITEM_CHARS = 160;

/**
 * entry-sentences: "<dt>4 April 2025 (Friday)</dt><dd>China announces retaliatory duties ... . The S&P 500 tumbles
 * 5.97%</dd>": a chronology entry is read sentence by sentence (the first with its dated term), so that one sentence's
 * "duties" is not the next one's subject. (Other cells and definitions, a FAQ's answer under its question, stay whole.)
 */
function entrySpans(text: string, shift: number): { start: number; end: number }[] {
  const own = sentenceSpans(text.slice(shift));
  if (own.length < 2) return [{ start: 0, end: text.length }];
  return own.map((sp, i) => ({ start: i === 0 ? 0 : sp.start + shift, end: sp.end + shift }));
}

/** How much of a sentence without figures is read for the country that opens it. */
const OPENER_CHARS = 40;

/** How many indicators matched last the page remembers, for "the two gauges ..., respectively". */
const RECENT_IDS = 4;

/** How many names a sentence's alias occurrences make: those sharing or touching words ("Euro" + "Stoxx 50") are one. */
function namePhrases(occs: readonly Occurrence[]): number {
  let n = 0;
  let end = -2;
  for (const o of [...occs].sort((a, b) => a.first - b.first)) {
    if (o.first > end + 1) n++;
    end = Math.max(end, o.last);
  }
  return n;
}

/** Moves `id` to the end of the recent list, keeping it short. */
function noteRecentId(ids: string[], id: string): void {
  const i = ids.indexOf(id);
  if (i >= 0) ids.splice(i, 1);
  ids.push(id);
  if (ids.length > RECENT_IDS) ids.shift();
}

/** "ust_holdings" of "jp.ust_holdings". */
function measureOfId(id: string): string | null {
  const dot = id.indexOf('.');
  return dot > 0 ? id.slice(dot + 1) : null;
}

/** A table's headers, tokenised and their period phrases read once for a run of cells under them. */
interface Headers {
  context: string;
  published: string;
  tokens: Token[];
  phrases: ReturnType<typeof periodPhrases> | null;
}

export function createEngine(dataset: Dataset): Engine {
  const catalogue = buildCatalogue(dataset);
  const { matcher, view } = catalogue;
  let headers: Headers | null = null;
  // By indicator id, the measures a match adds to the page's: worked out once, not for every figure
  // (the id's measure is a fresh slice each time, and every lookup with it hashes it anew).
  const pageMeasures = new Map<string, readonly string[]>();
  function pageMeasuresOf(id: string): readonly string[] {
    let out = pageMeasures.get(id);
    if (!out) {
      const found: string[] = [];
      const measure = measureOfId(id);
      if (measure && (catalogue.siblings.get(measure)?.size ?? 0) > 1) found.push(measure);
      const parts = measure ? TOTAL_PARTS[measure] : undefined;
      if (parts && (catalogue.siblings.get(parts)?.size ?? 0) > 1) found.push(parts);
      pageMeasures.set(id, (out = found));
    }
    return out;
  }
  // Whether the catalogue keeps Treasury holdings for several countries, so the topic can name them.
  const holdingsKept = (catalogue.siblings.get(HOLDINGS_MEASURE)?.size ?? 0) > 1;
  function headersOf(context: string, text: string, shift: number, published: string): Headers {
    if (headers?.context !== context || headers.published !== published) {
      headers = { context, published, tokens: tokenize(text, 0, shift), phrases: null };
    }
    return headers;
  }

  function analyze(input: readonly BlockInput[], options: AnalyzeOptions): Claim[] {
    // collapse-spaces: an indented paragraph's runs of blanks read as one space; offsets are mapped back below.
    const { blocks, maps } = collapseBlocks(input);
    const published = options.published ?? options.today ?? new Date().toISOString().slice(0, 10);
    const claims: Claim[] = [];
    const state = options.state ?? {};
    const memory: PageMemory = {
      recent: state.recent ?? null,
      recentSentence: state.recentSentence ?? null,
      recentIds: (state.recentIds ??= []),
      plain: state.plain ?? null,
      measures: (state.measures ??= new Set()),
      listHead: state.listHead ?? null,
      plainJustBefore: state.plainJustBefore ?? false,
    };
    const { measures } = memory;
    let opener: string | null = state.opener ?? null;
    let listPeriod: ClaimPeriod | null = state.listPeriod ?? null;
    let sectionDay: ClaimPeriod | null = state.sectionDay ?? null;
    let listForecast = state.listForecast ?? false;
    const page = new PageCountry((state.countries ??= {}));
    page.cityGauge = state.cityGauge ?? false;
    page.nationGauge = state.nationGauge ?? false;
    for (let b = 0; b < blocks.length; b++) {
      // holdings-topic: a headline or line naming Treasury holders gives "its holdings" its measure.
      if (!measures.has(HOLDINGS_MEASURE) && holdingsKept) {
        const own = blocks[b]!;
        if (namesHoldingsTopic(typeof own === 'string' ? own : own.text)) measures.add(HOLDINGS_MEASURE);
      }
      const block = readBlock(blocks[b]!);
      if (!block) {
        // heading-subject: "<h2>USD/JPY</h2> The pair finished Thursday at 157.58": a short block without
        // figures is what "the pair" may point back to, read only if something does.
        const own = blocks[b]!;
        const t = typeof own === 'string' ? own : own.link || own.context ? '' : own.text;
        memory.plainJustBefore = t.length <= PLAIN_BLOCK_CHARS && /\p{L}/u.test(t);
        if (memory.plainJustBefore) memory.plain = { text: t, start: 0, end: t.length };
        else {
          // lead-clause-subject: "LONDON (Wire) - Britain's FTSE 100 closed at a record high on Wednesday, as investors
          // ... UK inflation ...", then "The blue-chip index rose 98.9 points": a long paragraph without figures
          // lends the next one only its opening clause's subject.
          const [from, lead] = leadClause(t);
          if (lead > 0) {
            memory.plain = { text: t, start: from, end: from + lead };
            memory.plainJustBefore = true;
          }
        }
        // list-heading: "The DAX at the close" names the subject of the short items under it.
        memory.listHead = t && t.length <= PLAIN_BLOCK_CHARS ? headingSubject(t, catalogue) : null;
        // A paragraph without figures may name the country a later measure is of (last-named-country).
        if (t) page.noteStrong(() => strongCountries(tokenize(t, 0, t.length)));
        if (t) noteCityGauge(page, t, 0, t.length);
        if (t && notePriceGauge(page, t, 0, t.length)) forgetCorePce(memory);
        if (t) page.noteBankIn(t, 0, t.length, (s, e) => qualifiersOf(t, s, e));
        listPeriod = t && t.indexOf(':') > 0 ? listHeadingPeriod(t, published) : null;
        listForecast = !!t && isForecastLeadIn(t);
        // section-day: "<h2>Wednesday: the Fed</h2>" dates the paragraphs under it, to the next short heading.
        if (t && t.length <= PLAIN_BLOCK_CHARS) sectionDay = weekdayLeadIn(t, published);
        continue;
      }
      const { text, context, shift, exprs } = block;
      // term-date (stages/term-date.ts): a chronology entry under a dated term is read as of that day.
      const entryDay = context ? termDate(context, published) : null;
      const asOf = entryDay ?? published;
      if (context || text.length > LIST_ITEM_CHARS) {
        listPeriod = memory.listHead = null;
        listForecast = false;
      }
      const itemForecast = listForecast;
      const itemPeriod = listPeriod;
      if (block.link) {
        // link-only-block: "Read next: JGB yield crosses 2% for the first time since 1999" is another
        // story's headline, of a day this page does not give; its numbers are reported bare (for --all).
        const whole = { start: 0, end: text.length };
        for (const expr of exprs) claims.push(bareClaim({ b, expr, shift, text, span: whole, sentence: text.trim() }));
        memory.plainJustBefore = false;
        continue;
      }
      let forecastCellCache: boolean | undefined;
      // A cell under "Consensus" or "Pivot · S2" is an expectation or a level to watch, not a fact; one under "Day range" an
      // intraday extreme the closes cannot check (day-range-column).
      // forecast-lead-in: so is a short item under "The Summary of Economic Projections shows:".
      const forecastCell = () =>
        (forecastCellCache ??=
          itemForecast || isForecastCell(context) || isKeyLevelCell(context) || isDayRangeCell(context));
      const spans = context
        ? entryDay
          ? entrySpans(text, shift)
          : [{ start: 0, end: text.length }]
        : sentenceSpans(text);
      page.previous = null;
      let e = 0;
      let previousSpan: { start: number; end: number } | null = null;
      // weekday-lead-in (stages/list-period.ts): the day a paragraph's "Tuesday:" opening gives its figures.
      // day-label (stages/day-label.ts): a diary entry's "Monday - 10.06.25:" dates the whole paragraph, its first sentence too.
      let blockDay: ClaimPeriod | null = context ? null : (dayLabel(text, published) ?? sectionDay);
      for (const span of spans) {
        const spanBefore = previousSpan;
        previousSpan = span;
        const inSentence: NumericExpression[] = [];
        while (e < exprs.length && exprs[e]!.start < span.end) {
          if (exprs[e]!.start >= span.start) inSentence.push(exprs[e]!);
          e++;
        }
        if (!inSentence.length) {
          if (spanBefore === null && !context && !blockDay)
            blockDay = weekdayLeadIn(text.slice(span.start, span.end), published);
          // What this sentence names may be "the index" of the next one; read it only if asked.
          memory.plain = { text, start: span.start, end: span.end };
          memory.plainJustBefore = true;
          const { start, end } = span;
          page.previousFrom(() => {
            const tokens = tokenize(text, start, end);
            return carriedCountries(countriesOf(new SentenceInfo(text, tokens, start, end).qualifiers()), tokens);
          });
          page.noteStrong(() => {
            const tokens = tokenize(text, start, end);
            return carriedCountries(strongCountries(tokens), tokens);
          });
          noteCityGauge(page, text, start, end);
          if (notePriceGauge(page, text, start, end)) forgetCorePce(memory);
          page.noteBankIn(text, start, end, (s, e) => qualifiersOf(text, s, e));
          if (measures.size)
            opener = openingCountry(
              tokenize(text, span.start, Math.min(span.end, span.start + OPENER_CHARS)),
              catalogue.groupOf,
            );
          continue;
        }
        // Only an entry's first sentence reads its dated term; later ones are running text (entry-sentences).
        const cell = context && span.start === 0 ? headersOf(context, text, shift, asOf) : null;
        const tokens = cell
          ? cell.tokens.concat(tokenize(text, shift, span.end))
          : tokenize(text, span.start, span.end);
        noteCityGauge(page, text, span.start, span.end, tokens);
        if (notePriceGauge(page, text, span.start, span.end)) forgetCorePce(memory);
        const occs = matcher.occurrences(tokens);
        const { kept, ranges, numberIdx } = sentenceFigures(inSentence, tokens, occs);
        // name-only-sentence: "<strong>S&P 500.</strong> The benchmark gave up 24.80 points": a sentence
        // whose only figure is inside a name is a label, read like a sentence without figures.
        if (!kept.length && !context) {
          page.noteBankIn(text, span.start, span.end, (s, e) => qualifiersOf(text, s, e));
          memory.plain = { text, start: span.start, end: span.end };
          memory.plainJustBefore = true;
          page.previous = null;
          continue;
        }
        const previousOpener = opener;
        opener = measures.size && !context ? openingCountry(tokens, catalogue.groupOf) : null;
        const trimmed = text.slice(span.start, span.end).trim();
        // Worked out only for a sentence whose numbers may be matched.
        const info = subjectInSight(tokens, occs, memory, catalogue, cell ? cell.tokens.length : 0)
          ? new SentenceInfo(text, tokens, span.start, span.end)
          : null;
        const sentenceGroups = info ? info.qualifiers() : EMPTY_GROUPS;
        // Its figures name nothing, but it may still name a country a later sentence's measure is of.
        if (!info) page.noteStrong(() => carriedCountries(strongCountries(tokens), tokens));
        // tariff-imposer: "US tariffs" names the maker of a duty, not the economy later sentences are about.
        const imposers = info && sentenceGroups.size ? imposerOnly(tokens) : null;
        if (info) {
          let signs: Set<string> | null = null;
          for (const x of kept) if (x.currency) (signs ??= new Set()).add(x.currency);
          if (signs) info.signCurrencies = signs;
          let named = false;
          for (const g of sentenceGroups) {
            if (imposers?.has(g)) continue;
            if (g === 'uk' && namesUkOnlyAsBullionPlace(tokens)) continue;
            if (COUNTRY_GROUPS.has(g)) {
              // table-country-once: a table's cells repeat their row's name ("Nikkei 225" beside each column);
              // one table names a country once, not once per cell, in the page's count.
              if (!cell || page.countOnce(`${context!.split(' · ', 1)[0]}|${g}`)) page.count(g);
              named = true;
            } else if (BANK_GROUPS.has(g)) page.lastBank = g;
          }
          if (named) {
            page.update();
            page.lastNamedFrom(imposers ? withoutGroups(sentenceGroups, imposers) : sentenceGroups);
            page.noteStrong(() =>
              imposers ? withoutGroups(info.strongCountries(), imposers) : info.strongCountries(),
            );
          }
        }
        // Period phrases are read once per sentence, and only if some number in it is matched.
        let phrasesCache: ReturnType<typeof periodPhrases> | null = null;
        const phrases = () =>
          (phrasesCache ??= cell
            ? // header-period: "Major foreign holders, July 2025 · Holdings · United Kingdom" dates the cell.
              // (Not a "Before" column's: the caption's date is the table's, not the replaced rate's.)
              (cell.phrases ??= headerPhrases(text.slice(0, shift), periodPhrases(text, 0, shift, asOf)).map((f) =>
                f.barrier || f.forward || isPreviousRateCell(context) ? f : { ...f, opensClause: true },
              )).concat(periodPhrases(text, shift, span.end, asOf, info?.cues))
            : periodPhrases(text, span.start, span.end, asOf, info?.cues));
        let respectiveCache: Map<number, Occurrence> | false | undefined;
        const respective = () =>
          (respectiveCache ??= respectiveSubjects(text, span.start, span.end, kept, ranges, occs, tokens) ?? false) ||
          null;
        // What the sentence before named, before this one's figures replace it (the-two-respectively).
        const namedBefore: readonly string[] = memory.recentIds.slice();
        // What the last sentence with a match named, in its order (former-latter-before).
        // Only when that sentence named those two and no other name ("the 2- and 10-year yields fell 14 and
        // 11 basis points, respectively, and the 30-year 9": three names, though "14" matched none).
        const sentenceBefore: readonly string[] | null =
          memory.recentSentence?.names === 2 && !memory.recentSentence.unmatched
            ? [...memory.recentSentence.ids]
            : null;
        /** Whether a figure of this sentence found no subject. */
        let unmatched = false;
        // The sentence just before, if it had no figures: kept, since a match below clears memory.plain.
        const plainBefore = memory.plainJustBefore ? memory.plain : null;
        let prevCtx: ClaimContext | null = null;
        let twoBackCtx: ClaimContext | null = null;
        // The previous figure's context, read only if asked: a forecast with no subject still carries on.
        let prevGetCtx: (() => ClaimContext) | null = null;
        /** The previous figure of this sentence, if it was matched. */
        let prevMatch: Mention | null = null;
        /** The match two figures back, when the one between went unmatched (prior-after-expected). */
        let twoBackMatch: Mention | null = null;
        /** Where this sentence's last figure matched to a currency pair ends. */
        let lastFxEnd = span.start;
        for (let k = 0; k < kept.length; k++) {
          const expr = kept[k]!;
          const figure: Figure = { b, expr, shift, text, span, sentence: trimmed };
          if (!info) {
            // Nothing here can name an indicator: report the bare number (for --all) and move on.
            claims.push(bareClaim(figure));
            continue;
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
              published: asOf,
              phrases: phrases(),
              cues: info.cues,
            });
            carryContext(ctx, {
              text,
              expr,
              k,
              prevEnd,
              sentenceStart: span.start,
              sentenceEnd: span.end,
              published: asOf,
              before,
              previous: prevGetCtx,
              twoBefore: twoBackCtx,
              phrases,
              context,
              itemPeriod: itemPeriod ?? blockDay,
              forecastCell,
            });
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
          const site: FigureSite = {
            text,
            info,
            expr,
            getCtx,
            cs,
            ce,
            numberIdx,
            sentenceGroups,
            beforeGroups,
            cell: shift > 0,
            page,
            k,
            kept,
            span,
            spanBefore,
            occs,
            prevEnd,
            nextStart,
            context,
            opener,
            previousOpener,
            prevMatch,
            twoBackMatch,
            respective,
            namedBefore,
            sentenceBefore,
            plainBefore,
            memory,
            catalogue,
          };
          const cands = findSubjects(site);
          debugHook?.(
            expr.text,
            cands.map((c) => `${c.indicator.id}:${c.alias}:${c.score.toFixed(2)}:${c.subjectCurrency ?? ''}:${c.rule}`),
          );
          const first = chooseSubject(cands, site, cands.length ? getCtx() : null);
          const chosen =
            (!first || first.implausible ? levelSizeRecent(cands, site, memory.recentIds, catalogue, getCtx) : null) ??
            first;
          // round-bound: the threshold is not marked, but its subject carries on to the reading after it.
          const best = chosen?.passOnly ? null : chosen;
          if (chosen?.passOnly) memory.recent = mentionOf(chosen.c);
          if (best) {
            for (const m of pageMeasuresOf(best.c.indicator.id)) measures.add(m);
            memory.recent = mentionOf(best.c);
            memory.plain = null;
            page.lastMatchedCountry = countryOfId(best.c.indicator.id) ?? null;
            if (best.c.indicator.kind === 'fx') lastFxEnd = expr.end;
            const at = b * BLOCK_STRIDE + span.start;
            if (memory.recentSentence?.at !== at)
              memory.recentSentence = { at, ids: new Set(), names: namePhrases(occs) };
            memory.recentSentence.ids.add(best.c.indicator.id);
            noteRecentId(memory.recentIds, best.c.indicator.id);
            if (isJapanInflation(best.c.indicator)) page.nationGauge ||= !page.cityGauge;
          }
          twoBackMatch = prevMatch;
          prevMatch = chosen ? mentionOf(chosen.c) : null;
          if (!chosen) unmatched = true;
          const ctx = ctxCache as ClaimContext | null;
          claims.push(
            claimOf(figure, best, ctx, cell ? cell.tokens.length : 0, asOf, catalogue, {
              publishedAt: entryDay ? undefined : options.publishedAt,
              updatedAt: entryDay ? undefined : options.updatedAt,
            }),
          );
          twoBackCtx = prevCtx;
          prevCtx = ctx;
          prevGetCtx = getCtx;
        }
        const sentenceAt = b * BLOCK_STRIDE + span.start;
        if (unmatched && memory.recentSentence?.at === sentenceAt) memory.recentSentence.unmatched = true;
        // other-pair: "... the GBP/JPY cross is at 211.38. The pair ranged between 212.08 and 210.84": after
        // a pair the catalogue lacks, "the pair" points back to it, not to a pair named before.
        const recentFx = memory.recent?.indicator.kind === 'fx' ? memory.recent.indicator.id : null;
        if (recentFx && namesOtherPair(text, lastFxEnd, span.end, recentFx)) memory.recent = null;
        memory.plainJustBefore = false;
        if (info)
          page.previousFrom(() => {
            const named = countriesOf(sentenceGroups);
            return imposers ? withoutGroups(named, imposers) : named;
          });
        else page.previous = null;
      }
    }
    state.recent = memory.recent;
    state.recentSentence = memory.recentSentence;
    state.opener = opener;
    state.cityGauge = page.cityGauge;
    state.nationGauge = page.nationGauge;
    state.plain = memory.plain;
    state.listPeriod = listPeriod;
    state.sectionDay = sectionDay;
    state.listForecast = listForecast;
    state.listHead = memory.listHead;
    state.plainJustBefore = memory.plainJustBefore;
    if (maps) restoreOffsets(claims, maps);
    runChecks(claims, view, published);
    return claims;
  }

  return { dataset, view, analyze };
}

/**
 * A cell's caption and header periods (read at the same offsets as `headers`), less those its rows, caption or column
 * rule out: week-to-row-date, year-change-column, two-day-caption, day-column, contract-month.
 */
function headerPhrases(headers: string, found: Found[]): Found[] {
  const kept = dayColumnOverCaption(withoutTwoDayCaption(yearOverRowDay(weekToRowDate(found)), headers), headers);
  return withoutContractMonths(kept, headers);
}
