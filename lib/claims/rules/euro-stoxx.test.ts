import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('euro-stoxx', () => {
  it('"the Euro Stoxx" is a share index, not the euro', () => {
    const ids = claimsOf('The Euro Stoxx shed 3.5% on the week.', '2025-09-17').map((c) => c.indicator?.id);
    expect(ids).not.toContain('fx.eurusd');
  });
  it('"the euro" still is the euro', () => {
    expect(claimsOf('The euro rose 0.4% this week.', '2025-09-17')[0]?.indicator?.id).toBe('fx.eurusd');
  });
});
