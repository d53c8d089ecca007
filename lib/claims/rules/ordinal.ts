import type { AliasDrop } from '../site';
import { ORDINAL } from '../lexicon/function-words';

/** Example: "the second-largest cryptocurrency" is not "the largest cryptocurrency". */
export const ordinal: AliasDrop = (o, { info }) => o.first > 0 && (info.tokens[o.first - 1]!.lex.flags & ORDINAL) !== 0;
