import { pageText } from './page-text';

/**
 * The rows of the first `<table>` after the first place the page's text says `caption`, each row
 * as its cells' text: '<p>Table 2 Growth</p><table><tr><td>Year</td><td>Q1</td></tr></table>'
 * with caption 'Growth' → [['Year', 'Q1']]. Null when the caption or a table after it is missing.
 * A cell spanning several columns is one entry, so callers read rows by their header row, not by
 * position in the page.
 */
export function tableAfter(html: string, caption: string): string[][] | null {
  // Case kept: a caption is title case, while a sentence of prose saying the same words is not.
  const at = html.indexOf(caption);
  if (at < 0) return null;
  const open = /<table\b/i.exec(html.slice(at));
  if (!open) return null;
  const start = at + open.index;
  const end = html.slice(start).search(/<\/table\s*>/i);
  const body = end < 0 ? html.slice(start) : html.slice(start, start + end);
  const rows: string[][] = [];
  for (const tr of body.split(/<tr\b[^>]*>/i).slice(1)) {
    const cells = tr.split(/<t[dh]\b[^>]*>/i).slice(1);
    rows.push(cells.map((c) => pageText(c.replace(/<\/t[dhr]\s*>[\s\S]*$/i, ''))));
  }
  return rows;
}
