import type { Claim } from '../types';
import { marketLevelGroups, moveBetween, samePeriod, type CheckInput } from './figures';
import { datasetEnds } from './reference';
import { agree, dataSlack, pctSlack, slackOf } from './tolerances';
import { grouped } from './words';

/**
 * quoted-level-move. Example: "By mid-morning the Topix stood 0.88% higher at 3,630.53" in a
 * story written before the close: the level lies between the previous close and the day's close
 * (read as a quote during the day), and the move is the one from the previous close to that quote.
 * The move agrees with the quote it was written with, so it is no error because the day closed elsewhere.
 */
export function quotedLevelMoves({ view, published, sentences }: CheckInput): void {
  for (const { group, level } of marketLevelGroups(sentences)) {
    const L = level.claim;
    if (L.judgement?.verdict !== 'matches') continue;
    const ends = datasetEnds(view, L, published);
    if (!ends) continue;
    // Only a quote inside the day's range, not the close itself.
    if (agree(L.value, ends.end, slackOf(L) + dataSlack(ends.end))) continue;
    const lo = Math.min(ends.prev, ends.end);
    const hi = Math.max(ends.prev, ends.end);
    if (L.value < lo || L.value > hi) continue;
    for (const f of group) {
      const c = f.claim;
      if (c === L || (f.measure !== 'pctChange' && f.measure !== 'absChange')) continue;
      if (!samePeriod(c, L, published) || !unsettled(c)) continue;
      const implied = moveBetween(f.measure, ends.prev, L.value);
      const slack =
        slackOf(c) +
        (f.measure === 'pctChange'
          ? pctSlack(ends.prev, L.value, dataSlack(ends.prev), slackOf(L))
          : dataSlack(ends.prev) + slackOf(L));
      if (!agree(c.value, implied, slack)) continue;
      c.judgement = {
        ...c.judgement!,
        verdict: 'matches',
        explanation: `The move to the quoted ${grouped(L.value, decimalsOf(L))} from the previous close (${grouped(ends.prev, decimalsOf(L))}); the day closed at ${grouped(ends.end, decimalsOf(L))}.`,
      };
    }
  }
}

/** A move the judge did not confirm against the close: red, close, or a question. */
const unsettled = (c: Claim): boolean => {
  const v = c.judgement?.verdict;
  return v === 'differs' || v === 'close' || v === 'check';
};

function decimalsOf(c: Claim): number {
  const dot = c.text.replace(/[^\d.]/g, '').split('.')[1];
  return dot ? dot.length : 0;
}
