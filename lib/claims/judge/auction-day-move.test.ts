import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('auction-day-move', () => {
  // Stored LBMA afternoon gold: 2025-10-08 to 2025-10-09, -0.51%.
  it('a spot move on the day of writing against two auction prices is check, not red', () => {
    expect(verdictOf('Bullion lost 2% on Thursday as buyers stepped back.', '2%', '2025-10-09')).toBe('check');
  });
  it('a move said of the auction itself stays red', () => {
    expect(verdictOf("Gold's London afternoon auction price lost 2% on Thursday.", '2%', '2025-10-09')).toBe('differs');
  });
  it('a move the other way stays red when the auction is named; unnamed, spot may have turned after it (auction-day-sign)', () => {
    expect(verdictOf("Gold's London afternoon auction price gained 0.5% on Thursday.", '0.5%', '2025-10-09')).toBe(
      'differs',
    );
    expect(verdictOf('Bullion gained 0.5% on Thursday as buyers stepped back.', '0.5%', '2025-10-09')).toBe('check');
  });
});

describe('auction-day-move, written the next day', () => {
  it('"Gold\'s price fell 2% on Thursday" in Friday\'s paper is a question against the auctions, not red', () => {
    expect(verdictOf("Gold's price fell 2% on Thursday, retreating from the record.", '2%', '2025-10-10')).toBe(
      'check',
    );
  });
});
