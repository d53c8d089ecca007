import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('finer-than-data', () => {
  // Stored H.15 10-year: 4.26% on 2026-01-21 and 2026-01-22.
  it('a move finer than the stored yields’ two decimals agrees within their rounding', () => {
    expect(
      verdictOf('The 10-year Treasury yield rose 0.40 basis points on Thursday.', '0.40 basis points', '2026-01-22'),
    ).toBe('matches');
  });
  it('a move of whole basis points beyond the stored one is still judged', () => {
    expect(
      verdictOf('The 10-year Treasury yield rose 6 basis points on Thursday.', '6 basis points', '2026-01-22'),
    ).toBe('differs');
  });
});
