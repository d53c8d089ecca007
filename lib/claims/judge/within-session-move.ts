import type { Judgement } from '../types';
import type { JudgeInput } from './input';
import { notCalledWrong } from './explain';

/**
 * within-session-move. Examples: "The Shanghai Composite opened 3.47 percent higher", "rose 5.77 percent at
 * the opening", "tumbling more than USD 3,000 in under ten minutes": a move at the open or over minutes
 * or hours of one session, which the stored closes do not show; a gap is a question, not an error.
 */
const OPENED_BEFORE_RE = /\bopen(?:ed|s)[\s\u00a0]+(?:(?:up|down|sharply|nearly|about|some|just)[\s\u00a0]+)?$/i;
const AT_OPEN_AFTER_RE =
  /^[^.;!?]{0,24}?\bat[\s\u00a0]+the[\s\u00a0]+open(?:ing)?\b|^[^.;!?]{0,24}?\bin[\s\u00a0]+(?:under|less[\s\u00a0]+than|just|about|barely)?[\s\u00a0]*(?:a[\s\u00a0]+few|an?|\w+)?[\s\u00a0]*(?:minutes?|hours?|seconds)\b/i;

/** A weekday markets trade on: "Friday's European session", "on Friday afternoon". */
const TRADING_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday)';

/**
 * named-session: "During Friday's European session, the Japanese Yen dropped by 0.3%", "rose 1% in early trading": a
 * move within part of a day, which closes a day apart do not measure.
 */
const NAMED_SESSION_RE = new RegExp(
  String.raw`\b(?:during|in)[\s\u00a0]+(?:${TRADING_DAY}['’]s[\s\u00a0]+|the[\s\u00a0]+)?(?:European|Asian|London|Tokyo|New[\s\u00a0]+York|U\.?S\.?|American|early|late|afternoon|morning)[\s\u00a0]+(?:session|trading|trade|hours|deals)\b`,
  'i',
);

/**
 * part-of-day: "The Nasdaq Composite (-0.56%) is in last place on Friday afternoon", "was down 1.1% by midday": a
 * move as it stood at a time of day, not at the close. Not a close told with its hour ("closed ... on Friday
 * afternoon"), nor Tokyo's "afternoon session", whose end is the close.
 */
const PART_OF_DAY_RE = new RegExp(
  String.raw`\b(?:(?:on|by|in|at|this|late|early|mid)[\s\u00a0-]+(?:the[\s\u00a0]+)?(?:${TRADING_DAY}[\s\u00a0]+)?|${TRADING_DAY}[\s\u00a0]+)(?:afternoon|morning|midday|mid-day|lunchtime)\b(?![\s\u00a0]+(?:session|close|fix|fixing|auction|price))`,
  'i',
);
const CLOSE_WORD_RE = /\b(?:clos(?:ed|ing)|settled|ended|finished)\b/i;

/** How far before the move a time of day may stand, with no other figure between ("this morning (to 0.75%)"). */
const PART_OF_DAY_LEAD = 40;

function partOfDay(lead: string, after: string): boolean {
  const before = lead.slice(-PART_OF_DAY_LEAD);
  const m = PART_OF_DAY_RE.exec(before);
  const inLead = !!m && !/\d/.test(before.slice(m.index + m[0].length));
  return (inLead || PART_OF_DAY_RE.test(after)) && !CLOSE_WORD_RE.test(`${before} ${after}`);
}

/** Whether the words around a move put it inside one session: at the open, or over minutes or hours. */
export function withinSession(lead: string, after: string): boolean {
  return (
    OPENED_BEFORE_RE.test(lead) ||
    AT_OPEN_AFTER_RE.test(after) ||
    NAMED_SESSION_RE.test(lead) ||
    NAMED_SESSION_RE.test(after.slice(0, 60)) ||
    partOfDay(lead, after)
  );
}

export function withinSessionMove(input: JudgeInput, j: Judgement): Judgement {
  if (!input.withinSession || input.measure === 'level' || (j.verdict !== 'differs' && j.verdict !== 'close')) return j;
  return notCalledWrong(
    j,
    'the move is at the open or within minutes of one session, which the stored closes do not show.',
  );
}
