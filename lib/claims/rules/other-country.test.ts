import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe("other-country: a country named earlier in the clause must be the indicator's", () => {
  it('"Japan\'s CPI rose 3.5%" is not U.S. CPI', () => {
    expect(ruleOf('CPI rose 3.5% in May.', '3.5%').id).toBe('us.cpi_yoy');
    expect(ruleOf("Japan's CPI rose 3.5% in May.", '3.5%').id).toBe('-');
  });
});
