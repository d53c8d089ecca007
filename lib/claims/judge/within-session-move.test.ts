import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';
import { withinSession } from './within-session-move';

describe('within-session-move', () => {
  // Stored Shanghai Composite: 3,087.53 on 2024-09-27, 3,336.50 on 2024-09-30 (+8.06%).
  it('"opened 3.47 percent higher": a move at the open, a question against the close', () => {
    expect(
      verdictOf('The Shanghai Composite opened 3.47 percent higher on Monday.', '3.47 percent', '2024-09-30'),
    ).toBe('check');
  });
  it('"in under ten minutes", "at the opening": inside one session; a close-to-close move is not', () => {
    expect(withinSession('tumbling more than ', ' in under ten minutes to')).toBe(true);
    expect(withinSession('rose ', ' at the opening on Monday')).toBe(true);
    expect(withinSession('closed ', ' higher on Monday')).toBe(false);
    expect(
      verdictOf('The Shanghai Composite closed 3.47 percent higher on Monday.', '3.47 percent', '2024-09-30'),
    ).toBe('differs');
  });
});

describe('named-session', () => {
  it('"During Friday\'s European session, the Japanese Yen dropped by 0.3%" is a question against noon-to-noon rates', () => {
    const s =
      "During Friday's European session, the Japanese Yen dropped by 0.3% as officials warned about intervention.";
    expect(verdictOf(s, '0.3%', '2026-01-16')).toBe('check');
  });
});

describe('part-of-day', () => {
  // Stored Nasdaq Composite: 18,925.73 on 2025-05-22, 18,737.21 on 2025-05-23 (-1.00% at the close).
  it('"(-0.56%) is in last place on Friday afternoon": a move as it stood that afternoon, a question against the close', () => {
    const s = 'The Nasdaq Composite (-0.56%) is in last place on Friday afternoon, down about 105 points.';
    expect(verdictOf(s, '-0.56%', '2025-05-23')).toBe('check');
  });
  it('a close told with its hour is still the close', () => {
    expect(withinSession('The Nasdaq Composite closed ', ' lower on Friday afternoon')).toBe(false);
    expect(withinSession('The Nikkei rose ', ' over the afternoon session')).toBe(false);
    expect(withinSession('The Nasdaq was down ', ' by midday')).toBe(true);
    // The morning of another figure's event: "after the bank's hike this morning (to 0.75%), ... a 1% drop".
    expect(withinSession('a hike this morning (to 0.75%), then a ', ' drop')).toBe(false);
  });
});
