import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('current-year: a move "in 2026" written during 2026 is year-to-date', () => {
  it('"has climbed 3.2% in 2026" in June runs from the last close of 2025', () => {
    // Stored closes: Shanghai Composite 3,968.84 on 2025-12-31, 4,096.47 on 2026-06-15 (+3.2%).
    const [c] = claimsOf(['The Shanghai Composite has climbed 3.2% in 2026.'], '2026-06-15');
    expect(c?.period).toMatchObject({ type: 'span', from: '2025-12-31', to: '2026-06-15' });
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('a past year stays that year', () => {
    const [c] = claimsOf(['The Shanghai Composite gained 18% in 2025.'], '2026-06-15');
    expect(c?.period).toMatchObject({ type: 'point', period: '2025' });
  });
});
