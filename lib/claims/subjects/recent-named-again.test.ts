import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('recent-named-again', () => {
  it('a quote opened by silver, naming gold further on, leaves "the metal" silver', () => {
    const blocks = [
      'Spot silver jumped 4.5% to $100.49 an ounce.',
      '"Silver is riding the tide that lifted gold this winter," a dealer told us.',
      'The metal has risen 12% since the start of January.',
    ];
    expect(ruleOf(blocks, '12%', '2026-01-23').id).toBe('cmd.silver_usd');
  });
});
