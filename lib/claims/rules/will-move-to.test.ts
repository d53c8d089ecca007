import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('will-move-to', () => {
  it('"will lower its cash rate at next month\'s meeting with a move to 3.35%" is a forecast, no claim', () => {
    const s = "Traders are confident the RBA will lower its cash rate at next month's meeting with a move to 3.35%.";
    expect(idsOf(s, '2025-07-20')['3.35%']).toBe('-');
  });
  it('"lowered its cash rate at this month\'s meeting with a move to 3.60%" is the decision made', () => {
    const s = "The RBA lowered its cash rate at this month's meeting with a move to 3.60%.";
    expect(idsOf(s, '2025-08-20')['3.60%']).toBe('au.rba_cash_rate');
  });
});
