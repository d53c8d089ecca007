import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('yuan-fixing', () => {
  it('the PBOC’s central parity is not the stored market rate', () => {
    const cs = claimsOf(
      ['Wednesday’s central parity for the yuan, 7.1883, came a touch above Tuesday’s 7.1878.'],
      '2025-01-15',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
    const daily = claimsOf(
      ["The People's Bank of China's daily reference for the yuan came in at 7.1085 per dollar."],
      '2025-09-18',
    );
    expect(daily.filter((c) => c.indicator)).toEqual([]);
  });

  it('a market quote before a fixing named later keeps its subject', () => {
    const cs = claimsOf(
      ['The onshore yuan closed at 7.1125 per dollar after the PBOC set a firmer midpoint.'],
      '2025-09-18',
    );
    expect(cs.find((c) => c.text === '7.1125')?.indicator?.id).toBe('fx.usdcny');
  });
});
