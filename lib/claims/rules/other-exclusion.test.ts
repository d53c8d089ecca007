import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const idOf = (s: string, text: string, date: string) => claimsOf(s, date).find((c) => c.text === text)?.indicator?.id;

describe('other-exclusion', () => {
  it('a CPI that leaves out shelter as well as food and energy is not the headline CPI', () => {
    const s = 'The year-on-year rate for the CPI excluding shelter, food and energy eased to 2.4%.';
    expect(idOf(s, '2.4%', '2025-10-24')).toBeUndefined();
  });
  it('"excluding food and energy" alone still names the core', () => {
    const s = 'The CPI excluding food and energy rose 3.0% from a year earlier.';
    expect(idOf(s, '3.0%', '2025-10-24')).toBe('us.core_cpi_yoy');
  });
});
