import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('page-country-measure: on a page about Japan an unqualified macro figure is not the U.S. one', () => {
  it("reads core inflation as Japan's and finds no jobless rate", () => {
    const blocks = [
      'The Bank of Japan raised its short-term policy rate to 0.75 percent on Friday.',
      'Japan’s economy shrank 0.6 percent in the third quarter, and Japan’s core CPI rose 3.0 percent.',
      'Core inflation (November): 3.0 percent',
      'Jobless rate (October): 2.6 percent',
    ];
    const all = claimsOf(blocks, '2025-12-19');
    expect(all.filter((c) => c.block === 2).map((c) => c.indicator?.id)).toEqual(['jp.core_cpi_yoy']);
    expect(all.filter((c) => c.block === 3 && c.indicator)).toHaveLength(0);
  });
});

describe('previous-country-measure', () => {
  it('on a page about Canada, a bare "CPI" right after a sentence on U.S. data is the U.S. reading', () => {
    const blocks = [
      'The Bank of Canada trims its overnight rate target by 25 bps to 2.75%.',
      'The loonie firms against the greenback even after the cut at home. USD/CAD stood at 1.4390 at midday.',
      'The Bank of Canada (BoC) took its policy rate down to 2.75% from 3.00%. Officials said the dispute with the United States is hurting Canadian investment, while Washington and Ottawa trade new duties.',
      'The loonie also drew support from softer US price data. Headline CPI rose 2.8% in the twelve months to February.',
    ];
    const c = claimsOf(blocks, '2025-03-13').find((x) => x.text === '2.8%');
    expect(c?.indicator?.id).toBe('us.cpi_yoy');
  });
});

describe('us-measure-word', () => {
  it('on a page about the yen, "nonfarm payrolls" names America by itself', () => {
    const blocks = [
      'The Bank of Japan left its policy rate at 0.5% on Friday.',
      'The yen firmed to 146.20 per dollar, and the Nikkei slipped 0.4%. Japanese bond yields edged lower.',
      'Nonfarm payrolls rose by 22,000 in August, the Bureau of Labor Statistics said.',
    ];
    const c = claimsOf(blocks, '2025-09-05').find((x) => x.text === '22,000');
    expect(c?.indicator?.id).toBe('us.nonfarm_payrolls');
  });
});
