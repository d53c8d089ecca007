import { describe, expect, it } from 'vitest';
import { ruleOf } from '../test-engine';

describe('futures-list: an index listed with others whose contracts are named is not the index', () => {
  it('"S&P 500 and Nasdaq futures added 0.3%" is not the S&P 500', () => {
    expect(ruleOf('Early on Friday, S&P 500 and Nasdaq futures added 0.3%.', '0.3%', '2026-01-23').id).not.toBe(
      'idx.sp500',
    );
  });
  it('"contracts tied to the Dow and the S&P 500" are not the S&P 500', () => {
    expect(ruleOf('Futures tied to the Dow and the S&P 500 firmed 0.2% overnight.', '0.2%', '2026-01-23').id).not.toBe(
      'idx.sp500',
    );
  });
  it('the indexes themselves still are', () => {
    expect(ruleOf('The S&P 500 and the Nasdaq each added 0.3% on Friday.', '0.3%', '2026-01-23').id).toBe('idx.sp500');
  });
});

describe('those-tied', () => {
  it('"those linked to the Dow" after futures named earlier are contracts, in a "respectively" list too', () => {
    const s =
      'Nasdaq 100 futures firmed 0.5%; those linked to the S&P 500 and the Dow gained 0.3% and 0.2%, respectively.';
    expect(ruleOf(s, '0.3%', '2026-01-23').id).toBe('-');
    expect(ruleOf(s, '0.2%', '2026-01-23').id).toBe('-');
    expect(
      ruleOf('Nasdaq 100 futures firmed 0.5%; those linked to the Dow gained 0.2%.', '0.2%', '2026-01-23').id,
    ).toBe('-');
  });
  it('a list of the indexes themselves still pairs', () => {
    expect(ruleOf('The S&P 500 and the Dow added 0.3% and 0.2%, respectively.', '0.2%', '2026-01-23').id).toBe(
      'idx.djia',
    );
  });
});
