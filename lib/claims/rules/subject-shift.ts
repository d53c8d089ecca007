import type { AliasDrop } from '../site';
import { FUTURES, SUBJECT_SHIFT } from '../lexicon/function-words';

/** Catalogue ids of commodities: a commodity's price is its front contract. */
export const COMMODITY_ID = 'cmd.';

/**
 * Example: "Gold miners' shares jumped 4%": a noun right after the alias makes it describe another
 * subject. ("Policy rate · Bank of Japan": past a separator the noun starts another part.)
 */
export const subjectShift: AliasDrop = (o, { info, cs }) => {
  const next = o.last + 1;
  if (next >= info.tokens.length) return false;
  const flags = info.tokens[next]!.lex.flags;
  // "Brent futures": a commodity's price is its front contract, so the alias still names the benchmark
  // (commodities are the catalogue's `cmd.` ids).
  const shifts = (flags & SUBJECT_SHIFT) !== 0 || ((flags & FUTURES) !== 0 && !o.entry.id.startsWith(COMMODITY_ID));
  return shifts && next !== cs && !info.punctBetween(o.last, next, true);
};
