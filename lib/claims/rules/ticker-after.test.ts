import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('ticker-after', () => {
  it('"Laggards: Kestrel Gold (KSG), −4.67%" is a miner\'s share, not gold', () => {
    expect(idsOf(['Laggards: Kestrel Gold (KSG), −4.67%'], '2026-06-18')['−4.67%']).toBe('-');
  });
  it('the market\'s own code in brackets keeps it: "Gold (XAU) rose 1.2%", "The S&P 500 (SPX) fell 1.2%"', () => {
    expect(idsOf(['Gold (XAU) rose 1.2% to $4,300.'], '2025-12-12')['1.2%']).toBe('cmd.gold_usd');
    expect(idsOf(['The S&P 500 (SPX) fell 1.2%.'], '2025-12-12')['1.2%']).toBe('idx.sp500');
  });
});

describe('ticker-after: an acronym is no ticker', () => {
  it('"The RBA\'s Official Cash Rate (OCR) now sits at 3.6%" is the RBA\'s cash rate', () => {
    expect(
      idsOf(["The RBA's Official Cash Rate (OCR) now sits at 3.6% after August's quarter-point cut."], '2025-08-12')[
        '3.6%'
      ],
    ).toBe('au.rba_cash_rate');
  });
});

describe('the-before-code', () => {
  it('"The Dow Jones Industrial Average (DJI) rose 0.4%": an article before the index and its code is no company', () => {
    expect(
      idsOf(['The Dow Jones Industrial Average (DJI) rose 0.4% to 44,910.65 on the day.'], '2024-11-29')['0.4%'],
    ).toBe('idx.djia');
  });
});
