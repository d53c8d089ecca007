import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';
import { extremeAfter, movesAsMuchAs } from './as-much-as';

describe('as-much-as', () => {
  // Stored Brent spot: 71.32 on 2026-02-27, 89.84 on 2026-03-10 (+26%).
  const s = (v: string) => `Since the first strikes on February 28, Brent has gained by as much as ${v} and WTI 70%.`;
  it('the peak of a move at any hour is a question against the closes, not an error', () => {
    expect(verdictOf(s('60%'), '60%', '2026-03-10')).toBe('check');
    expect(verdictOf(s('60%'), '70%', '2026-03-10')).toBe('check');
  });
  it('the same move stated as the change between closes stays red', () => {
    expect(verdictOf('Since the first strikes on February 28, Brent has gained 60%.', '60%', '2026-03-10')).toBe(
      'differs',
    );
  });
  it('reads "as much as", "up to" and a list after them', () => {
    expect(movesAsMuchAs('surged by as much as ')).toBe(true);
    expect(movesAsMuchAs('by as much as 60% and WTI ')).toBe(true);
    expect(movesAsMuchAs('Brent has jumped ')).toBe(false);
  });
});

describe('at-extreme-point', () => {
  it('"at its lowest point of the day ... was down 8.89%": the move at the low, not at the close', () => {
    expect(movesAsMuchAs('At its lowest point of the day, ether was down ')).toBe(true);
    expect(movesAsMuchAs('at one point the index was up ')).toBe(true);
    expect(movesAsMuchAs('By the close, ether was down ')).toBe(false);
    // Stored ether: 2,831.78 on 2025-11-20, 2,765.70 on 2025-11-21 (−2.33%).
    expect(verdictOf('At its lowest point of the day, ether was down 8.89%.', '8.89%', '2025-11-21')).toBe('check');
  });
});

describe('briefly-moved', () => {
  it('"briefly soared more than 3,000 points" is a move at some hour: never red against the close', () => {
    const text = 'Tokyo’s Nikkei 225 briefly soared more than 3,000 points in early trading on Monday.';
    const c = claimsOf([text], '2026-02-09').find((x) => x.text === '3,000 points');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
});

describe('as-steep-as', () => {
  it('"pared a loss as deep as 1.1%" is the session\'s worst, not its close-to-close move', () => {
    expect(movesAsMuchAs('pared a loss as deep as ')).toBe(true);
    // Stored Nikkei 225: 49,316.06 on 2025-10-21, 49,307.79 on 2025-10-22 (about -0.02%).
    expect(
      verdictOf('The Nikkei had pared a loss as deep as 1.1% by lunch and ended flat.', '1.1%', '2025-10-22'),
    ).not.toBe('differs');
  });
});

describe('at-one-stage-after', () => {
  it('"shed more than 900 points at one stage before paring the loss" is the session\'s extreme', () => {
    expect(extremeAfter(' at one stage before paring the loss')).toBe(true);
    expect(extremeAfter(' in the afternoon')).toBe(false);
  });
});

describe('temporarily-moved', () => {
  it('"temporarily fell more than 2 percent" is a move at some hour, not the close-to-close move', () => {
    expect(movesAsMuchAs('The Nikkei, which temporarily fell more than ')).toBe(true);
    expect(
      verdictOf(
        'The Nikkei, which temporarily fell more than 2 percent on Monday, steadied.',
        '2 percent',
        '2026-03-03',
      ),
    ).toBe('check');
  });
});
