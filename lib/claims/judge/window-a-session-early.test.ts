import { describe, expect, it } from 'vitest';
import { verdictOf } from '../test-engine';

describe('window-a-session-early', () => {
  const s = (v: string) =>
    `Investors took profits after the benchmark Nikkei's sharp rally of more than ${v} points over the past three sessions.`;
  it('"a rally of more than 3,200 points over the past three sessions" on a day it fell is a question, not red', () => {
    expect(verdictOf(s('3,200'), '3,200 points', '2026-01-15')).toBe('check');
  });
  it('a figure neither window agrees with is still red', () => {
    expect(verdictOf(s('5,200'), '5,200 points', '2026-01-15')).toBe('differs');
  });
});
