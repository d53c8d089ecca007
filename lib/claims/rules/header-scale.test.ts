import { describe, expect, it } from 'vitest';
import { applyHeaderScale, headerScale } from './header-scale';
import { extractNumbers } from '../extract';
import { claimsOf } from '../test-engine';

describe('header-scale: a caption gives bare cells their currency and scale', () => {
  it('reads "($ billion)", "(US$ bn)", "(billions of dollars)" and "in ¥ trillions"', () => {
    expect(headerScale('Who holds the most ($ billion)')).toEqual({ currency: 'USD', scale: 1e9 });
    expect(headerScale('Reserves (US$ bn) · Q3')).toEqual({ currency: 'USD', scale: 1e9 });
    expect(headerScale('Budget (billions of dollars)')).toEqual({ currency: 'USD', scale: 1e9 });
    expect(headerScale('Spending in ¥ trillions')).toEqual({ currency: 'JPY', scale: 1e12 });
  });

  it('ignores a caption that only mentions an amount', () => {
    expect(headerScale('Banks raised $4 billion last year')).toBeNull();
    expect(headerScale('Change (%)')).toBeNull();
  });

  it('scales bare numbers, signed or not, and leaves figures with their own unit', () => {
    const xs = ['812.4', '−12.5', '3.5%'].map((t) => extractNumbers(t)[0]!);
    applyHeaderScale(xs, { currency: 'USD', scale: 1e9 });
    expect(xs.map((x) => [x.unit, x.value])).toEqual([
      ['currency', 812.4e9],
      ['currency', -12.5e9],
      ['percent', 3.5],
    ]);
  });

  it("a cell under such a caption is matched as the holder's holdings", () => {
    const [c] = claimsOf(
      [{ context: 'Top foreign owners of U.S. Treasury securities ($ billion) · Sep 2025 · Japan', text: '1,180.1' }],
      '2025-12-01',
    );
    expect(c?.indicator?.id).toBe('jp.ust_holdings');
    expect(c?.value).toBe(1180.1e9);
  });

  it('header-unit: "WTI crude ($/bbl)" over a bare "108.99" is $108.99 a barrel; "Bitcoin ($)" a dollar price', () => {
    const [oil] = claimsOf(
      [{ context: 'Friday close and change on the week · Close (May 15) · WTI crude ($/bbl)', text: '108.99' }],
      '2026-05-15',
    );
    expect(oil?.indicator?.id).toBe('cmd.wti_usd');
    const [coin] = claimsOf([{ context: 'Close (May 15) · Bitcoin ($)', text: '79,026' }], '2026-05-15');
    expect(coin?.indicator?.id).toBe('crypto.btc_usd');
    // unit-column: the row's own unit cell, a part of its own.
    const [crude] = claimsOf([{ context: 'At a glance · Last · WTI crude · $/barrel', text: '80.44' }], '2026-07-14');
    expect(crude?.indicator?.id).toBe('cmd.wti_usd');
    expect(headerScale('At a glance · Last · Gold (LBMA PM) · $/oz')).toEqual({
      currency: 'USD',
      scale: 1,
      per: 'ounce',
    });
    // A date in brackets is no unit (the bare cell is still Brent's price, by cell-price-unstated in measure.ts).
    expect(headerScale('Close (May 15) · Brent crude')).toBeNull();
  });
});

describe('comma-unit', () => {
  it('"Holdings of U.S. Treasury securities, $ billions (TIC release ...)" scales the cells', () => {
    expect(
      headerScale('Holdings of U.S. Treasury securities, $ billions (TIC release of Dec. 18, 2025)'),
    ).toMatchObject({
      currency: 'USD',
      scale: 1e9,
    });
    expect(headerScale('Treasury holdings, $4 billions of change')).toBeNull();
  });
});

describe('comma-unit-label', () => {
  // Stored EIA spot prices, 2024-09-06: WTI $68.58.
  it('"WTI spot, $/bbl" gives the bare cell its dollar-per-barrel unit', () => {
    const cell = (label: string) =>
      claimsOf([{ context: `Week in review · Asset · Friday close · ${label}`, text: '68.58' }], '2024-09-06')[0];
    expect(cell('WTI spot, $/bbl')?.indicator?.id).toBe('cmd.wti_usd');
    expect(cell('WTI, $ per barrel')?.indicator?.id).toBe('cmd.wti_usd');
    expect(headerScale('Gold, $ per ounce')).toMatchObject({ currency: 'USD', per: 'ounce' });
  });
});
