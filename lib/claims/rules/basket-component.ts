import type { AliasDrop } from '../site';
import type { Token } from '../tokens';
import { BASKET_COMPONENT_WORDS, BASKET_LEFT_OUT_WORDS } from '../lexicon/other-measures';

/**
 * basket-component. Example: "Among the components of euro area inflation, services is expected to have the
 * highest annual rate, at 3.5%": a part of the basket named as a subject between the inflation measure and the
 * figure gives that part's rate, not the headline's.
 */
/** What may follow a component (tokens singular) that is itself the subject: "services is", "energy prices", "food inflation". */
const SUBJECT_NEXT: ReadonlySet<string> = new Set([
  'inflation',
  'price',
  'cost',
  'component',
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
]);
/** How many words before the component BASKET_LEFT_OUT_WORDS reaches: "strips out volatile fresh food". */
const NOT_SUBJECT_REACH = 6;

export const basketComponent: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'inflation' || o.last >= cs) return false;
  const { tokens } = info;
  for (let i = o.last + 1; i < cs; i++) {
    if (!BASKET_COMPONENT_WORDS.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1];
    // "excludes food and energy, was up 3.0%": past a comma the verb is the measure's, not the component's.
    if (!next || !SUBJECT_NEXT.has(next.norm) || info.punctBetween(i, i + 1, true)) continue;
    if (!leftOutBefore(tokens, i, NOT_SUBJECT_REACH)) return true;
  }
  return false;
};

/** Whether a word that leaves a part of the basket out ("excluding", "strips out") stands within `reach` words before token `k`. */
export function leftOutBefore(tokens: readonly Token[], k: number, reach: number): boolean {
  for (let j = Math.max(0, k - reach); j < k; j++) if (BASKET_LEFT_OUT_WORDS.has(tokens[j]!.norm)) return true;
  return false;
}
