import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('index-contribution', () => {
  it('a stock\'s move that gave "the largest lift to the Nikkei" is not the Nikkei\'s', () => {
    expect(ruleOf('Shiseido rose 2.4% to provide the largest lift to the Nikkei.', '2.4%', '2025-08-20').id).toBe('-');
    expect(ruleOf('Tokyo Electron slid 3.1%, the heaviest drag on the Nikkei.', '3.1%', '2025-08-20').id).toBe('-');
  });
  it('the index named before its own move still is', () => {
    expect(ruleOf('The Nikkei rose 0.4%, a boost to exporters.', '0.4%', '2025-08-20').id).toBe('idx.nikkei225');
  });
});
