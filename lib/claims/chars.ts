/**
 * Character classes by code, for the scanners that read text a character at a time instead of
 * running a pattern over it (tokens, sentence bounds, context read backwards).
 */

/** ASCII letters: what a word token is made of. */
// Setting bit 5 folds A-Z onto a-z (and nothing else onto them): one unsigned comparison for both ranges.
export const isLetterCode = (c: number) => ((c | 32) - 97) >>> 0 < 26;

export const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** What a regex's \w matches. */
export const isWordCharCode = (c: number) => isLetterCode(c) || isDigitCode(c) || c === 95;

/** What a regex's \s matches. */
export const isSpaceCode = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The letters of the word a text ends on, lower-cased, when whitespace follows it to the end ("stands
 * at " gives "at"); null when the text does not end in whitespace. A pattern anchored at the end on
 * "<word>\s+$" is tried at every place of its text: this, read backwards once, tells when it cannot match.
 */
export function lastWordBeforeSpace(s: string): string | null {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  if (i === s.length) return null;
  const end = i;
  while (i > 0 && isLetterCode(s.charCodeAt(i - 1))) i--;
  return s.slice(i, end).toLowerCase();
}

/**
 * U+2063 (invisible separator) marks the edges of <sup>/<sub> in collected text, so that a footnote
 * digit is not read as part of the figure it follows. Here, not in extract.ts, so the page's reader
 * does not carry the number reader.
 */
export const FOOTNOTE_EDGE = '\u2063';
