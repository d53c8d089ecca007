import { describe, expect, it } from 'vitest';
import { assertPlausible } from './plausible';

describe('assertPlausible', () => {
  it('refuses unit slips: a 10-year yield of 469, the yen at 1.5, holdings a thousand times too big', () => {
    expect(() => assertPlausible('X', 'us.ust_10y_yield', 'percent', 469, '2026-08-20')).toThrow(
      /outside the possible range for percent/,
    );
    expect(() => assertPlausible('X', 'jp.boj_policy_rate', 'percent', 99.75, '2025-12-19')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'fx.usdjpy', 'JPY per USD', 1.5, '2026-08-20')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'jp.ust_holdings', 'USD', 1.1855e15, '2025-12')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'us.cpi_yoy', 'percent', Number.NaN, '2026-07')).toThrow(/outside/);
  });
  it('accepts real extremes: negative rates, a 2020-sized payroll fall, inflation above 40%', () => {
    expect(() => assertPlausible('X', 'ch.snb_policy_rate', 'percent', -0.75, '2015-01-15')).not.toThrow();
    expect(() => assertPlausible('X', 'us.nonfarm_payrolls', 'jobs', -20_500_000, '2020-04')).not.toThrow();
    expect(() => assertPlausible('X', 'us.cpi_yoy', 'percent', 45, '1980-01')).not.toThrow();
    expect(() => assertPlausible('X', 'cmd.wti_usd', 'USD per barrel', -37.63, '2020-04-20')).not.toThrow();
  });
  // p2
  it('refuses a tenfold slip in a stock index level (KOSPI 48,407.4 for 4,840.74), accepts the real level', () => {
    expect(() => assertPlausible('X', 'idx.kospi', 'points', 48_407.4, '2026-01-16')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.shanghai_composite', 'points', 389, '2025-10-27')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.hang_seng', 'points', 263_384.7, '2026-01-02')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.kospi', 'points', 4_840.74, '2026-01-16')).not.toThrow();
    expect(() => assertPlausible('X', 'idx.hang_seng', 'points', 26_338.47, '2026-01-02')).not.toThrow();
  });
  // p3
  it('silver has its own range: $74 an ounce is real, $7,414 is a decimal slip', () => {
    expect(() => assertPlausible('X', 'cmd.silver_usd', 'USD per troy ounce', 74.14, '2026-01-02')).not.toThrow();
    expect(() => assertPlausible('X', 'cmd.silver_usd', 'USD per troy ounce', 7414, '2026-01-02')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'cmd.gold_usd', 'USD per troy ounce', 5096.6, '2026-01-26')).not.toThrow();
  });
  it('an inflation target above 10% is a misread page, not a policy', () => {
    expect(() => assertPlausible('X', 'us.fed_inflation_target', 'percent', 2, '2012-01-25')).not.toThrow();
    expect(() => assertPlausible('X', 'jp.boj_inflation_target', 'percent', 25, '2013-01')).toThrow(/outside/);
  });
  // stoxx
  it('index bounds: a European index level with a slipped decimal is refused, its real range kept', () => {
    expect(() => assertPlausible('X', 'idx.stoxx50', 'points', 576806, '2026-03-06')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.stoxx50', 'points', 57.6806, '2026-03-06')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.dax', 'points', 238135.9, '2026-03-06')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.stoxx50', 'points', 1000, '2009-03-09')).not.toThrow();
    expect(() => assertPlausible('X', 'idx.dax', 'points', 23813.59, '2026-03-06')).not.toThrow();
    // euronext
    expect(() => assertPlausible('X', 'idx.cac40', 'points', 82589.4, '2026-01-16')).toThrow(/outside/);
    expect(() => assertPlausible('X', 'idx.cac40', 'points', 8258.94, '2026-01-16')).not.toThrow();
    // Other indices keep the generic points range.
    expect(() => assertPlausible('X', 'idx.djia', 'points', 576806, '2026-03-06')).not.toThrow();
  });
});
