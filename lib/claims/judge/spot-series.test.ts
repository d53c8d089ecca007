import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('spot-move', () => {
  it('a futures week a little off the spot week is a question, not an error', () => {
    // Stored WTI spot, 2024-10-18 to 2024-10-25: +3.21%. The contract's week is written as 3.7%.
    expect(verdictOf('U.S. crude futures finished the week 3.7 percent higher.', '3.7 percent', '2024-10-25')).toBe(
      'check',
    );
  });

  it('a move of quite another size stays red', () => {
    expect(verdictOf('U.S. crude futures finished the week 9.7 percent higher.', '9.7 percent', '2024-10-25')).toBe(
      'differs',
    );
  });
});
