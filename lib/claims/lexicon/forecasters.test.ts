import { describe, expect, it } from 'vitest';
import { contextOf } from '../../../tests/helpers/context-of';

const hyp = (text: string, n: string) => contextOf(text, n, '2025-06-10').hypothetical;

describe('forecasters: "<who> now see <level>" is an expectation', () => {
  it('"Some desks now see $125,000 for bitcoin", "strategists see the pair at 150"', () => {
    expect(hyp('Some desks now see $125,000 for bitcoin before the summer is out.', '$125,000')).toBe(true);
    expect(hyp('Currency strategists see the pair at 150 by the autumn.', '150')).toBe(true);
  });

  it('a past reading is not: "desks saw heavy selling as bitcoin fell to $101,000"', () => {
    expect(hyp('Bitcoin fell to $101,000 as desks reported heavy selling.', '$101,000')).toBe(false);
  });
});
