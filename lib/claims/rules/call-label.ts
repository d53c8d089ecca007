/**
 * call-label: "My call: SPX 5,600 by Labor Day", "My take: SPX tags 6,300 before it sees 6,800 again": a line that
 * opens with the writer's call or view is a prediction; none of its figures is a claim about the day.
 */
const CALL_LABEL_RE =
  /^[\s\u00a0"“•*–—-]*(?:my|our|the)[\s\u00a0]+(?:call|take|view|prediction|forecast|guess|bet|target|pick)s?[\s\u00a0]*:/i;

/** Whether a sentence (read from its start) opens with the writer's call. */
export function isCallLabelled(lead: string): boolean {
  return CALL_LABEL_RE.test(lead);
}
