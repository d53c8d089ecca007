import type { AliasDrop } from '../site';

/**
 * cause-after. Example: "exporter Kanda Precision gained 2.0% on the weak yen": a market named after the figure as
 * the cause of a move ("on the weak yen", "on a stronger dollar") is not what moved.
 */
const CAUSE_BEFORE_ALIAS_RE =
  /^[\s\u00a0]+(?:on|amid|after)[\s\u00a0]+(?:a|the)[\s\u00a0]+(?:weak|weaker|strong|stronger|soft|softer|firm|firmer|falling|rising|sliding|slumping|surging|cheap|cheaper|pricier)[\s\u00a0]+$/i;

export const causeAfter: AliasDrop = (o, { text, expr, info }) => {
  const aliasStart = info.tokens[o.first]?.start ?? -1;
  return aliasStart >= expr.end && CAUSE_BEFORE_ALIAS_RE.test(text.slice(expr.end, aliasStart));
};
