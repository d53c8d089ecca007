import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('index-filler: "stock" or "share" inside an index\'s name', () => {
  it('"the Nikkei stock index" is the Nikkei 225, in points and as a level', () => {
    const ids = idsOf('On Tuesday the Nikkei stock index climbed 812.40 points to 50,120.35.');
    expect(ids['812.40 points']).toBe('idx.nikkei225');
    expect(ids['50,120.35']).toBe('idx.nikkei225');
  });

  it('does not let "stock" into a commodity\'s name: "gold stock prices" are not the gold price', () => {
    const ids = idsOf('Gold stock prices rose 4% on the day.');
    expect(ids['4%']).not.toBe('cmd.gold_usd');
  });
});
