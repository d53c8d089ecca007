import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('digital-gold', () => {
  it('"Bitcoin, pitched for years as digital gold, has fallen 4.3% in 2025" is the coin\'s move', () => {
    expect(
      idsOf(
        ['Bitcoin, pitched for years as digital gold, has fallen 4.3% in 2025 while bullion soared.'],
        '2025-12-12',
      )['4.3%'],
    ).toBe('crypto.btc_usd');
  });
});
