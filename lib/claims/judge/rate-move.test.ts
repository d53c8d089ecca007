import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('decision-day: a move dated on its decision day, in force some days later', () => {
  it('"a 25 basis point reduction agreed on April 17" matches the ECB cut effective April 23', () => {
    const s =
      "The European Central Bank's deposit rate has been 2.25% since April 23, after a 25 basis point reduction agreed on April 17.";
    expect(verdictOf(s, '25 basis point', '2025-05-20')).toBe('matches');
  });
});
