import type { NumericExpression } from '../types';
import { extractNumbers } from '../extract';
import { hasCandidateNumbers } from '../prefilter';
import { applyHeaderScale, headerScale } from '../rules/header-scale';
import { applyColumnUnit, changeColumn } from '../rules/change-column';

/** Example: a table cell "1,189.3" under "Holdings ($bn) · Japan" is read as "Holdings ($bn) Japan · 1,189.3". */

/** A block of text, with optional words that describe it (a table cell's headers). */
export type BlockInput = string | { text: string; context?: string; link?: boolean; levels?: boolean };

export interface ReadBlock {
  /** The text the engine reads: a cell's headers, " · ", then its own text. */
  readonly text: string;
  /** A cell's headers (separators made spaces); undefined in running text. */
  readonly context: string | undefined;
  /** Where the block's own text starts in `text`. */
  readonly shift: number;
  /** The block's figures, with offsets in `text`. */
  readonly exprs: NumericExpression[];
  /** The block is a link to another story or a level to watch (lib/dom/collect.ts): its figures are never claims. */
  readonly link: boolean;
}

/** What joins a cell's headers to its own text: "Key figures · Japan: $1,200.0 billion". */
export const CELL_JOIN = ' · ';
const UNICODE_HYPHENS = /[\u2010\u2011]/g;

/** The block's figures; null for a block without any that could be a claim. */
export function readBlock(block: BlockInput): ReadBlock | null {
  // plain-hyphen: "its October all\u2011time high" is read as "all-time": the non-breaking and Unicode hyphens
  // some sites set are one character each, so every offset stays the page's.
  const own = (typeof block === 'string' ? block : block.text).replace(UNICODE_HYPHENS, '-');
  const context = typeof block === 'string' ? undefined : block.context?.replace(/[:;–—]/g, ' ');
  // Blocks whose only figures are bare integers (dates, counts, page chrome) hold no claim.
  // A signed whole number under a basis-point column ("-7" under "Change (bp)") is a move, not page chrome.
  const column = context ? changeColumn(context, own) : null;
  const bpCell = column === 'bp' && /^[\s\u00a0]*[+\-−][\s\u00a0]?\d+[\s\u00a0]*$/.test(own);
  if (!hasCandidateNumbers(own) && !bpCell) return null;
  const shift = context ? context.length + CELL_JOIN.length : 0;
  const text = context ? `${context}${CELL_JOIN}${own}` : own;
  // A cell's headers are not its figures: numbers are read from its own text only. " · " ends
  // every number and token pattern, so reading the parts apart finds what reading them together would.
  const exprs = extractNumbers(own);
  if (context) {
    // percent-column-first: "Chg % · Gold, LBMA PM ($/oz) · -2.11" is a move in percent: the column's unit
    // outranks the row label's price unit.
    if (column === 'percent' || column === 'bp') applyColumnUnit(exprs, column);
    else {
      const scale = headerScale(context);
      if (scale) applyHeaderScale(exprs, scale);
    }
  }
  if (shift) {
    for (const x of exprs) {
      x.start += shift;
      x.end += shift;
    }
  }
  if (!exprs.length) return null;
  // A link to another story, or an item of a "levels to watch" list: its figures are no claims.
  const link = typeof block !== 'string' && (block.link === true || block.levels === true);
  return { text, context, shift, exprs, link };
}
