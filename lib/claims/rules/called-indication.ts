/**
 * called-indication: "with the DAX called around 17,450", "the FTSE 100 was called 0.5% higher": where a market is
 * expected to open, before it trades, not a level or move it made. Not "indicated": "the 10-year JGB was indicated at
 * 2.072%" is a dealer's quote of the yield (futures indicated lower are futures-on's).
 *
 * `before` is the sentence's text up to the figure.
 */
const CALLED_RE =
  /\b(?:(?:was|were|is|are|being)[\s\u00a0]+(?:called|seen[\s\u00a0]+opening)|(?<!-)called)(?:[\s\u00a0]+(?:to[\s\u00a0]+open[\s\u00a0]+)?(?:around|about|near|at|roughly|some|up|down|higher|lower))?[\s\u00a0]*$/i;

/**
 * indicated-open: "Calloway Spreads indicates the FTSE 100 opening 18 points lower at around 8,311, the DAX 45 points
 * down near 18,957": a spread-better's call of where the open will be, for every figure of the list that follows.
 */
const INDICATED_OPEN_RE =
  /\b(?:indicates?|indicated|indicating|calls?|called|sees|points[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+)?[A-Z][\w&.'’-]*(?:[\s\u00a0]+[\w&.'’-]+){0,2}[\s\u00a0]+(?:opening|starting|to[\s\u00a0]+(?:open|start))\b[^.;:!?]*$/;

/** Reach of indicated-open: a list of three markets' calls. */
export const INDICATED_OPEN_REACH = 160;

/** `lead` is the sentence's last INDICATED_OPEN_REACH characters up to the figure, past the figures before it. */
export function isCalledIndication(before: string, lead: string): boolean {
  return CALLED_RE.test(before.slice(-60)) || INDICATED_OPEN_RE.test(lead);
}
