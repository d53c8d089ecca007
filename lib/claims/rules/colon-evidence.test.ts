import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { colonEvidence } from './colon-evidence';

describe('colon-evidence', () => {
  it('"the soft patch argues for an easing: employers added 73,000 jobs" states the jobs figure, no forecast', () => {
    expect(
      idsOf(['The soft patch argues for an easing: employers added 73,000 jobs in July.'], '2025-08-14')['73,000'],
    ).toBe('us.nonfarm_payrolls');
    expect(colonEvidence('argue for an easing: employers added ')).toBe(true);
    expect(colonEvidence('Fed projections: unemployment at ')).toBe(false);
  });
});
