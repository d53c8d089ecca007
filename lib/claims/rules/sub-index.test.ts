import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('sub-index', () => {
  it('a narrower index named after the catalogue index’s name is not that index', () => {
    const cs = claimsOf(
      [
        'In Hong Kong the Hang Seng China Enterprises Index ended 0.4 percent firmer at 9,075.60; the Hang Seng Tech Index gained 0.4 percent too.',
      ],
      '2025-07-22',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
  });
  it('keeps the index itself and names that end in "Composite"', () => {
    const cs = claimsOf(
      ['The Hang Seng rose 0.54 percent to 25,130.03, and the Shanghai Composite Index gained 0.6 percent.'],
      '2025-07-22',
    );
    expect(cs.map((c) => c.indicator?.id)).toEqual(['idx.hang_seng', 'idx.hang_seng', 'idx.shanghai_composite']);
  });
});

describe('sub-index-between', () => {
  it('the narrower index named again between the first name and a figure owns that figure', () => {
    const cs = claimsOf(
      [
        'The Hang Seng Index climbed 0.25% to end at 23,402.05 points and the Hang Seng China Enterprises Index added 0.11% to end at 8,625.86.',
      ],
      '2025-03-26',
    );
    expect(cs.filter((c) => c.indicator).map((c) => c.text)).toEqual(['0.25%', '23,402.05 points']);
  });
});
