import type { Claim, Direction } from '../types';
import { wordDirection } from '../context';
import { indicatorClass, type DatasetView } from '../dataset-view';
import { periodBounds } from '../dates';
import { byIndicator, single, type CheckInput, type Figure, type Finding } from './figures';
import { agree, slackOf } from './tolerances';
import { stated } from './words';
import { pairDirection, pairName } from './pair-subject';

// "rose to 3.52% from 3.60%": 3.52 is below 3.60; "a 0.5% rate hike" that took the rate from 0.25% to 0.5% was a 0.25-point hike.

/**
 * The way the words say a figure moved must be the way its levels moved, and a rate move's stated
 * size must be the gap between the levels before and after it (the article's, or the dataset's
 * steps in the claim's period). A currency pair's way is read from the currency the verb is said of
 * (pair-subject).
 */
export function checkDirection({ view, sentences }: CheckInput): Finding[] {
  const out: Finding[] = [];
  for (const figs of sentences) {
    for (const group of byIndicator(figs).values()) {
      const pair = group[0]!.claim.indicator!.kind === 'fx';
      const to = single(
        group,
        (f) => f.measure === 'level' && !f.from && !f.approx && TO_BEFORE_RE.test(f.before) && !isMoveSize(f),
      );
      const from = single(group, (f) => f.measure === 'level' && f.from && !f.approx);
      // Only "to X from Y" (or "to X in December from Y"): a "from" further off may be another period's level.
      if (to && from && from.at > to.at && !/[,;:]/.test(from.before) && from.before.length <= TO_FROM_GAP) {
        const dir = pair
          ? pairDirection(to.claim.indicator!, to.before)
          : (to.claim.direction ?? lastDirection(to.before));
        const f = dir ? wrongWay(to.claim, from.claim, dir, pair) : null;
        if (f) out.push(f);
      }
      if (pair) continue;
      for (const size of group) {
        if (!isMoveSize(size)) continue;
        const f = wrongSize(size.claim, to?.claim ?? null, from?.claim ?? null, view);
        if (f) out.push(f);
      }
    }
  }
  return out;
}

/** "... to 3.52%": the level a move ended at. */
const TO_BEFORE_RE = /\bto[\s\u00a0]+[$€£¥]?$/;
/** Characters allowed between "to X" and "from Y" ("in December "). */
const TO_FROM_GAP = 30;

/** Words that say which side, not which way: "raised the lower end to 3.5%" is a rise. */
const SIDE_WORDS = new Set(['lower', 'higher', 'up', 'down', 'off', 'plus', 'minus', 'positive', 'negative']);

/** The last word of a clause that says which way something moved: "cut the upper bound of the range to" is down. */
function lastDirection(before: string): Direction | null {
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const words = clause.split(/[^A-Za-z-]+/);
  for (let i = words.length - 1; i >= 0; i--) {
    const d = words[i] && !SIDE_WORDS.has(words[i]!.toLowerCase()) ? wordDirection(words[i]!) : null;
    if (d) return d;
  }
  return null;
}

function wrongWay(to: Claim, from: Claim, dir: Direction, pair: boolean): Finding | null {
  const moved = to.value - from.value;
  const slack = slackOf(to) + slackOf(from);
  if (Math.abs(moved) <= slack) return null;
  const saidUp = dir === 'up';
  if (saidUp === moved > 0) return null;
  return {
    kind: 'direction',
    claims: [to, from],
    blamed: [to],
    expected: from.value,
    stated: to.value,
    words: `${pair ? `the words say ${pairName(to.indicator!)} ${saidUp ? 'rose' : 'fell'}` : `said to ${saidUp ? 'rise' : 'fall'}`} to ${to.text} from ${from.text}, but ${stated(to)} is ${saidUp ? 'below' : 'above'} ${stated(from)}`,
  };
}

/** "a 0.5% rate hike", "a 25 basis-point cut", "a 0.25 percentage point increase": the size of a rate move. */
const MOVE_SIZE_AFTER_RE =
  /^[\s\u00a0-]*(?:percentage[\s\u00a0-]+points?[\s\u00a0-]+|points?[\s\u00a0-]+|basis[\s\u00a0-]+points?[\s\u00a0-]+)?(?:(?:interest[\s\u00a0-]+)?rate[\s\u00a0-]+|policy[\s\u00a0-]+)?(?:hike|cut|increase|reduction|rise|raise|reduction)s?\b/i;

function isMoveSize(f: Figure): boolean {
  const c = f.claim;
  if (indicatorClass(c.indicator!) !== 'step') return false;
  if (f.measure !== 'ppChange' && f.measure !== 'level') return false;
  return MOVE_SIZE_AFTER_RE.test(c.sentence.slice(f.end, f.end + 40));
}

function wrongSize(size: Claim, to: Claim | null, from: Claim | null, view: DatasetView): Finding | null {
  const levels =
    to && from
      ? { before: from.value, after: to.value, slack: slackOf(to) + slackOf(from), own: true }
      : stepIn(view, size);
  if (!levels) return null;
  const gap = levels.after - levels.before;
  if (agree(Math.abs(size.value), Math.abs(gap), slackOf(size) + levels.slack)) return null;
  // Rule size-is-level: "a 0.5% rate hike" when the hike took the rate to 0.5% may name the rate it
  // led to or a wrong size; which one the writer meant is a guess, so it is a question, not an alarm.
  if (agree(Math.abs(size.value), levels.after, slackOf(size) + levels.slack))
    return {
      kind: 'direction',
      claims: [size],
      blamed: [size],
      expected: gap,
      stated: size.value,
      words: `${size.text} is the rate after the move, not its size: ${rate(levels.before)}% to ${rate(levels.after)}% is a ${rate(Math.abs(gap))}-point ${gap > 0 ? 'rise' : 'fall'}`,
      doubt: true,
    };
  return {
    kind: 'direction',
    claims: levels.own ? [size, to!, from!] : [size],
    blamed: [size],
    expected: gap,
    stated: size.value,
    words: `${rate(levels.before)}% to ${rate(levels.after)}% is a ${rate(Math.abs(gap))}-point ${gap > 0 ? 'rise' : 'fall'}, not ${size.text}`,
  };
}

/** The one change of a step indicator (a policy rate, a tariff) within the claim's period, from the dataset. */
function stepIn(view: DatasetView, c: Claim): { before: number; after: number; slack: number; own: boolean } | null {
  const p = c.period;
  if (!p || p.type === 'window') return null;
  const { from, to } = p.type === 'span' ? p : periodBounds(p.period);
  let last: number | null = null;
  let found: { before: number; after: number } | null = null;
  for (const o of view.observations(c.indicator!.id)) {
    if (o.period.length !== 10 || o.period > to) continue;
    if (last !== null && o.value !== last && o.period >= from) {
      if (found) return null; // two moves in the period: which one is meant is not known
      found = { before: last, after: o.value };
    }
    last = o.value;
  }
  return found ? { ...found, slack: 0, own: false } : null;
}

/** A rate as people write it: 4.25, 4, 0.5. */
const rate = (v: number) => String(Math.round(v * 1000) / 1000);
