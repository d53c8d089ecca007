import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { aboutRoundHalfStep } from './about-round';

describe('about-round', () => {
  it('"about $93,900" is said to the hundreds', () => {
    expect(aboutRoundHalfStep('Bitcoin was quoted at about ', 93900, 1)).toBe(50);
    expect(aboutRoundHalfStep('Bitcoin was quoted at ', 93900, 1)).toBeNull();
    expect(aboutRoundHalfStep('quoted at about ', 93912, 1)).toBeNull();
    expect(aboutRoundHalfStep('quoted at about ', 1.16, 0.01)).toBeNull();
  });

  it('a quote "at about $93,900" within a rounding of the previous close is not called into question', () => {
    const [c] = claimsOf(['Bitcoin was quoted at about $93,900.'], '2026-01-06');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
