import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("city-cpi: Tokyo's consumer prices are not Japan's core CPI", () => {
  it('"core inflation in Tokyo climbed to 2.5%" is not jp.core_cpi_yoy', () => {
    expect(
      idsOf('Core inflation in Tokyo climbed to 2.5% in January, the fastest in a year.', '2025-01-31')['2.5%'] ?? '-',
    ).toBe('-');
  });
  it('"Tokyo core CPI" too', () => {
    expect(idsOf("Tokyo's core CPI rose 2.4% in December from a year earlier.", '2025-01-10')['2.4%'] ?? '-').toBe('-');
  });
  it('the nationwide figure named beside it keeps the catalogue subject', () => {
    expect(
      idsOf('Nationwide core CPI rose 3.0% in December, above the 2.4% pace in Tokyo.', '2025-01-31')['3.0%'],
    ).toBe('jp.core_cpi_yoy');
  });
  it('"Tokyo stocks end lower; core inflation slows to 3.3%": Tokyo is the market there', () => {
    expect(idsOf('Tokyo stocks end lower before the vote as core inflation slows to 3.3%', '2025-07-18')['3.3%']).toBe(
      'jp.core_cpi_yoy',
    );
  });
});

describe('capital-city', () => {
  it('"Core consumer prices in Japan\'s capital rose 2.0%" is Tokyo\'s gauge', () => {
    expect(
      idsOf("Core consumer prices in Japan's capital rose 2.0% in January from a year earlier.", '2026-01-30')[
        '2.0%'
      ] ?? '-',
    ).toBe('-');
  });
});

describe('city-gauge-before', () => {
  it('"Core inflation in Japan\'s capital slows. ... It followed a 2.3% rise in December" is not Japan\'s core CPI', () => {
    const ids = idsOf(
      [
        "Core inflation in Japan's capital slows in January",
        'It followed a 2.3% increase in December, the data showed.',
      ],
      '2026-01-30',
    );
    expect(ids['2.3%'] ?? '-').toBe('-');
  });
});
