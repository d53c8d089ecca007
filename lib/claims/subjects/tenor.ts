import type { Indicator } from '../../dataset/schema';
import { TENOR_BEFORE_FIGURE } from '../rules/weights';

/**
 * Example: "the 10-year yield fell to 4.13% and the two-year to 3.54%": 3.54% is the 2-year yield,
 * though the only alias in the sentence is the 10-year's.
 *
 * Indicators that differ only by tenor share an id but for it (us.ust_2y_yield, us.ust_10y_yield;
 * cn.lpr_1y, cn.lpr_5y). A single tenor named between the figure before and this one ("and the
 * two-year to") is this figure's; it moves a match to the sibling of that tenor.
 */

const TENOR_ID_RE = /(\d+)y(?=_|$)/;
const NUMBER_WORDS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  seven: 7,
  ten: 10,
  twenty: 20,
  thirty: 30,
});
// tenor-short: "10y 4.10% (-3 bp), 2y 3.55%": a maturity written as traders write it.
const TENOR_TEXT_RE = /\b(?:(\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year|(\d{1,2})y)\b/gi;

export type TenorIndex = ReadonlyMap<string, ReadonlyMap<number, Indicator>>;

/** Indicators by their id with the tenor blanked ("us.ust_#y_yield"), then by tenor in years. */
export function tenorIndex(indicators: readonly Indicator[]): TenorIndex {
  const out = new Map<string, Map<number, Indicator>>();
  for (const ind of indicators) {
    const m = TENOR_ID_RE.exec(ind.id);
    if (!m) continue;
    const key = ind.id.replace(TENOR_ID_RE, '#y');
    let byTenor = out.get(key);
    if (!byTenor) out.set(key, (byTenor = new Map()));
    byTenor.set(Number(m[1]), ind);
  }
  return out;
}

/** The one tenor a stretch of text names ("the two-year" is 2), or null for none or several. */
export function namedTenor(text: string): number | null {
  let found: number | null = null;
  TENOR_TEXT_RE.lastIndex = 0;
  for (let m = TENOR_TEXT_RE.exec(text); m; m = TENOR_TEXT_RE.exec(text)) {
    const w = (m[1] ?? m[2])!.toLowerCase();
    const years = NUMBER_WORDS[w] ?? Number(w);
    if (found !== null && found !== years) return null;
    found = years;
  }
  return found;
}

interface Scored {
  indicator: Indicator;
  alias: string;
  score: number;
}

/** How close before the figure a tenor stands to name it: "the 10-year ended at " (tenor-before-figure). */
const TENOR_BEFORE_FIGURE_RE =
  /\b(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year\b(?:[\s\u00a0]+(?:yield|note|bond))?[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){0,2}(?:at|to|of)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/**
 * Moves each candidate with another tenor to its sibling of the tenor named in `between` (the words since the figure
 * before). tenor-before-figure: a sibling whose tenor stands right before the figure is named there, however far the
 * alias it came from ("The 2-year yield rose 12 basis points on the week, and the 10-year ended at 4.11%").
 */
export function retenor<C extends Scored>(cands: C[], between: string, index: TenorIndex): C[] {
  if (!cands.length || !/year|\dy\b/i.test(between)) return cands;
  const years = namedTenor(between);
  if (years === null) return cands;
  const right = TENOR_BEFORE_FIGURE_RE.test(between.slice(-60));
  const out: C[] = [];
  for (const c of cands) {
    const m = TENOR_ID_RE.exec(c.indicator.id);
    if (!m || Number(m[1]) === years) {
      out.push(c);
      continue;
    }
    const sib = index.get(c.indicator.id.replace(TENOR_ID_RE, '#y'))?.get(years);
    // tenor-absent: "Japan's 2-year government bond yield surpassed 1%": the catalogue has no 2-year JGB,
    // and the 10-year is another bond, so the figure gets no subject from this name.
    if (sib)
      out.push({
        ...c,
        indicator: sib,
        alias: `${c.alias} (tenor named: ${years}-year)`,
        score: right ? Math.max(c.score, TENOR_BEFORE_FIGURE) : c.score,
      });
  }
  return out;
}

/** Words that name a new bond or subject: after them the sentence's earlier tenor no longer holds. */
const NEW_SUBJECT_RE = /\b(?:yield|note|bond|bund|gilt|jgb|treasur|benchmark|rate|year)/i;

/**
 * tenor-carried: "the 40-year JGB yield slipped to 3.942% after briefly touching a record 4%": with no
 * new bond named since the figure before, that figure's tenor is this one's too.
 */
export function carriesTenor(between: string): boolean {
  return !NEW_SUBJECT_RE.test(between);
}

/** The text from the last tenor named in `text` on ("... and the two-year to 3.54%"), or '' for none. */
export function fromLastTenor(text: string): string {
  let at = -1;
  TENOR_TEXT_RE.lastIndex = 0;
  for (let m = TENOR_TEXT_RE.exec(text); m; m = TENOR_TEXT_RE.exec(text)) at = m.index;
  return at < 0 ? '' : text.slice(at);
}

/** "The 30-year slipped to 4.89%" opens its sentence: a tenor standing as the subject, its noun left out. */
// "The 10-year is still 29 basis points above where it started the year (4.18%)": any verb may follow.
// Only asked when no name in the sentence was found, so "The 10-year yield" never reaches it.
const ELIDED_TENOR_RE =
  /^[\s\u00a0]*(?:the[\s\u00a0]+)?(?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year[\s\u00a0]+(?!old\b)[a-z]/i;

/**
 * tenor-elided: "The 10-year yield rose to 4.23%. The 30-year slipped to 4.89%": a sentence whose
 * subject is a bare tenor speaks of the last subject's sibling of that tenor; null when there is none.
 * `clause` runs from the sentence's start to the figure.
 */
export function elidedTenorSibling(clause: string, recent: Indicator | null, index: TenorIndex): Indicator | null {
  if (!recent || !ELIDED_TENOR_RE.test(clause)) return null;
  const years = namedTenor(clause);
  const m = TENOR_ID_RE.exec(recent.id);
  if (years === null || !m) return null;
  return index.get(recent.id.replace(TENOR_ID_RE, '#y'))?.get(years) ?? null;
}

/**
 * tenor-list: "The 2- and 10-year yields ... at 3.66% and 4.21%, respectively": the tenors of a list
 * that shares one "year", in order; null when the words name no such list.
 */
const TENOR_LIST_RE =
  /\b(\d{1,2}|two|five|ten|thirty)(?:-year)?-?(?:[\s\u00a0]*,[\s\u00a0]*(\d{1,2}|two|five|ten|thirty)(?:-year)?-?)?[\s\u00a0]*,?[\s\u00a0]+and[\s\u00a0]+(\d{1,2}|two|five|ten|thirty)[\s\u00a0-]+year\b/i;

export function tenorList(text: string): number[] | null {
  const m = TENOR_LIST_RE.exec(text);
  if (!m) return null;
  const years = [m[1], m[2], m[3]]
    .filter((w): w is string => !!w)
    .map((w) => NUMBER_WORDS[w.toLowerCase()] ?? Number(w));
  return years.every((y) => Number.isFinite(y) && y > 0) ? years : null;
}

/** The sibling of a tenor-bearing indicator at another tenor, if the catalogue has it. */
export function tenorSibling(ind: Indicator, years: number, index: TenorIndex): Indicator | null {
  if (!TENOR_ID_RE.test(ind.id)) return null;
  return index.get(ind.id.replace(TENOR_ID_RE, '#y'))?.get(years) ?? null;
}
