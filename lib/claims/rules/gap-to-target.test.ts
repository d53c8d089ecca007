import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isGapToTarget } from './gap-to-target';

describe('gap-to-target: a distance from a target is no figure', () => {
  it('reads "above the BOJ\'s 2% price-stability target"', () => {
    expect(isGapToTarget(" above the BOJ's 2% price-stability target")).toBe(true);
    expect(isGapToTarget(' above its level a year earlier')).toBe(false);
  });
  it('"1.4 percentage points above the BOJ\'s 2% target" is not core CPI', () => {
    const ids = idsOf(
      "Japan's core CPI rose 3.4% in May. That leaves the gauge 1.4 percentage points above the BOJ's 2% price goal.",
      '2025-06-20',
    );
    expect(ids['1.4 percentage points'] ?? '-').toBe('-');
    expect(ids['3.4%']).toBe('jp.core_cpi_yoy');
  });
});

describe('gap-to-rate', () => {
  it('"the Australian cash rate 160 basis points above Canada\'s policy rate" is a spread, not the RBA\'s move', () => {
    const s =
      "That leaves the Australian cash rate 160 basis points above Canada's policy rate, a gap that has widened.";
    expect(idsOf(s, '2026-02-11')['160 basis points'] ?? '-').toBe('-');
  });
});
