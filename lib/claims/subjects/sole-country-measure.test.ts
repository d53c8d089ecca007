import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('sole-country-measure', () => {
  it('"In Britain, the annual CPI rate was 3.8%": the CPI is Britain\'s, the one country the sentence names', () => {
    const ids = idsOf('In Britain, the annual CPI rate was 3.8% in September.', '2025-10-22');
    expect(ids['3.8%']).toBe('uk.cpi_yoy');
  });
  it('a sentence naming two countries leaves the bare measure to the rules that weigh them', () => {
    const ids = idsOf('In Britain, the annual CPI rate was 3.8% in September, while Japan held rates.', '2025-10-22');
    expect(ids['3.8%'] ?? '-').not.toBe('uk.cpi_yoy');
  });
});
