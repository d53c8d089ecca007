import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored 10-year Treasury yield: 4.37% on 2025-06-04, 4.40% on 2025-06-05, 4.51% on 2025-06-06.
describe('mirrored-move-at-close', () => {
  it('an undated move the other way, written with the close it ended at, is the direction written wrong', () => {
    const cs = claimsOf(['Late in New York the 10-year Treasury yield dipped 3 basis points to 4.40%.'], '2025-06-05');
    expect(cs.find((c) => c.text === '4.40%')?.judgement?.verdict).toBe('matches');
    const move = cs.find((c) => c.text === '3 basis points');
    expect(move?.judgement?.verdict).toBe('differs');
    expect(move?.judgement?.explanation).toContain('closes that session');
  });
  it('without the level the same move stays a question (it may be another period)', () => {
    const cs = claimsOf(['Late in New York the 10-year Treasury yield dipped 3 basis points.'], '2025-06-05');
    expect(cs.find((c) => c.text === '3 basis points')?.judgement?.verdict).toBe('check');
  });
  it('a move the other way but not the same size is left to the other checks', () => {
    const cs = claimsOf(['Late in New York the 10-year Treasury yield dipped 5 basis points to 4.40%.'], '2025-06-05');
    expect(cs.find((c) => c.text === '5 basis points')?.judgement?.explanation).not.toContain('closes that session');
  });
  // Stored: 4.28% on 2025-03-05, 4.29% on 2025-03-06.
  it("one basis point the other way may be another source's previous close: still a question", () => {
    const cs = claimsOf(['Late in New York the 10-year Treasury yield dipped 1 basis point to 4.29%.'], '2025-03-06');
    expect(cs.find((c) => c.text === '4.29%')?.judgement?.verdict).toBe('matches');
    expect(cs.find((c) => c.text === '1 basis point')?.judgement?.verdict).toBe('check');
  });
});
