import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('closed-no-hour', () => {
  // 2-year Treasury yield: 3.48 on 2025-12-16, 3.49 on 2025-12-17 (data/series).
  const t = 'The 2-year yield settled at 3.48%, 13 basis points lower than on Dec. 9, the day before the decision.';
  it("a page dated only by its day, quoting the day before's close to the digit, is a question, not red", () => {
    expect(claimsOf(t, '2025-12-17').find((c) => c.text === '3.48%')?.judgement?.verdict).toBe('check');
  });
  it("with the day named, the day before's close is still red", () => {
    const c = claimsOf('The 2-year yield settled at 3.48% on Wednesday.', '2025-12-17').find((x) => x.text === '3.48%');
    expect(c?.judgement?.verdict).toBe('differs');
  });
  it("written before that close (7:45 a.m. in New York), the day before's close was the latest: it matches", () => {
    const c = claimsOf(t, '2025-12-17', '2025-12-17T12:45:00Z').find((x) => x.text === '3.48%');
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('with the hour given (after the close), it is red', () => {
    const c = claimsOf(t, '2025-12-17', '2025-12-17T23:00:00Z').find((x) => x.text === '3.48%');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});
