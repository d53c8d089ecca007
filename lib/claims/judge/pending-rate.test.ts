import { describe, expect, it } from 'vitest';
import { claimsOf, verdictOf } from '../test-engine';

// Stored China tariff: 34% from 2025-04-02, 145% from 2025-04-10 (no step between is stored).
describe('pending-rate', () => {
  it('"is set to take effect tomorrow": a rate yet to start is a question, not red', () => {
    const s = 'A combined 70% tariff on China is set to take effect tomorrow, officials said.';
    expect(verdictOf(s, '70%', '2025-04-08')).toBe('check');
  });
  it('the same rate said to be in force stays red', () => {
    expect(verdictOf('A combined 70% tariff on China is in force, officials said.', '70%', '2025-04-08')).toBe(
      'differs',
    );
  });
  it('a stored step that starts within days and equals it confirms it', () => {
    const s = 'The tariff on China, now 145%, will take effect on Thursday.';
    expect(verdictOf(s, '145%', '2025-04-09')).toBe('matches');
  });
});

describe('unannounced-not-reference', () => {
  it('a step a few days ahead with no stored announcement is never the yardstick on an earlier day', () => {
    // On April 8 the rate in force was 34%, not the 145% that started on the 10th.
    const s = 'The tariff on China stands at 70%.';
    const j = claimsOf(s, '2025-04-08').find((c) => c.text === '70%')?.judgement;
    expect(j?.reference?.value).toBe(34);
    expect(j?.explanation).toContain('In force on 2025-04-08: 34');
  });
});
