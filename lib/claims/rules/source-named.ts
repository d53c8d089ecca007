import type { AliasDrop } from '../site';

/**
 * source-named: "USD/CNY's noon rate in New York, as published by the Federal Reserve, slid 0.21%": an
 * institution named as who publishes a figure is its source, not its subject.
 */
// The occurrence may start past the name's first words ("the Federal Reserve" matched from "Reserve").
const SOURCE_LEAD_RE =
  /\b(?:(?:published|compiled|reported|released|calculated|collected)[\s\u00a0]+by|[Aa]ccording[\s\u00a0]+to(?:[\s\u00a0]+data[\s\u00a0]+from)?)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[A-Z][\w.'’-]*[\s\u00a0]+){0,3}$/;

export const sourceNamed: AliasDrop = (o, { info, text }) => {
  // A bank publishes figures other than its rate; a union's tally "according to" the union is its own measure.
  if (o.entry.indicator.kind !== 'rate') return false;
  const first = info.tokens[o.first];
  return !!first && SOURCE_LEAD_RE.test(text.slice(Math.max(0, first.start - 40), first.start));
};
