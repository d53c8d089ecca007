import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { intradayExtremeBefore } from './intraday-extreme';

const verdict = (sentence: string, text: string, published: string) =>
  claimsOf(sentence, published).find((c) => c.text === text)?.judgement?.verdict;

describe("intraday-extreme: a day's low or high is not judged against the close", () => {
  it('"dipped as low as 3.86% in the April 4 session" is check, not red (closes 4.06 → 4.01)', () => {
    const s = 'The 10-year Treasury yield is back near 4.3%, having dipped as low as 3.86% in the April 4 session.';
    expect(verdict(s, '3.86%', '2025-04-17')).toBe('check');
  });
  it("the same figure stated as that day's level is still red", () => {
    const s = 'The 10-year Treasury yield is back near 4.3%, having stood at 3.86% in the April 4 session.';
    expect(verdict(s, '3.86%', '2025-04-17')).toBe('differs');
  });
  it('a "low" far outside any day\'s swing still differs', () => {
    const s = 'The 10-year Treasury yield is back near 4.3%, having dipped as low as 2.86% in the April 4 session.';
    expect(verdict(s, '2.86%', '2025-04-17')).toBe('differs');
  });
  it('reads the words that make a figure an extreme, and not a record close', () => {
    expect(intradayExtremeBefore('touched an intraday high of ')).toBe('high');
    expect(intradayExtremeBefore('fell to a session low of about ')).toBe('low');
    expect(intradayExtremeBefore('closed at a record high of ')).toBeUndefined();
    expect(intradayExtremeBefore('rose to ')).toBeUndefined();
  });

  it('peak-hit: "their peaks reached on January 13, when the 10-year yield hit 4.803%" is the day\'s high', () => {
    expect(
      intradayExtremeBefore('both remain below their 2025 peaks reached on January 13, when the 10-year yield hit '),
    ).toBe('high');
    const s = 'Yields remain below their 2025 peaks reached on January 13, when the 10-year yield hit 4.803%.';
    expect(verdict(s, '4.803%', '2025-12-31')).toBe('check');
  });
});
