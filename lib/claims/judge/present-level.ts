/**
 * "the cash rate stands at 4.1%", "Bank Rate sits at 4.25%", "inflation is running at 2.7%": a level
 * stated in the present tense, right before the figure, is the one in force (or latest out) on the article's date.
 */
const PRESENT_LEVEL_RE =
  /\b(?:now[\s\u00a0]+)?(?:stands|sits|remains|rests|stays|is running|runs|is)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?at[\s\u00a0]+$/i;

/** "BOJ rate: 0.25%", "Fed funds target: 3.75%-4.00%": a facts box's row, a label and its value, with no date. */
const LABEL_ROW_RE = /^[^.;:!?\d%]{2,60}:[\s\u00a0]*$/;

/**
 * How the words before a figure state it as the present level: a verb ("stands at") or a facts
 * row's label ("BOJ rate: 0.25%"). A label is only taken as present for a policy level (step-level.ts):
 * tables of released figures often date their rows in a header the engine may not read.
 */
export function presentLevelBefore(lead: string): 'verb' | 'label' | undefined {
  if (PRESENT_LEVEL_RE.test(lead)) return 'verb';
  return LABEL_ROW_RE.test(lead) ? 'label' : undefined;
}
