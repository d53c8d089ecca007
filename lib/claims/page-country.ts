import { COUNTRY_GROUPS } from './lexicon/countries';
import { BANK_GROUPS } from './lexicon/institutions';
/**
 * Example: "Core inflation: 3.0%" on a page that named Japan in most sentences is Japan's: the
 * page's own country, counted sentence by sentence.
 */

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

/** How many sentences without figures are kept for the last-named country; a page's paragraphs are not read further back. */
const UNREAD_KEPT = 6;

/** The page's country so far: sentences naming each country, and the one that leads. */
export class PageCountry {
  /** The country most sentences of the page have named so far, if one leads. */
  leading: string | null;
  private lastGroups: ReadonlySet<string> | null = null;
  private lastCountries: ReadonlySet<string> | null = null;

  /** The countries of the last sentence that named any, in this block or an earlier one. */
  get lastNamed(): ReadonlySet<string> | null {
    if (this.lastGroups) {
      this.lastCountries = countriesOf(this.lastGroups);
      this.lastGroups = null;
    }
    return this.lastCountries;
  }

  /** A sentence named a country: its groups, read into countries only if a rule asks. */
  lastNamedFrom(groups: ReadonlySet<string>): void {
    this.lastGroups = groups;
  }

  /** Readers of the last sentences' countries by name (not by currency or market), newest last. */
  private strongReaders: (() => ReadonlySet<string>)[] = [];
  private strongSet: ReadonlySet<string> | null = null;

  /**
   * The countries the last sentence that named one by its name (or its institutions) named, in any
   * block: "the yen" or "Wall Street" name a market, not the economy a bare measure is of.
   */
  get lastStrong(): ReadonlySet<string> | null {
    for (let i = this.strongReaders.length - 1; i >= 0; i--) {
      const named = this.strongReaders[i]!();
      if (named.size) {
        this.strongSet = named;
        break;
      }
    }
    this.strongReaders.length = 0;
    return this.strongSet;
  }

  /** A sentence that may name a country: read only if a rule asks for the last one named. */
  noteStrong(read: () => ReadonlySet<string>): void {
    if (this.strongReaders.length >= UNREAD_KEPT) this.strongReaders.shift();
    this.strongReaders.push(read);
  }

  private previousSet: ReadonlySet<string> | null = null;
  private previousRead: (() => ReadonlySet<string>) | null = null;

  /** The countries the sentence before named, in the same block (prior-sentence-country); null when unknown. */
  get previous(): ReadonlySet<string> | null {
    if (this.previousRead) {
      this.previousSet = this.previousRead();
      this.previousRead = null;
    }
    return this.previousSet;
  }

  set previous(countries: ReadonlySet<string> | null) {
    this.previousSet = countries;
    this.previousRead = null;
  }

  /** A sentence without figures came before: its countries are read only if a rule asks. */
  previousFrom(read: () => ReadonlySet<string>): void {
    this.previousSet = null;
    this.previousRead = read;
  }

  /** The central bank (its group: "boc") the last sentence that named one named; null before any. */
  lastBank: string | null = null;

  /** The country of the last figure matched on the page (its indicator's), or null. */
  lastMatchedCountry: string | null = null;

  /**
   * bank-in-plain-sentence: "What did the Bank of Canada decide?": a sentence without figures names the bank
   * "the bank" may point to later. Only read where a bank's name may stand, which most sentences lack.
   */
  noteBankIn(
    text: string,
    start: number,
    end: number,
    groupsOf: (start: number, end: number) => Iterable<string>,
  ): void {
    if (!BANK_NAME_CUE_RE.test(text.slice(start, end))) return;
    let one: string | null = null;
    for (const g of groupsOf(start, end)) {
      if (!BANK_GROUPS.has(g)) continue;
      if (one && one !== g) return;
      one = g;
    }
    if (one) this.lastBank = one;
  }

  /** The page named a city's price gauge ("Tokyo core CPI") before any Japanese inflation figure (city-page). */
  cityGauge = false;
  /** The page marked a Japanese inflation figure before naming a city's gauge: city-page stays off. */
  nationGauge = false;
  /** The U.S. price gauge the page named last, CPI or PCE (rules/gauge-in-play.ts). */
  priceGauge: 'cpi' | 'pce' | null = null;

  constructor(readonly counts: Record<string, number>) {
    this.leading = leadingCountry(counts);
  }

  private readonly countedKeys = new Set<string>();

  /** Whether `key` (a table and a country) is counted for the first time (table-country-once). */
  countOnce(key: string): boolean {
    if (this.countedKeys.has(key)) return false;
    this.countedKeys.add(key);
    return true;
  }

  /** Counts a sentence naming `country`. */
  count(country: string): void {
    this.counts[country] = (this.counts[country] ?? 0) + 1;
  }

  /** After a sentence's countries are counted. */
  update(): void {
    this.leading = leadingCountry(this.counts);
  }

  /** Whether the page has named any of `countries` so far. */
  named(countries: ReadonlySet<string>): boolean {
    for (const c of countries) if (this.counts[c]) return true;
    return false;
  }

  /** Whether the leading country leads clearly (see clearLead). */
  clear(): boolean {
    return clearLead(this.counts);
  }
}

/** The country groups among a sentence's qualifier groups. */
export function countriesOf(groups: ReadonlySet<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const g of groups) if (COUNTRY_GROUPS.has(g)) out.add(g);
  return out;
}

/** Words that start a central bank's name: where none stands, a sentence names no bank. */
const BANK_NAME_CUE_RE = /\b(?:Bank|Fed|Federal|FOMC|BOJ|BoJ|ECB|BoE|BOE|RBA|BoC|BOC|SNB|PBOC|PBoC|Reserve)\b/;
