import type { AliasDrop } from '../site';
import { JOB_SECTOR_WORDS, JOB_TOTAL_WORDS } from '../lexicon/job-sectors';

/**
 * sector-payrolls. Example: "Factory payrolls shed 8,000 jobs", "private employers added 121,000":
 * a sector word just before a count of jobs names that sector's count, not total nonfarm payrolls;
 * so does a figure after a mention of the ADP survey, or after a sector in the same sentence.
 */
const REACH = 2;
/** Nouns after a sector word that make it a publisher's: "government report", "government data" (tokens singular). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'data',
  'figure',
  'statistic',
  'release',
  'agency',
  'survey',
  'official',
]);

export const sectorPayrolls: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.unit !== 'jobs') return false;
  const { tokens } = info;
  for (let i = Math.max(0, o.first - REACH); i < o.first; i++) if (JOB_SECTOR_WORDS.has(tokens[i]!.norm)) return true;
  // "The ADP report showed 155,000 jobs added", not "147,000 added, after a weak ADP report".
  // sector-led-sentence: "Health care and construction led, with payrolls up by 51,000 and 23,000":
  // a sector named before the figure, with no "nonfarm" total named after it, speaks of the sector.
  let sector = false;
  for (let i = 0; i < cs; i++) {
    const w = tokens[i]!.norm;
    if (w === 'adp') return true;
    // sector-word-as-source: "a government report showed employers added 143,000 jobs": the word names who
    // published the count, not a sector of it.
    if (JOB_SECTOR_WORDS.has(w) && !SOURCE_NOUNS.has(tokens[i + 1]?.norm ?? '')) sector = true;
    else if (JOB_TOTAL_WORDS.has(w)) sector = false;
  }
  return sector;
};
