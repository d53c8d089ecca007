import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('mirrored-move', () => {
  // Stored S&P 500: 5,638.94 on 2025-03-14, 5,675.12 on 2025-03-17 (+0.64%).
  it('"fell 0.64% on Monday" when it rose 0.64% that day is the direction written wrong: red', () => {
    expect(verdictOf('The S&P 500 fell 0.64% on Monday.', '0.64%', '2025-03-18')).toBe('differs');
  });
  it('a move the other way of another size is still a question (the period may be misread)', () => {
    expect(verdictOf('The S&P 500 fell 1.9% on Monday.', '1.9%', '2025-03-18')).toBe('check');
  });
});
