/**
 * Word tokens for matching indicator aliases against news text. Both sides go through the same
 * normalisation, so "Japan’s holdings of U.S. Treasuries" and "Japan's US Treasury holdings"
 * share tokens: case, curly quotes, possessives, plurals and "U.S." spellings are folded.
 */

import { isDigitCode, isLetterCode, isWordCharCode } from './chars';
import { ALIAS_STOP_WORDS } from './lexicon/stop-words';

export interface Token {
  /** Normalised form. */
  norm: string;
  start: number;
  end: number;
  /** The word's shared record: its normal form, its flags, and what the matcher found for it. */
  lex: Lexeme;
}

/**
 * One record per normalised word, shared by every token of that word on every page. Word sets
 * that are asked about every token (stop words, currency words...) are registered as flags, so the
 * question is a bit test rather than a hash lookup; the alias matcher keeps its per-word answers
 * here for the same reason.
 */
export interface Lexeme {
  readonly norm: string;
  readonly flags: number;
  /**
   * Cue bits (see wordCue) of every spelling seen that folds to this word: a superset, so a
   * sentence whose tokens lack a cue cannot hold the phrase it stands for.
   */
  cues: number;
  /** The matcher whose answers `entries` and `nearMiss` are. */
  owner: unknown;
  entries: unknown;
  nearMiss: boolean;
}

/** Raw word → record. */
const rawMemo = new Map<string, Lexeme>();

function forgetWords(): void {
  rawMemo.clear();
  lexemes.clear();
  emptyTable();
}

// Words seen before, found by a hash of their characters without slicing them out of the text
// (most words of a page have been seen): open addressing, emptied with rawMemo. A probe reads only
// typed arrays (hashes, and the words' characters packed in one pool), never a string or record
// scattered in the heap: the engine's other data pushes those out of the processor's caches.
const TABLE_MASK = (1 << 13) - 1;
const tableHash = new Int32Array(TABLE_MASK + 1);
const tableStart = new Int32Array(TABLE_MASK + 1);
const tableLength = new Int32Array(TABLE_MASK + 1);
const tableLex: (Lexeme | undefined)[] = new Array(TABLE_MASK + 1).fill(undefined);
const pool = new Uint16Array(1 << 16);
let poolUsed = 0;
let tableUsed = 0;

function emptyTable(): void {
  tableHash.fill(0);
  tableLex.fill(undefined);
  tableUsed = 0;
  poolUsed = 0;
}

/** Adds a character to a word's hash (see lexemeAt). */
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) | 0;

