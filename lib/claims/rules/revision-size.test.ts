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

describe('combined-cut-of-counts', () => {
  it('two months of payrolls taken down together are a revision, not a month’s count', () => {
    const cs = claimsOf(['Payrolls for February and March were trimmed by a combined 61,000.'], '2025-07-10');
    expect(cs.filter((c) => c.indicator)).toEqual([]);
    expect(isRevisionSize('the earlier job gains were pared by a combined ')).toBe(true);
    expect(isRevisionSize('The Fed funds rate was cut by a combined ')).toBe(false);
  });
});

describe('revision-noun', () => {
  it('the size of a net revision named as a noun is not a month’s count', () => {
    const cs = claimsOf(
      ['June payrolls were cut to 40,000, which left a net downward revision of 35,000 for the two months.'],
      '2025-09-05',
    );
    expect(cs.find((c) => c.text === '35,000')?.indicator ?? null).toBeNull();
  });
});
