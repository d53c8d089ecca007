import type { AliasDrop } from '../site';

/**
 * inflation-protected. Example: "ten-year TIPS yielded 1.88% after a two-basis-point
 * dip": "inflation" inside a bond's name is no inflation rate, and the
 * TIPS yield is no nominal Treasury yield.
 */
const PROTECTED_WORDS: ReadonlySet<string> = new Set(['protected', 'indexed', 'linked']);

export const inflationProtected: AliasDrop = (o, { info }) => {
  const { tokens } = info;
  const kind = o.entry.indicator.kind;
  if (kind === 'inflation')
    return PROTECTED_WORDS.has(tokens[o.last + 1]?.norm ?? '') || tokens.some((t) => t.norm === 'tips');
  if (kind === 'yield')
    return tokens.some(
      (t, i) => t.norm === 'tips' || (t.norm === 'inflation' && PROTECTED_WORDS.has(tokens[i + 1]?.norm ?? '')),
    );
  return false;
};
