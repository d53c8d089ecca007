import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('undated-start', () => {
  // Stored USD/JPY noon rate: 155.29 on 2025-12-15.
  it('"the yen has slid to 155 from 141.20", with no day for the start, is a question, not red', () => {
    expect(verdictOf('The weak yen has slid to 155 from 141.20 per dollar.', '141.20', '2025-12-15')).toBe('check');
  });
  it("a start that is one of the last week's closes is still matched to it", () => {
    expect(verdictOf('The yen weakened to 155.29 per dollar from 155.81.', '155.81', '2025-12-15')).toBe('matches');
  });
});
