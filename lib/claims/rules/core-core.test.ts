import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe("core-core: Japan's core-core index is not its core CPI", () => {
  it('"the core-core inflation rate eased to 3.3% from 3.4%" is not jp.core_cpi_yoy', () => {
    const ids = idsOf(
      "Japan's core-core inflation rate, which leaves out fresh food and energy, eased to 3.3% in August.",
      '2025-09-19',
    );
    expect(ids['3.3%']).toBe('-');
  });
  it('the core rate itself still is', () => {
    expect(idsOf("Japan's core inflation eased to 2.7% in August.", '2025-09-19')['2.7%']).toBe('jp.core_cpi_yoy');
  });
});

describe('fresh-food-and-energy', () => {
  it('"prices ex fresh food and energy" is the core-core measure, "ex fresh food" alone is core', () => {
    const ids = idsOf(
      'Tokyo prices ex fresh food and energy: 3.1% y/y. National prices ex fresh food: 2.7% y/y in August.',
      '2025-09-19',
    );
    expect(ids['3.1%']).toBe('-');
    expect(ids['2.7%']).toBe('jp.core_cpi_yoy');
  });
});
