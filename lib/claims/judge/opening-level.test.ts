import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { openingLevelBefore } from './opening-level';

describe('opening-level', () => {
  it('"opened the first session of the year at X" is the open: check, not a second close to set against the close', () => {
    const claims = claimsOf(
      "Seoul's KOSPI opened the new year's first session at 4,214.17. By the close on the 14th it stood at 4,723.10.",
      '2026-01-15',
    );
    const open = claims.find((c) => c.text === '4,214.17')!;
    expect(open.indicator?.id).toBe('idx.kospi');
    expect(open.judgement?.verdict).toBe('check');
    expect(open.checks ?? []).toEqual([]);
  });

  it('a close after the opening verb is the close', () => {
    expect(openingLevelBefore('the index opened higher but closed at ')).toBe(false);
    expect(openingLevelBefore('the index opened at ')).toBe(true);
    expect(openingLevelBefore('the pair opened the week at about ')).toBe(true);
  });
});

describe('opening-level without a day', () => {
  it("an open far from the article day's closes, with no day stated, is check, not differs", () => {
    const claims = claimsOf('After the long holiday the KOSPI opened at 4,214.17.', '2026-01-15');
    const open = claims.find((c) => c.text === '4,214.17')!;
    expect(open.indicator?.id).toBe('idx.kospi');
    expect(open.judgement?.verdict).toBe('check');
  });
});

describe('started-the-day', () => {
  it('"closed at $4,380 after starting the day near $4,224": the start is the open, a question, not red', () => {
    expect(openingLevelBefore('The token closed at $4,380 after starting the day near ')).toBe(true);
    expect(openingLevelBefore('The token closed the day near ')).toBe(false);
  });
});
