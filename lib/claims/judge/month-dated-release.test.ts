import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('month-dated-release: a first print dated by month only may be out by a day in that month', () => {
  it('"Japan\'s GDP grew 0.5% in January-March" on 2026-05-19, stored as first published "2026-05", matches', () => {
    const s = "Japan's real GDP grew 0.5% in January-March from the previous quarter, the Cabinet Office said.";
    expect(verdictOf(s, '0.5%', '2026-05-19')).toBe('matches');
  });
  it('another figure is a question, not "no figure yet"', () => {
    const s = "Japan's real GDP grew 0.9% in January-March from the previous quarter, the Cabinet Office said.";
    expect(verdictOf(s, '0.9%', '2026-05-19')).toBe('check');
  });
});
