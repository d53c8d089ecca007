import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { storedIsFirstPrint } from './annual-revision';

describe('annual-revision', () => {
  it('a copy with no January after the claim year holds the first print of the unemployment rate', () => {
    expect(storedIsFirstPrint('us.unemployment_rate', '2026-05', '2026-07')).toBe(true);
    expect(storedIsFirstPrint('us.unemployment_rate', '2025-05', '2026-07')).toBe(false);
    expect(storedIsFirstPrint('us.cpi_yoy', '2026-05', '2026-07')).toBe(false);
  });

  it('"Unemployment stood at 4.4% in May" (June 2026) is wrong against the stored first print 4.3, not a question', () => {
    const [c] = claimsOf(['Unemployment stood at 4.4% in May.'], '2026-06-16');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});

describe('release lag of PCE prices', () => {
  it('"core PCE inflation is still at 2.9%" in mid-October 2025 is August\'s figure, the latest then out', () => {
    const [c] = claimsOf(['Core PCE inflation is still at 2.9%.'], '2025-10-15');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
});
