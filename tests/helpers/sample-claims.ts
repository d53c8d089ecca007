import type { Claim, FigureRef, Judgement, MatchRecord, Verdict } from '../../lib/claims/types';
import type { Indicator } from '../../lib/dataset/schema';

/**
 * Made-up claims, one per verdict, for the card's and formatter's tests and the card's screenshots.
 * The indicators and the publisher are fictional ("Example …", example.org): no figure here is a real one.
 */

const EXAMPLE_SOURCE = { name: 'Example Statistics Office', url: 'https://stats.example.org/inflation' };

const RATE: Indicator = {
  id: 'ex.inflation',
  name: 'Example inflation rate (year on year)',
  unit: 'percent',
  kind: 'inflation',
  category: 'macro',
  aliases: [],
};

const HOLDINGS: Indicator = {
  id: 'ex.holdings',
  name: 'Example holdings of bonds',
  unit: 'USD',
  kind: 'level',
  category: 'holdings',
  aliases: [],
};

export const fig = (
  period: string,
  value: number,
  as_of: string,
  note?: string,
  source = EXAMPLE_SOURCE,
): FigureRef => ({
  period,
  value,
  as_of,
  source,
  ...(note ? { note } : {}),
});

const MATCH: MatchRecord = {
  rule: 'alias-in-sentence',
  alias: 'inflation',
  distance: 2,
  scope: 'sentence',
  confidence: 0.92,
  reasons: ['subject named in the sentence', 'period stated'],
};

function claim(over: Partial<Claim> & { judgement: Judgement | null }, indicator: Indicator = RATE): Claim {
  return {
    block: 0,
    start: 0,
    end: 4,
    text: '3.6%',
    sentence: 'Inflation ran at 3.6% in March 2025, the office said.',
    value: 3.6,
    unit: 'percent',
    kind: 'level',
    period: { type: 'point', period: '2025-03', label: 'March 2025' },
    indicator,
    matchedAlias: 'inflation',
    match: MATCH,
    ...over,
  };
}

const j = (
  verdict: Verdict,
  reference: FigureRef | null,
  current: FigureRef | null,
  revision: FigureRef | null = null,
): Judgement => ({
  verdict,
  reference,
  revision,
  current,
  explanation: 'not shown on the card',
});

/** One claim per verdict. */
export const SAMPLE_CLAIMS: Record<Verdict, Claim> = {
  matches: claim(
    {
      text: '$1.13 trillion',
      sentence: 'Holdings stood at $1.13 trillion in February 2025.',
      value: 1.13e12,
      unit: 'USD',
      period: { type: 'point', period: '2025-02', label: 'February 2025' },
      matchedAlias: 'holdings',
      judgement: j(
        'matches',
        fig('2025-02', 1.126e12, '2025-04-16', 'first release of the February figure'),
        fig('2026-03', 1.2e12, '2026-05-18'),
      ),
    },
    HOLDINGS,
  ),
  close: claim({
    text: '3.3%',
    value: 3.3,
    judgement: j('close', fig('2025-03', 3.2, '2025-04-10'), fig('2025-09', 2.9, '2025-10-15')),
  }),
  differs: claim({
    judgement: j(
      'differs',
      fig(
        '2025-03',
        3.2,
        '2025-04-10',
        'rows after 2025-07-11 from someone/repo data/raw/X.csv @ e6ecb47d; see data/series/SOURCES.md',
      ),
      fig('2025-09', 2.9, '2025-10-15'),
      fig('2025-03', 3.3, '2025-05-10', 'revised'),
    ),
  }),
  'since-changed': claim({
    text: '3.2%',
    value: 3.2,
    period: null,
    match: {
      ...MATCH,
      rule: 'earlier-subject',
      scope: 'discourse',
      confidence: 0.7,
      reasons: ['subject carried from the previous sentence'],
    },
    judgement: j('since-changed', fig('2025-03', 3.2, '2025-04-10'), fig('2025-09', 2.9, '2025-10-15')),
  }),
  'no-figure-yet': claim({
    period: { type: 'point', period: '2025-06', label: 'June 2025' },
    judgement: j('no-figure-yet', null, fig('2025-05', 3.1, '2025-06-11')),
  }),
  check: claim({
    match: {
      ...MATCH,
      rule: 'heading',
      scope: 'discourse',
      confidence: 0.45,
      reasons: ['subject from the heading', 'period inferred from the article’s date'],
    },
    period: null,
    judgement: j('check', fig('2025-03', 3.2, '2025-04-10'), fig('2025-09', 2.9, '2025-10-15')),
  }),
  unverifiable: claim({ judgement: j('unverifiable', null, null) }),
  inconsistent: claim({ judgement: j('inconsistent', null, fig('2025-09', 2.9, '2025-10-15')) }),
};
