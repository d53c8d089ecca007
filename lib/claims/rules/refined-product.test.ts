import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('refined-product', () => {
  it('"fuel oil prices" and "heating oil" are products, not a crude benchmark', () => {
    expect(ruleOf('Heating costs eased as fuel oil prices dropped 5.2% in the month.', '5.2%', '2024-11-13').id).toBe(
      '-',
    );
    expect(ruleOf('Heating oil futures rose 1.9% on the cold snap.', '1.9%', '2024-11-13').id).toBe('-');
  });
  it('"oil prices" alone still name crude', () => {
    expect(ruleOf('Oil prices dropped 2.1% on Tuesday.', '2.1%', '2024-11-13').id).toMatch(/^cmd\./);
  });
});
