import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('after-conjunction: a name past "as", "while" or "after" belongs to that clause', () => {
  it('"kept its key rate at 4 per cent on Thursday as UK inflation worries linger" is the Bank Rate', () => {
    const ids = idsOf(
      'The Bank of England kept its key interest rate at 4 per cent on Thursday as worries over UK inflation linger.',
      '2025-09-18',
    );
    expect(ids['4 per cent']).toBe('uk.boe_bank_rate');
  });
  it('a name right after the figure, with no clause between, still owns it', () => {
    expect(idsOf('Gaining 1.2% on the day, the Nikkei 225 led Asia higher.', '2025-09-18')['1.2%']).toBe(
      'idx.nikkei225',
    );
  });
});
