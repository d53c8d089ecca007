import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('spread-above-bank', () => {
  it('"the Fed\'s upper bound 150 basis points above the Bank of Canada\'s 2.25%" is a spread between two rates', () => {
    expect(
      idsOf(["That leaves the Fed's upper bound 150 basis points above the Bank of Canada's 2.25%."], '2026-01-28')[
        '150 basis points'
      ],
    ).toBe('-');
  });
  it("a move of the Fed's range in basis points is still the Fed's", () => {
    expect(idsOf(['The Fed lowered its range by 25 basis points on Wednesday.'], '2025-12-11')['25 basis points']).toBe(
      'us.fed_funds_target_upper',
    );
  });
});

describe('above-the-top-of', () => {
  it('"the 2-year yield sits 40 basis points below the bottom of the Fed\'s range" is a spread, no move of the yield', () => {
    expect(
      idsOf(
        ["The 2-year yield now sits 40 basis points below the bottom of the Fed's 3.50%-3.75% range."],
        '2026-05-15',
      )['40 basis points'],
    ).toBe('-');
  });
});
