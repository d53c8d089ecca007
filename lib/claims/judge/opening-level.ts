/**
 * Rule opening-level: "Seoul's benchmark opened the new year's first session at 4,214.17": the day's
 * open, which the stored closes do not hold. It is judged as a level within the day's swing
 * (intraday-extreme.ts), never against the close, and one-value does not set it against the close.
 */
const OPENED_AT_RE =
  /\b(?:opened|opening|reopened)\b((?:[^.;!?\d]|\d(?=[a-z]))*?)\bat[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;
/** A close named between the opening verb and the figure makes the figure the close. */
const CLOSE_WORD_RE = /\b(?:closed|closing|ended|ending|finished|finishing|settled|settling|close)\b/i;

/** Characters before the figure read for the opening verb. */
const OPENING_REACH = 70;

/** started-the-day: "closed at $4,380 after starting the day near $4,224": the day's open too. */
const STARTED_DAY_RE =
  /\bstart(?:ed|ing|s)?[\s\u00a0]+the[\s\u00a0]+(?:day|session)[\s\u00a0]+(?:near|at|around)[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+)?$/i;

export function openingLevelBefore(lead: string): boolean {
  const near = lead.slice(-OPENING_REACH);
  if (STARTED_DAY_RE.test(near)) return true;
  const m = OPENED_AT_RE.exec(near);
  return !!m && !CLOSE_WORD_RE.test(m[1]!);
}
