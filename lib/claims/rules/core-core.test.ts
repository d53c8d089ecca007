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
