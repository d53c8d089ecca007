import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

// Stored DAX: 19,486.19 on 2024-10-15, 19,432.81 on 2024-10-16 (a Wednesday).
describe('swapped-close', () => {
  it("an index close with two neighbouring digits swapped is red, though the gap is a source's spread", () => {
    expect(verdictOf('The DAX closed at 19,423.81 on Wednesday.', '19,423.81', '2024-10-17')).toBe('differs');
  });
  it('another figure as near the close stays a question', () => {
    expect(verdictOf('The DAX closed at 19,425.81 on Wednesday.', '19,425.81', '2024-10-17')).toBe('check');
  });
  it("on the day itself, before the close, a quote may be an hour's price: a question", () => {
    const blocks = [{ text: 'The DAX was at 19,423.81 at noon.' }];
    expect(verdictOf(blocks, '19,423.81', '2024-10-16')).not.toBe('differs');
  });
});
