import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('finer-than-data', () => {
  // Stored H.15 10-year: 4.26% on 2026-01-21 and 2026-01-22.
  it('a move finer than the stored yields’ two decimals agrees within their rounding', () => {
    expect(
      verdictOf('On Thursday the 10-year Treasury yield added 0.40 basis points.', '0.40 basis points', '2026-01-22'),
    ).toBe('matches');
  });
  it('a move of whole basis points beyond the stored one is still judged', () => {
    expect(
      verdictOf('The 10-year Treasury yield rose 6 basis points on Thursday.', '6 basis points', '2026-01-22'),
    ).toBe('differs');
  });
});

describe('finer-than-data, a level', () => {
  // Stored H.15 10-year: 4.11% on 2025-11-13.
  it('"4.111% the previous day" agrees with a stored 4.11%', () => {
    expect(
      verdictOf('The 10-year Treasury yield ended at 4.121%, after 4.111% the previous day.', '4.111%', '2025-11-14'),
    ).toBe('matches');
  });
});

describe('jgb-three-decimals', () => {
  it('"slipped 0.5 basis point" when the JGB yield rose from 0.967% to 0.972% is not let through as rounding', () => {
    const t = 'The yield on the 10-year Japanese government bond slipped 0.5 basis point to 0.972%.';
    expect(verdictOf(t, '0.5 basis point', '2024-10-18')).not.toBe('matches');
    expect(verdictOf(t.replace('slipped', 'rose'), '0.5 basis point', '2024-10-18')).toBe('matches');
  });
});
