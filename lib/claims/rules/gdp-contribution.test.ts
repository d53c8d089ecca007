import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('gdp-contribution', () => {
  it('points added to real GDP, before and after the name, are contributions, not growth', () => {
    const ids = idsOf(
      'U.S. consumer outlays contributed 1.4 pp to real GDP, following 2.6 pp the quarter before.',
      '2025-07-31',
    );
    expect(ids['1.4 pp']).toBe('-');
    expect(ids['2.6 pp']).toBe('-');
  });
  it("the economy's own growth in the same sentence keeps its subject", () => {
    expect(
      idsOf(
        'The U.S. economy grew 3.0% in the second quarter; inventories took 3.3 percentage points from GDP.',
        '2025-07-31',
      )['3.0%'],
    ).toBe('us.gdp_growth_saar');
  });
});
