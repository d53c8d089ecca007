import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';
import { revisesMonthTo } from './revised-month';

describe('revised-month: a month revised to a figure is that month of the release named last', () => {
  it('"lowered March to 185,000 ..., and February to 102,000" after the payrolls', () => {
    const blocks = [
      'Employers added 177,000 jobs in April, the Labor Department said.',
      'The statistics bureau lowered March to 185,000, and February to 102,000.',
    ];
    expect(ruleOf(blocks, '185,000', '2025-05-07')).toEqual({ id: 'us.nonfarm_payrolls', rule: 'earlier-subject' });
    expect(ruleOf(blocks, '102,000', '2025-05-07').id).toBe('us.nonfarm_payrolls');
  });
  it('reads only a revision of a month', () => {
    expect(revisesMonthTo('The bureau revised March down to ')).toBe(true);
    expect(revisesMonthTo('The bureau hired 2,000 people in March to ')).toBe(false);
  });
});
