import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
import { basisNear } from './growth-basis';

describe("growth-basis: a figure's own basis words move it to the sibling measured on that basis", () => {
  it('"an annualised 1.8%, or 0.5% from the previous quarter": the second is the plain quarterly rate, signed', () => {
    const cs = claimsOf(
      "Japan's economy shrank at an annualised 1.8% in April-June, or 0.5% from the previous quarter.",
      '2025-09-10',
    );
    const ann = cs.find((c) => c.text === '1.8%');
    const qoq = cs.find((c) => c.text === '0.5%');
    expect(ann?.indicator?.id).toBe('jp.gdp_growth_annualized');
    expect(qoq?.indicator?.id).toBe('jp.gdp_growth_qoq');
    expect(qoq?.value).toBe(-0.5);
  });

  it('the words right after a figure outrank those around it', () => {
    const t = 'an annualised 1.8%, or 0.5% from the previous quarter';
    const at = t.indexOf('0.5%');
    expect(basisNear(t, at, at + 4, 0, t.length)).toBe('qoq');
    const a = t.indexOf('1.8%');
    expect(basisNear(t, a, a + 4, 0, a + 4)).toBe('ann');
  });
});

describe('previous-reading-not-basis', () => {
  it('"up from the previous month\'s 1.7%" names the last reading, not a month-on-month basis', () => {
    const ids = idsOf("Euro zone inflation rose to 2.0% in October, up from the previous month's 1.7%.", '2024-10-31');
    expect(ids['2.0%']).toBe('ea.hicp_yoy');
  });
});

describe('for-the-month', () => {
  it('"rose 0.3% for the month" is a monthly move, not the yearly rate beside it', () => {
    const ids = idsOf(
      ['The consumer price index was up 0.3% for the month and 2.7% from a year earlier.'],
      '2026-01-13',
    );
    expect(ids['0.3%']).toBe('-');
    expect(ids['2.7%']).toBe('us.cpi_yoy');
  });
  it('only right after the figure: the yearly figure of the same sentence keeps its subject', () => {
    const ids = idsOf(['Core PCE prices were up 0.2% on the month and 2.7% from twelve months before.'], '2025-06-27');
    expect(ids['2.7%']).toBe('us.core_pce_yoy');
  });
});

describe('opening-basis', () => {
  it('"Month-on-month, the harmonised index ... edged up 0.3 percent" is no yearly rate', () => {
    expect(
      idsOf(['Month-on-month, the harmonised index of consumer prices edged up 0.3 percent in June.'], '2025-07-01')[
        '0.3 percent'
      ],
    ).toBe('-');
    expect(
      idsOf(['Year-on-year, the harmonised index of consumer prices climbed 2.0 percent in June.'], '2025-07-01')[
        '2.0 percent'
      ],
    ).toBe('ea.hicp_yoy');
  });
});

describe('next-figure-basis', () => {
  // Stored: Japan's Q3 2025 GDP first estimate (2025-11-17) −0.4% on the quarter, −1.8% annualized.
  it('"shrank 0.4% ..., an annualized contraction of 1.8%": "annualized" is the next figure\'s word', () => {
    const ids = idsOf(
      "Japan's real GDP shrank 0.4% in the July-September quarter, an annualized contraction of 1.8% in the first estimate.",
      '2025-12-01',
    );
    expect(ids['0.4%']).toBe('jp.gdp_growth_qoq');
    expect(ids['1.8%']).toBe('jp.gdp_growth_annualized');
  });
});

describe('mom-abbreviation', () => {
  it('"core CPI increased by +0.3% MoM and +3.1% YoY": the monthly figure is not the annual rate', () => {
    const ids = idsOf("Based on today's release, core CPI increased by +0.3% MoM and +3.1% YoY.", '2025-09-11');
    expect([ids['+0.3%'] ?? '-', ids['+3.1%']]).toEqual(['-', 'us.core_cpi_yoy']);
  });
});

