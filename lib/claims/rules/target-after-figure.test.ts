import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('target-after-figure', () => {
  it('"the core rate sits above the BOJ\'s 2% price-stability target" is the target, not the BOJ\'s rate', () => {
    const s = "Even after the slowdown, the core rate sits above the BOJ's 2% price-stability target.";
    expect(idsOf(s, '2026-01-23')['2%']).toBe('jp.boj_inflation_target');
  });
  it('longer-run-objective (context.ts TARGET_RE): "the Federal Reserve\'s 2% longer-run objective" is no policy rate', () => {
    const s = "Both gauges remain well above the Federal Reserve's 2% longer-run objective.";
    expect(idsOf(s, '2026-05-28')['2%']).not.toBe('us.fed_funds_target_upper');
  });
  it('"its 4.25%-4.50% target range" is still the Fed\'s rate', () => {
    expect(idsOf('The Fed held its 4.25%-4.50% target range on Wednesday.', '2025-06-18')['4.25%-4.50%']).toBe(
      'us.fed_funds_target_upper',
    );
  });
  it('aims-for-after (context.ts): "above the 2 percent the European Central Bank aims for" is no HICP reading', () => {
    const ids = idsOf(
      'Euro-area inflation rose to 2.5 percent in March. That put inflation clearly above the 2 percent the European Central Bank aims for over the medium term.',
      '2026-04-01',
    );
    expect(ids['2.5 percent']).toBe('ea.hicp_yoy');
    expect(ids['2 percent'] ?? '-').toBe('-');
  });
});
