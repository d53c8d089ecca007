import type { AliasDrop } from '../site';

/**
 * release-noun-after. Example: "A 2.9% print with a softer core leaves the Fed room": a figure its noun calls a
 * data print or reading is a release's, never a policy rate or a market's level named nearby.
 */
const RELEASE_NOUN_AFTER_RE =
  /^[\s\u00a0]+(?:(?:headline|core|monthly|annual)[\s\u00a0]+)?(?:print|prints|reading|readings)\b/i;
/** Kinds that are set or traded, not released. */
const NOT_RELEASED: ReadonlySet<string> = new Set(['rate', 'index', 'fx', 'yield', 'commodity', 'crypto']);

/** Whether the words right after a figure call it a print or a reading. */
export function isReleaseNounAfter(after: string): boolean {
  return RELEASE_NOUN_AFTER_RE.test(after);
}

export const releaseNounAfter: AliasDrop = (o, { text, expr }) =>
  NOT_RELEASED.has(o.entry.indicator.kind) && isReleaseNounAfter(text.slice(expr.end, expr.end + 24));
