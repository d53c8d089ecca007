import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('core-measure: "core" since the figure before names the core sibling', () => {
  it('"…, and the core gauge 2.6%" after headline CPI is core CPI', () => {
    const ids = idsOf('U.S. consumer prices rose 2.7% in the year to November, and the core gauge 2.6%.', '2025-12-20');
    expect(ids['2.7%']).toBe('us.cpi_yoy');
    expect(ids['2.6%']).toBe('us.core_cpi_yoy');
  });
});
