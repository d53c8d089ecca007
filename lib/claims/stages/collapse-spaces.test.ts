import { describe, expect, it } from 'vitest';
import { collapseSpaces } from './collapse-spaces';
import { claimsOf } from '../test-engine';

describe('collapse-spaces', () => {
  it('reads a run of blanks as one space, a run holding a line break as that break, and maps offsets back', () => {
    const raw = 'up  3%\t\tto\n   4';
    const c = collapseSpaces(raw)!;
    expect(c.text).toBe('up 3% to\n4');
    // Every collapsed character stands at its own offset in the raw text.
    for (let i = 0; i < c.text.length; i++)
      if (c.text[i] !== ' ' && c.text[i] !== '\n') expect(raw[c.map[i]!]).toBe(c.text[i]);
    expect(c.map[c.text.length]).toBe(raw.length);
    expect(collapseSpaces('one space each')).toBeNull();
  });
  it('an indented source line break inside a phrase no longer hides it; the mark covers the figure in the page text', () => {
    const t = 'WTI has gained 62.5% since       it ended 2025 at $57.26.';
    const claims = claimsOf([t], '2026-04-14');
    const move = claims.find((c) => c.text === '62.5%')!;
    expect(move.judgement?.verdict).toBe('matches');
    expect(t.slice(move.start, move.end)).toBe('62.5%');
    const level = claims.find((c) => c.text === '$57.26')!;
    expect(t.slice(level.start, level.end)).toBe('$57.26');
  });
});
