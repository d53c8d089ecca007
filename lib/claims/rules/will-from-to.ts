/**
 * Example: "the United States will reduce its existing tariffs on Japanese automobiles from 25% to 15%":
 * the level after "to" is the one announced for later; the "from" level is the one in force.
 */
const WILL_FROM_TO_RE =
  /\bwill[\s\u00a0]+(?:[a-z]+[\s\u00a0]+){0,2}?(?:cut|reduce|lower|raise|lift|increase|trim|slash|hike|bring|take|set|change)\b(?:[^.;!?]|\.(?=\d)){0,90}\bfrom[\s\u00a0]+(?:[^.;!?\s]+[\s\u00a0]+){0,2}?[^.;!?\s]+[\s\u00a0]+to[\s\u00a0]+(?:about[\s\u00a0]+)?$/i;

/** Whether the words before a figure (within its sentence) make it the "to" end of an announced change. */
export function isWillFromTo(lead: string): boolean {
  return lead.includes('will') && lead.includes('from') && WILL_FROM_TO_RE.test(lead);
}
