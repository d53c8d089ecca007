import { MONTH_SHORT_WORDS } from './lexicon/month-patterns';
import { isLetterCode, isSpaceCode } from './chars';

/**
 * Sentence bounds in a block of text. A full stop ends a sentence only before a capital or an
 * opening quote, and not after an abbreviation ("U.S.", "Dec.", "Mr.") or inside a number.
 */

const ABBREVIATIONS = new Set([
  ...MONTH_SHORT_WORDS.filter((m) => m !== 'may'),
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'inc',
  'corp',
  // "Shanghai Comp. -0.9%": an index's short name in a strip.
  'comp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
]);

const SENTENCE_STARTERS =
  /^[\s\u00a0]+(?:The|This|That|These|Those|It|Its|In|On|But|And|A|An|He|She|They|We|Meanwhile|However|Yet|Still|Analysts|Investors)\b/;

export interface SentenceSpan {
  start: number;
  end: number;
}

// run-on-stop: "to close at 3,512.40.It was the sixth gain in a row": a page that lost the space after a full stop.
const BOUNDARY_RE = /[.!?](?:["'”’)\]]*)(?=[\s\u00a0]+["“‘'([]?[A-Z0-9])|(?<=[0-9%])\.(?=[A-Z][a-z])|\n+|[.!?]["”’]?$/g;

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    const at = m.index;
    if (text.charCodeAt(at) === 46) {
      if (dotLeader(text, at, at + m[0].length)) continue;
      const word = wordBefore(text, Math.max(start, at - 12), at);
      // "U.S." style initials and short abbreviations do not end sentences.
      const initials = !!word && (/^(?:[a-z]\.)+[a-z]$/.test(word) || /^[a-z]$/.test(word));
      // "... with the U.S. The comments ..." does end a sentence.
      if (
        word &&
        (ABBREVIATIONS.has(word) ||
          (initials && !SENTENCE_STARTERS.test(text.slice(at + m[0].length, at + m[0].length + 14))))
      )
        continue;
    }
    const end = at + m[0].length;
    if (end > start && !blank(text, start, end)) spans.push({ start, end });
    start = end;
  }
  if (start < text.length && !blank(text, start, text.length)) spans.push({ start, end: text.length });
  return spans;
}

/**
 * dot-leader: "FTSE 100 ........ 7,910.50": a run of three or more dots before a figure leads a row's label to
 * its value, as in a wire's markets snapshot; it ends no sentence.
 */
function dotLeader(text: string, at: number, end: number): boolean {
  if (text.charCodeAt(at - 1) !== 46 || text.charCodeAt(at - 2) !== 46) return false;
  let i = end;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return /[\d$€£¥+\-−]/.test(text.charAt(i));
}

/**
 * The lower-cased run of letters and dots ending at `at` that starts with a letter, looking back
 * no further than `from` (what /([A-Za-z][A-Za-z.]*)$/ finds in text[from, at)).
 */
function wordBefore(text: string, from: number, at: number): string | undefined {
  let i = at;
  while (i > from && (isLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) i--;
  while (i < at && !isLetterCode(text.charCodeAt(i))) i++;
  return i < at ? text.slice(i, at).toLowerCase() : undefined;
}

/** Whether text[start, end) is all white space (as \s has it). */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
