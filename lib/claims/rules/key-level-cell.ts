import { hasHeader } from './cell-headers';
import { KEY_LEVEL_NOUNS } from './key-level';

/**
 * Example: a cell under "Pivot levels for Friday · S2" or in a "Support" column is a chart level to
 * watch, not where the market stood.
 *
 * A header that names a chart level (support, resistance, pivot, ...) or is a pivot table's column
 * label (S1-S3, R1-R3, PP) makes every figure under it a level to watch.
 */
const KEY_LEVEL_HEADER_RE = new RegExp(String.raw`\b(?:${KEY_LEVEL_NOUNS})s?\b|^(?:[SR][1-3]|PP)$`, 'i');

/** Whether a table cell's headers ("Pivot levels for Friday · S2 · USD/JPY") name levels to watch. */
export function isKeyLevelCell(context: string | undefined): boolean {
  return hasHeader(context, KEY_LEVEL_HEADER_RE);
}
