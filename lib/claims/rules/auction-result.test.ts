import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('auction-result', () => {
  it('"sale of 10-year notes stopped at 4.438%, and the 30-year reopening at 4.563%": auction yields, not closes', () => {
    const ids = idsOf(
      "Tuesday's $39 billion sale of 10-year notes stopped at 4.438%, and Thursday's 30-year reopening at 4.563%.",
      '2024-06-14',
    );
    expect(ids['4.438%'] ?? '-').toBe('-');
    expect(ids['4.563%'] ?? '-').toBe('-');
  });
  it('the market yield in the same story still is one', () => {
    expect(idsOf('The 10-year yield fell to 4.20% on Friday.', '2024-06-14')['4.20%']).toBe('us.ust_10y_yield');
  });
});
