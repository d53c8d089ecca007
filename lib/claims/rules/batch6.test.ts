import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

// Phrasings read in real CPI-day and Fed-decision coverage (September 2025), each rule in our own words.
describe('possessive-of-other: "the U.S. economy\'s consumer price index" is not GDP', () => {
  it('the economy qualifies the index; an annualized rate gives CPI no subject either', () => {
    const ids = idsOf(
      "The U.S. economy's consumer price index rose at an annualized rate of 2.9% in August.",
      '2025-09-11',
    );
    expect(ids['2.9%']).not.toBe('us.gdp_growth_saar');
  });
});

describe('forecast-list: "economists polled by <agency> had forecast", "forecasts envision"', () => {
  it('the polled forecast is not marked; the release is', () => {
    const ids = idsOf(
      'Economists polled by Newswire had forecast prices would rise 0.3% on the month and increase 2.9% on the year.',
      '2025-09-12',
    );
    expect(ids['2.9%']).toBe('-');
  });
  it('"updated forecasts envision ... unemployment around 4.4%" is a projection', () => {
    expect(
      idsOf(
        'Updated forecasts envision 2026 growth near 2.3%, inflation about 2.4% and unemployment around 4.4%.',
        '2025-12-10',
      )['4.4%'],
    ).toBe('-');
  });
});

describe('forecast nouns: "a 90.8% probability" is odds, not a figure of the indicator', () => {
  it('is not marked', () => {
    expect(
      idsOf('After the CPI report, futures showed a 90.8% probability of a cut next week.', '2025-09-11')['90.8%'],
    ).toBe('-');
  });
});

describe('inflation-rate-of: "inflation at the rate of 2% over the longer run" is no policy rate', () => {
  it('is never the fed funds rate', () => {
    const ids = idsOf(
      'The Committee seeks maximum employment and inflation at the rate of 2% over the longer run.',
      '2025-09-17',
    );
    expect(ids['2%']).not.toBe('us.fed_funds_target_upper');
  });
});

describe('BLS wording (catalogue aliases): "the all items index increased 2.9%" over 12 months is CPI', () => {
  it('is marked as the annual CPI rate', () => {
    expect(idsOf('Over the last 12 months, the all items index increased 2.9%.', '2025-09-11')['2.9%']).toBe(
      'us.cpi_yoy',
    );
  });
});
