import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

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
