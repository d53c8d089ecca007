import type { AliasDrop } from '../site';

/**
 * measure-after-figure. Example: "The Bank of Canada paused rate cuts after a 2.6% GDP gain and a
 * 181,000 job increase": a percentage followed by another measure's name is that measure's, not the
 * policy rate of the bank the sentence names.
 */
// plus-core: "amid 3.5%+ core inflation": a "+" and "core" or "headline" may stand between.
// period-between: "after 5.0% first-quarter growth": so may the period the measure is of.
const MEASURE_AFTER_RE =
  /^\+?[\s\u00a0]+(?:(?:first|second|third|fourth)[\s\u00a0-]quarter[\s\u00a0]+|Q[1-4][\s\u00a0]+)?(?:(?:annuali[sz]ed|core|headline|underlying)[\s\u00a0]+)?(?:GDP|growth|inflation|CPI|PCE|jobs?|jobless|unemployment|wages?|payrolls?|retail|exports?|imports?)\b/i;

export const measureAfterFigure: AliasDrop = (o, { info, text, ce }) => {
  if (o.entry.indicator.kind !== 'rate') return false;
  const end = info.tokens[ce]?.end;
  return end !== undefined && MEASURE_AFTER_RE.test(text.slice(end, end + 30));
};
