import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored USD/JPY (New York noon): 156.80 on 2025-12-31, 153.88 on 2026-01-26.
describe('pair-together', () => {
  it('"Against the dollar the yen is now up about 1.9% since the end of 2025" is the yen\'s rise: matches', () => {
    const c = claimsOf('Against the dollar the yen is now up about 1.9% since the end of 2025.', '2026-01-26').find(
      (x) => x.text === '1.9%',
    );
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
