import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('same-day-fact', () => {
  it('an onshore close stored for the day matches, though the H.10 noon rate differs', () => {
    // facts.csv: CFETS onshore close 6.9866 on 2026-01-05; the bundled H.10 series has 6.988.
    expect(verdictOf('The onshore yuan closed at 6.9866 per dollar on 5 January.', '6.9866', '2026-01-06')).toBe(
      'matches',
    );
  });
});
