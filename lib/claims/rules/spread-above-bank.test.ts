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
