import { marketLevelGroups, type CheckInput } from './figures';
import { agree, dataSlack, slackOf } from './tolerances';
import { grouped } from './words';
import { addDays, SESSION_SPAN_DAYS } from '../dates';
import type { ClaimPeriod } from '../types';

/** "on Thursday" of a move: one session's span ("In New York on Thursday, the Nasdaq added 0.75 percent to ..."). */
const oneSession = (p: ClaimPeriod | undefined | null) =>
  !p || (p.type === 'span' && p.from >= addDays(p.to, -SESSION_SPAN_DAYS));

/**
 * move-session-level. Example: "The Dow fell 0.4%, or 171.50 points, to close at 46,121.28" in a story
 * dated the next morning: the move was read as the session before the article's date, and the level
 * written with it closes that same session, not the article's day.
 */
export function moveSessionLevels({ view, sentences }: CheckInput): void {
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    if (L.period || !L.judgement) continue;
    // The sessions the undated (or one-session) moves of the same sentence were read as, by the judge.
    const close = group
      .filter(
        (f) =>
          f !== level &&
          f.measure !== 'level' &&
          oneSession(f.claim.period) &&
          f.claim.judgement?.verdict === 'matches',
      )
      .map((f) => f.claim.judgement?.reference?.period.split('/')[1])
      // Only a session before the one the level was judged on: "traded near" that day's close is no reading of it.
      .filter((day) => !!day && day < (L.judgement?.reference?.period ?? ''))
      .map((day) => (day ? view.pointOnOrBefore(L.indicator!.id, day, 0) : null))
      .find((p) => p && agree(L.value, p.value, slackOf(L) + dataSlack(p.value)));
    if (!close) continue;
    // The claim is dated to that session, so the arithmetic checks after this read the same day.
    L.period = { type: 'point', period: close.date, label: 'the session of the move' };
    L.judgement = {
      ...L.judgement!,
      verdict: 'matches',
      reference: close.ref,
      explanation: `Close on ${close.date}: ${grouped(close.value, 2)}, the session of the move stated with it.`,
    };
  }
}
