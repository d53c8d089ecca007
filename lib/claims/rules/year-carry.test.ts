import { describe, expect, it } from 'vitest';
import { periodPhrases } from '../periods';
import { claimsOf } from '../test-engine';

const periodsOf = (t: string, published: string) =>
  periodPhrases(t, 0, t.length, published).map((f) => (f.period.type === 'span' ? f.period.to : f.period.type));

describe('year-carry', () => {
  it("a yearless day after a day dated in full takes that day's year", () => {
    expect(periodsOf('On June 6, 2024 the ECB cut, with effect from June 12.', '2025-06-19')).toEqual([
      '2024-06-06',
      '2024-06-12',
    ]);
    // Across a year's end: the nearer year.
    expect(periodsOf('It fell on Dec. 30, 2024 and rose on Jan. 3.', '2026-06-19')).toEqual([
      '2024-12-30',
      '2025-01-03',
    ]);
  });
  it("a weekday still counts from the article, and a day far from the dated one keeps the article's year", () => {
    expect(periodsOf('It fell on June 6, 2024 and rose on Tuesday.', '2026-06-19')).toEqual([
      '2024-06-06',
      '2026-06-16',
    ]);
    expect(periodsOf('It fell on June 6, 2024 and rose on Feb. 3.', '2026-06-19')).toEqual([
      '2024-06-06',
      '2026-02-03',
    ]);
  });
  it('a factbox entry\'s "with effect from June 12" dates the rate it set', () => {
    // Stored ECB deposit rate: 4.00% until 2024-06-11, 3.75% from 2024-06-12; 2.00% in June 2025.
    const c = claimsOf(
      ['June 6, 2024 - The ECB lowered the deposit rate by 25 basis points to 3.75% with effect from June 12.'],
      '2025-06-19',
    ).find((x) => x.text === '3.75%');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
