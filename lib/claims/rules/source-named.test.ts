import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('source-named', () => {
  it('"the noon rate, as published by the Federal Reserve, slid 0.21%" is not the Fed\'s rate', () => {
    const s = "The yuan's noon rate in New York, as published by the Federal Reserve, slid 0.21% on Wednesday.";
    expect(idsOf(s, '2026-05-20')['0.21%']).not.toBe('us.fed_funds_target_upper');
  });
  it('the Fed as the subject still sets its rate', () => {
    expect(
      idsOf('The Federal Reserve held its target range at 3.50%-3.75% on Wednesday.', '2026-05-20')['3.50%-3.75%'],
    ).toBe('us.fed_funds_target_upper');
  });
});
