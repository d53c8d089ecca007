import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';
describe('treasury-label: "10-year Treasury: 4.26%" in a snapshot list is the yield (catalogue alias)', () => {
  it('a tenor and "Treasury" before a percentage name that yield', () => {
    const ids = idsOf(['2-year Treasury: 3.79% (+2 bps)', '10-year Treasury: 4.26% (-4 bps)'], '2025-05-07');
    expect([ids['3.79%'], ids['4.26%'], ids['-4 bps']]).toEqual([
      'us.ust_2y_yield',
      'us.ust_10y_yield',
      'us.ust_10y_yield',
    ]);
  });
});

describe('BLS wording (catalogue aliases): "the all items index increased 2.9%" over 12 months is CPI', () => {
  it('is marked as the annual CPI rate', () => {
    expect(idsOf('In the year through August, the all items index climbed 2.9%.', '2025-09-11')['2.9%']).toBe(
      'us.cpi_yoy',
    );
  });
});

describe("ECB reference rate (catalogue alias): the euro's daily fixing is EUR/USD, not the deposit rate", () => {
  it("a move of the ECB reference rate is the pair's", () => {
    const ids = idsOf('The ECB reference rate for the euro was set at $1.1711, up 1.6% on the week.', '2026-04-10');
    expect(ids['1.6%']).toBe('fx.eurusd');
  });
});

describe('inverted and present-tense names', () => {
  it('"Inflation in the euro area cooled to 1.7%" and "China\'s Economy Grows 5%" name their indicators', () => {
    expect(idsOf('Inflation in the euro area cooled to 1.7% in January.', '2026-02-04')['1.7%']).toBe('ea.hicp_yoy');
    expect(idsOf("KOSPI Jumps 2.2% as China's Economy Grows 5%", '2026-04-16')['5%']).toBe('cn.gdp_growth_yoy');
  });
});

describe('catalogue aliases: harmonised prices', () => {
  it('"Harmonised consumer prices rose 2.2%" is the euro area\'s HICP, not U.S. CPI', () => {
    expect(idsOf(['Harmonised consumer prices rose 2.2% in April from a year earlier.'], '2025-06-05')['2.2%']).toBe(
      'ea.hicp_yoy',
    );
  });
});

describe("catalogue aliases: China's economy expanded", () => {
  it('"China\'s economy expanded 4.5% in the October-December quarter" is China\'s GDP growth', () => {
    expect(
      idsOf(["China's economy expanded 4.5% in the October-December quarter from a year earlier."], '2026-01-19')[
        '4.5%'
      ],
    ).toBe('cn.gdp_growth_yoy');
  });
});

describe("catalogue aliases: the Bank of Canada's overnight target", () => {
  it('"overnight target cut to 4.25% from 4.5%" is the BoC\'s rate', () => {
    const ids = idsOf(['The Bank of Canada moved again: overnight target cut to 4.25% from 4.5%.'], '2024-09-04');
    expect(ids['4.25%']).toBe('ca.boc_policy_rate');
  });
});

describe('hicp-in-the-bloc', () => {
  it('"consumer prices in the 20-nation bloc" are the euro area\'s, not U.S. CPI', () => {
    const ids = idsOf(['Consumer prices in the 20-nation bloc rose 2.2% in November.'], '2025-12-02');
    expect(ids['2.2%']).toBe('ea.hicp_yoy');
  });
});

describe('all-foreign-holders (catalogue alias): "All foreign holders: $9.243 trillion" is the foreign total', () => {
  it('the list line of all holders', () => {
    expect(idsOf('All foreign holders: $9.243 trillion at the end of October.', '2025-12-20')['$9.243 trillion']).toBe(
      'us.ust_foreign_total',
    );
  });
});

describe('share-of-all-owned-abroad (catalogue alias): "Japan held 12.98% of all Treasuries owned abroad"', () => {
  it("is Japan's share of foreign-held Treasuries", () => {
    expect(idsOf('By those numbers, Japan held 12.98% of all Treasuries owned abroad.', '2025-12-20')['12.98%']).toBe(
      'jp.ust_share_of_foreign',
    );
  });
});

describe('payroll and holdings wording (catalogue aliases)', () => {
  it('"The US economy added 147,000 jobs in June" is nonfarm payrolls, not GDP', () => {
    expect(idsOf('The US economy added 147,000 jobs in June, beating forecasts.', '2025-07-03')['147,000']).toBe(
      'us.nonfarm_payrolls',
    );
  });
  it('"after 143,000 January jobs gain" in a headline is nonfarm payrolls', () => {
    expect(idsOf('Wall Street slides after 143,000 January jobs gain', '2025-02-07')['143,000']).toBe(
      'us.nonfarm_payrolls',
    );
  });
  it('"Total overseas holdings rose $233.1 billion, to $9.05 trillion" is total foreign holdings', () => {
    const ids = idsOf('Total overseas holdings rose $233.1 billion, to $9.05 trillion, figures showed.', '2025-05-17');
    expect([ids['$233.1 billion'], ids['$9.05 trillion']]).toEqual(['us.ust_foreign_total', 'us.ust_foreign_total']);
  });
});

