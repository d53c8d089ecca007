import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('against-other-currency', () => {
  it('the yen quoted against the euro is a cross, not dollar-yen', () => {
    expect(idsOf('Versus the euro, the yen weakened 0.6 percent to 163.10 on Tuesday.', '2024-03-19')['163.10']).toBe(
      '-',
    );
  });

  it('keeps the pair when the quote is also against its own other side', () => {
    expect(idsOf('The yen fell against the dollar and the euro, to 150.60.', '2024-03-19')['150.60']).toBe('fx.usdjpy');
  });

  it('keeps the pair when the cross belongs to another clause', () => {
    expect(
      idsOf('The dollar slipped against the euro, while the yen weakened to 150.60.', '2024-03-19')['150.60'],
    ).toBe('fx.usdjpy');
  });
});
