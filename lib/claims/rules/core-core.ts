import type { AliasDrop } from '../site';

/**
 * Example: 'the "core-core" rate, which excludes fresh food and energy, eased to 3.3%': Japan's
 * core-core index is a measure of its own, not the core CPI (which excludes fresh food only).
 */
const CORE_CORE_RE = /\bcore[\s\u00a0]*[-‐–][\s\u00a0]*core\b/i;

export const coreCore: AliasDrop = (o, { info, text }) => {
  if (!o.entry.core.includes('core')) return false;
  const at = info.tokens[o.first]!.start;
  return CORE_CORE_RE.test(text.slice(Math.max(0, at - 12), info.tokens[o.last]!.end));
};
