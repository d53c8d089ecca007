import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('named-move-other', () => {
  it('"Bitcoin slid after the 0.9% July PPI surge": the move is the PPI\'s, not bitcoin\'s', () => {
    expect(idsOf('Bitcoin slid after the 0.9% July PPI surge rattled traders.', '2025-08-21')['0.9%']).toBe('-');
  });
  it('"the 9% Topix slump" stays the index\'s move', () => {
    expect(idsOf('Rate hikes rattle stocks, as the 9% Topix slump showed.', '2025-11-10')['9%']).toBe('idx.topix');
  });
});
