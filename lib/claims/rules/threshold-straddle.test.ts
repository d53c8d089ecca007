import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const marked = (t: string, d: string) =>
  claimsOf(t, d)
    .filter((c) => c.indicator)
    .map((c) => c.text);

describe('straddled-level', () => {
  it('"trading on both sides of $100,000": the round level is not a reading; the quote is', () => {
    const t = 'Bitcoin hovered at $100,030.47 on Coinbase after trading on both sides of $100,000 through the session.';
    expect(marked(t, '2024-12-11')).toEqual(['$100,030.47']);
  });
});

describe('as-milestone', () => {
  it('"flagged ... 160 yen as a line that could draw intervention": a level to watch, not a quote', () => {
    const t =
      'The yen closed at 155.20 per dollar, and dealers flagged 160 yen as a line that could draw intervention.';
    expect(marked(t, '2024-12-11')).toEqual(['155.20']);
  });
});

describe('dash-milestone', () => {
  it('"4% — the line the 10-year yield slipped below" is a line, not a reading; "3.97% — the 10-year yield" is one', () => {
    const t = '4% — the line the 10-year yield slipped below for the first time since late October.';
    expect(marked(t, '2026-02-27')).toEqual([]);
    expect(marked("3.97% — the 10-year yield at Friday's close.", '2026-02-27')).toEqual(['3.97%']);
  });
});
