import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('spread-words: a gap between two rates is neither rate', () => {
  it('spread-edge: "a yield edge of about 250 basis points over the euro" is not the Fed\'s rate', () => {
    const ids = idsOf(
      "With the Federal Reserve's target range where it is, the dollar keeps a yield edge of about 250 basis points over the euro.",
    );
    expect(ids['250 basis points']).toBe('-');
  });

  it('a move of the rate itself is still the rate', () => {
    const ids = idsOf('The Federal Reserve lowered its target range by 25 basis points on Wednesday.');
    expect(ids['25 basis points']).toBe('us.fed_funds_target_upper');
  });

  it('curve-slope: "keeping the curve\'s slope near 48 basis points" is no move of the yield named before', () => {
    const ids = idsOf("The 10-year yield eased to 4.2%, keeping the curve's slope near 48 basis points.", '2026-04-02');
    expect(ids['48 basis points']).toBe('-');
  });
});
