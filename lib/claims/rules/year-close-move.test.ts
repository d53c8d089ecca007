import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored EUR/USD: 1.0389 on 2024-12-31, 1.1750 on 2025-12-31 (+13.1% over 2025).
describe('year-close-move', () => {
  it('"closed the year at 98.28, a 9.4% fall, while the euro ... rose 13.1%" is the year\'s move', () => {
    const s =
      "The dollar index closed the year at 98.28, a 9.4% fall, while the euro's ECB reference rate rose 13.1% to $1.1750.";
    const c = claimsOf([s], '2026-01-03').find((x) => x.text === '13.1%');
    expect(c?.period).toMatchObject({ type: 'span', to: '2025-12-31' });
    expect(c?.judgement?.verdict).toBe('matches');
  });
  it('year-close-gap: a yearly move off the stored closes in such a clause is a question, not red', () => {
    const s =
      'The S&P 500 closed the year at 6,896.24, for an annual gain of 16.4%, while the Nasdaq Composite rose 20.5% and the Dow Jones Industrial Average 13.0%.';
    expect(claimsOf([s], '2026-01-02').find((x) => x.text === '20.5%')?.judgement?.verdict).toBe('check');
    expect(
      claimsOf([s.replace('20.5%', '25.5%')], '2026-01-02').find((x) => x.text === '25.5%')?.judgement?.verdict,
    ).toBe('check');
  });
  it('"firmer than on the last day of 2025" is not a year\'s close', () => {
    const c = claimsOf(['The loonie is 1.0% firmer than on the last day of 2025.'], '2026-01-28').find(
      (x) => x.text === '1.0%',
    );
    expect(c?.period).not.toMatchObject({ from: '2024-12-31' });
  });
});
