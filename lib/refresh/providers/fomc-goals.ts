import { RefreshError } from '../fetch';
import { assertPlausible } from '../plausible';
import type { Provider, ProviderObservation } from '../types';
import { longDate, pageText } from './page-text';

/**
 * Federal Reserve Board, the page on the FOMC's Statement on Longer-Run Goals and Monetary Policy
 * Strategy (keyless HTML; the statement itself is a PDF, this page is its HTML history):
 *   GET https://www.federalreserve.gov/monetarypolicy/timeline-statement-on-longer-run-goals-and-monetary-policy-strategy.htm
 *   → an HTML page whose opening paragraph says the Statement sets inflation at a rate of N percent
 *     as the longer-run goal, then a dated list ("January 25, 2012: …", …) of its versions.
 * The goal is read from the first such phrase on the page; the earliest dated entry (the first
 * publication) is the period, the day the goal took effect, so a re-read adds nothing new.
 */
const FOMC_GOALS_URL =
  'https://www.federalreserve.gov/monetarypolicy/timeline-statement-on-longer-run-goals-and-monetary-policy-strategy.htm';

const SOURCE = {
  name: 'Federal Reserve Board, FOMC Statement on Longer-Run Goals and Monetary Policy Strategy',
  url: FOMC_GOALS_URL,
};

/** "inflation at a rate of 2 percent" (the page) or "inflation at the rate of 2 percent" (the Statement). */
const GOAL_RE = /inflation at (?:a|the) rate of (\d+(?:\.\d+)?) percent/i;
const ENTRY_DATE_RE = /\b([A-Z][a-z]+ \d{1,2}, \d{4}) ?:/g;

export interface StatedGoal {
  value: number;
  /** YYYY-MM-DD of the earliest dated entry on the page. */
  since: string;
}

export function parseFomcGoal(html: string): StatedGoal {
  const text = pageText(html);
  const m = GOAL_RE.exec(text);
  if (!m)
    throw new RefreshError('Fed longer-run goals page: the sentence stating the inflation goal is not on the page');
  const dates = [...text.matchAll(ENTRY_DATE_RE)].map((d) => longDate(d[1]!)).filter((d): d is string => d !== null);
  if (dates.length === 0)
    throw new RefreshError('Fed longer-run goals page: no dated entry says when the goal was set');
  return { value: Number(m[1]), since: dates.sort()[0]! };
}

export const fomcGoalsProvider: Provider = {
  id: 'fomc-goals',
  label: 'Federal Reserve longer-run goals page (inflation goal)',
  indicators: ['us.fed_inflation_target'],
  urls: () => [FOMC_GOALS_URL],
  async fetch(ctx) {
    const res = await ctx.get(ctx.resolve(FOMC_GOALS_URL), 'text/html');
    if (res.status === 304) return { observations: [], unchanged: true };
    const g = parseFomcGoal(res.text);
    assertPlausible('Fed longer-run goals page', 'us.fed_inflation_target', 'percent', g.value, g.since);
    const o: ProviderObservation = {
      indicator: 'us.fed_inflation_target',
      period: g.since,
      value: g.value,
      unit: 'percent',
      as_of: ctx.now.toISOString().slice(0, 10),
      source: SOURCE,
      note: 'PCE inflation goal as stated on the page; period = first publication of the Statement',
    };
    return { observations: [o], unchanged: false };
  },
};
