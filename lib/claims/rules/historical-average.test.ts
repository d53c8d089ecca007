import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isHistoricalAverage } from './historical-average';

describe('historical-average: an average of past moves is no dated move', () => {
  it('reads "averaged a 14% gain" and "averaging a loss of 1.2%"', () => {
    expect(isHistoricalAverage('the S&P 500 has averaged a ', ' gain in the six months')).toBe(true);
    expect(isHistoricalAverage('with the index averaging a loss of ', ' since 1928')).toBe(true);
    expect(isHistoricalAverage('the S&P 500 rose ', ' on Friday')).toBe(false);
  });
  it('"the S&P 500 has averaged a 13% gain in the six months after a first cut" is not marked', () => {
    const ids = idsOf(
      'Since 1980 the S&P 500 has averaged a 13% gain in the six months after a first Fed cut.',
      '2024-09-19',
    );
    expect(ids['13%'] ?? '-').toBe('-');
  });
});

describe('long-run-average', () => {
  it('"below its long-run average of roughly 19.5" is no level of the VIX', () => {
    expect(isHistoricalAverage('The gauge sits below its long-run average of roughly ', ', which')).toBe(true);
    expect(isHistoricalAverage('the VIX closed at ', ' on Monday')).toBe(false);
    const ids = idsOf(
      'The VIX closed at 14.97. The gauge sits below its long-run average of roughly 19.5.',
      '2024-11-11',
    );
    expect(ids['19.5'] ?? '-').toBe('-');
    expect(ids['14.97']).toBe('idx.vix');
  });
});