describe('own-number names (catalogue aliases)', () => {
  it('the 30 of "Dow Jones 30 Industrials" is part of the name, not a level', () => {
    const ids = idsOf('US indices: Dow Jones 30 Industrials up 0.465% to 44,901.92.', '2025-07-25');
    expect([ids['30'] ?? '-', ids['0.465%']]).toEqual(['-', 'idx.djia']);
  });
});

describe('country-currency-alias: "the Canadian currency" is the loonie, and its moves are the pair\'s the other way', () => {
  it('"the Canadian currency has still firmed 0.7%" is USD/CAD down 0.7%', () => {
    const c = claimsOf('Over the past week the Canadian currency has still firmed 0.7%.', '2026-02-11').find(
      (x) => x.text === '0.7%',
    );
    expect([c?.indicator?.id, c?.value, c?.judgement?.verdict]).toEqual(['fx.usdcad', -0.7, 'matches']);
  });
});

describe('us-grade (catalogue alias): "the U.S. grade" in an oil wrap is WTI', () => {
  it('"The U.S. grade gained 14.6% on the week" after Brent and WTI are named', () => {
    expect(
      idsOf(
        [
          'Brent slipped to $111.86 a barrel and West Texas Intermediate lost 85 cents to $98.42.',
          'The U.S. grade gained 14.6% on the week, its biggest weekly rise since early March.',
        ],
        '2026-04-24',
      )['14.6%'],
    ).toBe('cmd.wti_usd');
  });
});

describe('growth-and-blue-chip-aliases', () => {
  it('"euro zone growth" names euro-area GDP and "Germany\'s blue-chip index" the DAX', () => {
    expect(idsOf('Euro zone growth was confirmed at 0.1% in the first quarter.', '2026-05-13')['0.1%']).toBe(
      'ea.gdp_growth_qoq',
    );
    expect(idsOf("Germany's blue-chip index closed at 23,954.93.", '2026-05-13')['23,954.93']).toBe('idx.dax');
  });
});

describe('consumer-inflation alias: "U.S. consumer inflation slowed to 2.4%" is annual CPI', () => {
  it("names CPI, and another country's consumer inflation stays unmarked", () => {
    expect(idsOf('U.S. consumer inflation slowed to 2.4% in March.', '2025-04-10')['2.4%']).toBe('us.cpi_yoy');
    expect(idsOf("Japan's consumer inflation slowed to 3.6% in March.", '2025-04-18')['3.6%']).toBe('-');
  });
});

describe('six-currencies alias: the greenback "against six major currencies" is the dollar index', () => {
  it('names the ICE dollar index', () => {
    const s = 'A gauge of the greenback against six major currencies sank 1.97% to 100.87.';
    expect(idsOf(s, '2025-04-10')['100.87']).toBe('fx.dxy');
  });
});

describe('london-blue-chips alias: "London\'s blue-chip index" is the FTSE 100', () => {
  it('names the FTSE 100', () => {
    expect(idsOf("London's blue-chip index rose 27.3 points to 8,381.4.", '2024-05-09')['8,381.4']).toBe('idx.ftse100');
  });
});

describe('nikkei-official-name', () => {
  it('"The Nikkei 225 Stock Average lost ..." names the Nikkei ("stock" after "Nikkei 225" is part of the name)', () => {
    expect(idsOf('The Nikkei 225 Stock Average lost 2,644.00 points.', '2025-04-07')['2,644.00 points']).toBe(
      'idx.nikkei225',
    );
  });
});

describe('real-gdp-both', () => {
  it('"real GDP" with no country names neither the U.S. nor Japan', () => {
    expect(idsOf('Real GDP contracted at a 0.3% annualized rate in the first quarter.', '2025-04-30')['0.3%']).toBe(
      '-',
    );
  });
  it('"U.S. real GDP" is the U.S. figure', () => {
    expect(
      idsOf('U.S. real GDP contracted at a 0.3% annualized rate in the first quarter.', '2025-04-30')['0.3%'],
    ).toBe('us.gdp_growth_saar');
  });
});

describe("BOJ wording (catalogue aliases): the overnight call rate is the Bank of Japan's", () => {
  it('"left the overnight call rate target at 0.25%" is the BOJ\'s rate', () => {
    expect(idsOf('Policymakers left the overnight call rate target at 0.25% on Thursday.', '2024-10-31')['0.25%']).toBe(
      'jp.boj_policy_rate',
    );
  });
});