describe('three-months-before', () => {
  it('"China\'s GDP in the fourth quarter of 2025 rose 1.2 percent from the previous three months" is not the annual rate', () => {
    const s = "China's GDP in the fourth quarter of 2025 rose 1.2 percent from the previous three months.";
    expect(idsOf(s, '2026-01-19')['1.2 percent'] ?? '-').toBe('-');
  });
});

describe('on-a-basis-lead', () => {
  it('"On a quarter-on-quarter basis the economy expanded 1.3%" is no year-on-year growth rate', () => {
    expect(
      idsOf(
        [
          "China's economy grew 5.0% in the first quarter from a year earlier.",
          'On a quarter-on-quarter basis the economy expanded 1.3%, the National Bureau of Statistics said.',
        ],
        '2026-04-16',
      )['1.3%'],
    ).toBe('-');
  });
});

describe('monthly-gauge', () => {
  it('"the monthly U.K. CPI printed at -0.4%" is a change on the month, never held against the annual rate', () => {
    const c = claimsOf(
      ['Separately, the monthly U.K. CPI printed at -0.4% in January, as forecasters had pencilled in.'],
      '2026-02-18',
    ).find((x) => x.text === '-0.4%');
    expect(c?.indicator?.id).not.toBe('uk.cpi_yoy');
    const s = 'In Britain the annual CPI held at 3.0% while the monthly CPI slipped 0.4%.';
    expect(basisNear(s, s.indexOf('3.0%'), s.indexOf('3.0%') + 4, 0, s.length)).toBe('yoy');
    expect(basisNear(s, s.indexOf('0.4%'), s.indexOf('0.4%') + 4, 0, s.length)).toBe('mom');
  });
});

describe('monthly-gauge-in-sentence', () => {
  it('"the monthly UK CPI rose to 0.3% in August from 0.1% in July": the second figure is monthly too', () => {
    const c = claimsOf(
      ['Elsewhere in the release, the monthly UK CPI climbed to 0.3% in August from 0.1% in July.'],
      '2025-09-17',
    ).find((x) => x.text === '0.1%');
    expect(c?.indicator?.id).not.toBe('uk.cpi_yoy');
  });
});

describe('on-a-monthly-basis', () => {
  it('"On a monthly basis, euro-area HICP rose 0.3% in May" is the change on the month, not the annual rate', () => {
    const c = claimsOf(
      ['On a monthly basis, euro-area HICP rose 0.3% in May, after 0.6% in April.'],
      '2025-06-03',
    ).find((x) => x.text === '0.3%');
    expect(c?.indicator?.id).not.toBe('ea.hicp_yoy');
  });
});

describe('basis-of-previous-figure', () => {
  it('"annualized" after the figure before, in its own clause, does not measure the next figure', () => {
    // Japan: Q3 2025 GDP -1.8% annualized (2025-11-17); core CPI October 2025 3.0%.
    const c = claimsOf(['Japan GDP Shrinks 1.8% Annualized, Core CPI at 3.0%'], '2025-11-21').find(
      (x) => x.text === '3.0%',
    )!;
    expect(c.indicator?.id).toBe('jp.core_cpi_yoy');
  });
});

describe('annual-rate-prices', () => {
  // us.cpi_yoy 2026-05 4.2, 2026-04 3.8 (data/series/us.cpi_yoy.csv).
  it('"Consumer prices climbed at an annual rate of 4.2% in May" is the year\'s CPI change', () => {
    const ids = idsOf('Consumer prices climbed at an annual rate of 4.2% in May, up from 3.8% in April.', '2026-06-10');
    expect(ids['4.2%']).toBe('us.cpi_yoy');
  });
  it('an annualized pace of prices is still no year-over-year rate', () => {
    const ids = idsOf('Core prices rose at a 3.6% annualized rate over the past three months.', '2026-06-10');
    expect(ids['3.6%'] ?? '-').toBe('-');
  });
});
