import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const idOf = (s: string, text: string, date: string) => claimsOf(s, date).find((c) => c.text === text)?.indicator?.id;

describe('retail-component', () => {
  it('"nonstore retail sales" and "online retail sales" are one channel, not the headline', () => {
    expect(idOf('Nonstore retail sales climbed 1.1% in June.', '1.1%', '2025-07-17')).toBeUndefined();
    expect(idOf('Online retail sales climbed 1.1% in June.', '1.1%', '2025-07-17')).toBeUndefined();
  });
  it('plain "retail sales" stays the headline', () => {
    expect(idOf('Retail sales climbed 0.6% in June.', '0.6%', '2025-07-17')).toBe('us.retail_sales_mom');
  });
});
