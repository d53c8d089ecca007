import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('us-cents-quote', () => {
  it('"C$1.3569, or 73.70 U.S. cents for the loonie": the cents are the pair the other way up, never an implausible red', () => {
    const c = claimsOf(
      ['At noon in New York, one U.S. dollar bought C$1.3569, or 73.70 U.S. cents for the loonie.'],
      '2026-02-11',
    );
    expect(c.find((x) => x.text === '73.70')?.indicator ?? null).toBeNull();
    expect(c.find((x) => x.text === 'C$1.3569')?.indicator?.id).toBe('fx.usdcad');
  });
});
