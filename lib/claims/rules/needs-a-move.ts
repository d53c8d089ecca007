/**
 * needs-a-move: "From Thursday's close, the Kospi needs a gain of about 0.23% to reach it": the move a level is still
 * away, not one made.
 */
const NEEDS_MOVE_LEAD_RE =
  /\b(?:needs?|needed|would[\s\u00a0]+need|requires?|required)[\s\u00a0]+(?:a|an|another)[\s\u00a0]+(?:[a-z-]+[\s\u00a0]+)?(?:gain|rise|drop|fall|decline|jump|rally|move|increase|climb)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+|some[\s\u00a0]+|just[\s\u00a0]+)?$/i;

/** Whether the words before a figure make it a move still needed ("needs a gain of about 0.23%"). */
export function isNeededMove(lead: string): boolean {
  const near = lead.slice(-60);
  return (near.includes('need') || near.includes('requir')) && NEEDS_MOVE_LEAD_RE.test(near);
}
