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

describe('window-a-session-early near miss', () => {
  it('"a nearly 2,300-point surge over the past two sessions" against 2,296.65 a session earlier is a question', () => {
    const s = 'Profit-taking followed a nearly 2,300-point surge in the Nikkei over the past two sessions.';
    expect(verdictOf(s, '2,300-point', '2026-03-12')).toBe('check');
  });
});
