import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { isWillFromTo } from './will-from-to';

// Phrasings read in real Tokyo-market and tariff coverage (late 2025), each rule in our own words.
const verdict = (sentence: string, text: string, published: string) =>
  claimsOf(sentence, published).find((c) => c.text === text)?.judgement?.verdict;

describe('since-start-of-year: "since the start of 2025", written in 2025, is the year to date', () => {
  it('a year-to-date gain is judged from the last close of 2024, not over all of 2025', () => {
    expect(verdict('The Nikkei 225 has gained about 20% since the start of 2025.', '20%', '2025-10-06')).toBe(
      'matches',
    );
  });
});

describe('will-from-to: "will cut ... from 25% to 15%" announces the 15%', () => {
  it('the rate in force is judged, the announced one is not marked', () => {
    const s =
      'Under the new agreement, the United States will reduce its existing tariffs on Japanese automobiles from 25% to 15%.';
    const ids = idsOf(s, '2025-07-23');
    expect([ids['25%'], ids['15%']]).toEqual(['us.tariff_autos_japan', '-']);
    expect(isWillFromTo('The Fed cut rates from 4.5% to ')).toBe(false);
  });
});

describe("product-exports: one product's share of exports is not the U.S. share of all exports", () => {
  it('"car exports to the US ... 28% of all shipments" is unmarked', () => {
    expect(idsOf('Car exports to the US made up nearly 28% of all shipments in 2024.', '2025-07-23')['28%']).toBe('-');
  });
});

describe('when-it-stood: "since its low on April 7, when it stood at 30,793" is a past level', () => {
  it("not judged against the article day's close", () => {
    const s =
      'The Nikkei 225 has climbed 58% since its low on April 7, when it stood at 30,793 points, to a record today.';
    expect(claimsOf(s, '2025-10-06').find((c) => c.text === '30,793 points')?.match?.rule).toBe('its-level');
    expect(verdict(s, '30,793 points', '2025-10-06')).not.toBe('differs');
  });
});

describe('from-day-at: "ending down 187.44 points from Monday at 50,339.48" is the day\'s close', () => {
  it("the level is the article day's, the move is from Monday", () => {
    const s = 'The Nikkei Stock Average ended down 187.44 points, or 0.37 percent, from Monday at 50,339.48.';
    expect(verdict(s, '50,339.48', '2025-12-30')).toBe('matches');
    expect(verdict(s, '0.37 percent', '2025-12-30')).toBe('matches');
  });
});

describe('milestone-adjective: "above the stratospheric 50,000 level" is a milestone', () => {
  it('is not marked', () => {
    expect(
      idsOf('The Nikkei closed above the stratospheric 50,000 level for the first time.', '2025-10-27')['50,000'],
    ).toBe('-');
  });
});

describe('extreme "an all-time high of": an intraday record is not judged against the close', () => {
  it('is check, not red', () => {
    expect(verdict('The Nikkei 225 set an all-time high of 48,527 points today.', '48,527 points', '2025-10-06')).toBe(
      'check',
    );
  });
});
