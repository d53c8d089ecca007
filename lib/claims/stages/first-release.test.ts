import { describe, expect, it } from 'vitest';
import { namesFirstRelease } from './first-release';
import { claimsOf } from '../test-engine';

describe('first-release-in-clause', () => {
  it('another figure\'s "first estimate" does not make the quarter before a first print', () => {
    // Japan's Q2 2025 annualized growth: first printed 1.0%, revised to 2.2% on 2025-09-08.
    const t =
      "Tuesday's first estimate showed output shrinking at a 1.8% annualized pace, after 1.0% annualized growth in April-June.";
    const q2 = claimsOf([t], '2025-11-21').find((c) => c.text === '1.0%')!;
    expect(q2.indicator?.id).toBe('jp.gdp_growth_annualized');
    expect(q2.judgement?.verdict).toBe('differs');
  });
  it("reads the cue in the figure's own clause, before it or right after it", () => {
    const s = 'The first estimate put growth at 1.8%, after 1.0% in the quarter before.';
    expect(namesFirstRelease(s, s.indexOf('1.8%'), s.indexOf('1.8%') + 4, false)).toBe(true);
    expect(namesFirstRelease(s, s.indexOf('1.0%'), s.indexOf('1.0%') + 4, false)).toBe(false);
    const after = 'Growth was 2.0% (advance), the fastest in a year.';
    expect(namesFirstRelease(after, after.indexOf('2.0%'), after.indexOf('2.0%') + 4, false)).toBe(true);
    const cell = 'Foreign holders (TIC, first release) · Oct 2025 · United Kingdom · $877.9bn';
    expect(namesFirstRelease(cell, cell.indexOf('$877'), cell.length, true)).toBe(true);
  });
});
