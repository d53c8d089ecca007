import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { ruleOf } from '../test-engine';

describe('subject-shift: a noun after the alias makes it describe another subject', () => {
  it('"Gold miners\' shares jumped 4%" is not gold', () => {
    expect(ruleOf('Gold jumped 4% on Friday.', '4%').id).toBe('cmd.gold_usd');
    expect(ruleOf("Gold miners' shares jumped 4% on Friday.", '4%').id).toBe('-');
  });
});

describe('futures-abbreviation', () => {
  it('"S&P fut. +0.2%", "Dow fut. +45 pts" in a futures strip are contracts, not the indices', () => {
    expect(ruleOf('S&P fut. +0.2%', '+0.2%').id).toBe('-');
    expect(ruleOf('Dow fut. +45 pts', '+45 pts').id).toBe('-');
  });
});

describe('firms-verb', () => {
  it('"Loonie Firms to 1.3575": "firms" is the move, not companies the loonie describes', () => {
    expect(idsOf(['Loonie Firms to 1.3575 as Crude Climbs'], '2026-01-28')['1.3575']).toBe('fx.usdcad');
  });
});
