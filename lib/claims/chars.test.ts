import { describe, expect, it } from 'vitest';
import { isDigitCode, isLetterCode, isWordCharCode, lastWordBeforeSpace } from './chars';

describe("chars: the scanners' character classes agree with the regex classes they stand for", () => {
  it('isLetterCode is [A-Za-z], isDigitCode is \\d, isWordCharCode is \\w, over every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isLetterCode(c) !== /[A-Za-z]/.test(ch)) wrong.push(c);
      if (isDigitCode(c) !== /\d/.test(ch)) wrong.push(c);
      if (isWordCharCode(c) !== /\w/.test(ch)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
    // Past the end of a string, charCodeAt gives NaN: no class.
    expect(isLetterCode(Number.NaN) || isDigitCode(Number.NaN)).toBe(false);
  });

  it('lastWordBeforeSpace: the letters before the trailing space, lower-cased; null without that space', () => {
    expect(lastWordBeforeSpace('the rate stands At \u00a0 ')).toBe('at');
    expect(lastWordBeforeSpace('(above ')).toBe('above');
    expect(lastWordBeforeSpace('rose to 5 ')).toBe('');
    expect(lastWordBeforeSpace('stands at')).toBeNull();
    expect(lastWordBeforeSpace('')).toBeNull();
  });
});
