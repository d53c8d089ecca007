import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

describe("day-in-month-level: a level given a month, not a day, is one of that month's closes", () => {
  const s = (v: string) =>
    `Ether's daily close of $2,351.00 left it 51.3% below its record close of ${v} from last August.`;
  it('"its record close of $4,830.00 from last August" matches the close of 2025-08-22', () => {
    expect(verdictOf(s('$4,830.00'), '$4,830.00', '2026-05-06')).toBe('matches');
  });
  it('a level no close of that month agrees with is a question, not red', () => {
    expect(verdictOf(s('$5,830.00'), '$5,830.00', '2026-05-06')).toBe('check');
  });
  it('a month\'s average stays with average-quote: "Gold averaged $4,856 an ounce in April"', () => {
    expect(verdictOf('Gold averaged $4,856 an ounce in April.', '$4,856', '2026-05-10')).not.toBe('check');
  });
});

describe('month-without-figure', () => {
  it('"its peak of $124,720.09 in early October": a coin with no monthly figure is read against its days', () => {
    const text = 'Bitcoin traded at $65,679.13, far below its peak of $124,720.09 in early October.';
    const c = claimsOf(text, '2026-06-16').find((x) => x.text === '$124,720.09');
    expect(c?.judgement?.verdict).toBe('matches');
    expect(c?.judgement?.explanation).toBe('Close on 2025-10-05: 124720.09, in 2025-10 as stated.');
    // No close of the month at that level: still no figure, never red.
    const off = claimsOf(text.replace('124,720.09', '131,720.09'), '2026-06-16').find((x) => x.text === '$131,720.09');
    expect(off?.judgement?.verdict).toBe('unverifiable');
  });
});

describe('month-without-figure: only a past level', () => {
  it('"is at 3.91%, not far from the lows it touched during the early-August scare" is not matched to an August close', () => {
    const text =
      'The benchmark 10-year yield is at 3.91%, not far from the lows it touched during the early-August scare.';
    // Stamped after the close of 2024-09-03 (3.84): 3.91 is the close of Friday, Aug. 30, never the level "is at".
    const c = claimsOf([text], '2024-09-03', '2024-09-03T21:30:00Z').find((x) => x.text === '3.91%');
    expect(c?.judgement?.verdict).not.toBe('matches');
  });
});