/** The record of the word text[start, end), whose characters hash (by hashStep from 0) to `sum`. */
function lexemeAt(text: string, start: number, end: number, sum: number): Lexeme {
  // Never 0, which marks an empty slot.
  const h = (sum ^ (sum >>> 15)) | 1;
  const len = end - start;
  let slot = h & TABLE_MASK;
  for (let held = tableHash[slot]!; held !== 0; held = tableHash[slot]!) {
    if (held === h && tableLength[slot] === len && samePooled(tableStart[slot]!, text, start, len))
      return tableLex[slot]!;
    slot = (slot + 1) & TABLE_MASK;
  }
  const lex = lexemeOfRaw(text.slice(start, end));
  if (tableUsed >= (TABLE_MASK + 1) >> 1 || poolUsed + len > pool.length) emptyTable();
  // A word longer than the whole pool is not kept (it is found through rawMemo each time).
  if (len > pool.length) return lex;
  // Probed again: lexemeOfRaw may have emptied the table.
  slot = h & TABLE_MASK;
  while (tableHash[slot] !== 0) slot = (slot + 1) & TABLE_MASK;
  tableHash[slot] = h;
  tableStart[slot] = poolUsed;
  tableLength[slot] = len;
  for (let k = 0; k < len; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
  poolUsed += len;
  tableLex[slot] = lex;
  tableUsed++;
  return lex;
}

function samePooled(at: number, text: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (pool[at + k] !== text.charCodeAt(start + k)) return false;
  return true;
}
const lexemes = new Map<string, Lexeme>();
const flagSets: ReadonlySet<string>[] = [];
/** Set for words whose normal form starts with a digit ("10", and "ten", which folds to it). */
export const NUMERIC = wordFlag([]);

/** Registers a word set as a flag bit; call at module load, before any text is tokenised. */
export function wordFlag(words: Iterable<string>): number {
  if (flagSets.length >= 30) throw new Error('wordFlag: no bits left');
  flagSets.push(new Set(words));
  // Records made before this set existed lack its bit.
  forgetWords();
  return 1 << (flagSets.length - 1);
}

const cuePreds: ((part: string) => boolean)[] = [];

/**
 * Registers a cue: a test on the parts of a word as written (lower-cased, split at "&", "'", "."),
 * true for every word a costly phrase pattern needs. A sentence none of whose words pass it can
 * skip that pattern. Call at module load.
 */
export function wordCue(test: (part: string) => boolean): number {
  if (cuePreds.length >= 30) throw new Error('wordCue: no bits left');
  cuePreds.push(test);
  forgetWords();
  return 1 << (cuePreds.length - 1);
}

function cuesOf(raw: string): number {
  let c = 0;
  if (!cuePreds.length) return c;
  const parts = raw.toLowerCase().split(/[&'’.]/);
  for (let b = 0; b < cuePreds.length; b++) if (parts.some(cuePreds[b]!)) c |= 1 << b;
  return c;
}

function flagsOf(norm: string): number {
  let f = /^\d/.test(norm) ? NUMERIC : 0;
  for (let b = 1; b < flagSets.length; b++) if (flagSets[b]!.has(norm)) f |= 1 << b;
  return f;
}

function lexemeOf(norm: string): Lexeme {
  let lex = lexemes.get(norm);
  if (!lex) {
    lex = { norm, flags: flagsOf(norm), cues: 0, owner: null, entries: null, nearMiss: false };
    lexemes.set(norm, lex);
  }
  return lex;
}

/** Digit tokens vary too much to keep a record each; they share this one (their norm is their own). */
export const NUMBER_LEX: Lexeme = { norm: '', flags: NUMERIC, cues: 0, owner: null, entries: null, nearMiss: false };

const STOPWORDS: ReadonlySet<string> = new Set(ALIAS_STOP_WORDS);
/** Flag of the words in STOPWORDS. */
export const STOP_WORD = wordFlag(STOPWORDS);

const SPECIAL: Record<string, string> = {
  'u.s.': 'us',
  'u.s': 'us',
  usa: 'us',
  'u.k.': 'uk',
  'u.k': 'uk',
  'e.u.': 'eu',
  americas: 'america',
  treasuries: 'treasury',
  indices: 'index',
  indexes: 'index',
  shares: 'share',
  yen: 'yen',
  gas: 'gas',
  news: 'news',
  us: 'us',
  dax: 'dax',
  texas: 'texas',
  bps: 'bp',
  annualised: 'annualized',
  // "two-year yield" and "2-year yield" are the same name.
  one: '1',
  two: '2',
  three: '3',
  five: '5',
  ten: '10',
  thirty: '30',
  // "US 30-yr yield", "10-yr note": a snapshot's short word for a tenor's year.
  yr: 'year',
  yrs: 'year',
  // Writers vary the word for a tariff; the catalogue need not list every one.
  duty: 'tariff',
  duties: 'tariff',
  levy: 'tariff',
  levies: 'tariff',
  automobile: 'auto',
  automobiles: 'auto',
  car: 'auto',
  cars: 'auto',
  vehicle: 'auto',
  vehicles: 'auto',
  // Country adjectives fold into the country: "Japanese exports" = "Japan's exports".
  japanese: 'japan',
  chinese: 'china',
  american: 'us',
  german: 'germany',
  holder: 'holding',
  holders: 'holding',
  // "Tokyo's stash of Treasuries", "that $1.15 trillion pile".
  stash: 'holding',
  stashes: 'holding',
  stockpile: 'holding',
  hoard: 'holding',
};

const NO_PLURAL = /(?:ss|us|is|ous|ics)$/;

function lexemeOfRaw(raw: string): Lexeme {
  let lex = rawMemo.get(raw);
  if (!lex) {
    if (rawMemo.size > 50_000) forgetWords();
    lex = lexemeOf(normaliseUncached(raw));
    lex.cues |= cuesOf(raw);
    rawMemo.set(raw, lex);
  }
  return lex;
}

export function normaliseWord(raw: string): string {
  return lexemeOfRaw(raw).norm;
}

function normaliseUncached(raw: string): string {
  let w = raw.toLowerCase().replace(/’/g, "'");
  if (w.endsWith('.') && !/^[a-z]\.[a-z]\.$/.test(w)) w = w.slice(0, -1);
  const special = SPECIAL[w];
  if (special) return special;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const again = SPECIAL[w];
  if (again) return again;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !NO_PLURAL.test(w)) return w.slice(0, -1);
  return w;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/**
 * Word and number tokens of text[from, to). A word is ASCII letters and "&", with initials
 * ("U.S."), a one-letter ending after an apostrophe ("Japan's") and one trailing full stop; a
 * number is digits with "." or "," groups, an optional "%" and "'s". Written as a scanner rather
 * than a regex: it runs over every sentence that holds a figure.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isLetterCode(c)) {
      const start = i++;
      // The word's hash is summed as it is read, not in a second pass over it.
      let sum = hashStep(0, c);
      for (;;) {
        const d = text.charCodeAt(i);
        if (isLetterCode(d) || d === 38) {
          sum = hashStep(sum, d);
          i++;
        } else if (d === 46 && isLetterCode(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 46) {
          sum = hashStep(hashStep(hashStep(sum, d), text.charCodeAt(i + 1)), 46);
          i += 3;
        } else if (isApostrophe(d) && isLetterCode(text.charCodeAt(i + 1)) && !isLetterCode(text.charCodeAt(i + 2))) {
          sum = hashStep(hashStep(sum, d), text.charCodeAt(i + 1));
          i += 2;
        } else break;
      }
      if (text.charCodeAt(i) === 46) {
        sum = hashStep(sum, 46);
        i++;
      }
      const lex = lexemeAt(text, start, i, sum);
      out.push({ norm: lex.norm, start, end: i, lex });
    } else if (isDigitCode(c)) {
      const start = i++;
      let plain = true;
      while (isDigitCode(text.charCodeAt(i))) i++;
      for (
        let d = text.charCodeAt(i);
        (d === 46 || d === 44) && isDigitCode(text.charCodeAt(i + 1));
        d = text.charCodeAt(i)
      ) {
        if (d === 44) plain = false;
        i += 2;
        while (isDigitCode(text.charCodeAt(i))) i++;
      }
      if (text.charCodeAt(i) === 37) i++;
      if (
        isApostrophe(text.charCodeAt(i)) &&
        text.charCodeAt(i + 1) === 115 &&
        !isWordCharCode(text.charCodeAt(i + 2))
      ) {
        plain = false;
        i += 2;
      }
      const raw = text.slice(start, i);
      out.push({ norm: plain ? raw : raw.replace(/,|['’]s$/g, ''), start, end: i, lex: NUMBER_LEX });
    } else i++;
  }
  return out;
}

/** Tokens of an alias with stop words dropped; what the matcher compares. */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias)
    .map((t) => t.norm)
    .filter((t) => !STOPWORDS.has(t));
}
