import { describe, expect, it } from 'vitest';
import { claimsOf, ruleOf } from '../test-engine';
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

describe('month-as-subject', () => {
  it('"July was nudged up to 79,000" is July\'s payrolls, revised', () => {
    const blocks = [
      'Employers added 22,000 jobs in August.',
      'July was nudged up to 79,000, small comfort for the bulls.',
    ];
    const c = claimsOf(blocks, '2025-09-05').find((x) => x.text === '79,000');
    expect(c?.indicator?.id).toBe('us.nonfarm_payrolls');
    expect(c?.period).toMatchObject({ period: '2025-07' });
  });
});
