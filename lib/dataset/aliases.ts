import type { Indicator } from './schema';

/** One searchable phrase: an indicator's name or one of its aliases. */
export interface AliasRecord {
  alias: string;
  id: string;
}

/** Fuse.js keys for AliasRecord; the build and the matcher must agree on them. */
export const ALIAS_KEYS = ['alias'] as const;

/**
 * The list the alias index is built over. Its order is the index's order, so the build
 * (Fuse.createIndex) and the matcher (Fuse.parseIndex) must both call this.
 */
export function aliasRecords(indicators: readonly Indicator[]): AliasRecord[] {
  const out: AliasRecord[] = [];
  for (const ind of indicators) {
    out.push({ alias: ind.name, id: ind.id });
    for (const alias of ind.aliases) out.push({ alias, id: ind.id });
  }
  return out;
}
