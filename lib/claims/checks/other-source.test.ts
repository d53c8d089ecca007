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

describe("fitted-curve: the stored Bund series is a fitted curve, not the benchmark bond's yield", () => {
  it('"rose 2.6 basis points to 2.826%" against a curve at 2.86 → 2.89 is not inconsistent', () => {
    const s = 'The German 10-year bond yield rose 2.6 basis points to 2.826%.';
    expect(verdictOf(s, '2.826%', '2025-03-18')).not.toBe('inconsistent');
  });
  it("a Treasury yield the same distance off its stored day still is (the Treasury's own par yields are stored)", () => {
    const s = 'The 10-year Treasury yield rose 3 basis points to 4.26% on Friday.';
    expect(verdictOf(s, '4.26%', '2025-03-07')).toBe('inconsistent');
  });
});
