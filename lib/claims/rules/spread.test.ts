import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('spread: a gap between two yields is not either yield', () => {
  it('"the gap between 10-year Treasury and JGB yields" is no yield', () => {
    expect(ruleOf('The 10-year Treasury yield narrowed to 4.05%.', '4.05%').id).toBe('us.ust_10y_yield');
    expect(ruleOf('The gap between 10-year Treasury and JGB yields narrowed to 2.05%.', '2.05%').id).toBe('-');
  });
});
