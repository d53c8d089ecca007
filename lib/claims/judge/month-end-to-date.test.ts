import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('month-end-to-date', () => {
  // S&P 500: 4,769.83 on 2023-12-29, 5,705.45 on 2024-10-31 (+19.6%), 5,728.80 on 2024-11-01 (data/series).
  const t =
    'Global equities gave back some ground in the final week, although the S&P 500 remains up 19.6% year to date.';
  const ytd = (text: string, published: string) => claimsOf(text, published).find((c) => c.text.endsWith('%'));
  it("early in November, a year to date that fits October's last close is a question, not red", () => {
    const c = ytd(t, '2024-11-04');
    expect(c?.judgement?.verdict).toBe('check');
    expect(c?.judgement?.explanation).toContain('2024-10-31');
  });
  it('a figure that fits neither the last close nor the month-end stays red', () => {
    expect(ytd(t.replace('19.6%', '17.2%'), '2024-11-04')?.judgement?.verdict).toBe('differs');
  });
  it('past the first week of the month, the month-end is not what "to date" means', () => {
    expect(ytd(t, '2024-11-12')?.judgement?.verdict).toBe('differs');
  });
});
