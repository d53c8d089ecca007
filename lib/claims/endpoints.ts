import { CROSSING_VERBS } from './lexicon/threshold-words';
/**
 * What a level is in a move, read from the words just before it (the sentence's text up to the
 * figure). The judge compares each end with its own figure.
 */

/**
 * "down from 27.5%", "fell to 15% from 25%", "replacing a combined 27.5% burden": the starting value.
 * prior-label: "CPI 3.4% y/y vs 3.3% expected, prior 3.2%": a data line's reading before, after a comma.
 * from-revised: "eased to $9.243 trillion from a revised $9.248 trillion": the revised reading before.
 */
export const FROM_END_RE =
  /\b(?:from|replacing|replaced|versus|vs\.?|compared with|compared to)[\s\u00a0]+(?:(?:an?|the|its|their)[\s\u00a0]+)?(?:(?:upwardly[\s\u00a0]+|downwardly[\s\u00a0]+)?revised[\s\u00a0]+)?(?:(?:combined|previous|prior|earlier|initial|original|announced|record|peak|high|low)[\s\u00a0]+)?["“]?$|[,;][\s\u00a0]*(?:prior|previous|prev\.?)[\s\u00a0:]*$/i;

/**
 * "closing at 5,963.60", "ended at 2,804.54", "a record close of 6,890.89": a close, not a price during the day.
 * to-end-at: "rose 214.16 points to end at 42,519.60" as well.
 */
export const AT_CLOSE_RE =
  /\b(?:closed|closing|closes|close of|ended|ending|to end|finished|finishing|settled|settling|settles|settlement of)\b[^.;:!?\d%$€£¥]{0,20}$/i;

/**
 * move-end-level: "down 4.6% to 5,611", "gained 3.9% in the quarter to 5,460.48": the level a move over a period
 * ended at, the period's last close.
 */
export const MOVE_END_RE =
  /(?:\d%|\d[\s\u00a0]*percent|\bpoints?|\bbps|\bbasis[\s\u00a0]+points?|\bcents?)[^.;:!?\d%$€£¥]{0,30}\bto[\s\u00a0]*$/i;

/** A table cell under a "Close (May 15)" or "Settle" column (headers are joined with " · " before the cell): a close. */
export const CLOSE_HEADER_RE =
  /(?:^|·)[\s\u00a0]*(?:(?:friday|last|final)[\s\u00a0]+)?(?:close|closing|settle|settlement)\b[^·]*·[^·]*·[\s\u00a0]*$/i;

/** "finishing above 40,000", "more than 800 points", "at least 3%": the figure is a floor. */
const BOUND_ABOVE_RE = new RegExp(
  // broke-through: "The Nikkei broke through 45,000 on September 16", "the dollar pushed through 150 yen": a level
  // crossed, not a reading.
  // era-of: "KOSPI ... Opening the Era of 5,000": a milestone crossed.
  String.raw`\b(?:above|over|more than|higher than|at least|in excess of|north of|${CROSSING_VERBS}|past|beyond|exceeding|exceeded|(?:broke|breaks|breaking|punched|punches|smashed|smashes|burst|bursts|pushed|pushes|pushing|sliced|slices)[\s\u00a0]+through|(?:era|age)[\s\u00a0]+of)[\s\u00a0]+(?:the[\s\u00a0]+)?$`,
  'i',
);

/** "below 4%", "less than $60", "under 148": the figure is a ceiling. */
// brink-of: "rose to the brink of 50,000": a round level approached, not reached; so is knocking-on ("The Won:
// Knocking on 1,500", "knocking on the door of 5%").
const BOUND_BELOW_RE =
  /\b(?:below|under|less than|lower than|at most|beneath|south of|shy of|(?:brink|verge|cusp|doorstep|door) of|knocking[\s\u00a0]+on|(?:closing|edging)[\s\u00a0]+in[\s\u00a0]+on)[\s\u00a0]+(?:the[\s\u00a0]+)?$/i;

/** Which side of the figure the claim allows, if it is a bound. */
export function boundOf(lead: string): 'above' | 'below' | undefined {
  if (BOUND_ABOVE_RE.test(lead)) return 'above';
  if (BOUND_BELOW_RE.test(lead)) return 'below';
  return undefined;
}

/**
 * that-session: "Stocks sank on Wednesday. The VIX closed the session at 27.6": "the session" or "that day" points
 * back to a day the text named before, one of the week's sessions.
 */
export const SESSION_REF_RE = /\b(?:the|that)[\s\u00a0]+session\b|\bthat[\s\u00a0]+day\b/i;

/** threatened-rate: "has threatened an additional 100% levy on Chinese imports": a rate held over a partner. */
// looming-threat: "a 50% levy on EU imports looming": a rate threatened, not in force.
const THREAT_WORDS = '(?:threat(?:s|ened|ening)?|looming)';
export const THREAT_RE = new RegExp(String.raw`\b${THREAT_WORDS}\b`, 'i');

/**
 * pending-rate: "a combined 60% duty is due to come into force on Monday", "will take effect on Friday": a rate
 * set to start after the article, not one in force when it was written.
 */
export const PENDING_RE =
  /\b(?:(?:is|are)[\s\u00a0]+(?:expected|set|due|scheduled|slated)[\s\u00a0]+to|will)[\s\u00a0]+(?:go[\s\u00a0]+into|come[\s\u00a0]+into|take)[\s\u00a0]+(?:effect|force)\b|\b(?:takes?|goes?[\s\u00a0]+into)[\s\u00a0]+effect[\s\u00a0]+(?:at[\s\u00a0]+midnight|tomorrow|next[\s\u00a0]+(?:week|month))\b/i;

/** "the 24% rate announced on April 2", "the threat of a 25% tariff", "a 34% duty, since paused": a rate set out, not one in force. */
export const ANNOUNCED_RE = new RegExp(
  String.raw`\b(?:announced|announcement|${THREAT_WORDS}|suspended|paused|initially|originally|unveiled|liberation day)\b`,
  'i',
);
