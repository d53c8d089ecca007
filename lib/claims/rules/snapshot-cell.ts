import { MONTH_NAMES } from '../../months';
import { addDays } from '../dates';
import { MONTH_WORD } from '../lexicon/month-patterns';
import { monthIndex } from '../periods';

/**
 * snapshot-cell. Example: "Where policy rates stand · Policy rate · Bank of England · 4.25%": a policy rate in a
 * table of where rates stand, whose headers name no other time, is the rate in force on the article's date, like "the
 * Bank Rate stands at 4.25%". Test pages: blind26-centralbanks-boc-rba-snb-holds-december, blind94-fx-usdcad-1-3803.
 */

/** Header words that put a column or a table at another time than the article's. */
const OTHER_TIME_RE =
  /\b(?:before|previous|prior|until|old|was|were|earlier|ago|last[\s\u00a0]+(?:year|month|week|quarter|meeting)|from|then|history|historical|peak|trough|start|began|end[\s\u00a0]+of|forecast|expected|consensus|projection|seen|target(?:ed)?|next)\b/i;
const DAY_RE = new RegExp(String.raw`\b${MONTH_WORD}[\s\u00a0]+(\d{1,2})\b`, 'gi');
const MONTH_RE = new RegExp(String.raw`\b(${MONTH_NAMES.join('|')})\b`, 'g');
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
/** How many days before the article a table's named day may be and still be its date ("after the Aug. 7 decision"). */
const SNAPSHOT_DAYS = 7;

/** Whether a cell's headers (caption, column, row) read as a table of where things stand on the article's date. */
export function snapshotHeaders(headers: string, published: string): boolean {
  if (OTHER_TIME_RE.test(headers)) return false;
  const year = Number(published.slice(0, 4));
  for (const m of headers.matchAll(YEAR_RE)) if (Number(m[0]) !== year) return false;
  const from = addDays(published, -SNAPSHOT_DAYS);
  for (const m of headers.matchAll(DAY_RE)) {
    const mi = monthIndex(m[1]!);
    const day = `${year}-${String(mi + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
    if (day < from || day > published) return false;
  }
  const month = Number(published.slice(5, 7));
  for (const m of headers.matchAll(MONTH_RE)) if (monthIndex(m[1]!) + 1 !== month) return false;
  return true;
}
