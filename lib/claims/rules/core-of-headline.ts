import type { AliasDrop } from '../site';

/**
 * core-of-headline. Example: "Euro zone core HICP flash (y/y, Oct): 2.7%", "core inflation in the
 * euro area held at 2.7%": "core" inside or right before a headline measure's name makes it the core
 * measure, which the catalogue does not hold for that economy.
 */
const HEADLINE_KINDS: ReadonlySet<string> = new Set(['inflation']);
/** Words "core" may stand beside: "core euro zone inflation", "euro zone core HICP". */
const NEAR_TOKENS = 2;

export const coreOfHeadline: AliasDrop = (o, { info }) => {
  const e = o.entry;
  if (!HEADLINE_KINDS.has(e.indicator.kind) || e.core.includes('core') || /core/i.test(e.indicator.id)) return false;
  const { tokens } = info;
  for (let i = Math.max(0, o.first - NEAR_TOKENS); i <= o.last; i++) if (tokens[i]?.norm === 'core') return true;
  return false;
};
