import type { AliasDrop } from '../site';
import { anyBetween } from '../subjects/nearness';

/** Example: "the Fed's 2% target" names the 2%, not another figure of the sentence. */
export const figureInsideAlias: AliasDrop = (o, { cs, ce, numberIdx }) => {
  const within = o.last >= cs && o.first <= ce;
  return !within && anyBetween(numberIdx, o.first, o.last);
};
