import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('vague-range', () => {
  it('"moving in the upper 159 yen range" is no quote; "at 159.42 yen" is', () => {
    expect(
      idsOf('The dollar firmed against the yen, moving in the upper 159 yen range.', '2026-04-28')['159 yen'],
    ).toBe('-');
    expect(idsOf('The dollar firmed against the yen to 159.42 yen.', '2026-04-28')['159.42 yen']).toBe('fx.usdjpy');
  });
});
