import { describe, expect, it } from 'vitest';
import { CharBudget } from './budget';

describe('CharBudget', () => {
  it('lets a minute’s allowance through, then refuses until it refills', () => {
    const b = new CharBudget(1000, 60_000, 0);
    expect(b.take(600, 0)).toBe(true);
    expect(b.take(400, 0)).toBe(true);
    expect(b.take(1, 0)).toBe(false);
    // Refills at capacity per minute: 100 characters after 6 s.
    expect(b.waitMs(100, 0)).toBe(6000);
    expect(b.take(100, 5_000)).toBe(false);
    expect(b.take(100, 6_000)).toBe(true);
  });

  it('a refused request spends nothing', () => {
    const b = new CharBudget(1000, 60_000, 0);
    b.take(900, 0);
    expect(b.take(200, 0)).toBe(false);
    expect(b.available(0)).toBe(100);
  });

  it('never holds more than its capacity, and lets one oversized request through on a full allowance', () => {
    const b = new CharBudget(1000, 60_000, 0);
    expect(b.available(10 * 60_000)).toBe(1000);
    expect(b.take(5000, 10 * 60_000)).toBe(true);
    expect(b.take(1, 10 * 60_000)).toBe(false);
  });

  it('bounds a page churning 40,000 characters a second to its allowance per minute', () => {
    const b = new CharBudget(600_000, 60_000, 0);
    let sent = 0;
    for (let t = 0; t < 120_000; t += 1000) if (b.take(40_000, t)) sent += 40_000;
    // Two minutes: the first allowance plus two minutes' refill (1.8 million), not the 4.8 million asked.
    expect(sent).toBeLessThanOrEqual(1_800_000);
    expect(sent).toBeGreaterThan(1_500_000);
  });
});
