import { MONTH_NAMES } from '../../months';
import type { Candidate } from '../candidate';
import { WEEKDAYS } from '../periods';
import { named } from './cell-headers-own';
import { COUNTRY_OF_WORD } from '../lexicon/countries';
import type { Occurrence } from '../match';
import type { Token } from '../tokens';

/**
 * unnamed-row. Example: under a paragraph on the DAX and the Euro Stoxx 50, the row "Kestrel Eurozone Leaders (house
 * index)" of a closes table is neither: a row that names something the catalogue does not hold takes no subject from
 * text before the table that names two or more.
 */

/** Words of a country's name that name no country alone ("United Kingdom", "China, Mainland"). */
const COUNTRY_NAME_PARTS: ReadonlySet<string> = new Set([
  'united',
  'states',
  'union',
  'mainland',
  'republic',
  'south',
  'north',
  'hong',
  'kong',
  'new',
  'zealand',
  'saudi',
  'arabia',
  'area',
  'zone',
  'of',
  'the',
]);

/** A row header that is a name: capitalised words, not a day, a month or a period word alone. */
const NAME_RE = /\b[A-Z][a-z]+(?:[\s\u00a0]+[A-Z][a-z]+)+\b/;
const DAY_OR_PERIOD_RE = new RegExp(
  `^(?:${[...WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)), ...MONTH_NAMES].join('|')}|Week|Month|Year|Close|Open|High|Low|Change|Previous|Last|Prior)\\b`,
);

export function unnamedRow(
  cands: Candidate[],
  text: string,
  tokens: readonly Token[],
  occs: readonly Occurrence[],
  shift: number,
): Candidate[] {
  const captionEnd = text.indexOf(' · ');
  if (captionEnd < 0 || captionEnd + 3 >= shift) return cands;
  if (cands.some((c) => named(c) && tokens[c.at!]!.start >= captionEnd)) return cands;
  const ids = new Set<string>();
  for (const o of occs) if (tokens[o.first]!.start < captionEnd) ids.add(o.entry.indicator.id);
  if (ids.size < 2) return cands;
  const headers = text
    .slice(captionEnd + 3, shift)
    .split(' · ')
    .map((h) => h.trim());
  const row = headers.filter(Boolean).at(-1) ?? '';
  if (!NAME_RE.test(row) || DAY_OR_PERIOD_RE.test(row)) return cands;
  // A country's row ("United Kingdom", "China, Mainland" under a holders caption) picks its own measure: row-owner.ts.
  const rowStart = shift - 3 - row.length;
  const otherName = tokens.some(
    (t) =>
      t.start >= rowStart &&
      t.start < shift &&
      /^[A-Z][a-z]/.test(text.slice(t.start, t.start + 2)) &&
      !COUNTRY_OF_WORD.has(t.norm) &&
      !COUNTRY_NAME_PARTS.has(t.norm),
  );
  if (!otherName) return cands;
  return cands.filter((c) => !named(c));
}
