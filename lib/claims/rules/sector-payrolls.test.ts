import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('sector-payrolls', () => {
  it('a sector’s count of jobs is not total nonfarm payrolls', () => {
    for (const s of [
      'Manufacturing payrolls fell by 8,000 in March.',
      'Private-sector payrolls rose 209,000 in March.',
      'Private employers added 121,000 jobs in March, a separate survey showed.',
      'The ADP report showed 155,000 jobs added in March.',
    ])
      expect(claimsOf([s], '2025-04-04').filter((c) => c.indicator)).toEqual([]);
  });

  it('keeps the headline count', () => {
    const cs = claimsOf(['Nonfarm payrolls rose 228,000 in March, the Labor Department said.'], '2025-04-04');
    expect(cs.find((c) => c.text === '228,000')?.indicator?.id).toBe('us.nonfarm_payrolls');
  });
});

describe('sector-payrolls: ADP after the figure', () => {
  it('an ADP survey named after the headline count does not take it', () => {
    const cs = claimsOf(['Payrolls rose 147,000 in June, far from the weak ADP survey a day earlier.'], '2025-07-03');
    expect(cs.find((c) => c.text === '147,000')?.indicator?.id).toBe('us.nonfarm_payrolls');
  });
});

describe('sector-led-sentence', () => {
  it('sectors named first speak of the sector counts after them; a total named after them keeps its figure', () => {
    const led = claimsOf(
      ['Health care and construction led, with payrolls up by 51,000 and by 23,000, respectively.'],
      '2025-12-16',
    );
    expect(led.filter((c) => c.indicator)).toEqual([]);
    const total = claimsOf(['Health care led hiring as nonfarm payrolls rose 228,000 in March.'], '2025-04-04');
    expect(total.find((c) => c.text === '228,000')?.indicator?.id).toBe('us.nonfarm_payrolls');
  });
});

describe('sector-word-as-source', () => {
  it('"a government report showed employers added 143,000 jobs" is the nonfarm total', () => {
    const s =
      'U.S. stocks fell on Friday, ending winning streaks for the S&P 500 and the Nasdaq, after a government report showed employers added 143,000 jobs in January.';
    expect(claimsOf(s, '2025-02-07').find((c) => c.text === '143,000')?.indicator?.id).toBe('us.nonfarm_payrolls');
  });
});
