import type { AliasDrop } from '../site';
import { JOB_SECTOR_WORDS } from '../lexicon/job-sectors';

/**
 * sector-payrolls. Example: "Factory payrolls shed 8,000 jobs", "private employers added 121,000":
 * a sector word just before a count of jobs names that sector's count, not total nonfarm payrolls;
 * so does a figure after a mention of the ADP survey.
 */
const REACH = 2;

export const sectorPayrolls: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.unit !== 'jobs') return false;
  const { tokens } = info;
  for (let i = Math.max(0, o.first - REACH); i < o.first; i++) if (JOB_SECTOR_WORDS.has(tokens[i]!.norm)) return true;
  // "The ADP report showed 155,000 jobs added", not "147,000 added, after a weak ADP report".
  for (let i = 0; i < cs; i++) if (tokens[i]!.norm === 'adp') return true;
  return false;
};
