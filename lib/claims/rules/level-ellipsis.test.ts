import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';
import { levelEllipsis } from './level-ellipsis';

// Tuesday 2025-09-30: Monday's closes were 45,043.75 (Nikkei) and 3,131.57 (Topix); Tuesday's Topix 3,137.60.
describe('level-ellipsis', () => {
  it('"closed Monday at 45,043.75 and the broader Topix at 3,131.57": both are Monday\'s closes', () => {
    const c = claimsOf(
      ['In Tokyo the Nikkei 225 closed Monday at 45,043.75 and the broader Topix at 3,131.57.'],
      '2025-09-30',
    ).find((x) => x.text === '3,131.57')!;
    expect(c.period?.type).toBe('span');
    expect(c.judgement?.verdict).toBe('matches');
  });
  it('a second name and "at"; not a new verb', () => {
    expect(levelEllipsis(' and the broader Topix at ')).toBe(true);
    expect(levelEllipsis(' and the Topix rose to ')).toBe(false);
  });
});

describe('ellipsis-after-day', () => {
  // 10-year Treasury yield 4.15% on 2024-07-30, a Tuesday (data/series).
  it("\"the 2-year stood at 4.35% at Tuesday's close and the 10-year at 4.15%\": the 10-year's level is Tuesday's too", () => {
    const c = claimsOf(
      "For reference, the 2-year stood at 4.35% at Tuesday's close and the 10-year at 4.15%.",
      '2024-07-31',
    ).find((x) => x.text === '4.15%');
    expect(c?.period?.type === 'span' ? c.period.to : null).toBe('2024-07-30');
    expect(levelEllipsis(" at Tuesday's close and the 10-year at ")).toBe(true);
  });
});
