import type { AliasDrop } from '../site';

/**
 * style-of: "The ChiNext gauge—which follows a Nasdaq-style market for young companies—rose 2.85%": a name used as a likeness
 * ("-style", "-like", "-type") describes another market; it is not the figure's subject.
 */
const LIKENESS_AFTER_RE = /^[-‐–](?:style|like|type|esque)\b/i;

export const styleOf: AliasDrop = (o, { info, text }) => {
  const last = info.tokens[o.last];
  return !!last && LIKENESS_AFTER_RE.test(text.slice(last.end, last.end + 8));
};
