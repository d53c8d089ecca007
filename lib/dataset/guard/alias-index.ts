import type { Dataset } from '../schema';
import { aliasRecords } from '../aliases';

/**
 * Rule: a downloaded dataset's alias index must describe its own aliases, and is never used.
 * Example: an aliasIndex of `{}`, or one whose record 3 reads "Nikkei" where the alias list has
 * "TOPIX", is refused; a consistent one is dropped and the index is rebuilt locally.
 *
 * The engine hands a dataset's `aliasIndex` to Fuse.parseIndex unchecked, and a wrong index makes
 * fuzzy matching point at the wrong aliases or throw on every page: only an index built here (or
 * the one shipped inside the extension) is ever parsed.
 */

interface IndexRecord {
  i?: unknown;
  $?: Record<string, { v?: unknown }>;
}

/** Why the alias index does not match the dataset's aliases, or null (also when there is none). */
export function aliasIndexProblem(ds: Dataset): string | null {
  const index = ds.aliasIndex as { keys?: unknown; records?: unknown } | undefined;
  if (index === undefined) return null;
  const bad = (why: string) => `its alias index does not match its aliases (${why})`;
  if (!index || typeof index !== 'object' || !Array.isArray(index.keys) || !Array.isArray(index.records)) {
    return bad('not a Fuse.js index');
  }
  const aliases = aliasRecords(ds.indicators);
  if (index.records.length !== aliases.length)
    return bad(`${index.records.length} records for ${aliases.length} aliases`);
  for (let k = 0; k < aliases.length; k++) {
    const r = index.records[k] as IndexRecord | null;
    const text = r?.$?.['0']?.v;
    if (r?.i !== k || text !== aliases[k]!.alias) {
      return bad(
        `record ${k} reads ${JSON.stringify(String(text).slice(0, 60))}, the alias is ${JSON.stringify(aliases[k]!.alias)}`,
      );
    }
  }
  return null;
}

/** The dataset without its alias index, so the engine builds its own. */
export function withoutAliasIndex(ds: Dataset): Dataset {
  if (ds.aliasIndex === undefined) return ds;
  const { aliasIndex: _dropped, ...rest } = ds;
  return rest;
}
