import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('code-mover', () => {
  it('"KRW rises by 1.3%, tracking strength in the yen" is the won\'s move, not dollar-yen', () => {
    expect(
      idsOf(
        [
          "KRW rises by 1.3%, tracks strength in the Yen [reminder: (US) officials called the won's slide undesirable].",
        ],
        '2026-01-26',
      )['1.3%'],
    ).not.toBe('fx.usdjpy');
  });
});
