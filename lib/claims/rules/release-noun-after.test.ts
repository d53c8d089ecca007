import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { isReleaseNounAfter } from './release-noun-after';

describe('release-noun-after', () => {
  it('reads "print" and "reading" right after a figure, not a rate word', () => {
    expect(isReleaseNounAfter(' print with a softer core')).toBe(true);
    expect(isReleaseNounAfter(' core reading in September')).toBe(true);
    expect(isReleaseNounAfter(' target range')).toBe(false);
  });
  it('a rate written without a release noun is still the rate', () => {
    expect(idsOf('The Fed held its target range at 4.00%-4.25%.', '2025-10-24')['4.00%-4.25%']).toBe(
      'us.fed_funds_target_upper',
    );
  });
});
