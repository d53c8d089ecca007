import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('clock-time', () => {
  // Stored USD/JPY (New York noon): 147.69 on 2025-08-14.
  it('"146.55-57 yen at 5 p.m. Thursday" in Tokyo is that hour\'s price: off the noon rate by a little, a question', () => {
    const s = 'In Tokyo on Friday the dollar bought 147.09-10 yen at 4 p.m., against 146.55-57 yen at 5 p.m. Thursday.';
    expect(verdictOf(s, '146.55-57 yen', '2025-08-15')).toBe('check');
  });
  it("the same quote given as Thursday's close stays red", () => {
    expect(verdictOf('The dollar closed Thursday in New York at 146.55 yen.', '146.55 yen', '2025-08-15')).toBe(
      'differs',
    );
  });
});

describe('swapped-not-near', () => {
  // Stored GBP/USD: 2026-07-02 close 1.3364; the previous close lower.
  it('a level that is the close with two digits swapped is not "traded near", though it lies between the closes', () => {
    const blocks = [{ text: '1.3346', context: 'Snapshot, Thursday, July 2 · Level · GBP/USD' }];
    expect(verdictOf(blocks, '1.3346', '2026-07-02')).not.toBe('matches');
  });
});

describe('part-of-day', () => {
  // Stored Nikkei 225: 51,028.42 on 2025-12-04, 50,491.87 on 2025-12-05 (Friday).
  it('"stood at 50,120.00 on Friday morning": an hour\'s price, a question against the close', () => {
    expect(verdictOf('The Nikkei 225 stood at 50,120.00 on Friday morning.', '50,120.00', '2025-12-08')).toBe('check');
  });
});

describe('coin-day-price', () => {
  // Stored ether: 2,770.78 on 2025-07-09.
  it("a coin's price on a past day is any hour's of it: a near figure is a question", () => {
    expect(verdictOf('On July 9 ether traded at $2,795.10.', '$2,795.10', '2025-11-22')).toBe('check');
  });
});

describe('local-close-of-fixing', () => {
  // Stored USD/KRW (New York noon): 1,470.22 on 2025-04-07, 1,477.97 on 2025-04-08.
  it('"the won closed at 1,473.2 at 3:30 p.m." is Seoul\'s close, another hour than the noon rate: check, not red', () => {
    expect(verdictOf('On Tuesday, the won closed at 1,473.2 per dollar at 3:30 p.m.', '1,473.2', '2025-04-09')).toBe(
      'check',
    );
  });
});

describe('local-close-of-noon-rate', () => {
  it('"the won closed at 1,420" in Seoul lies hours before the New York noon rate: between the day\'s noon rates is a question', () => {
    // Noon rates: 1,418.65 on May 13, 1,398.83 on May 14.
    expect(verdictOf('The won closed at 1,420 per dollar on May 14 in Seoul.', '1,420', '2025-08-01')).toBe('check');
    // The day before's noon rate to the digit is the wrong day's rate.
    expect(verdictOf('The won closed at 1,418.65 per dollar on May 14 in Seoul.', '1,418.65', '2025-08-01')).toBe(
      'differs',
    );
  });
});

describe('local-market-quote', () => {
  // Stored New York noon rates: 1,477.97 won on 2025-04-08, 1,472.75 on 04-09.
  it("a won rate given for a day, within a local close's reach of the noon rates, is a question", () => {
    expect(
      verdictOf('The won hit its weakest of the year on April 9 at 1,484.1 per dollar.', '1,484.1', '2025-12-23'),
    ).toBe('check');
  });
  it('one farther off stays red', () => {
    expect(
      verdictOf('The won hit its weakest of the year on April 9 at 1,504.1 per dollar.', '1,504.1', '2025-12-23'),
    ).toBe('differs');
  });
});

describe('local-close-spread', () => {
  // Stored New York noon rates: 147.02 yen on 2025-04-08, 145.09 on 04-09.
  it("Tokyo's close, hours from either noon rate, is a question within a local close's reach", () => {
    expect(verdictOf('The dollar closed at 144.20 yen in Tokyo on April 9.', '144.20 yen', '2025-04-10')).toBe('check');
    expect(verdictOf('The dollar closed at 143.60 yen in Tokyo on April 9.', '143.60 yen', '2025-04-10')).toBe(
      'differs',
    );
  });
});

describe('local-market-quote, earlier noon rate', () => {
  // Stored New York noon rates: 1,491.75 won on 2026-05-14, 1,499.61 on 05-15.
  it("the day before's noon rate to the digit, given for the day, stays red", () => {
    expect(verdictOf('The won ended Friday at 1,491.75 per dollar.', '1,491.75', '2026-05-15')).toBe('differs');
  });
});
