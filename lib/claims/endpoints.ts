/**
 * What a level is in a move, read from the words just before it (the sentence's text up to the
 * figure). The judge compares each end with its own figure.
 */

/** "down from 27.5%", "fell to 15% from 25%", "replacing a combined 27.5% burden": the starting value. */
export const FROM_END_RE =
  /\b(?:from|replacing|replaced|versus|vs\.?|compared with|compared to)[\s\u00a0]+(?:(?:an?|the|its|their)[\s\u00a0]+)?(?:(?:combined|previous|prior|earlier|initial|original|announced|record|peak|high|low)[\s\u00a0]+)?["“]?$/i;

/** "closing at 5,963.60", "ended at 2,804.54", "a record close of 6,890.89": a close, not a price during the day. */
export const AT_CLOSE_RE =
  /\b(?:closed|closing|closes|close of|ended|ending|finished|finishing|settled|settling|settles|settlement of)\b[^.;:!?\d%$€£¥]{0,20}$/i;
