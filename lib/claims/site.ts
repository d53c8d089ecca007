import type { ClaimContext, NumericExpression } from './types';
import type { SentenceInfo } from './sentence-info';
import type { PageCountry } from './page-country';
import type { Occurrence } from './match';

/**
 * Example: the 1.2% of "the Nikkei 225 rose 1.2%", with its sentence: everything the subject rules
 * ask of one figure, as one record instead of a dozen positional parameters.
 */
export interface ClaimSite {
  /** The block's text (a table cell with its headers before it). */
  readonly text: string;
  readonly info: SentenceInfo;
  readonly expr: NumericExpression;
  /** The figure's context (kind, direction, period), read on first use. */
  readonly getCtx: () => ClaimContext;
  /** The claim's first and last token. */
  readonly cs: number;
  readonly ce: number;
  /** The first token of each figure of the sentence. */
  readonly numberIdx: number[];
  /** Qualifier groups (countries, central banks) the sentence names anywhere. */
  readonly sentenceGroups: ReadonlySet<string>;
  /** Countries named earlier in the claim's clause, worked out on first use. */
  readonly beforeGroups: () => ReadonlySet<string>;
  /** A table cell, read with its headers: the row's country qualifies the column's figure. */
  readonly cell: boolean;
  readonly page: PageCountry;
}

/** A reason to drop an alias the sentence names as the subject of this figure, whatever its score. */
export type AliasDrop = (o: Occurrence, site: ClaimSite) => boolean;
