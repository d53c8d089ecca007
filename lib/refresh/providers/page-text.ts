import { MONTH_NAMES } from '../../months';

/**
 * The readable text of an HTML page or of a text file wrapped in `<pre>`, as one line:
 * '<p>the &quot;price stability target&quot;\n at 2&nbsp;percent</p>' → 'the "price stability target" at 2 percent'.
 * Scripts and styles are dropped so their code cannot match a sentence pattern; curly quotes become
 * straight ones so patterns need not list both.
 */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '"',
  rdquo: '"',
  lsquo: "'",
  rsquo: "'",
  ndash: '-',
  mdash: '-',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return Number.isInteger(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[body.toLowerCase()] ?? whole;
}

export function pageText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, decodeEntity)
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** 'January' → '01'; null for anything else. */
export function monthNumber(name: string): string | null {
  const i = (MONTH_NAMES as readonly string[]).indexOf(name);
  return i < 0 ? null : String(i + 1).padStart(2, '0');
}

/** 'January 25, 2012' → '2012-01-25'; null when it is not such a date. */
export function longDate(s: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(s.trim());
  const month = m ? monthNumber(m[1]!) : null;
  return m && month ? `${m[3]}-${month}-${m[2]!.padStart(2, '0')}` : null;
}
