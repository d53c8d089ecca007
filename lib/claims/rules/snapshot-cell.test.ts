import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { snapshotHeaders } from './snapshot-cell';

const verdictIn = (context: string, text: string, published: string) =>
  claimsOf([{ text, context }], published).find((c) => c.text === text)?.judgement?.verdict;

describe("snapshot-cell: a table of where policy rates stand gives the rates in force on the article's date", () => {
  it('"Policy rates · Rate · Bank of Canada · 4.50%" after the cut to 4.25% is a stale rate, red', () => {
    expect(verdictIn('Policy rates · Rate · Bank of Canada', '4.50%', '2024-10-15')).toBe('differs');
  });

  it('the rate in force in such a table agrees', () => {
    expect(['matches', 'since-changed']).toContain(
      verdictIn('Policy rates · Rate · Bank of Canada', '4.25%', '2024-10-15'),
    );
  });

  it('a column of earlier rates ("Previous", "Until Sept. 4") is history, not a stale figure', () => {
    expect(verdictIn('Policy rates · Previous · Bank of Canada', '4.50%', '2024-10-15')).not.toBe('differs');
    expect(snapshotHeaders('Rates · Until Sept. 4 · Bank of Canada', '2024-10-15')).toBe(false);
  });

  it("headers dated within the week are the article's; an older month or year is not", () => {
    expect(snapshotHeaders('Policy rates after the Aug. 7 decision · Rate · ECB', '2025-08-07')).toBe(true);
    expect(snapshotHeaders('Policy rates in June · Rate · ECB', '2025-08-07')).toBe(false);
    expect(snapshotHeaders('Policy rates, end-2024 · Rate · ECB', '2025-08-07')).toBe(false);
  });
});
