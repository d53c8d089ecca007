import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('headline-of-core', () => {
  it('"Headline PCE inflation" is not core PCE, which "PCE inflation" alone names', () => {
    expect(idsOf('Headline PCE inflation eased to 2.3% in June.', '2025-07-31')['2.3%']).toBe('-');
    expect(idsOf('PCE inflation eased to 2.8% in June.', '2025-07-31')['2.8%']).toBe('us.core_pce_yoy');
  });
});
