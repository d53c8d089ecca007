import { describe, expect, it } from 'vitest';
import { dayLabel } from './day-label';
import { claimsOf } from '../test-engine';

// Stored silver: $47.605 on 2025-10-03, $48.565 on 2025-10-06, $50.76 on 2025-10-10.
describe('day-label', () => {
  it('"Monday - 10.06.25:" opening a weekly diary dates the paragraph to that session', () => {
    expect(dayLabel('Monday - 10.06.25: Metals were busy.', '2025-10-10')).toMatchObject({
      type: 'span',
      to: '2025-10-06',
    });
  });
  it('the weekday settles a day-first date; a date on another weekday, or weeks old, dates nothing', () => {
    expect(dayLabel('Monday - 06.10.25: Metals were busy.', '2025-10-10')).toMatchObject({ to: '2025-10-06' });
    expect(dayLabel('Monday - 10.07.25: Metals were busy.', '2025-10-10')).toBeNull();
    expect(dayLabel('Monday - 10.06.25: Metals were busy.', '2025-12-10')).toBeNull();
    expect(dayLabel('Monday: Metals were busy.', '2025-10-10')).toBeNull();
  });
  it("the paragraph's undated level is judged on the labelled day, not the article's", () => {
    const cs = claimsOf(
      ['Monday - 10.06.25: Metals were busy. Silver ended the day at $48.57 an ounce.'],
      '2025-10-10',
    );
    const level = cs.find((c) => c.text === '$48.57');
    expect(level?.judgement?.verdict).toBe('matches');
    expect(level?.judgement?.reference?.period).toBe('2025-10-06');
  });
});
