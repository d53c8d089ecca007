import Fuse, { type FuseIndex } from 'fuse.js';
import type { Indicator } from '../dataset/schema';
import { ALIAS_KEYS, aliasRecords, type AliasRecord } from '../dataset/aliases';
import { fillsIndexName } from './subjects/index-filler';
import { COUNTRY_OF_WORD, countryOfId } from './lexicon/countries';
import { INSTITUTION_OF, NAMES_IN_PARTS } from './lexicon/institutions';
import { NUMBER_LEX, NUMERIC, STOP_WORD, aliasTokens, wordFlag, type Lexeme, type Token } from './tokens';

/**
 * Finds which indicator the words around a number name. Aliases are matched as token sequences
 * (stop words free, one stray word allowed between alias words: "tariff on certain Japanese
 * exports"), with leading country or central-bank words treated as qualifiers that may stand
 * anywhere in the sentence ("Japan's ... Treasury holdings"). Fuse.js, over an index built at
 * dataset build time, catches spellings the exact pass misses ("Nikkei-225", "Nikei").
 */

/** Words that qualify an alias when they lead it; a narrower set than the groups above. */
const LEADING_QUALIFIERS = new Set([
  'japan',
  'japanese',
  'china',
  'chinese',
  'us',
  'america',
  'american',
  'uk',
  'britain',
  'british',
  'euro',
  'eurozone',
  'european',
  'eu',
  'germany',
  'german',
  'boj',
  'fed',
  'ecb',
  'boe',
  'pboc',
  'federal',
  'reserve',
]);
const GROUP_OF = COUNTRY_OF_WORD;
export const QUALIFIER_GROUP_OF: ReadonlyMap<string, string> = GROUP_OF;

/** The central bank a word names on its own or as part of a name ("federal" of Federal Reserve). */
export function institutionOf(word: string): string | undefined {
  return INSTITUTION_OF.get(word);
}

/** The qualifier groups a sentence's words satisfy: countries, plus central banks by name. */
const single = new Map<string, string[]>();

const NONE: string[] = [];
const QUALIFYING = new Set([...GROUP_OF.keys(), ...INSTITUTION_OF.keys()]);
/** Flag of the words that tie an alias to a country or central bank. */
export const QUALIFYING_WORD = wordFlag(QUALIFYING);

/** sentenceQualifiers for one word, memoised: it is asked for every token near a claim. */
export function wordQualifiers(word: string): string[] {
  // Most words qualify nothing: answer those without a lookup table of every word seen.
  if (!QUALIFYING.has(word)) return NONE;
  let hit = single.get(word);
  if (!hit) {
    hit = [...sentenceQualifiers(new Set([word]))];
    if (single.size > 20_000) single.clear();
    single.set(word, hit);
  }
  return hit;
}

export function sentenceQualifiers(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const seen = words instanceof Set ? (words as ReadonlySet<string>) : new Set(words);
  for (const w of seen) {
    const g = GROUP_OF.get(w);
    if (g) out.add(g);
    const inst = INSTITUTION_OF.get(w);
    if (inst && w !== 'federal' && w !== 'reserve') out.add(inst);
  }
  for (const [group, parts] of NAMES_IN_PARTS) if (parts.every((p) => seen.has(p))) out.add(group);
  return out;
}

export interface AliasEntry {
  id: string;
  alias: string;
  core: string[];
  qualifierGroups: string[];
  /**
   * The qualifier that tells this entry from its siblings: the first ("Japan" of "Japan's U.S.
   * Treasuries", whose "U.S." every holder's alias shares).
   */
  ownerGroups: string[];
  /** A variant that only names a share ("of foreign-held debt"), not the indicator itself. */
  shareOnly?: boolean;
  /** A capitalised name ("Bank Rate"): no word may stand inside it ("bank's benchmark rate" is not it). */
  properName?: boolean;
  indicator: Indicator;
  /** Countries the indicator belongs to, from its id and its aliases' words. */
  countries: Set<string>;
}

