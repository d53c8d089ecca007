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

describe('dated-brent-day', () => {
  // Stored dated Brent: 69.37 on Friday 2025-06-27, 68.15 on Monday 2025-06-30 (-1.76%).
  it("a futures day's move the same way within two points of dated Brent's is a question", () => {
    expect(verdictOf('Brent crude futures eased 0.2 percent on Monday.', '0.2 percent', '2025-07-01')).toBe('check');
  });
  it('a move more than two points off stays red', () => {
    expect(verdictOf('Brent crude futures eased 3.9 percent on Monday.', '3.9 percent', '2025-07-01')).toBe('differs');
  });
});

describe('near-miss-cap and year-boundary-distance', () => {
  // Stored WTI spot: 57.26 on 2025-12-31, 79.20 on 2026-07-13 (+38.3%).
  it('a long move ten points off the spot move is no spot-futures gap: red', () => {
    expect(verdictOf('The rally leaves WTI 28% above where it ended 2025.', '28%', '2026-07-13')).toBe('differs');
  });
  it('the right distance from the year-end close matches', () => {
    expect(verdictOf('The rally leaves WTI 38% above where it ended 2025.', '38%', '2026-07-13')).toBe('matches');
  });
});

describe('stated-average', () => {
  // World Bank monthly gold average: 4,587 for May 2026.
  it('"averaged $4,721 in May" is the month\'s average itself: a gap is an error', () => {
    expect(verdictOf('Bullion averaged $4,721 in May.', '$4,721', '2026-07-13')).toBe('differs');
    expect(verdictOf('Bullion averaged $4,587 in May.', '$4,587', '2026-07-13')).toBe('matches');
  });
  it("a day's price in that month is still not judged against the average", () => {
    expect(verdictOf('Gold traded at $4,721 in May.', '$4,721', '2026-07-13')).not.toBe('differs');
  });
});

describe('boundary-gap', () => {
  // The stored EURO STOXX 50 copy has no close for 31 Dec 2024 or 31 Dec 2025: its year runs 30 Dec to 30 Dec.
  it('a year move measured across a close the copy skips is a question, not red', () => {
    expect(verdictOf('The Euro Stoxx 50 gained 18% in 2025.', '18%', '2026-01-02')).toBe('check');
  });
});

describe('oil-spot-holidays', () => {
  // Stored WTI spot: 60.94 on 2025-11-10, none on 2025-11-11 (Veterans Day), 59.30 on 2025-11-12.
  it("a day's move after a holiday the spot copy skips, when futures still settled, is a question", () => {
    expect(verdictOf('WTI crude futures slid 4.2% on Wednesday to settle near $58.50.', '4.2%', '2025-11-13')).toBe(
      'check',
    );
  });
});

describe('auction-not-spot', () => {
  // Stored LBMA silver: 71.99 on 2025-12-31 (auction), 109.605 on 2026-01-26: +52.3% on the auctions.
  it("a spot year-to-date gain a few points off the auctions' is a question, not an error", () => {
    expect(verdictOf('Silver topped $107 per ounce and is up about 48% so far in 2026.', '48%', '2026-01-26')).toBe(
      'check',
    );
  });
  it("a gold level far from the day's auction is still red", () => {
    expect(verdictOf('Spot gold traded at $3,890 an ounce on Monday.', '$3,890', '2026-01-26')).toBe('differs');
  });
});

describe('spot-futures-span', () => {
  // Stored Brent spot: +1.54% from 2026-02-16 to 2026-02-23.
  it('a week’s futures move a few points from the spot move is a question', () => {
    expect(verdictOf('Over the past week Brent added 5 percent.', '5 percent', '2026-02-23')).toBe('check');
  });
  it('a move of quite another size stays red', () => {
    expect(verdictOf('Over the past week Brent added 15 percent.', '15 percent', '2026-02-23')).toBe('differs');
  });
});

