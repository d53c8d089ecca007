import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('figure-first-noun', () => {
  // 10-year Treasury yield: 4.26% on 2026-01-30, 3.97% on 2026-02-27 (data/series).
  it('"29 basis points — the fall in the 10-year yield over February" is a fall of 29 bp', () => {
    const [c] = claimsOf('29 basis points — the fall in the 10-year yield over February.', '2026-02-27');
    expect(c?.direction).toBe('down');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('"the rise in" the same bullet is a rise, and red', () => {
    const [c] = claimsOf('29 basis points — the rise in the 10-year yield over February.', '2026-02-27');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});
