import { dayOf, marketLevelGroups, moveBetween, samePeriod, type CheckInput, type Finding } from './figures';
import { datasetEnds } from './reference';
import { agree, dataSlack, pctSlack, slackOf, stepOf } from './tolerances';
import { like, stated } from './words';

/**
 * stale-level. Example: "the 10-year yield added 5 bp to 4.30%", where 4.30% closed the day before and
 * the day's 5 bp took it to 4.35%: the move, equal to the day's close-to-close change, pins the level
 * to the day's close; the previous close given as the level is stale, not a quote during the day.
 */
export function checkStaleLevel({ view, published, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    // A level already placed on an earlier session (move-session-level) is that session's close.
    const day = dayOf(L, published);
    const placed = L.judgement?.verdict === 'matches' ? L.judgement.reference?.period : undefined;
    if (placed && day && placed < day) continue;
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
    if (!move) continue;
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
