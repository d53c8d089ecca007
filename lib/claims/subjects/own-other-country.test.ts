import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';

describe('own-other-country: "it" is the other country’s measure the sentence names', () => {
  it('"the Korean policy rate ... lowering it 50 basis points" is not the Fed’s rate', () => {
    const blocks = [
      'The pause reflects hopes that the U.S. Federal Reserve cuts its benchmark rate again in December. ' +
        'Officials trimmed the Korean policy rate twice in the first half, lowering it a combined 50 basis points from 3.00 percent to 2.50 percent.',
    ];
    const c = claimsOf(blocks, '2025-11-27').find((x) => x.text === '50 basis points');
    expect(c?.indicator ?? null).toBeNull();
  });

  it('"it" still carries the subject when no other country is named', () => {
    const blocks = [
      'The Federal Reserve held its benchmark rate in June.',
      'It lowered it by 25 basis points in September.',
    ];
    const c = claimsOf(blocks, '2025-10-01').find((x) => x.text === '25 basis points');
    expect(c?.indicator?.id).toBe('us.fed_funds_target_upper');
  });
});

describe('currency-code country: "CHF" names Switzerland', () => {
  it('"the 10-year CHF bond yield is near zero (currently 0.05%)" is not Japan\'s yield named later', () => {
    const s =
      "While the 10-year CHF bond yield is near zero (currently 0.05%), it offers a haven compared to Germany's -0.3% or Japan's -0.15%.";
    expect(idsOf(s, '2025-06-24')['0.05%'] ?? '-').toBe('-');
  });
});
