import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

// Stored Dow: 45,014.04 on 2024-12-04.
describe('its-after-lead-in', () => {
  it('"For the Dow, ... after its Dec. 4 record close of X": the lead-in names whose level it is', () => {
    const blocks = [
      'The Nasdaq Composite slid 1.8% for the week.',
      'For the Dow, a small gain on Thursday snapped a losing run of ten sessions that started the day after its Dec. 4 record close of 45,014.04.',
    ];
    expect(claimsOf(blocks, '2024-12-21').find((c) => c.text === '45,014.04')?.indicator?.id).toBe('idx.djia');
  });
});
