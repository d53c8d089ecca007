import { describe, expect, it } from 'vitest';
import { lineOf, markCss } from './markStyle';

describe('marks carry a line pattern by verdict, so colour is not the only signal', () => {
  it('alarms are wavy, agreement solid, neutral verdicts dotted', () => {
    expect(lineOf('differs')).toBe('wavy');
    expect(lineOf('inconsistent')).toBe('wavy');
    expect(lineOf('matches')).toBe('solid');
    expect(lineOf('close')).toBe('solid');
    for (const v of ['since-changed', 'check', 'no-figure-yet', 'unverifiable', 'not-a-verdict'])
      expect(lineOf(v)).toBe('dotted');
  });

  it('the underline style paints each verdict with its own line', () => {
    const css = markCss('underline', (v) => `h-${v}`);
    expect(css).toMatch(/::highlight\(h-differs\)\{text-decoration:underline wavy /);
    expect(css).toMatch(/::highlight\(h-matches\)\{text-decoration:underline solid /);
    expect(css).toMatch(/::highlight\(h-check\)\{text-decoration:underline dotted /);
  });
});
