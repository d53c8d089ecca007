import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isBeatBy } from './beat-by';

describe('beat-by: a surprise against forecasts is not the indicator', () => {
  it('reads "beat the consensus by about"', () => {
    expect(isBeatBy('Hiring was firm: nonfarm payrolls beat the consensus by about ')).toBe(true);
    expect(isBeatBy('Nonfarm payrolls rose by ')).toBe(false);
  });
  it('"payrolls topped forecasts by roughly 35,000" is not a payrolls figure', () => {
    expect(idsOf('Hiring was firm: nonfarm payrolls topped forecasts by roughly 35,000.', '2025-07-03')['35,000']).toBe(
      '-',
    );
  });
});
