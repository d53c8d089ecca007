import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('yuan-fixing', () => {
  it('the PBOC’s central parity is not the stored market rate', () => {
    const cs = claimsOf(
      ['The PBOC set the yuan’s central parity at 7.1883 on Wednesday, against 7.1878 on Tuesday.'],
      '2025-01-15',
    );
    expect(cs.filter((c) => c.indicator)).toEqual([]);
    const daily = claimsOf(
      ["The People's Bank of China moved its daily yuan rate to 7.1085 per dollar."],
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
