import { describe, expect, it } from 'vitest';
import { idsOf, ruleOf } from '../test-engine';

describe('earlier-subject: "the index" or "it" points back to the subject named last', () => {
  it('"The index rose 1.2%" after a sentence naming the Nikkei is the Nikkei', () => {
    const blocks = ['The Nikkei 225 closed at 50,339.48 on Friday.', 'The index rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%')).toEqual({ id: 'idx.nikkei225', rule: 'earlier-subject' });
  });

  it('an indefinite "a gauge of banks" does not point back', () => {
    const blocks = ['The Nikkei 225 closed at 50,339.48 on Friday.', 'A gauge of banks rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%').id).toBe('-');
  });

  it('"the index" does not point back to a subject of another kind', () => {
    const blocks = ['Silver was little changed at $61.86 an ounce.', 'The index rose 1.2% on the week.'];
    expect(ruleOf(blocks, '1.2%').id).toBe('-');
  });

  it('"It\'s down 16.6%" is the subject named last', () => {
    const blocks = ['Silver was little changed at $61.86 an ounce.', "It's down 16.6% from its peak."];
    expect(ruleOf(blocks, '16.6%')).toEqual({ id: 'cmd.silver_usd', rule: 'pronoun-it' });
  });

  it('anaphor-over-later-name: "The pair traded at 157.20 ..., firmer for the yen than Monday\'s 157.90"', () => {
    const blocks =
      "The yen barely moved in Tokyo trading. The pair traded at 157.20 at noon in New York, a little firmer for the yen than Monday's 157.90.";
    expect(ruleOf(blocks, '157.20', '2026-01-15')).toEqual({ id: 'fx.usdjpy', rule: 'earlier-subject' });
  });

  it('other-measure: "While the headline PPI dipped 0.1%, it remains 2.6% higher" is not the CPI named before', () => {
    const ids = idsOf(
      [
        'The core CPI rose 3.1% from a year earlier.',
        'The headline PPI fell 0.1% in August, though it is still 2.6% above a year before.',
      ],
      '2025-09-12',
    );
    expect(ids['2.6%']).toBe('-');
  });
});
