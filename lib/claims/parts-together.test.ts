import { describe, expect, it } from 'vitest';
import { idsOf } from './test-engine';

describe('parts-together', () => {
  it('"the first major central bank ... other European currencies" does not name the ECB', () => {
    const s =
      'The Swiss National Bank became the first major central bank to ease, taking its policy rate to 1.5%, and the franc dragged other European currencies lower.';
    expect(idsOf(s, '2024-03-21')['1.5%']).toBe('ch.snb_policy_rate');
  });
  it('"the European Central Bank" written out still names it', () => {
    expect(idsOf('The European Central Bank held its deposit rate at 4%.', '2024-03-21')['4%']).toBe(
      'ea.ecb_deposit_rate',
    );
  });
});
