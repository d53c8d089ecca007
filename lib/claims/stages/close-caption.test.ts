import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('close-caption', () => {
  it('a cell under "Asia at the close, April 16" is a close: a level between two closes is not "traded near"', () => {
    const blocks = [{ text: '26,349.26', context: 'Asia at the close, April 16 · Level · Hang Seng' }];
    const c = claimsOf(blocks, '2026-04-16').find((x) => x.text === '26,349.26');
    expect(c?.indicator?.id).toBe('idx.hang_seng');
    expect(c?.judgement?.verdict).not.toBe('matches');
  });
});
