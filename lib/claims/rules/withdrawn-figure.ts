/**
 * withdrawn-figure. Example: "Correction: an earlier version of this entry overstated the Nasdaq's opening gain as
 * 2.4%": the figure a correction withdraws is not what the page claims; the page's own corrected figure stands
 * elsewhere. Test pages: blind115-liveblog-sp500-record-5087-dow-39069-nasdaq-2-96pct-nikkei-39098-ten-year-4-33-feb22.
 */
const WITHDRAWN_BEFORE_RE =
  /\b(?:overstated|understated|misstated|misreported|wrongly[\s\u00a0]+(?:gave|stated|said|reported|put)|incorrectly[\s\u00a0]+(?:gave|stated|said|reported|put))\b[^.;!?]{0,60}?[\s\u00a0](?:as|at)[\s\u00a0]+(?:about[\s\u00a0]+)?[$€£¥]?$/i;

/** Whether the words before a figure (from its sentence's start) say a correction withdrew it. */
export function isWithdrawnFigure(before: string): boolean {
  return WITHDRAWN_BEFORE_RE.test(before);
}
