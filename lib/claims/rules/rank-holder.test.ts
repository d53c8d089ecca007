import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('rank-holder: "the largest foreign holder" is one country, not the foreign total', () => {
  it('"Japan, still the largest foreign holder, added $8.9 billion" is Japan\'s', () => {
    const ids = idsOf(
      [
        "Japan's holdings of Treasuries rose in September.",
        'Japan, still the largest foreign holder, added $8.9 billion in September.',
      ],
      '2025-11-18',
    );
    expect(ids['$8.9 billion']).toBe('jp.ust_holdings');
  });
  it('"all foreign holders" is still the total', () => {
    expect(
      idsOf('All foreign holders: $9.249 trillion at the end of September.', '2025-11-18')['$9.249 trillion'],
    ).toBe('us.ust_foreign_total');
  });
});
