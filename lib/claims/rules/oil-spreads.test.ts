import { describe, expect, it } from 'vitest';
import { claimsOf, idsOf } from '../test-engine';

describe('commodity-spread and benchmark-pair-spread (rules/spread.ts)', () => {
  it('"the Brent premium over the U.S. grade widened to $8.15" is a spread, not WTI', () => {
    expect(
      idsOf(['Spot WTI firmed to $62.75, and the Brent premium over the U.S. grade widened to $8.15.'], '2026-01-28')[
        '$8.15'
      ],
    ).toBe('-');
  });
  it('"The Brent-WTI spread widened to roughly $5 ..., from about $3": both dollar figures are the spread\'s', () => {
    const ids = idsOf(
      [
        "The Brent-WTI spread widened to roughly $5 as the U.S. grade took the brunt of the selling, from about $3 at Friday's close.",
      ],
      '2025-06-23',
    );
    expect([ids.$5, ids.$3]).toEqual(['-', '-']);
  });
});

describe('same-stretch (checks/one-value.ts)', () => {
  // 2024-10-04: WTI rose 0.8% on the day and 9.0% on the week.
  it('"WTI gained 9.0% over the same stretch" is the week\'s move, not a second reading of the day\'s 0.8%', () => {
    const c = claimsOf(
      [
        'Spot Brent rose $1.75, or 2.3%, to $79.32 a barrel, while West Texas Intermediate added 60 cents, or 0.8%, to $74.93.',
        'Over the week Brent went from $71.63 to $79.32, a jump of 10.7%. The U.S. grade gained 9.0% over the same stretch, climbing from $68.72 last Friday to $74.93.',
      ],
      '2024-10-04',
    ).find((x) => x.text === '9.0%')!;
    expect(c.indicator?.id).toBe('cmd.wti_usd');
    expect(c.judgement?.verdict).not.toBe('inconsistent');
    expect(c.judgement?.verdict).not.toBe('differs');
  });
});
