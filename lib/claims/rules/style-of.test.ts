import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('style-of', () => {
  it('"The ChiNext gauge—which follows a Nasdaq-style market—rose 2.85%" is not the Nasdaq', () => {
    const s =
      "The ChiNext gauge—which follows China's Nasdaq-style market for young companies—rose 2.85%, ending at 2,951.40.";
    expect(idsOf(s, '2025-10-22')['2.85%']).toBe('-');
  });
  it('the Nasdaq named as itself is still the Nasdaq', () => {
    expect(idsOf('The Nasdaq Composite jumped 1.02% on Tuesday.', '2025-10-22')['1.02%']).toBe('idx.nasdaq_composite');
  });
});
