import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('yield-subject: "when the CPI was released, the yield dropped to X" is no CPI figure', () => {
  it('the figure after "the yield" is not given to the CPI named in the clause before', () => {
    const text = 'At 8:30 a.m., when the U.S. CPI was released, the yield slid from around 4.21% to 4.1530%.';
    const c = claimsOf([text], '2026-01-14').find((x) => x.text === '4.1530%');
    expect(c?.indicator?.id ?? null).not.toBe('us.cpi_yoy');
  });
  it('"CPI rose 2.7%, the yield ..." keeps the CPI’s own figure', () => {
    const text = 'U.S. CPI rose 2.7% from a year earlier, and the yield barely moved.';
    expect(claimsOf([text], '2026-01-14').find((x) => x.text === '2.7%')?.indicator?.id).toBe('us.cpi_yoy');
  });
});
