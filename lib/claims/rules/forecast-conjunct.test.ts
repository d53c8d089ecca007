import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { continuesForecast } from './forecast-conjunct';

describe('forecast-conjunct: "sees gold at $5,000 ... and silver at $85" is one forecast', () => {
  it('reads the gap between a forecast and the next figure', () => {
    expect(continuesForecast(' by the end of 2026 and silver at ')).toBe(true);
    expect(continuesForecast(' and the 30-year bond at ')).toBe(true);
    expect(continuesForecast(', while silver closed at ')).toBe(false);
    expect(continuesForecast(' and silver closed at ')).toBe(false);
  });

  it('the second figure of the forecast is not judged as a fact', () => {
    const text =
      'Anders Kwame, head of metals strategy at a bank, sees gold at $5,000 by the end of 2026 and silver at $85.';
    const silver = claimsOf([text], '2026-01-02').find((c) => c.text === '$85');
    expect(silver?.judgement?.verdict ?? 'none').not.toBe('differs');
    expect(silver?.indicator ?? null).toBeNull();
  });
});
