/**
 * A small RFC 4180 reader for the dataset's source files. It keeps the line each record starts
 * on, so build errors can point a maintainer at `file:line`.
 */

export interface CsvRecord {
  /** 1-based line number of the record's first character in the file. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  /** Problems with the file's shape (unterminated quote, wrong field count). */
  errors: { line: number; reason: string }[];
}

export function parseCsv(text: string): CsvTable {
  const rows: CsvRecord[] = [];
  const errors: CsvTable['errors'] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  // A BOM would otherwise become part of the first header name.
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let endOfRecord = false;
    while (!endOfRecord) {
      if (i < n && text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          field += c;
          i++;
        }
        if (!closed) {
          errors.push({ line: startLine, reason: 'unterminated quoted field' });
          fields.push(field);
          i = n;
          break;
        }
      }
      while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
      if (i < n && text[i] === ',') {
        fields.push(field);
        field = '';
        i++;
        continue;
      }
      fields.push(field);
      if (text[i] === '\r') i++;
      if (text[i] === '\n') {
        i++;
        line++;
      }
      endOfRecord = true;
    }
    // Blank lines carry no record.
    if (fields.length === 1 && fields[0] === '') continue;
    rows.push({ line: startLine, fields });
  }

  const [head, ...records] = rows;
  const header = head ? head.fields.map((h) => h.trim()) : [];
  for (const r of records) {
    if (r.fields.length !== header.length) {
      errors.push({ line: r.line, reason: `expected ${header.length} fields, found ${r.fields.length}` });
    }
  }
  return { header, records, errors };
}

/** Reads a record as an object keyed by the header; missing fields read as ''. */
export function recordObject(header: string[], rec: CsvRecord): Record<string, string> {
  const out: Record<string, string> = {};
  header.forEach((h, k) => {
    out[h] = (rec.fields[k] ?? '').trim();
  });
  return out;
}
