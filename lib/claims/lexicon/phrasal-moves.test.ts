import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { reversesParticle } from './phrasal-moves';

describe('phrasal-moves: "gave up" is a fall, "popped" a rise, "withered" a fall', () => {
  it('reads the particle after "give" as the opposite move', () => {
    expect(reversesParticle('gave', 'up')).toBe(true);
    expect(reversesParticle('moved', 'up')).toBe(false);
  });

  it('"the euro gave up 0.4%" is a fall of EUR/USD', () => {
    const c = claimsOf('On Monday the euro gave up 0.4% against the dollar.').find((x) => x.text === '0.4%');
    expect(c?.indicator?.id).toBe('fx.eurusd');
    expect(c?.value).toBe(-0.4);
  });

  it('"popped" and "withered" are moves', () => {
    const up = claimsOf('Gold popped 1.3% to $4,300 an ounce.').find((x) => x.text === '1.3%');
    expect(up).toMatchObject({ kind: 'change', value: 1.3 });
    const down = claimsOf('Silver withered 2.2% on the day.').find((x) => x.text === '2.2%');
    expect(down?.value).toBe(-2.2);
  });

  it('"gave up" split by a source indent is still a fall', () => {
    const c = claimsOf('On Monday the euro gave         up 0.4% against the dollar.').find((x) => x.text === '0.4%');
    expect(c?.value).toBe(-0.4);
  });

  it('gives-back: "Silver Gives Back 1.4%" is a fall', () => {
    const c = claimsOf('Silver Gives Back 1.4% as the Dollar Firms').find((x) => x.text === '1.4%');
    expect(c?.value).toBe(-1.4);
  });

  it('pulled-back: "Brent pulled back $1.20 to $71.40" is a fall of $1.20, not a price', () => {
    const c = claimsOf('Brent pulled back $1.20 to $71.40 a barrel.').find((x) => x.text === '$1.20');
    expect([c?.value, c?.kind]).toEqual([-1.2, 'change']);
    const level = claimsOf(
      'The Hang Seng fell 0.8% to 23,810.40, pulling back from the 24,120.50 it reached on Monday.',
    ).find((x) => x.text === '24,120.50');
    expect([level?.indicator?.id, level?.value]).toEqual(['idx.hang_seng', 24120.5]);
  });
});

describe('causative-participle', () => {
  it('"note prices pushed higher, weighing yields to 3.73% from 3.75%": no wrong-way flag', () => {
    const cs = claimsOf(
      ['With buyers back, ten-year note prices pushed higher, weighing yields to 3.73% from 3.75%.'],
      '2024-09-24',
    );
    expect(cs.find((c) => c.text === '3.73%')?.judgement?.verdict).not.toBe('inconsistent');
  });
});
