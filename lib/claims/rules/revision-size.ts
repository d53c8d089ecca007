/**
 * revision-size. Example: "June's job gains were revised down by 9,000 to 121,000": the size of a revision is neither the month's figure nor its move.
 */
const REVISION_BY_RE =
  /\b(?:revised|revises|revising|adjusted|adjusts|lowered|raised|marked)\b[^.;:!?]{0,50}?\b(?:down|up|lower|higher|downward|upward)[\s\u00a0]+by[\s\u00a0]+(?:a[\s\u00a0]+(?:combined|total(?:[\s\u00a0]+of)?)[\s\u00a0]+|another[\s\u00a0]+)?$/i;

/** Whether the words before a figure make it the size of a revision. */
export function isRevisionSize(lead: string): boolean {
  return REVISION_BY_RE.test(lead);
}
