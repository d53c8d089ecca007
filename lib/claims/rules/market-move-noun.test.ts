import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { marketMoveNounAfter } from './market-move-noun';

describe('market-move-noun', () => {
  it('"a 3% hit following the Fed\'s decision" is no Fed rate', () => {
    const s = "The coin slid under $90,000, nursing a 3% hit following the Fed's decision.";
    expect(idsOf(s, '2025-12-11')['3%']).not.toBe('us.fed_funds_target_upper');
    expect(marketMoveNounAfter(' hit following')).toBe(true);
    expect(marketMoveNounAfter(' cut in December')).toBe(false);
  });
});
