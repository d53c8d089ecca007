import type { AliasDrop } from '../site';
import { SUBJECT_SHIFT } from '../lexicon/function-words';

/**
 * Example: "Gold miners' shares jumped 4%": a noun right after the alias makes it describe another
 * subject. ("Policy rate · Bank of Japan": past a separator the noun starts another part.)
 */
export const subjectShift: AliasDrop = (o, { info, cs }) => {
  const next = o.last + 1;
  return (
    next < info.tokens.length &&
    (info.tokens[next]!.lex.flags & SUBJECT_SHIFT) !== 0 &&
    next !== cs &&
    !info.punctBetween(o.last, next, true)
  );
};
