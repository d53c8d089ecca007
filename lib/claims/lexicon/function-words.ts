import { wordFlag } from '../tokens';
import { NOT_COUNTED, STOP_AFTER_FIGURE } from './stop-words';

/**
 * Example: "the second-largest cryptocurrency", "Gold miners' shares": small closed word classes the
 * subject rules read by flag, each listed once.
 */

/** Stop words skipped when counting the words after a figure: "24% for Japan". */
export const STOP = wordFlag(STOP_AFTER_FIGURE);

/** Words not counted in distances between an alias and its figure. */
export const WORDLESS = wordFlag(NOT_COUNTED);

export const ORDINAL = wordFlag(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th']);

/** Nouns after an alias that make it a modifier of another subject: gold miners, oil stocks. */
export const SUBJECT_SHIFT = wordFlag([
  'miner',
  'mining',
  'stock',
  'share',
  'producer',
  'company',
  'firm',
  'etf',
  'fund',
  'sector',
  'maker',
  'exporter',
  'importer',
  'supplier',
  'bank',
  'lender',
  'trader',
  'investor',
  'analyst',
  'index-linked',
  'option',
]);

/**
 * "S&P 500 futures were down 0.3%": the contract, not the index; but "Brent futures were quoted at
 * $64.03" is the benchmark itself, a commodity's price being its front futures contract.
 */
export const FUTURES = wordFlag(['future', 'fut']);
