import type { Claim } from '../types';
import { STEP_KINDS } from '../dataset-view';

/**
 * How far apart two readings of the same figure may be before they contradict each other. Every
 * figure in an article is rounded; the writer may also have truncated it, or worked it out from
 * figures a digit finer than the ones printed. So a stated figure is allowed one unit of its last
 * written digit, and a figure used to work out another one carries its own rounding into the result.
 */

/** A stated figure may be off by this many units of its last written digit. */
const STATED_SLACK_STEPS = 1;
/** Floating-point noise, relative to the figure. */
const EPSILON = 1e-9;

/** The size of the last digit of a number as JSON writes it (62.36 → 0.01, 9249000000000 → 1e9). */
function digitOf(v: number): number {
  const s = String(Math.abs(v));
  if (s.includes('e')) return Math.abs(v) * 1e-6;
  const dot = s.indexOf('.');
  if (dot >= 0) return 10 ** -(s.length - dot - 1);
  const zeros = s.length - s.replace(/0+$/, '').length;
  return 10 ** Math.min(zeros, Math.max(0, s.length - 1));
}

/** The size of the claim's last written digit in its value's unit. */
export function stepOf(c: Claim): number {
  return c.step && c.step > 0 ? c.step : digitOf(c.value);
}

/** How far a stated figure may be from its true value. A policy rate or a tariff is set, not rounded: "4%" is 4. */
export function slackOf(c: Claim): number {
  if (c.kind !== 'change' && c.indicator && STEP_KINDS.has(c.indicator.kind)) return 0;
  return stepOf(c) * STATED_SLACK_STEPS;
}

/** A dataset figure is exact to half its last digit. */
export function dataSlack(v: number): number {
  return digitOf(v) / 2;
}

/** Whether two readings agree, each with its own slack. */
export function agree(a: number, b: number, slack: number): boolean {
  return Math.abs(a - b) <= slack + EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The slack of a percentage change 100·(to/from − 1) worked out from two figures with slacks. */
export function pctSlack(from: number, to: number, fromSlack: number, toSlack: number): number {
  const f = Math.abs(from);
  if (f === 0) return Infinity;
  return 100 * (toSlack / f + (Math.abs(to) * fromSlack) / (f * f));
}

/** The slack of a ratio 100·part/total. */
export function shareSlack(part: number, total: number, partSlack: number, totalSlack: number): number {
  return pctSlack(total, part, totalSlack, partSlack);
}
