import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const verdictOf = (text: string, figure: string, published: string) =>
  claimsOf([text], published).find((c) => c.text === figure)?.judgement?.verdict;

describe('spot-futures and a side after the restatement (real wire phrasing, our words)', () => {
  it('"WTI settled up $2.54 at $80.04" is not inconsistent with a spot close 70 cents away the day before', () => {
    const text = 'U.S. crude settled up $2.54, or 3.3%, at $80.04 a barrel on Wednesday.';
    expect(verdictOf(text, '$80.04', '2025-01-15')).not.toBe('inconsistent');
  });
  it('"settled $2.11, or 2.64%, higher at $82.03": $2.11 is the move, not a price of $2.11', () => {
    const text = 'Brent ended $2.11, or 2.64%, higher at $82.03 on Wednesday.';
    expect(verdictOf(text, '$2.11', '2025-01-15')).not.toBe('inconsistent');
  });
});

describe('fx-other-hour', () => {
  it('"The pound rose 0.1% against the U.S. dollar to $1.3381" is not inconsistent with a noon fixing of 1.3390', () => {
    const text = 'Sterling firmed 0.1% against the U.S. dollar to $1.3381 on Thursday.';
    expect(verdictOf(text, '$1.3381', '2025-12-18')).not.toBe('inconsistent');
  });
});
