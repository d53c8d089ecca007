import {
  dayOf,
  marketLevelGroups,
  moveBetween,
  samePeriod,
  type CheckInput,
  type Figure,
  type Finding,
} from './figures';
import { datasetEnds, type Ends } from './reference';
import { addDays } from '../dates';
import type { Claim } from '../types';
import { agree, dataSlack, pctSlack, slackOf, stepOf } from './tolerances';
import { like, stated } from './words';

/**
 * stale-level. Example: "the 10-year yield added 5 bp to 4.30%", where 4.30% closed the day before and
 * the day's 5 bp took it to 4.35%: the move, equal to the day's close-to-close change, pins the level
 * to the day's close; the previous close given as the level is stale, not a quote during the day.
 */
/**
 * earlier-session-fits: "rose 0.3% to close at 45,630.31" in a story stamped the next morning, where the
 * session that closed at 45,630.31 also rose 0.3%: the whole sentence is that session's, nothing is stale.
 */
function earlierSessionFits(view: CheckInput['view'], L: Claim, move: Figure, ends: Ends, d: number): boolean {
  // A day the sentence names is the writer's: only an undated level may be the session before.
  if (!ends.prevDate || L.period) return false;
  const before = view.pointOnOrBefore(L.indicator!.id, addDays(ends.prevDate, -1));
  if (!before) return false;
  const implied = moveBetween(move.measure, before.value, ends.prev);
  const slack = slackOf(move.claim) + (move.measure === 'pctChange' ? pctSlack(before.value, ends.prev, d, d) : 2 * d);
  // The earlier session must fit at least as well as the later one: a 5 bp move beside sessions of
  // +4 and +5 bp is the later session's, its level stale.
  const later = moveBetween(move.measure, ends.prev, ends.end);
  const gap = (x: number) => Math.abs(move.claim.value - x);
  return agree(move.claim.value, implied, slack) && gap(implied) <= gap(later);
}

export function checkStaleLevel({ view, published, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    // A level already placed on an earlier session (move-session-level) is that session's close.
    const day = dayOf(L, published);
    const placed = L.judgement?.verdict === 'matches' ? L.judgement.reference?.period : undefined;
    // (A close the judge took from the last few sessions for an undated "ended at" is not placed so.)
    if (placed && day && placed < day && L.period) continue;
    const ends = datasetEnds(view, L, published);
    if (!ends || ends.end === ends.prev) continue;
    // A stored 4.3 beside 4.35 is 4.30: the series' digits are the finer end's.
    const d = Math.min(dataSlack(ends.prev), dataSlack(ends.end));
    // The previous close to the digit written: a level a hair off it is another source's close.
    if (!agree(L.value, ends.prev, Math.min(stepOf(L) / 2, d))) continue;
    if (agree(L.value, ends.end, slackOf(L) + d)) continue;
    const move = group.find((f) => {
      const c = f.claim;
      if (f === level || f.approx || f.measure === 'level' || c.judgement?.verdict !== 'matches') return false;
      if (!samePeriod(c, L, published)) return false;
      const implied = moveBetween(f.measure, ends.prev, ends.end);
      const slack = slackOf(c) + (f.measure === 'pctChange' ? pctSlack(ends.prev, ends.end, d, d) : 2 * d);
      // A move the size of the day's, not one too small to tell the two closes apart.
      return agree(c.value, implied, slack) && Math.abs(implied) > slack;
    });
    if (!move || earlierSessionFits(view, L, move, ends, d)) continue;
    out.push({
      kind: 'level-change',
      claims: [L, move.claim],
      blamed: [L],
      expected: ends.end,
      stated: L.value,
      words: `${move.claim.text} is the day's move, which ended at ${like(ends.end, L)}; ${stated(L)} was the close before it`,
    });
  }
  return out;
}
