import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('quote-side-move', () => {
  // Stored USD/CNY (H.10): 6.9931 on 2025-12-31, 6.7622 on 2026-06-02. The pair fell 3.30%; the yuan, priced in
  // dollars, rose 6.9931 / 6.7622 − 1 = 3.41%.
  it("the yuan's own gain is judged in yuan terms, not as the pair's fall", () => {
    const s = 'The yuan is 3.4% stronger against the dollar than at the end of 2025.';
    expect(verdictOf(s, '3.4%', '2026-06-02')).toBe('matches');
  });
  it("the pair's fall with its sign turned, told of the yuan, is a reading writers use too", () => {
    const s = 'The yuan is 3.30% stronger against the dollar than at the end of 2025.';
    expect(verdictOf(s, '3.30%', '2026-06-02')).toBe('matches');
  });
  it("the pair's own fall, told of the pair, is its own move", () => {
    const s = 'USD/CNY is 3.3% lower than at the end of 2025.';
    expect(verdictOf(s, '3.3%', '2026-06-02')).toBe('matches');
  });
});
