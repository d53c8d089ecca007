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

describe('city-page', () => {
  it('under a Tokyo CPI headline, "this core CPI ... 2.4% in December" is not Japan\'s core CPI', () => {
    const ids = idsOf(
      [
        'Tokyo core CPI for January eases as energy subsidies return',
        'Policymakers at the BOJ keep a close eye on this core CPI, which ran at 2.4% in December.',
      ],
      '2025-01-24',
    );
    expect(ids['2.4%'] ?? '-').toBe('-');
  });
  it("a sentence that names Japan keeps the nation's figure on the same page", () => {
    const ids = idsOf(
      [
        'Tokyo core CPI for January eases as energy subsidies return',
        "Japan's core CPI ran at 3.0% in December, the data released last week showed.",
      ],
      '2025-01-24',
    );
    expect(ids['3.0%']).toBe('jp.core_cpi_yoy');
  });
  it("a page that marked the nation's figure before naming Tokyo's keeps reading bare \"core CPI\" as the nation's", () => {
    const ids = idsOf(
      [
        'Nationwide core CPI rose 3.3% in June. Tokyo core CPI for July slowed to 2.9%.',
        'Core CPI ran at 3.7% in May, the data showed.',
      ],
      '2025-07-28',
    );
    expect(ids['3.7%']).toBe('jp.core_cpi_yoy');
  });
});
