/**
 * called-indication: "with the DAX called around 17,450", "the FTSE 100 was called 0.5% higher": where a market is
 * expected to open, before it trades, not a level or move it made. Not "indicated": "the 10-year JGB was indicated at
 * 2.072%" is a dealer's quote of the yield (futures indicated lower are futures-on's).
 *
 * `before` is the sentence's text up to the figure.
 */
const CALLED_RE =
  /\b(?:(?:was|were|is|are|being)[\s\u00a0]+(?:called|seen[\s\u00a0]+opening)|(?<!-)called)(?:[\s\u00a0]+(?:to[\s\u00a0]+open[\s\u00a0]+)?(?:around|about|near|at|roughly|some|up|down|higher|lower))?[\s\u00a0]*$/i;

export function isCalledIndication(before: string): boolean {
  return CALLED_RE.test(before.slice(-60));
}
