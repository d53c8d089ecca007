import type { AliasDrop } from '../site';
import { GDP_COMPONENT_WORDS } from '../lexicon/other-measures';

/**
 * gdp-component: "Japan GDP, April-June (revised) · Private consumption, q/q · +0.4%", "GDP grew 0.5%, and
 * business investment 0.6%": a part of output named between the growth measure and the figure gives that
 * part's growth, not the economy's.
 */
/** Words right before a component that make it a cause, not the subject: "driven by consumption". */
const CAUSE_BEFORE: ReadonlySet<string> = new Set(['by', 'from', 'despite', 'on']);

export const gdpComponent: AliasDrop = (o, { info, cs }) => {
  if (o.entry.indicator.kind !== 'growth' || o.last >= cs) return false;
  const { tokens } = info;
  for (let i = o.last + 1; i < cs; i++) {
    if (!GDP_COMPONENT_WORDS.has(tokens[i]!.norm)) continue;
    const before = tokens[i - 1]?.norm;
    const before2 = tokens[i - 2]?.norm;
    if (before && (CAUSE_BEFORE.has(before) || (before2 && CAUSE_BEFORE.has(before2)))) continue;
    return true;
  }
  return false;
};
