import type { Indicator } from '../../dataset/schema';
import { asCandidate, type Candidate } from '../candidate';
import { BARE_TENOR } from '../rules/weights';
import { COUNTRY_GROUPS } from '../lexicon/countries';
import { countryOfTenor, yieldIndex } from './country-tenor';
import { namedTenor } from './tenor';
import { DOWN_SET, UP_SET } from '../lexicon/move-verbs';

/**
 * bare-tenor: "the 10-year jumps 13 bp to 4.30%", "The two-year ended at 3.88%", "the ten-year's at 4.27%": a
 * maturity named as the subject right before a yield-sized figure is that maturity's government yield, though no
 * "yield" or "Treasury" is written. Whose: the country named before the tenor or in the sentence before, else the
 * U.S. when neither the sentence nor the page leans to another country.
 */
const BARE_TENOR_RE =
  /\bthe[\s\u00a0]+(?:([A-Za-z][A-Za-z.]*(?:['’]s)?)[\s\u00a0]+)?((?:\d{1,2}|one|two|three|five|seven|ten|twenty|thirty)[\s\u00a0-]+year)((?:['’]s)?(?:[\s\u00a0]+[a-z]+){0,5})[\s\u00a0]*$/i;
/**
 * What may stand between the tenor and the figure: "ended at", "has climbed", "is still down", "'s at", "slipped
 * 1 basis point to" (the level after a move). Only a verb of the day's level or move, adverbs and a preposition: "the
 * 10-year trading between" (a range), "ends the quarter near" (a forecast), "breaks back above" (a crossing) and
 * "on the 10-year and 5%" (a list) are not told of the tenor this way.
 */
const LEVEL_VERBS: ReadonlySet<string> = new Set(
  'is was are were s ended ends closed closes finished finishes settled settles stood stands sat sits hovered hovers remained remains held holds traded touched reached hit'.split(
    ' ',
  ),
);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'been']);
const ADVERBS: ReadonlySet<string> = new Set(
  'still now back just only about around roughly some nearly almost up down higher lower sharply slightly'.split(' '),
);
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'to', 'from', 'by', 'near', 'around', 'of']);

/** Whether the words after the tenor tell its level or move: "has climbed", "'s at", "ended at". */
function toldOfTenor(tail: string): boolean {
  const words = tail
    .replace(/^['’]s\b/, ' s')
    .trim()
    .toLowerCase()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  let i = 0;
  while (i < words.length && AUXILIARIES.has(words[i]!)) i++;
  const verb = words[i];
  if (verb === undefined) return false;
  if (PREPOSITIONS.has(verb)) return i === words.length - 1 && verb === 'at';
  if (!LEVEL_VERBS.has(verb) && !UP_SET.has(verb) && !DOWN_SET.has(verb)) return false;
  for (i++; i < words.length; i++) {
    const w = words[i]!;
    if (ADVERBS.has(w)) continue;
    return PREPOSITIONS.has(w) && i === words.length - 1;
  }
  return true;
}
/** "every 10 basis points on the 10-year trims 1.5%": after a preposition the tenor is an object, not the subject. */
const OBJECT_BEFORE_RE = /\b(?:on|in|for|of|from|to|than|over|versus|vs\.?|into|across)[\s\u00a0]*$/i;
/** How far before the figure the tenor may stand. */
const BARE_TENOR_REACH = 60;
/** The units a yield or its move is written in. */
const YIELD_UNITS: ReadonlySet<string> = new Set(['percent', 'bp']);

export function bareTenorYield(
  before: string,
  unit: string,
  indicators: readonly Indicator[],
  sentenceGroups: ReadonlySet<string>,
  carried: string | undefined,
  /** The country the page leads with (PageCountry.leading). */
  leading: string | null,
): Candidate | null {
  if (!YIELD_UNITS.has(unit) || !/year/i.test(before)) return null;
  const near = before.slice(-BARE_TENOR_REACH);
  const m = BARE_TENOR_RE.exec(near);
  if (!m) return null;
  if (!toldOfTenor(m[3]!) || OBJECT_BEFORE_RE.test(before.slice(0, before.length - near.length + m.index))) return null;
  const years = namedTenor(m[2]!);
  if (years === null) return null;
  const named = countryOfTenor(before, carried)?.country;
  const others = [...sentenceGroups].some((g) => COUNTRY_GROUPS.has(g) && g !== 'us');
  const country = named ?? carried ?? (others || (leading && leading !== 'us') ? null : 'us');
  const own = country ? yieldIndex(indicators).get(`${country}:${years}`) : undefined;
  if (!own) return null;
  return asCandidate({ indicator: own, alias: `${own.name} (the ${m[2]} named)`, score: BARE_TENOR }, 'bare-tenor');
}
