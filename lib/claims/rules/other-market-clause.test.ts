import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('other-market-clause', () => {
  it('"Nikkei sinks 1,910 points as Shanghai soars 8%": the 8% is not the Nikkei\'s', () => {
    const ids = idsOf('Nikkei sinks 1,910 points as Shanghai soars 8% in its best day in years', '2024-09-30');
    expect([ids['1,910 points'], ids['8%']]).toEqual(['idx.nikkei225', '-']);
  });
  it("keeps the index when the city is its own market's", () => {
    expect(idsOf('Nikkei Sinks 1,910 Points as Tokyo Slides 4.8%', '2024-09-30')['4.8%']).toBe('idx.nikkei225');
  });
  it('comma-city: "Hang Seng sinks 2.84% to 19,846.88, Shanghai sheds 1.39%": the 1.39% is not the Hang Seng\'s', () => {
    const ids = idsOf('Hang Seng sinks 2.84% to 19,846.88, Shanghai sheds 1.39%; yuan at 7.2320', '2024-11-12');
    expect([ids['2.84%'], ids['1.39%']]).toEqual(['idx.hang_seng', '-']);
  });
});
