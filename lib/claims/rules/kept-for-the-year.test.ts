import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { keptForTheYear } from './kept-for-the-year';

describe('kept-for-the-year: "projected to stay at 3.1% this year" is a projection', () => {
  it('reads the words after the figure', () => {
    expect(keptForTheYear(' this year before easing')).toBe(true);
    expect(keptForTheYear(' for the full year, officials said')).toBe(true);
    expect(keptForTheYear(' on Thursday')).toBe(false);
  });

  it('the year projection is not judged, while a rate kept today still is', () => {
    const projected = 'Core PCE inflation, the Fed’s favoured gauge, is projected to stay at 3.1% this year.';
    expect(claimsOf([projected], '2025-10-13').find((x) => x.text === '3.1%')?.indicator ?? null).toBeNull();
    const kept = 'The Bank of Japan is expected to keep its policy rate at 0.5% on Friday.';
    expect(claimsOf([kept], '2025-10-13').find((x) => x.text === '0.5%')?.indicator?.id).toBe('jp.boj_policy_rate');
  });
});
