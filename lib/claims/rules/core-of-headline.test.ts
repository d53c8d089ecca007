import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('core-of-headline: "core" beside a headline measure\'s name is the core measure', () => {
  it('"core inflation in the euro zone held at 2.7%" is not the headline HICP', () => {
    const ids = idsOf('Core euro zone inflation stayed at 2.7%, while euro zone inflation rose to 2.0%.', '2024-10-31');
    expect(ids['2.7%']).toBe('-');
    expect(ids['2.0%']).toBe('ea.hicp_yoy');
  });
  it('a catalogue core measure keeps its own name', () => {
    expect(idsOf('U.S. core CPI rose 3.1% from a year earlier.', '2025-09-11')['3.1%']).toBe('us.core_cpi_yoy');
  });
});
