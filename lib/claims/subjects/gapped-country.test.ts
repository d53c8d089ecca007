import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

// TIC for February 2025 (first print 2025-04-16): Japan 1,125.9, China 784.3 ($ billion; data/facts.csv).
describe('gapped-country', () => {
  it('"Japan lifts its stash to $1,125.9 billion, China to $784.3 billion": the second figure is China\'s', () => {
    const ids = idsOf(
      'February TIC: Japan lifts its Treasury stash to $1,125.9 billion, China to $784.3 billion.',
      '2025-04-17',
    );
    expect(ids['$1,125.9 billion']).toBe('jp.ust_holdings');
    expect(ids['$784.3 billion']).toBe('cn.ust_holdings');
  });
  it('", and China to" opens a gapped clause too', () => {
    const ids = idsOf(
      'Japan raised its Treasury holdings to $1,125.9 billion in February, and China to $784.3 billion.',
      '2025-04-17',
    );
    expect(ids['$784.3 billion']).toBe('cn.ust_holdings');
  });
});
