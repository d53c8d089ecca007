import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

describe('variant-unnamed', () => {
  it('"PCE inflation" at a figure the core measure did not have is a check, not a red', () => {
    // Core PCE for April 2025 was 2.5% as first published; 2.1% would be the headline measure's kind of figure.
    expect(verdictOf('PCE inflation slowed to 2.1% in April.', '2.1%', '2025-06-05')).toBe('check');
    const [c] = claimsOf('PCE inflation slowed to 2.1% in April.', '2025-06-05');
    expect(c?.match?.reasons.join(' ')).toMatch(/headline measure/);
  });

  it('"core" before the figure keeps the same gap red', () => {
    expect(verdictOf('Core PCE inflation slowed to 2.1% in April.', '2.1%', '2025-06-05')).toBe('differs');
    expect(verdictOf('PCE inflation excluding food and energy slowed to 2.1% in April.', '2.1%', '2025-06-05')).toBe(
      'differs',
    );
  });

  it('a right core figure under the bare name still agrees', () => {
    expect(verdictOf('PCE inflation was 2.5% in April.', '2.5%', '2025-06-05')).toBe('matches');
  });
});
