import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('other-bond: a yield of a bond the catalogue does not keep is not the Treasury’s', () => {
  it('"the 2-year TB yield" and "the 10-year gilt yield" are not U.S. yields', () => {
    const claims = claimsOf(
      [
        'Seoul bond yields rose. The 2-year TB yield rose to 2.363% from 2.337%. In London, the 10-year gilt yield climbed to 4.70%.',
      ],
      '2025-05-19',
    );
    for (const t of ['2.363%', '2.337%', '4.70%'])
      expect(claims.find((c) => c.text === t)?.indicator ?? null).toBeNull();
  });
  it('a yield carried from before is not given to a sentence naming another bond', () => {
    const claims = claimsOf(
      ['The U.S. 2-year yield rose to 3.97%. The 2-year MSB yield also rose, moving up to 2.359% from 2.332%.'],
      '2025-05-19',
    );
    expect(claims.find((c) => c.text === '3.97%')?.indicator?.id).toBe('us.ust_2y_yield');
    expect(claims.find((c) => c.text === '2.359%')?.indicator ?? null).toBeNull();
  });
});
