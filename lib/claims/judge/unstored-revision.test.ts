import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('unstored-revision', () => {
  // Stored UK holdings for 2025-09: 865.0 (first print, 2025-11-18), 862.1 and 862.5 from 2026 table editions.
  it('a September figure a day after the December release, a little off every stored vintage, is a question', () => {
    const blocks = [
      { text: '864.7', context: 'Holdings of U.S. Treasuries ($ billions) · Sept. 2025 · United Kingdom' },
    ];
    expect(claimsOf(blocks, '2025-12-19')[0]?.judgement?.verdict).toBe('check');
  });
  it('a figure far from every vintage stays red', () => {
    const blocks = [
      { text: '846.7', context: 'Holdings of U.S. Treasuries ($ billions) · Sept. 2025 · United Kingdom' },
    ];
    expect(claimsOf(blocks, '2025-12-19')[0]?.judgement?.verdict).toBe('differs');
  });
});
