import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('bare-tenor', () => {
  // 2-year Treasury yield (data/series): 3.90 on 2025-05-08, 3.88 on 2025-05-09.
  it('"The two-year ended at 3.88%" is the 2-year Treasury yield, though no "yield" is written', () => {
    const [c] = claimsOf('The two-year ended at 3.88%, down 2 basis points today.', '2025-05-09');
    expect(c?.indicator?.id).toBe('us.ust_2y_yield');
    expect(c?.match?.rule).toBe('bare-tenor');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('the country named before the tenor decides whose: "the German 10-year is at 2.6%"', () => {
    const c = claimsOf('The ECB held, and the German 10-year is at 2.6%.', '2025-05-09').find((x) => x.text === '2.6%');
    expect(c?.indicator?.id).toBe('de.bund_10y_yield');
  });
  it('only when the words between tell its level or move', () => {
    for (const s of [
      'Our base case has the 10-year trading between 4.00% and 4.35%.',
      'Treasury selling builds as the two-year breaks back above 4.55%.',
      'Traders watch 3.40% on the two-year, 4% on the 10-year and 5% on the 30-year.',
      'Every 10 basis points on the 10-year trims roughly 1.5% from fair value.',
      'Gold hit a 10-year high of 4.5%.',
    ])
      expect(
        claimsOf(s, '2025-05-09')
          .filter((c) => c.indicator?.kind === 'yield')
          .map((c) => c.text),
      ).toEqual([]);
  });
  it('not on a page that leans to another country, with none named', () => {
    const c = claimsOf(
      [
        'The Nikkei 225 rose 1.2% and the Topix gained 0.9% as the yen weakened against the dollar.',
        'The BOJ left its policy rate at 0.5%. The 10-year ended at 1.52%.',
      ],
      '2025-05-09',
    ).find((x) => x.text === '1.52%');
    expect(c?.indicator?.id ?? '-').not.toBe('us.ust_10y_yield');
  });
});
