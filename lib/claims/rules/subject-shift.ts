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
  return shifts && next !== cs && !info.punctBetween(o.last, next, true) && !firmsAsVerb(info.tokens, next);
};

/** Words after "firms" that make it the verb: "Loonie Firms to 1.3575", "gold firms above $4,000". */
const AFTER_VERB: ReadonlySet<string> = new Set([
  'to',
  'at',
  'as',
  'on',
  'above',
  'past',
  'toward',
  'towards',
  'against',
]);

/** firms-verb: "Loonie Firms to 1.3575": "firms" moving the alias, not firms it describes ("gold firms' shares"). */
function firmsAsVerb(tokens: readonly { norm: string; text?: string }[], k: number): boolean {
  return tokens[k]!.norm === 'firm' && AFTER_VERB.has(tokens[k + 1]?.norm ?? '');
}
