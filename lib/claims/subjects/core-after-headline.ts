import { carried, type Candidate, type Mention } from '../candidate';
import { EARLIER_SUBJECT } from '../rules/weights';
import type { CoreIndex } from './core-measure';

/** "core" and the noun it qualifies, between the headline figure and this one: "while core prices rose". */
export const CORE_NOUN_RE = /\bcore[\s\u00a0]+(?:prices|measure|index|gauge|reading|rate|figure|cpi)\b/i;

/**
 * core-after-headline. Example: "Consumer prices rose 3.5% in March, while core prices rose 3.8%": after a headline
 * inflation figure, "core prices" (a name no alias holds) names the headline's core sibling.
 */
export function coreAfterHeadline(prev: Mention | null, between: string, cores: CoreIndex): Candidate | null {
  if (!prev || !CORE_NOUN_RE.test(between)) return null;
  const core = cores.get(prev.indicator);
  if (!core) return null;
  return carried(
    { ...prev, indicator: core },
    `${core.name} (core, after ${prev.alias})`,
    'same-subject-chain',
    EARLIER_SUBJECT,
  );
}
