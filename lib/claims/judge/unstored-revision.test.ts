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

describe('revised-base-unstored', () => {
  // Stored total foreign holdings: October 2025 9,243 (first print), November 9,360 (release of 2026-01-15).
  it('"+112.8" on the month to November is within the October revision the dataset does not keep: a question', () => {
    const blocks = [
      {
        text: '+112.8',
        context:
          'Major Foreign Holders of U.S. Treasuries, End-November 2025 ($ billions) · Change on month · All foreign holders',
      },
    ];
    expect(claimsOf(blocks, '2026-01-16')[0]?.judgement?.verdict).toBe('check');
  });
  it('a change far from the stored one stays red', () => {
    const blocks = [
      {
        text: '+212.8',
        context:
          'Major Foreign Holders of U.S. Treasuries, End-November 2025 ($ billions) · Change on month · All foreign holders',
      },
    ];
    expect(claimsOf(blocks, '2026-01-16')[0]?.judgement?.verdict).toBe('differs');
  });
});

describe('first-print-before-undated-revision', () => {
  // Stored UK holdings for 2025-09: 865.0 (first print, 2025-11-18), 862.1 and 862.5 from tables read in 2026-04 and 2026-05.
  const cell = (text: string) => [
    { text, context: 'Holdings of U.S. Treasuries ($ billions) · Sept. 2025 · United Kingdom' },
  ];
  it('the first print in January, before the month the revising table was read, is a question', () => {
    expect(claimsOf(cell('865.0'), '2026-01-08')[0]?.judgement?.verdict).toBe('check');
  });
  it('after that month it is stale', () => {
    expect(claimsOf(cell('865.0'), '2026-06-10')[0]?.judgement?.verdict).toBe('differs');
  });
});
