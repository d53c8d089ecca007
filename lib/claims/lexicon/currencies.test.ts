import { describe, expect, it } from 'vitest';
import { aliasCurrency } from './currencies';

describe('currencies: the moving currency of an FX alias', () => {
  it('is the one named first, or none for a quote written as such', () => {
    expect(aliasCurrency('the pound against the dollar')).toBe('GBP');
    expect(aliasCurrency('Canadian dollar')).toBe('CAD');
    expect(aliasCurrency('yen per dollar')).toBeUndefined();
    expect(aliasCurrency('Nikkei 225')).toBeUndefined();
  });
});
