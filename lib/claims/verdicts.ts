import type { Verdict } from './types';

/**
 * Which verdicts are alarms. Only these are "problems" for the popup's filter and the badge: a
 * figure that was right on the article's date (since-changed) or one the judge would not rule on
 * (check, no-figure-yet, unverifiable) is neutral.
 */
export const ALARM_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['differs', 'inconsistent']);

/** Verdicts that abstain: the judge says nothing about whether the figure is right. */
export const ABSTAINING_VERDICTS: ReadonlySet<Verdict> = new Set<Verdict>(['check', 'no-figure-yet', 'unverifiable']);