export interface Occurrence {
  entry: AliasEntry;
  /** Token indices in the sentence's token list, inclusive. */
  first: number;
  last: number;
  gaps: number;
  fuzzy: boolean;
}

export class AliasMatcher {
  readonly byId = new Map<string, Indicator>();
  private readonly byFirst = new Map<string, AliasEntry[]>();
  private readonly fuse: Fuse<AliasRecord>;
  private readonly records: AliasRecord[];
  private readonly fuzzyCache = new Map<string, AliasEntry | null>();
  private readonly entriesByAlias = new Map<string, AliasEntry>();
  readonly vocabulary = new Set<string>();
  /** Alias words by their first two letters, to tell a misspelling from an unrelated word. */
  private readonly prefixes = new Map<string, string[]>();
  readonly countries = new Map<string, Set<string>>();

  constructor(indicators: readonly Indicator[], aliasIndex?: unknown) {
    this.records = aliasRecords(indicators);
    for (const ind of indicators) {
      this.byId.set(ind.id, ind);
      const countries = new Set<string>();
      const c = countryOfId(ind.id);
      if (c) countries.add(c);
      this.countries.set(ind.id, countries);
    }
    for (const rec of this.records) {
      const tokens = aliasTokens(rec.alias);
      if (!tokens.length) continue;
      let lead = 0;
      // A currency pair's words are its subject, not qualifiers: "euro against the dollar" is not
      // "against the dollar" somewhere in Europe.
      const pair = this.byId.get(rec.id)?.kind === 'fx';
      while (!pair && lead < tokens.length - 1 && LEADING_QUALIFIERS.has(tokens[lead]!)) lead++;
      const qualifierGroups = [
        ...new Set(tokens.slice(0, lead).map((t) => INSTITUTION_OF.get(t) ?? GROUP_OF.get(t) ?? t)),
      ];
      const entry: AliasEntry = {
        id: rec.id,
        alias: rec.alias,
        core: tokens.slice(lead),
        qualifierGroups,
        ownerGroups: qualifierGroups.slice(0, 1),
        indicator: this.byId.get(rec.id)!,
        countries: this.countries.get(rec.id)!,
        properName: /^[A-Z][^\s]*(?:\s+[A-Z][^\s]*)+$/.test(rec.alias),
      };
      for (const t of tokens) {
        const g = GROUP_OF.get(t);
        if (g) this.countries.get(rec.id)!.add(g);
      }
      this.entriesByAlias.set(rec.alias, entry);
      this.add(entry);
      // "12% of all foreign-held U.S. debt" names a share without the word "share".
      const kind = this.byId.get(rec.id)?.kind;
      if (kind === 'share' && entry.core.includes('share') && entry.core.length > 2) {
        this.add({ ...entry, core: entry.core.filter((t) => t !== 'share'), shareOnly: true });
      }
    }
    const index = aliasIndex
      ? Fuse.parseIndex<AliasRecord>(aliasIndex as Parameters<typeof Fuse.parseIndex>[0])
      : Fuse.createIndex([...ALIAS_KEYS], this.records);
    this.fuse = new Fuse(
      this.records,
      { keys: [...ALIAS_KEYS], includeScore: true, threshold: 0.3, ignoreLocation: true, minMatchCharLength: 3 },
      index as FuseIndex<AliasRecord>,
    );
  }

  /** Length of the longest first word of an alias that is a figure. */
  private longestFigureKey = 0;

  private add(entry: AliasEntry): void {
    if (/^\d/.test(entry.core[0]!)) this.longestFigureKey = Math.max(this.longestFigureKey, entry.core[0]!.length);
    const list = this.byFirst.get(entry.core[0]!) ?? [];
    list.push(entry);
    this.byFirst.set(entry.core[0]!, list);
    for (const t of entry.core) {
      if (/^\d/.test(t)) continue;
      this.vocabulary.add(t);
      const bucket = this.prefixes.get(t.slice(0, 2)) ?? [];
      if (!bucket.includes(t)) bucket.push(t);
      this.prefixes.set(t.slice(0, 2), bucket);
    }
  }

