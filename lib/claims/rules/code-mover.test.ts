import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('code-mover', () => {
  it('"KRW gains by 1.3%, following the Yen higher" is the won\'s move, not dollar-yen', () => {
    expect(
      idsOf(
        ["KRW gains by 1.3%, following the Yen higher [note: (US) officials say the won's slide is excessive]."],
        '2026-01-26',
      )['1.3%'],
    ).not.toBe('fx.usdjpy');
  });
});
