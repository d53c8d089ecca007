import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
describe("product-exports: one product's share of exports is not the U.S. share of all exports", () => {
  it('"car exports to the US ... 28% of all shipments" is unmarked', () => {
    expect(
      idsOf('Vehicle exports to the US were about 28% of everything shipped there last year.', '2025-07-23')['28%'],
    ).toBe('-');
  });
});
