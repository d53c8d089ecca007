import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('weekend-week', () => {
  const cell = (v: string) => [{ context: 'Friday prices and weekly change · Week · Bitcoin (Coinbase)', text: v }];
  it("a Saturday recap's weekly bitcoin move, Friday to Friday, is a question, not red", () => {
    // Coinbase: 70,838.78 on Friday 2026-03-13, 70,560.99 on Friday 2026-03-20 (−0.39%).
    const [c] = claimsOf(cell('−0.4%'), '2026-03-21');
    expect(c?.judgement?.verdict).toBe('check');
  });
  it('a figure neither week agrees with is still red', () => {
    const [c] = claimsOf(cell('−3.0%'), '2026-03-21');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});

describe('monday-before-open', () => {
  // 2-year Treasury yield: 2025-11-14 3.62, 2025-11-21 3.51 (−11 bp), 2025-11-24 3.46.
  it('"fell 11 basis points on the week" in a Monday note sent before the open is last week\'s move, not red', () => {
    const t = 'In bonds, the two-year yield fell 11 basis points on the week.';
    const early = claimsOf([t], '2025-11-24', '2025-11-24T06:45:00-05:00').find((c) => c.text === '11 basis points');
    expect(early?.judgement?.verdict).not.toBe('differs');
    // Sent after the close, the week is the one under way, measured to Monday.
    const late = claimsOf([t], '2025-11-24', '2025-11-24T18:00:00-05:00').find((c) => c.text === '11 basis points');
    expect(late?.judgement?.verdict).toBe('differs');
  });
});

describe('fixed-later', () => {
  // WTI spot: 69.97 on 2025-02-28, 67.29 on 2025-03-07 (−3.8% on the week), 66.31 on 2025-03-10.
  it('"WTI ... down 3.8% for the week" in a Monday 06:00 newsletter is the week to Friday: no Monday price is set yet', () => {
    const t = 'WTI spot slipped to $67.29 a barrel, down 3.8% for the week.';
    const early = claimsOf([t], '2025-03-10', '2025-03-10T06:00:00-04:00').find((c) => c.text === '3.8%');
    expect(early?.judgement?.verdict).toBe('matches');
    // After the settlement, the week is the one under way.
    const late = claimsOf([t], '2025-03-10', '2025-03-10T17:00:00-04:00').find((c) => c.text === '3.8%');
    expect(late?.judgement?.verdict).not.toBe('matches');
  });
});

describe('closed-weekend-week', () => {
  it('a Monday note before the open: "the S&P 500 loses 2% on the week" is the week to Friday, judged', () => {
    const c = claimsOf(
      ['The S&P 500 loses 2% on the week to 6,740.02.'],
      '2026-03-09',
      '2026-03-09T10:45:00.000Z',
    ).find((x) => x.text === '2%');
    expect(c?.judgement?.verdict).toBe('matches');
    // The same words after Monday's close are Monday's week, which went the other way: not green.
    const late = claimsOf(
      ['The S&P 500 loses 2% on the week to 6,740.02.'],
      '2026-03-09',
      '2026-03-09T21:45:00.000Z',
    ).find((x) => x.text === '2%');
    expect(late?.judgement?.verdict).not.toBe('matches');
  });
});
