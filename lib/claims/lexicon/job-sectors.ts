/**
 * Example: "private payrolls", "manufacturing jobs", "government employers": words that, leading a
 * count of jobs, name part of the economy's payrolls ("private-sector" is read as its first word) (or another survey's count), not the nonfarm total.
 */
export const JOB_SECTOR_WORDS: ReadonlySet<string> = new Set([
  'private',
  'manufacturing',
  'factory',
  'government',
  'public',
  'construction',
  'healthcare',
  'health',
  'hospitality',
  'leisure',
  'retail',
  'temporary',
  'adp',
]);

/** Words that name the total after a sector: "... while nonfarm payrolls rose 228,000" ("non-farm" reads "non"). */
export const JOB_TOTAL_WORDS: ReadonlySet<string> = new Set(['nonfarm', 'non', 'overall', 'total', 'headline']);
