import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Euro-area HICP: January 2026 1.7%, December 2025 first printed 1.9% (stored 2.0% from a later edition).
describe('prior-reading', () => {
  it('"slowed to 1.7% in January, versus 1.9% prior": the 1.9% is December\'s, never red against January', () => {
    const c = claimsOf(
      ['Euro-area HICP inflation slowed to 1.7% YoY in January, versus 1.9% prior.'],
      '2026-02-05',
    ).find((x) => x.text === '1.9%')!;
    expect(c.period?.type === 'point' ? c.period.period : null).toBe('2025-12');
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});
