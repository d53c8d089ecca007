import { addDays, weekday } from '../dates';
import type { DatasetView, Point } from '../dataset-view';
import { compare } from './compare';
import type { JudgeInput } from './input';

/** The windows, besides the last session, that a market story's undated move may cover. */
type UnstatedWindow = 'the week' | 'seven days' | 'the month' | 'the year';

/** A window's base: the close it is measured from, given the window's last session. */
const BASES: ReadonlyArray<{ window: UnstatedWindow; crypto?: boolean; baseOn: (end: string) => string }> = [
  // The previous week's last session: the close on or before the Sunday before `end`'s week.
  { window: 'the week', baseOn: (end) => addDays(end, -(weekday(end) + 1)) },
  // A coin trades every day: its week is often the seven days to the last price.
  { window: 'seven days', crypto: true, baseOn: (end) => addDays(end, -7) },
  { window: 'the month', baseOn: (end) => addDays(`${end.slice(0, 8)}01`, -1) },
  { window: 'the year', baseOn: (end) => `${Number(end.slice(0, 4)) - 1}-12-31` },
];

/** How far before a window's start its base close may lie (a holiday week, the new year's first days). */
const BASE_GAP_DAYS = 6;
/**
 * Only a figure this fine (its last digit at most this share of it) is taken for a window: "1 basis point" or "3%"
 * equals some window's move by chance, "3.3%" or "12 basis points" rarely.
 */
const WINDOW_FINE_SHARE = 0.2;

export interface WindowMove {
  window: UnstatedWindow;
  base: Point;
  end: Point;
  value: number;
}

/**
 * unstated-window: "Nasdaq Sheds 3% in Its Roughest Week", a scoreboard's "Week: −12.1%" or "the Dow is clinging to
 * a gain of 0.89%" for the year: the period is on the page but not in the figure's sentence. A move that is not the
 * last session's but is, to its last written digit, the move over the week, the seven days, the month or the year to
 * that session's close is that window's move. Only an exact fit of a fine figure counts.
 */
export function unstatedWindowMove(
  view: DatasetView,
  input: JudgeInput,
  end: Point,
  move: (from: number, to: number) => number,
): WindowMove | null {
  if (2 * input.halfStep > WINDOW_FINE_SHARE * Math.abs(input.value)) return null;
  const crypto = input.indicator.kind === 'crypto';
  for (const { window, crypto: onlyCrypto, baseOn } of BASES) {
    if (onlyCrypto && !crypto) continue;
    const base = view.pointOnOrBefore(input.indicator.id, baseOn(end.date), BASE_GAP_DAYS);
    if (!base || base.date >= end.date) continue;
    const value = move(base.value, end.value);
    if (Number.isFinite(value) && compare(input, value) === 'matches') return { window, base, end, value };
  }
  return null;
}
