import { strongCountries } from './lexicon/countries';
import { type Token, wordFlag } from './tokens';
import { QUALIFYING_WORD, wordQualifiers } from './match';
import { COUNTRY_CURRENCY, CURRENCY_OF, CURRENCY_WORD } from './lexicon/currencies';
import { isPoundUnit } from './rules/weight-unit';
import { WORDLESS } from './lexicon/function-words';
import { SPREAD_CUE, SPREAD_WORDS } from './lexicon/spread-words';
import { NAME_PART_WORDS, NAMES_IN_PARTS, NAMES_TOGETHER } from './lexicon/institutions';

/** Flag of the words that are part of a name in several words: a bit test per token, not a set lookup. */
const NAME_PART = wordFlag(NAME_PART_WORDS);

/** How many tokens beyond its own words a name in parts may spread over: "the Bank of Japan's" (of, 's). */
const NAME_PART_SLACK = 3;

/**
 * parts-together: "the first major central bank ... other European currencies" does not name the European Central
 * Bank: a name's parts count only within a few words of each other.
 */
function partsTogether(found: readonly { w: string; i: number }[], words: readonly string[]): boolean {
  for (let a = 0; a < found.length; a++) {
    if (!words.includes(found[a]!.w)) continue;
    const seen = new Set<string>();
    for (let b = a; b < found.length && found[b]!.i - found[a]!.i <= words.length + NAME_PART_SLACK; b++)
      if (words.includes(found[b]!.w)) seen.add(found[b]!.w);
    if (seen.size === words.length) return true;
  }
  return false;
}

/**
 * What the matcher asks of a sentence many times over, worked out once: words between two
 * tokens, punctuation between them, clause breaks between two offsets, currencies named.
 */
export class SentenceInfo {
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
      // weight-unit: "$4.0770 per pound" of copper names no sterling.
      if (c && !currencies?.has(c) && !(c === 'GBP' && isPoundUnit(tokens, i))) (currencies ??= new Map()).set(c, i);
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

  private strongCache: ReadonlySet<string> | null = null;

  /** The countries the sentence names by name or institution, not by market (lexicon/countries), read once. */
  strongCountries(): ReadonlySet<string> {
    return (this.strongCache ??= strongCountries(this.tokens));
  }

  /** The sentence's qualifier groups, as sentenceQualifiers gives them, without a word Set. */
  qualifiers(): Set<string> {
    const out = new Set<string>();
    let parts: { w: string; i: number }[] | null = null;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      const flags = t.lex.flags;
      if (flags & WORDLESS) continue;
      const w = t.norm;
      if (flags & QUALIFYING_WORD) for (const g of wordQualifiers(w)) out.add(g);
      if (flags & NAME_PART) (parts ??= []).push({ w, i });
    }
    if (parts)
      for (const [group, words] of NAMES_IN_PARTS)
        if (NAMES_TOGETHER.has(group) ? partsTogether(parts, words) : words.every((p) => parts.some((f) => f.w === p)))
          out.add(group);
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

export const EMPTY_GROUPS: ReadonlySet<string> = new Set();
const NO_CURRENCIES: ReadonlyMap<string, number> = new Map();

// "|", "•" and "│" part the items of a price strip or a run-in list as ";" does.
const CLAUSE_BREAK_RE =
  /[;:|•│]|,\s+(?:while|whereas|but|and|although|though|as|with)\b|\s[–—]\s|\bwhile\b|\bwhereas\b/i;
const CLAUSE_BREAK_G = new RegExp(CLAUSE_BREAK_RE.source, 'gi');
