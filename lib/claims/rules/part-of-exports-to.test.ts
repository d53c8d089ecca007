import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('part-of-exports-to', () => {
  it('"vehicles make up roughly 30% of Japanese exports to the US" are a part of those exports', () => {
    expect(
      idsOf(
        ['Vehicles make up roughly 30% of Japanese exports to the US, so the slump hit them hardest.'],
        '2026-01-22',
      )['30%'],
    ).toBe('-');
  });
  it('"Japan ships 19.9% of its goods exports to the United States" is the U.S. share', () => {
    expect(idsOf(['Japan ships 19.9% of its goods exports to the United States.'], '2025-06-01')['19.9%']).toBe(
      'jp.exports_us_share',
    );
  });
});
