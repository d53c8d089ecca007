/**
 * revision-size. Example: "June's job gains were revised down by 9,000 to 121,000": the size of a revision is neither the month's figure nor its move.
 */
const REVISION_BY_RE =
  /\b(?:revised|revises|revising|adjusted|adjusts|lowered|raised|marked)\b[^.;:!?]{0,50}?\b(?:down|up|lower|higher|downward|upward)[\s\u00a0]+by[\s\u00a0]+(?:a[\s\u00a0]+(?:combined|total(?:[\s\u00a0]+of)?)[\s\u00a0]+|another[\s\u00a0]+)?$/i;

/**
 * combined-cut-of-counts: "March and April payrolls were slashed by a combined 95,000": counts taken
 * down together after the fact are a revision, whichever verb says so.
 */
const COMBINED_CUT_RE =
  /\b(?:payrolls|jobs|job[\s\u00a0]+gains|hiring|counts|figures|estimates|readings)\b[^.;:!?]{0,40}?[\s\u00a0](?:were|have[\s\u00a0]+been|had[\s\u00a0]+been)[\s\u00a0]+(?:slashed|cut|trimmed|pared|knocked[\s\u00a0]+down|lowered|lifted|bumped[\s\u00a0]+up)[\s\u00a0]+by[\s\u00a0]+a[\s\u00a0]+(?:combined|total(?:[\s\u00a0]+of)?)[\s\u00a0]+$/i;

/** revision-noun: "which left a net downward revision of 30,000 for the two months": the revision named as a noun, its size after it. */
const REVISION_NOUN_RE =
  /\b(?:downward|upward|net|combined|total)[\s\u00a0]+(?:(?:downward|upward)[\s\u00a0]+)?revisions?[\s\u00a0]+(?:of|totall?ing|amounting[\s\u00a0]+to)[\s\u00a0]+(?:about[\s\u00a0]+|some[\s\u00a0]+|nearly[\s\u00a0]+)?$/i;

/** Whether the words before a figure make it the size of a revision. */
export function isRevisionSize(lead: string): boolean {
  return REVISION_BY_RE.test(lead) || COMBINED_CUT_RE.test(lead) || REVISION_NOUN_RE.test(lead);
}
