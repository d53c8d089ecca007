import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('broke-through: a round level broken through is a milestone, not a reading', () => {
  it('"broke through 45,000 on September 16" is not marked', () => {
    const c = claimsOf(['The Nikkei broke through 45,000 on September 16 for the first time.'], '2025-10-30').find(
      (x) => x.text === '45,000',
    );
    expect(c?.indicator ?? null).toBeNull();
  });
});

describe('pushed-through', () => {
  it('"the dollar pushed through 150 yen" is a level crossed, not a reading', () => {
    const c = claimsOf(['The dollar pushed through 150 yen after the inflation report.'], '2024-02-16').find(
      (x) => x.text === '150 yen',
    );
    expect(c?.indicator ?? null).toBeNull();
  });
});
