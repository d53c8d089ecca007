import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('week-of-lead-day', () => {
  it('"On Friday, ..., leaving it 9.0 percent lower over the week" (written on a Monday) is the week to Friday', () => {
    const s =
      'On Friday, the previous session, the Nikkei had dropped 2.75 percent to 33,780.58, leaving it 9.0 percent lower over the week.';
    const week = claimsOf([s], '2025-04-07').find((c) => c.text === '9.0 percent');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-04-04' });
    expect(week?.judgement?.verdict).toBe('matches');
  });
  it("a sentence about the article's own day keeps the week in progress", () => {
    const s = 'On Monday the Nikkei dropped 7.83 percent, leaving it 7.8 percent lower this week.';
    const week = claimsOf([s], '2025-04-07').find((c) => c.text === '7.8 percent');
    expect(week?.period).toMatchObject({ type: 'span', to: '2025-04-07' });
  });
});

describe('core-shares-period', () => {
  it('"for September ... up 3.0%, with the core gauge also at 3.0%" dates the core reading September', () => {
    const s =
      'The consumer price report for September showed headline prices up 3.0% from a year earlier, with the core gauge also at 3.0%.';
    const core = claimsOf([s], '2025-12-10').filter((c) => c.text === '3.0%')[1];
    expect(core?.period).toMatchObject({ type: 'point', period: '2025-09' });
  });
  it('a sentence naming two months leaves the core reading undated', () => {
    const s =
      "Thursday's consumer price index showed annual inflation of 2.7% in November, down from 3.0% in September, while core CPI, which leaves out food and energy, slowed to 2.6%.";
    expect(claimsOf([s], '2025-12-19').find((c) => c.text === '2.6%')?.period ?? null).toBeNull();
  });
});

describe('or-restated-side', () => {
  it('"129 pips or 0.81% under the previous day\'s level" is a fall', () => {
    const s =
      "The dollar was fixed at 158.19 yen at the noon benchmark. It was 129 pips or 0.81% under the previous day's level.";
    const pips = claimsOf([s], '2026-03-19').find((c) => c.text === '129 pips');
    expect(pips?.value).toBeLessThan(0);
  });
});

describe('prior-is-first-print', () => {
  // Q1 2026 GDP: 2.0 first published (advance), 1.6 in the second estimate of 2026-05-28.
  const cell = (text: string) => [
    { context: 'U.S. data at a glance · Prior · Real GDP, Q1 (second estimate, annualized)', text },
  ];
  it('a "Prior" cell marked "(advance)" is the same quarter as first published', () => {
    const [c] = claimsOf(cell('2.0% (advance)'), '2026-05-28');
    expect(c?.period).toMatchObject({ period: '2026-Q1' });
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
  it('an unmarked "Prior" cell is still the quarter before', () => {
    const [c] = claimsOf(cell('0.5%'), '2026-05-28');
    expect(c?.period).toMatchObject({ period: '2025-Q4' });
  });
});
