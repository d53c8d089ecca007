import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';
import { quotesEarlierEstimate } from './earlier-estimate';

describe('earlier-estimate', () => {
  it('a figure quoted as a replaced estimate is never red', () => {
    const s = 'Second-quarter GDP growth was revised to 3.8%, up from the initially reported 3.3%.';
    expect(verdictOf(s, '3.3%', '2025-09-25')).not.toBe('differs');
  });
  it('reads the words that say so', () => {
    expect(quotesEarlierEstimate('above the previously reported ')).toBe(true);
    expect(quotesEarlierEstimate('up from an initial estimate of ')).toBe(true);
    expect(quotesEarlierEstimate('the economy grew at a ')).toBe(false);
  });
});

describe('estimate-named-after', () => {
  it('"revised up to 3.8% from a 3.3% gain in the previous estimate": the 3.3% is no red', () => {
    const s =
      'U.S. gross domestic product growth was revised up to 3.8% in the second quarter from a 3.3% gain in the previous estimate.';
    expect(verdictOf(s, '3.3%', '2025-09-25')).toBe('check');
  });
});
