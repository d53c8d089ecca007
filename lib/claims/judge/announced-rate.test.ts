import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('announced-rate is for tariffs only', () => {
  // Stored SNB policy rate: 0.25% from 2025-03-20, 0% from 2025-06-19.
  it('"The SNB, which announced its decision last Thursday, kept its rate at 0.25%" in December is red', () => {
    const s = 'The Swiss National Bank, which announced its decision last Thursday, kept its policy rate at 0.25%.';
    expect(verdictOf(s, '0.25%', '2025-12-15')).toBe('differs');
  });
});
