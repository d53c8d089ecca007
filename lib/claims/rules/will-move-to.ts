/**
 * will-move-to: "traders are confident the RBA will lower its cash rate at next month's meeting with a move to
 * 3.35%": a level a decision still to come will set is no rate in force, however far the "to" stands from "will".
 */
const WILL_MOVE_TO_RE =
  /\bwill[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?(?:cut|reduce|lower|raise|lift|increase|trim|slash|hike|ease|tighten)\b[^.;!?,:]{0,110}\b(?:to|at)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

/** Whether the words before a figure (within its sentence) make it the level a future decision sets. */
export function isWillMoveTo(lead: string): boolean {
  return lead.includes('will') && WILL_MOVE_TO_RE.test(lead);
}