  /**
   * Every exact alias occurrence in a sentence's tokens, less those inside a longer occurrence of
   * another indicator: "Brent crude" is not also "crude", "foreign holdings of Treasuries" not
   * also "holdings of Treasuries".
   */
  occurrences(tokens: readonly Token[]): Occurrence[] {
    const out: Occurrence[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.entriesStartingWith(tokens[i]!);
      if (!entries) continue;
      // An alias of several words goes on with its second one at the next word or the one after
      // (matchAt's first step): found once for every entry that starts here.
      let j = i + 1;
      while (j < tokens.length && tokens[j]!.lex.flags & STOP_WORD) j++;
      let j2 = j + 1;
      while (j2 < tokens.length && tokens[j2]!.lex.flags & STOP_WORD) j2++;
      const next = tokens[j]?.norm;
      const after = tokens[j2]?.norm;
      for (const entry of entries) {
        if (entry.core.length > 1 && entry.core[1] !== next && entry.core[1] !== after) continue;
        const occ = matchAt(tokens, i, entry);
        if (occ) out.push(occ);
      }
    }
    if (out.length < 2) return out;
    // Also one occurrence per indicator and span: "S&P 500" makes "S&P" at the same place redundant.
    const kept: Occurrence[] = [];
    outer: for (const o of out) {
      for (const p of out) {
        // gapped-not-swallowing: "benchmark 10-year [JGB] yield" (a U.S. alias with a word skipped)
        // does not hide the exact "10-year JGB yield" inside it: the skipped word may be the exact one's.
        if (
          p !== o &&
          p.first <= o.first &&
          p.last >= o.last &&
          p.last - p.first > o.last - o.first &&
          p.gaps <= o.gaps
        )
          continue outer;
      }
      for (const k of kept) {
        if (
          k.entry.id === o.entry.id &&
          k.first === o.first &&
          k.last === o.last &&
          k.gaps === o.gaps &&
          sameList(k.entry.qualifierGroups, o.entry.qualifierGroups)
        )
          continue outer;
      }
      kept.push(o);
    }
    return kept;
  }

  /** Alias entries whose first core word is the token's, kept on the word's record. */
  private entriesStartingWith(token: Token): AliasEntry[] | undefined {
    const lex = token.lex;
    // Few aliases start with a figure ("10-year", "225"), all short: longer figures start none.
    if (lex === NUMBER_LEX)
      return token.norm.length <= this.longestFigureKey ? this.byFirst.get(token.norm) : undefined;
    if (lex.owner !== this) this.own(lex);
    return lex.entries as AliasEntry[] | undefined;
  }

  private own(lex: Lexeme): void {
    lex.owner = this;
    lex.entries = this.byFirst.get(lex.norm);
    lex.nearMiss = this.nearMissUncached(lex.norm);
  }

