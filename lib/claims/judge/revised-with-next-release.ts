import type { DatasetView } from '../dataset-view';
import { addDays, nextPeriod } from '../dates';
import type { Judgement } from '../types';
import { notCalledWrong } from './explain';
import type { JudgeInput } from './input';
import { knownOn } from './vintage';

/**
 * How far, in percentage points, the release of a new quarter or month usually moves the one before it. A
 * growth rate revised on that day by more than this is not an unstored revision but another figure.
 */
const PRIOR_PERIOD_REVISION_PP: Readonly<Record<string, number>> = {
  'jp.gdp_growth_qoq': 0.3,
  'jp.gdp_growth_annualized': 1.2,
  'us.gdp_growth_saar': 1,
  'ea.gdp_growth_qoq': 0.2,
  'cn.gdp_growth_yoy': 0.2,
  'us.retail_sales_mom': 0.4,
};

/** A story on a release is written that day or within a weekend of it. */
const RELEASE_STORY_DAYS = 3;

/**
 * revised-with-next-release: "the economy grew 0.3% in the second quarter, up from 0.1% in the first" on the day
 * the second quarter's first estimate came out, against 0.0% stored for the first: that release revised the
 * quarter before it, and the dataset keeps no vintage from it. A gap of revision size is a question, not red.
 */
export function revisedWithNextRelease(view: DatasetView, input: JudgeInput, j: Judgement): Judgement {
  const limit = PRIOR_PERIOD_REVISION_PP[input.indicator.id];
  if (limit === undefined || j.verdict !== 'differs' || !j.reference || input.period?.type !== 'point') return j;
  if (Math.abs(input.value - j.reference.value) > limit + input.halfStep) return j;
  // The stored figure must be older than the next release: one from that day is the revision itself.
  const next = nextPeriod(input.period.period);
  const k = next ? knownOn(view, input.indicator.id, next, input.published) : null;
  // A release stored by its month only ("2025-08") counts as out that month, though not yet "known" on a day.
  const release =
    k?.status === 'known' ? (k.first ?? k.ref).as_of : k?.status === 'not-yet' && k.first ? k.first.as_of : null;
  if (!release) return j;
  if (j.reference.as_of >= release) return j;
  const releasedThen =
    release.length === 7
      ? release === input.published.slice(0, 7)
      : release <= input.published && addDays(release, RELEASE_STORY_DAYS) >= input.published;
  if (!releasedThen) return j;
  return notCalledWrong(
    j,
    `the release of ${next} (${release}), which the article reports, revises ${input.period.period} with it; the dataset keeps no vintage from that day.`,
  );
}
