import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { namesOtherPair } from './other-pair';

describe('other-pair', () => {
  it('a cross written by its codes is the figure’s subject, not the yen named before it', () => {
    const cs = claimsOf(
      [
        'On yen demand the GBP/JPY cross eased 0.3 percent to 211.38.',
        'The pair swung from 212.08 down to 210.84 over the day.',
      ],
      '2026-02-26',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
  });

  it('keeps a catalogue pair written by its codes, and a currency word nearer the figure than a cross', () => {
    const own = claimsOf(['EUR/USD rose 0.2% to 1.1756 on Thursday.'], '2025-07-24');
    expect(own.find((c) => c.text === '1.1756')?.indicator?.id).toBe('fx.eurusd');
    const nearer = claimsOf(['EUR/JPY was flat, while dollar-yen climbed to 147.20.'], '2025-07-24');
    expect(nearer.find((c) => c.text === '147.20')?.indicator?.id).toBe('fx.usdjpy');
  });

  it('reads codes with or without a slash, in either order, upper case only', () => {
    expect(namesOtherPair('the EURGBP cross', 0, 16, 'fx.eurusd')).toBe(true);
    expect(namesOtherPair('the JPY/USD rate', 0, 16, 'fx.usdjpy')).toBe(false);
    expect(namesOtherPair('the eur/gbp cross', 0, 17, 'fx.eurusd')).toBe(false);
  });
});

describe('named-cross', () => {
  it('"one dealer described euro-franc as \\"glued to 0.93\\"" is no EUR/USD level', () => {
    const c = claimsOf(
      'The franc barely flinched; one dealer described euro-franc as "glued to 0.93".',
      '2025-09-25',
    ).find((x) => x.text === '0.93');
    expect(c?.indicator ?? null).toBeNull();
  });
});
