import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { storedIsFirstPrint } from './annual-revision';

describe('annual-revision', () => {
  it('a copy with no January after the claim year holds the first print of the unemployment rate', () => {
    expect(storedIsFirstPrint('us.unemployment_rate', '2026-05', '2026-07')).toBe(true);
    expect(storedIsFirstPrint('us.unemployment_rate', '2025-05', '2026-07')).toBe(false);
    expect(storedIsFirstPrint('us.core_cpi_yoy', '2026-05', '2026-07')).toBe(false);
  });

  it('"Unemployment stood at 4.4% in May" (June 2026) is wrong against the stored first print 4.3, not a question', () => {
    const [c] = claimsOf(['Unemployment stood at 4.4% in May.'], '2026-06-16');
    expect(c?.judgement?.verdict).toBe('differs');
  });
});

describe('never-revised', () => {
  it('the headline CPI before seasonal adjustment is stored as first printed, whatever the copy holds after', () => {
    expect(storedIsFirstPrint('us.cpi_yoy', '2024-11', '2026-07')).toBe(true);
  });

  it('"prices were up 2.6% in the twelve months to November" (December 2024) is wrong against the stored 2.7, not a question', () => {
    const [c] = claimsOf(['U.S. consumer prices were up 2.6% in the twelve months to November.'], '2024-12-20');
    expect(c?.judgement?.verdict).toBe('differs');
    const [ok] = claimsOf(['U.S. consumer prices were up 2.7% in the twelve months to November.'], '2024-12-20');
    expect(ok?.judgement?.verdict).toBe('matches');
  });
});

describe('never-revised, read from a later edition', () => {
  it('May 2025 CPI stored from a June edition is still the first print: "2.3%" a week after the release is wrong', () => {
    const text = (v: string) => `U.S. consumer prices rose ${v} in the 12 months through May.`;
    expect(claimsOf([text('2.3%')], '2025-06-18')[0]?.judgement?.verdict).toBe('differs');
    expect(claimsOf([text('2.4%')], '2025-06-18')[0]?.judgement?.verdict).toBe('matches');
  });
});

describe('release lag of PCE prices', () => {
  it('"core PCE inflation is still at 2.9%" in mid-October 2025 is August\'s figure, the latest then out', () => {
    const [c] = claimsOf(['Core PCE inflation is still at 2.9%.'], '2025-10-15');
    expect(c?.judgement?.verdict).not.toBe('differs');
  });
});

describe('pce-release-lag', () => {
  it('core PCE for May is out by June 25th (BEA releases on the 25th day at the earliest)', () => {
    const [c] = claimsOf(['Core PCE inflation climbed to 3.4% in May.'], '2026-06-25');
    expect(c?.judgement?.verdict).not.toBe('no-figure-yet');
  });
});
