import { RefreshError } from '../fetch';

/**
 * Splits a small CSV reply into rows. Handles quoted fields ("a,b" and doubled quotes) because
 * SDMX and central-bank files quote titles; no multi-line fields are expected in these feeds.
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    cells.push(cur);
    rows.push(cells.map((x) => x.trim()));
  }
  return rows;
}

/** A number as publishers write it ("4.16", "-0.10", "1,234.5"); null for their blanks ('.', '', 'ND', 'NA'). */
export function publishedNumber(who: string, raw: string, where: string): number | null {
  const s = raw.trim();
  if (s === '' || s === '.' || s === 'ND' || s === 'NA' || s === '-') return null;
  const t = s.replace(/,/g, '');
  if (!/^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(t))
    throw new RefreshError(`${who}: "${s.slice(0, 20)}" at ${where} is not a number`);
  return Number(t);
}
