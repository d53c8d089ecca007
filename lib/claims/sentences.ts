/**
 * Sentence bounds in a block of text. A full stop ends a sentence only before a capital or an
 * opening quote, and not after an abbreviation ("U.S.", "Dec.", "Mr.") or inside a number.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'est', 'gov', 'sen', 'rep', 'jr', 'sr',
]);

const SENTENCE_STARTERS =
  /^[\s\u00a0]+(?:The|This|That|These|Those|It|Its|In|On|But|And|A|An|He|She|They|We|Meanwhile|However|Yet|Still|Analysts|Investors)\b/;

export interface SentenceSpan {
  start: number;
  end: number;
}

const BOUNDARY_RE = /[.!?](?:["'”’)\]]*)(?=[\s\u00a0]+["“‘'(\[]?[A-Z0-9])|\n+|[.!?]["”’]?$/g;

export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    const at = m.index;
    if (text[at] === '.') {
      const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(start, at - 12), at));
      const word = before?.[1]?.toLowerCase();
      // "U.S." style initials and short abbreviations do not end sentences.
      const initials = !!word && (/^(?:[a-z]\.)+[a-z]$/.test(word) || /^[a-z]$/.test(word));
      // "... with the U.S. The comments ..." does end a sentence.
      const startsSentence = SENTENCE_STARTERS.test(text.slice(at + m[0].length, at + m[0].length + 14));
      if (word && (ABBREVIATIONS.has(word) || (initials && !startsSentence))) continue;
    }
    const end = at + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => /\S/.test(text.slice(s.start, s.end)));
}

export function sentenceAt(spans: SentenceSpan[], offset: number): SentenceSpan {
  for (const s of spans) if (offset >= s.start && offset < s.end) return s;
  return spans[spans.length - 1] ?? { start: 0, end: 0 };
}
