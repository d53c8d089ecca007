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
});
