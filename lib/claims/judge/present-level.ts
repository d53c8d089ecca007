/**
 * "the cash rate stands at 4.1%", "Bank Rate sits at 4.25%", "inflation is running at 2.7%": a level
 * stated in the present tense, right before the figure, is the one in force (or latest out) on the article's date.
 */
const PRESENT_LEVEL_RE =
  /\b(?:now[\s\u00a0]+)?(?:stands|sits|remains|rests|stays|is running|runs|is)[\s\u00a0]+(?:(?:now|currently|still)[\s\u00a0]+)?at[\s\u00a0]+$/i;

/** The words before a figure state it as the present level ("stands at"). */
export function presentLevelBefore(lead: string): boolean {
  return PRESENT_LEVEL_RE.test(lead);
}
