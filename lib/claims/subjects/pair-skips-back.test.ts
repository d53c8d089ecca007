import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('pair-skips-back', () => {
  it('"the pair" after a yield and a rate points back to the one pair named before them', () => {
    const blocks = [
      'The dollar ended at 149.49 yen at the New York noon fixing.',
      'The 10-year JGB yield eased to 1.427%.',
      'The BOJ policy rate stands at 0.5%.',
      'The pair fell 1.35% on Thursday to 149.63.',
    ];
    expect(ruleOf(blocks, '1.35%', '2025-02-21').id).toBe('fx.usdjpy');
  });
  it('with two pairs named lately, "the pair" is no one\'s', () => {
    const blocks = [
      'The dollar ended at 149.49 yen, and the euro at $1.0467.',
      'The 10-year JGB yield eased to 1.427%.',
      'The pair fell 1.35% on Thursday.',
    ];
    expect(ruleOf(blocks, '1.35%', '2025-02-21').id).toBe('-');
  });
});

describe('pair-skips-back guards', () => {
  const before = ['The dollar ended at 149.49 yen at the New York noon fixing.', 'The BOJ policy rate stands at 0.5%.'];
  it('not past a pair the catalogue lacks, named earlier in the block', () => {
    const block = 'AUD/USD jumped on the release. At the time of writing the pair is down 0.3% on the day.';
    expect(ruleOf([...before, block], '0.3%', '2025-02-21').id).toBe('-');
  });
  it('not for a round level', () => {
    expect(ruleOf([...before, 'With the pair this close to 150, officials are wary.'], '150', '2025-02-21').id).toBe(
      '-',
    );
  });
});
