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

/**
 * named-session: "During Friday's European session, the Japanese Yen dropped by 0.3%", "rose 1% in early trading": a
 * move within part of a day, which closes a day apart do not measure.
 */
const NAMED_SESSION_RE =
  /\b(?:during|in)[\s\u00a0]+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday)['’]s[\s\u00a0]+|the[\s\u00a0]+)?(?:European|Asian|London|Tokyo|New[\s\u00a0]+York|U\.?S\.?|American|early|late|afternoon|morning)[\s\u00a0]+(?:session|trading|trade|hours|deals)\b/i;

/** Whether the words around a move put it inside one session: at the open, or over minutes or hours. */
export function withinSession(lead: string, after: string): boolean {
  return (
    OPENED_BEFORE_RE.test(lead) ||
    AT_OPEN_AFTER_RE.test(after) ||
    NAMED_SESSION_RE.test(lead) ||
    NAMED_SESSION_RE.test(after.slice(0, 60))
  );
}

export function withinSessionMove(input: JudgeInput, j: Judgement): Judgement {
  if (!input.withinSession || input.measure === 'level' || (j.verdict !== 'differs' && j.verdict !== 'close')) return j;
  return notCalledWrong(
    j,
    'the move is at the open or within minutes of one session, which the stored closes do not show.',
  );
}
