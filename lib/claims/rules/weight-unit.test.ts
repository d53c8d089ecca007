import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('weight-unit: "per pound" of copper is no sterling', () => {
  it('a copper move priced per pound is not a sterling move', () => {
    const text = 'Copper for December delivery added $0.0415 to settle at $4.3120 per pound.';
    const c = claimsOf([text], '2024-09-09').find((x) => x.text === '$0.0415');
    expect(c?.indicator ?? null).toBeNull();
  });

  it('"a pound" after a coffee price is the unit too', () => {
    const text = 'Arabica coffee gained $0.0830 to $2.4410 a pound.';
    expect(claimsOf([text], '2024-09-09').find((x) => x.text === '$0.0830')?.indicator ?? null).toBeNull();
  });

  it('the pound itself is still sterling', () => {
    const text = 'The pound rose 0.3% to $1.3150 against the dollar.';
    expect(claimsOf([text], '2024-09-09').find((x) => x.text === '0.3%')?.indicator?.id).toBe('fx.gbpusd');
  });
});
