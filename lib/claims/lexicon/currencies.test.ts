import { describe, expect, it } from 'vitest';
import { AFTER_FIGURE_CURRENCIES, CURRENCY_OF, PER_CURRENCIES, aliasCurrency } from './currencies';
import { extractNumbers } from '../extract';
import { idsOf } from '../test-engine';

describe('currencies: the moving currency of an FX alias', () => {
  it('is the one named first, or none for a quote written as such', () => {
    expect(aliasCurrency('the pound against the dollar')).toBe('GBP');
    expect(aliasCurrency('Canadian dollar')).toBe('CAD');
    expect(aliasCurrency('yen per dollar')).toBeUndefined();
    expect(aliasCurrency('Nikkei 225')).toBeUndefined();
  });
});

describe('currencies: one list of words, read by the number reader', () => {
  it('every currency word written after a figure or per a quote has its ISO code in the one list', () => {
    for (const { word } of AFTER_FIGURE_CURRENCIES) expect(CURRENCY_OF.get(word), word).toMatch(/^[A-Z]{3}$/);
    for (const word of PER_CURRENCIES) expect(CURRENCY_OF.get(word), word).toMatch(/^[A-Z]{3}$/);
  });
  it('the number reader takes the currency and the quote currency from those lists', () => {
    const [amount] = extractNumbers('The fare was 300 euros.');
    expect(amount?.currency).toBe('EUR');
    const [quote] = extractNumbers('The pair traded at 155.20 per greenback.');
    expect(quote?.per).toBe('USD');
  });
});

describe('franc-after-figure', () => {
  it('"the euro at 0.9284 francs" is a quote in francs, no catalogue pair', () => {
    expect(idsOf('The euro was at 0.9284 francs shortly after the decision.', '2026-06-18')['0.9284 francs']).toBe('-');
  });
});

describe('currencies: a figure written in won', () => {
  it('"fell 24.76 won to 1,477.10 won" after a yen quote is the won\'s move, never the yen\'s', () => {
    const ids = idsOf(
      'The dollar slipped to 158.39 yen at the New York noon rate from 159.90 on Tuesday, and fell 24.76 won to 1,477.10 won.',
      '2026-04-08',
    );
    expect(ids['24.76 won']).toBe('fx.usdkrw');
    expect(ids['158.39 yen']).toBe('fx.usdjpy');
  });
});
