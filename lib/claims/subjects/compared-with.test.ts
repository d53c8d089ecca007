import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from '../test-engine';
import { comparesWith } from './compared-with';

describe('compared-with: a name the move is compared with is not its subject', () => {
  it('"a miner slipped 1.9% in line with the gold price" is the miner\'s move', () => {
    const ids = idsOf('Shares of Copperfield Mining slipped 2.3% in line with the gold price on Monday.');
    expect(ids['2.3%']).toBe('-');
  });

  it('"rose 1.1%, outpacing the Nasdaq": the Nasdaq is the yardstick', () => {
    const ids = idsOf('Lakeshore Foods rose 1.1%, outpacing the Nasdaq Composite.');
    expect(ids['1.1%']).toBe('-');
  });

  it('the subject named before the figure keeps it', () => {
    const ids = idsOf('Gold slipped 1.4% on Monday, in line with silver.');
    expect(ids['1.4%']).toBe('cmd.gold_usd');
    expect(comparesWith(' on Tuesday after the ')).toBe(false);
  });
});

describe('outdone-object', () => {
  it('the name after a verb of outdoing is what the subject beat, not what moved', () => {
    expect(ruleOf('Silver has comfortably beaten gold in returns, up 150% this year.', '150%', '2025-12-26').id).toBe(
      'cmd.silver_usd',
    );
    expect(ruleOf('Gold has outperformed the S&P 500 this year, rising 60%.', '60%', '2025-12-26').id).toBe(
      'cmd.gold_usd',
    );
  });
  it('outdone-owns-figure: "outpacing gold\'s 59 percent gain": the beaten name\'s possessive owns the figure', () => {
    const s = 'Silver has roughly doubled this year, easily outpacing gold’s 59 percent gain.';
    expect(ruleOf(s, '59 percent', '2025-12-11').id).toBe('cmd.gold_usd');
  });
  it('without a subject before the verb, the name after it is still read', () => {
    expect(ruleOf('Outperforming the Dow, the S&P 500 rose 1.2% on Friday.', '1.2%', '2025-12-26').id).toBe(
      'idx.sp500',
    );
  });
});
