import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('revised-with-next-release', () => {
  // Stored Japan GDP q/q: 2025-Q1 0.0 (second preliminary, 2025-06-09); 2025-Q2 0.3 (first preliminary, 2025-08).
  const s =
    "Japan's economy grew 0.3% in the April-June quarter, up from 0.1% in the first quarter, the Cabinet Office said on Friday.";
  it('the quarter before, quoted on the day the next one is first released, a revision-sized gap off: a question', () => {
    expect(verdictOf(s, '0.1%', '2025-08-15')).toBe('check');
  });
  it('a month after that release the same gap is red', () => {
    expect(verdictOf(s, '0.1%', '2025-09-15')).toBe('differs');
  });
  it('a gap larger than a revision is red on the release day too', () => {
    const far = s.replace('0.1%', '0.9%');
    expect(verdictOf(far, '0.9%', '2025-08-15')).toBe('differs');
  });
});
