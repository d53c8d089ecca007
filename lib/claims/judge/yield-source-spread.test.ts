import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('yield-source-spread', () => {
  // Stored 10-year closes (H.15): 4.11 on 2025-11-06 and 11-07, 4.13 on 2025-11-10, 4.08 on 2025-11-12.
  it("a market quote a few basis points from the Treasury's close is a question, not red", () => {
    const s = 'The 10-year yield stood at 4.09% on Monday before bonds firmed midweek.';
    expect(verdictOf(s, '4.09%', '2025-11-12')).toBe('check');
  });
  it("a quote equal to an earlier session's close, given for another day, is that day's: red", () => {
    expect(verdictOf('The 10-year Treasury yield ended Monday at 4.11%.', '4.11%', '2025-11-12')).toBe('differs');
  });
  it('a quote far from the close is red', () => {
    expect(verdictOf('The 10-year Treasury yield ended Monday at 4.31%.', '4.31%', '2025-11-12')).toBe('differs');
  });
});

describe('fitted-curve-spread', () => {
  // Stored Bund 10-year (Bundesbank fitted curve at 10.0 years): 2.71 on 2025-05-22, 2.69 on 2025-05-23.
  it("a benchmark Bund quote several basis points from the fitted curve's figure is a question, not red", () => {
    expect(verdictOf("Germany's 10-year yield stood at 2.62% on Friday.", '2.62%', '2025-05-23')).toBe('check');
  });
  it('in a steep week the two part by more than ten basis points: still a question', () => {
    expect(verdictOf("Germany's 10-year yield stood at 2.58% on Friday.", '2.58%', '2025-05-23')).toBe('check');
  });
  it('a quote further off than the curves part is still red', () => {
    expect(verdictOf("Germany's 10-year yield stood at 2.52% on Friday.", '2.52%', '2025-05-23')).toBe('differs');
  });
});