  /** Fuzzy alias hits for short word runs near position `at`; cached, since phrases repeat. */
  fuzzyOccurrences(tokens: readonly Token[], from: number, to: number): Occurrence[] {
    const out: Occurrence[] = [];
    // Every query holds a near-miss word: without one in reach there is nothing to ask.
    let any = false;
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to + 2) && !any; i++)
      any = this.tokenNearMiss(tokens[i]!);
    if (!any) return out;
    for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
      const t = tokens[i]!;
      if (t.lex.flags & (STOP_WORD | NUMERIC) || t.norm.length < 3) continue;
      for (let n = 1; n <= 3 && i + n <= tokens.length; n++) {
        const run = tokens.slice(i, i + n);
        if (run.some((t) => t.lex.flags & STOP_WORD)) break;
        const key = run.map((t) => t.norm).join(' ');
        // Fuse is costly per query (milliseconds over every alias): ask it only when a word looks
        // like a misspelt alias word and every other word is an alias word, a near miss or a figure.
        if (key.length < 4 || !run.some((t) => this.tokenNearMiss(t))) continue;
        if (!run.every((t) => this.vocabulary.has(t.norm) || t.lex.flags & NUMERIC || this.tokenNearMiss(t))) break;
        let entry = this.fuzzyCache.get(key);
        if (entry === undefined) {
          const hit = this.fuse.search(key, { limit: 1 })[0];
          entry = null;
          if (hit && (hit.score ?? 1) <= 0.25) {
            const e = this.entriesByAlias.get(hit.item.alias);
            // Only whole-alias hits: "gold" must not be found inside "golden".
            if (e && e.core.length + e.qualifierGroups.length === n) entry = e;
          }
          if (this.fuzzyCache.size > 5000) this.fuzzyCache.clear();
          this.fuzzyCache.set(key, entry);
        }
        if (entry) out.push({ entry, first: i, last: i + n - 1, gaps: 0, fuzzy: true });
      }
    }
    return out;
  }

  /** Whether any word of a sentence could start a fuzzy alias hit. */
  mayFuzzyMatch(tokens: readonly Token[]): boolean {
    for (const t of tokens) if (this.tokenNearMiss(t)) return true;
    return false;
  }

  private tokenNearMiss(token: Token): boolean {
    const lex = token.lex;
    if (lex.flags & NUMERIC) return false;
    if (lex.owner !== this) this.own(lex);
    return lex.nearMiss;
  }

  /** A word that is not an alias word but within one or two edits of one ("Nikei", "Nasdq"); kept on its record. */
  private nearMissUncached(word: string): boolean {
    if (word.length < 4 || this.vocabulary.has(word) || /\d/.test(word)) return false;
    const limit = word.length >= 7 ? 2 : 1;
    // Only longer alias words: "down" is one letter from "Dow", and a common word.
    // two-edit-prefix: a two-letter slip keeps the word's first three letters ("Bitocin", "Nikkie"); "stalling" is
    // two letters from "sterling" and no misspelling of it.
    return (this.prefixes.get(word.slice(0, 2)) ?? []).some((v) => {
      if (v.length < 5 || Math.abs(v.length - word.length) > limit) return false;
      const d = editDistance(v, word, limit);
      return d <= 1 || (d <= limit && v.slice(0, 3) === word.slice(0, 3));
    });
  }

  groupOf(word: string): string | undefined {
    return GROUP_OF.get(word);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Words that may stand inside a two-word alias: "duty on imported autos", "benchmark 10-year yield". */
const MODIFIERS = new Set([
  'certain',
  'imported',
  'new',
  'key',
  'benchmark',
  'main',
  'major',
  'global',
  'overall',
  'current',
  'official',
  'annual',
  'spot',
  'headline',
  'broader',
  'broad',
  'domestic',
  'total',
  'combined',
  'steep',
  'steeper',
  'higher',
  'additional',
  'blanket',
  'sweeping',
  'reciprocal',
  'which',
  'that',
  'existing',
  'planned',
  'average',
  'effective',
  'nominal',
  'real',
  'real-term',
]);

/** Levenshtein distance, giving up once it passes `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return best;
    prev = cur;
  }
  return prev[b.length]!;
}

function matchAt(tokens: readonly Token[], i: number, entry: AliasEntry): Occurrence | null {
  let pos = i;
  let gaps = 0;
  for (let k = 1; k < entry.core.length; k++) {
    const want = entry.core[k]!;
    let j = pos + 1;
    while (j < tokens.length && tokens[j]!.lex.flags & STOP_WORD) j++;
    if (j < tokens.length && tokens[j]!.norm === want) {
      pos = j;
      continue;
    }
    // One stray word: "tariff on certain Japanese exports".
    let j2 = j + 1;
    while (j2 < tokens.length && tokens[j2]!.lex.flags & STOP_WORD) j2++;
    if (
      gaps < 1 &&
      j2 < tokens.length &&
      tokens[j2]!.norm === want &&
      !/^\d/.test(tokens[j]!.norm) &&
      (entry.core.length >= 3 ||
        ((MODIFIERS.has(tokens[j]!.norm) || fillsIndexName(tokens[j]!.norm, entry.indicator)) && !entry.properName))
    ) {
      gaps++;
      pos = j2;
      continue;
    }
    return null;
  }
  return { entry, first: i, last: pos, gaps, fuzzy: false };
}
