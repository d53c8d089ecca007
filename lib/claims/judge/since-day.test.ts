import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('since-named-day, or-restated', () => {
  // Stored Nikkei 225: 31,458.42 on 2024-08-05, 34,675.46 on 2024-08-06.
  it('"up 3,217.04 points, or 10.23%, from Monday": both moves run from Monday’s close', () => {
    const s = 'The Nikkei 225 finished at 34,675.46, up 3,217.04 points, or 10.23%, from Monday.';
    expect(verdictOf(s, '3,217.04 points', '2024-08-06')).toBe('matches');
    expect(verdictOf(s, '10.23%', '2024-08-06')).toBe('matches');
  });
});

describe('since-named-day, bracketed', () => {
  // Stored spot WTI: 75.72 on 2025-06-20 (Friday), 69.36 on 2025-06-23 (−8.40%).
  it('"down $6.36 (−8.40%) from Friday": the bracketed move is measured from Friday too', () => {
    const s = 'WTI was assessed at $69.36, down $6.36 (−8.40%) from Friday.';
    expect(verdictOf(s, '−8.40%', '2025-06-23')).toBe('matches');
  });
});
