/**
 * Word tokens for matching indicator aliases against news text. Both sides go through the same
 * normalisation, so "Japan’s holdings of U.S. Treasuries" and "Japan's US Treasury holdings"
 * share tokens: case, curly quotes, possessives, plurals and "U.S." spellings are folded.
 */

export interface Token {
  /** Normalised form. */
  norm: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[A-Za-z](?:\.[A-Za-z]\.|[A-Za-z&]|['’][A-Za-z](?![A-Za-z]))*\.?|\d+(?:[.,]\d+)*%?(?:['’]s\b)?/g;

export const STOPWORDS = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'for', 'at', 'by', 'and', 'its', 'their', 'this', 'that', 'with', 'from', 'as', 'all',
]);

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

const memo = new Map<string, string>();

export function normaliseWord(raw: string): string {
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const norm = normaliseUncached(raw);
  if (memo.size > 50_000) memo.clear();
  memo.set(raw, norm);
  return norm;
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
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 3 && w.endsWith('s') && !NO_PLURAL.test(w)) return w.slice(0, -1);
  return w;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m && m.index < to; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    // TOKEN_RE's words start with a letter, its numbers with a digit (below 'A').
    const digit = raw.charCodeAt(0) < 65;
    out.push({ norm: digit ? raw.replace(/,|['’]s$/g, '') : normaliseWord(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Tokens of an alias with stop words dropped; what the matcher compares. */
export function aliasTokens(alias: string): string[] {
  return tokenize(alias)
    .map((t) => t.norm)
    .filter((t) => !STOPWORDS.has(t));
}
