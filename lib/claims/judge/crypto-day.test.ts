import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

// From real crypto coverage (October 2025), in our own words.

describe("crypto-day-boundary: a coin's move that agrees with both ends a day earlier is a question", () => {
  it('"bitcoin ended October down about 4%" is check, not red, against the stored day convention', () => {
    expect(
      verdictOf('Bitcoin ended October down about 4%, its first losing October in years.', '4%', '2025-11-01'),
    ).toBe('check');
  });
  it('a move far from either reading is still red', () => {
    expect(
      verdictOf('Bitcoin ended October down about 25%, its first losing October in years.', '25%', '2025-11-01'),
    ).toBe('differs');
  });
});

describe('seven-day-session', () => {
  // Stored bitcoin: 58,181.05 on Sunday 2024-08-04, 54,025.90 on Monday 2024-08-05 (−7.14%).
  it('a coin’s move "on the day" on a Monday runs from Sunday’s close', () => {
    expect(verdictOf('Bitcoin: down 7.1% on the day, its fourth drop in a row.', '7.1%', '2024-08-05')).toBe('matches');
  });
  // Saturday to Sunday fell 4.04%: 2.1% would be near that day (straddled-day), so 0.9% is used.
  it('a move that fits neither Sunday’s nor Friday’s close stays red', () => {
    expect(verdictOf('Bitcoin: down 0.9% on the day, its fourth drop in a row.', '0.9%', '2024-08-05')).toBe('differs');
  });
});

describe('crypto-source-gap', () => {
  // Stored ether: 3,847.08 on 2025-10-31, 2,767.61 on 2025-11-22 (−28.06%).
  it("a coin's move a fraction of a point from the stored one, the same way, is a question", () => {
    expect(verdictOf('Ether lost 28.4% this month.', '28.4%', '2025-11-22')).toBe('check');
  });
  it('a gap of several points stays red', () => {
    expect(verdictOf('Ether lost 35% this month.', '35%', '2025-11-22')).toBe('differs');
  });
});
