import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('writing-day-move', () => {
  // Stored DXY, 2025-09-08 to 2025-09-09: +0.35%.
  it('a dollar-index move "today", not said to be the close\'s, a near miss from the close-to-close move, is check', () => {
    expect(verdictOf('The dollar index is up 0.08% so far today after a soft start.', '0.08%', '2025-09-09')).toBe(
      'check',
    );
  });
  it('the same move said of the close stays red', () => {
    expect(verdictOf('The dollar index closed up 0.08% on the day.', '0.08%', '2025-09-09')).toBe('differs');
  });
});

describe('present-move', () => {
  // Stored CAC 40, 2025-09-08 to 2025-09-09: +0.19%.
  it('an index move told in the present tense on the day of writing is one during the session: check', () => {
    expect(verdictOf('By midday the CAC 40 in Paris is up 0.35% today on bank buying.', '0.35%', '2025-09-09')).toBe(
      'check',
    );
  });
  it('month-so-far: a round "is now up nearly 20% in January" on the 22nd is the month to the hour: check', () => {
    // Stored KOSPI: 2025-12-30 to 2026-01-22, +17.5%.
    expect(verdictOf('So far in January the KOSPI is up nearly 20%.', '20%', '2026-01-22')).toBe('check');
  });
  it("a present-tense move over a year is no session's: it stays red", () => {
    // Stored Nasdaq: 2025-12-31 to 2026-01-28, +2.65%: a near miss, yet the year's.
    expect(verdictOf('The Nasdaq is still up 3.5% this year.', '3.5%', '2026-01-28')).toBe('differs');
  });
  it('the same move told of the close stays red', () => {
    expect(verdictOf('The CAC 40 in Paris closed up 0.35% today on bank buying.', '0.35%', '2025-09-09')).toBe(
      'differs',
    );
  });
});

describe('round-the-clock', () => {
  // Stored ether: 3,847.08 on 2025-10-31, 2,767.61 on 2025-11-22 (−28.06% for the month so far).
  it("a coin's month-to-date move on the day of writing may be measured hours before the close: check", () => {
    expect(verdictOf('Month to date, ether is down 28.4%.', '28.4%', '2025-11-22')).toBe('check');
  });
  it('a gap far beyond a near miss stays red', () => {
    expect(verdictOf('Month to date, ether is down 38.4%.', '38.4%', '2025-11-22')).toBe('differs');
  });
});

describe('swapped-not-hour', () => {
  it('"up 6.9%" against a move of +9.60% is a slip of two digits, not another hour\'s move', () => {
    expect(verdictOf('Bitcoin closed at $69,487.60. Over seven days it is up 6.9%.', '6.9%', '2026-08-19')).toBe(
      'differs',
    );
  });
});
