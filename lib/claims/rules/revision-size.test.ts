import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { isRevisionSize } from './revision-size';

describe('revision-size', () => {
  it('the size of a revision is not the month’s count', () => {
    const cs = claimsOf(["June's job gains were revised down by 9,000 in the latest report."], '2025-12-16');
    expect(cs.filter((c) => c.indicator)).toEqual([]);
  });
  it('reads "revised … down by", "adjusted lower by", "marked up by a combined"', () => {
    expect(isRevisionSize('job gains were revised down by ')).toBe(true);
    expect(isRevisionSize('was also adjusted lower by ')).toBe(true);
    expect(isRevisionSize('the two months were marked up by a combined ')).toBe(true);
    expect(isRevisionSize('payrolls rose by ')).toBe(false);
  });
});
