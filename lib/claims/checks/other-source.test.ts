import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('named-contract: a futures quote may sit 2% from the stored spot close', () => {
  it('"crude futures dropped 4.3% to $58.91" is not inconsistent with a spot close of 62.36 the day before', () => {
    expect(verdictOf('U.S. crude futures dropped 4.3% to $58.91 a barrel on Friday.', '$58.91', '2025-10-10')).not.toBe(
      'inconsistent',
    );
  });
  it('without the contract named, the spot slack of 1% still flags it', () => {
    expect(verdictOf('U.S. crude dropped 4.3% to $58.91 a barrel on Friday.', '$58.91', '2025-10-10')).toBe(
      'inconsistent',
    );
  });
});

describe('yield-other-source: vendors differ on a yield by a basis point or two', () => {
  it('"climbed 1.5 basis points to 1.654%" against a stored 1.655 → 1.669 is not inconsistent', () => {
    const s = "Japan's 10-year government bond yield climbed 1.5 basis points to 1.654% on Monday.";
    expect(verdictOf(s, '1.654%', '2025-09-22')).not.toBe('inconsistent');
  });
  it('a level five basis points off the sum still is', () => {
    const s = "Japan's 10-year government bond yield climbed 1.5 basis points to 1.704% on Monday.";
    expect(verdictOf(s, '1.704%', '2025-09-22')).toBe('inconsistent');
  });
});
