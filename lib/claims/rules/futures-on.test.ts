import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('futures-on: a contract on an index is not the index', () => {
  it('"Futures on the S&P 500 were up 0.2%" is not the S&P 500', () => {
    expect(ruleOf('Futures on the S&P 500 were up 0.2% ahead of the open.', '0.2%', '2025-09-11').id).not.toBe(
      'idx.sp500',
    );
  });
  it('futures-for: "Futures for the Euro Stoxx 50 rose 0.4%" is not the index either', () => {
    expect(ruleOf('Futures for the Euro Stoxx 50 rose 0.4% before the open.', '0.4%', '2026-06-18').id).not.toBe(
      'idx.stoxx50',
    );
  });
  it('the index itself still is', () => {
    expect(ruleOf('The S&P 500 was up 0.2% at the open.', '0.2%', '2025-09-11').id).toBe('idx.sp500');
  });
});

describe('contracts-on', () => {
  it('"Contracts on the S&P 500 were 0.4% lower" before the open are futures, not the index', () => {
    expect(ruleOf('Contracts on the S&P 500 were 0.4% lower before the open.', '0.4%', '2025-09-11').id).not.toBe(
      'idx.sp500',
    );
  });
});