describe('ecb-reference-fixing and noon fix', () => {
  // Stored ECB reference rate: 1.0784 on 2024-06-13, 1.0686 on 2024-06-14.
  it('the ECB’s reference rate for the day is its fixing, not a price between two days', () => {
    const s = (v: string) =>
      `The euro's reference rate was set by the European Central Bank at ${v} dollars on Friday.`;
    expect(verdictOf(s('1.0686'), '1.0686 dollars', '2024-06-14')).toBe('matches');
    expect(verdictOf(s('1.0784'), '1.0784 dollars', '2024-06-14')).toBe('differs');
  });
});

describe('named-auction and previous-close-exact', () => {
  // Stored LBMA silver: 30.835 on 2024-12-04, 31.345 on 2024-12-05.
  it('a price "at the noon auction" that is the day before’s auction is never "matches"', () => {
    const s = 'Silver was set at $30.835 an ounce at the noon auction on Thursday.';
    expect(verdictOf(s, '$30.835', '2024-12-05')).not.toBe('matches');
    expect(
      verdictOf('Silver was set at $31.345 an ounce at the noon auction on Thursday.', '$31.345', '2024-12-05'),
    ).toBe('matches');
  });
  // Stored dollar index: 106.34 on 2024-12-04, 105.71 on 2024-12-05.
  it('a level for a named day equal to the day before’s close is a question', () => {
    expect(verdictOf('The dollar index stood at 106.34 on Thursday.', '106.34', '2024-12-05')).toBe('check');
    expect(verdictOf('The dollar index traded at 106.34 on Thursday.', '106.34', '2024-12-05')).toBe('matches');
  });
});

describe('auction-span-to-date', () => {
  // Stored LBMA afternoon gold: 2024-12-30 to 2025-12-29, +66.2%.
  it("a year-to-date move ending on the article's day, a few points off the auction's, is check", () => {
    expect(verdictOf('For the year, gold is up 72%.', '72%', '2025-12-29')).toBe('check');
  });
  it('a move of quite another size stays red', () => {
    expect(verdictOf('For the year, gold is up 95%.', '95%', '2025-12-29')).toBe('differs');
  });
});

describe('silver-closed-span', () => {
  // Stored LBMA silver: 74.215 on 2026-01-02, 78.14 on 2026-01-09 (+5.3%), spot ending that week near $80.
  it("last week's silver gain written from spot closes, several points off the auctions', is check", () => {
    expect(verdictOf('Silver rose about 9% last week.', '9%', '2026-01-12')).toBe('check');
  });
  it('a move of quite another size stays red', () => {
    expect(verdictOf('Silver rose about 19% last week.', '19%', '2026-01-12')).toBe('differs');
  });
});

describe('as-of-clock and auction-then-hour', () => {
  // Stored LBMA silver: 118.45 on 2026-01-29, 103.19 on 2026-01-30 (noon London).
  it('"silver sank to $84.10 as of 4pm ET" on a crash day is that hour\'s price: a question, not red', () => {
    const s = 'Gold slid 8% to $4,870 as of 4pm ET, while silver sank about 28% to $84.10 an ounce.';
    expect(verdictOf(s, '$84.10', '2026-01-30')).toBe('check');
  });
  it('the same price given with no hour stays red', () => {
    expect(verdictOf('Silver ended Friday at $84.10 an ounce.', '$84.10', '2026-01-30')).toBe('differs');
  });
});

describe('auction-label', () => {
  // Stored LBMA silver: 30.295 on 2024-06-06, 30.265 on 2024-06-07.
  it('"Silver (LBMA): $30.295" on Friday is the auction price, so Thursday\'s price is not "traded near"', () => {
    expect(verdictOf('Silver (LBMA): $30.295', '$30.295', '2024-06-07')).toBe('differs');
    expect(verdictOf('Silver (LBMA): $30.265', '$30.265', '2024-06-07')).toBe('matches');
  });
});
