import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';

describe('its-own-measure', () => {
  it('"The two-year note, ...: its yield slipped 1 basis point to 3.98%": the opening subject\'s yield', () => {
    const ids = idsOf(
      [
        'The two-year note, which tracks bets on the policy rate most closely of all, went the other way in the session: its yield slipped 1 basis point to 3.98%.',
      ],
      '2024-10-10',
    );
    expect(ids['1 basis point']).toBe('us.ust_2y_yield');
    expect(ids['3.98%']).toBe('us.ust_2y_yield');
  });
});
