import type { AliasDrop } from '../site';

/**
 * Example: 'the "core-core" rate, which excludes fresh food and energy, eased to 3.3%': Japan's
 * core-core index is a measure of its own, not the core CPI (which excludes fresh food only).
 */
const CORE_CORE_RE = /\bcore[\s\u00a0]*[-‐–][\s\u00a0]*core\b/i;

/** fresh-food-and-energy: "prices ex fresh food and energy: 3.4%": the alias's "fresh food" goes on to energy. */
const AND_ENERGY_RE = /^[\s\u00a0]*(?:and|&)[\s\u00a0]+energy\b/i;

export const coreCore: AliasDrop = (o, { info, text }) => {
  const end = info.tokens[o.last]!.end;
  if (o.entry.core[o.entry.core.length - 1] === 'food' && AND_ENERGY_RE.test(text.slice(end, end + 16))) return true;
  if (!o.entry.core.includes('core')) return false;
  const at = info.tokens[o.first]!.start;
  return CORE_CORE_RE.test(text.slice(Math.max(0, at - 12), end));
};
