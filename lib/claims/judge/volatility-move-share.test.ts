import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('volatility-move-share', () => {
  // Stored VIX: 16.43 on 2025-10-09, 21.66 on 2025-10-10 (+31.83%).
  it('a VIX surge computed off a close a few cents from the official one is close, not red', () => {
    expect(verdictOf('The VIX surged 31.6% on Friday.', '31.6%', '2025-10-10')).toBe('close');
  });
  it('a surge a few points off is still red', () => {
    expect(verdictOf('The VIX surged 28.6% on Friday.', '28.6%', '2025-10-10')).toBe('differs');
  });
});
