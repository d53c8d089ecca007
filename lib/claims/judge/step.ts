import type { FigureRef } from '../types';
import type { DatasetView } from '../dataset-view';
import { addDays, periodBounds } from '../dates';

/**
 * Step indicators (policy rates, tariffs): each observation is a value that took effect on its
 * period and held until the next one, or until its valid_to.
 */

export interface Step {
  ref: FigureRef;
  /** The first day it may have been in force (a month-dated decision: the month's first day). */
  from: string;
  /** The first day it surely was (a month-dated decision: the month's last day). */
  sure: string;
  /** The last day it was in force, if it ended. */
  to: string | null;
  /** The day its decision was announced, where the row's `as_of` is that day (on or before it took effect). */
  announced?: string;
}

const cache = new WeakMap<DatasetView, Map<string, Step[]>>();

export function steps(view: DatasetView, id: string): Step[] {
  let byId = cache.get(view);
  if (!byId) cache.set(view, (byId = new Map()));
  let hit = byId.get(id);
  if (!hit) byId.set(id, (hit = buildSteps(view, id)));
  return hit;
}

/** How long after a stored decision a daily series may start the run it set. */
const RUN_OF_DECISION_DAYS = 7;

function buildSteps(view: DatasetView, id: string): Step[] {
  const out: Step[] = [];
  const observed = new Set(view.observations(id));
  // A daily series of a step indicator (the fed funds target) is a run of equal values per step.
  let run: FigureRef | null = null;
  for (const p of view.daily(id)) {
    if (p.ref.period !== p.date || observed.has(p.ref)) continue;
    if (run && run.value === p.value) continue;
    run = p.ref;
    out.push({ ref: p.ref, from: p.date, sure: p.date, to: null });
  }
  for (const ref of view.observations(id)) {
    if (ref.period.length !== 10 && ref.period.length !== 7) continue;
    const b = periodBounds(ref.period);
    const announced = ref.as_of.length === 10 && ref.as_of <= b.to ? ref.as_of : undefined;
    out.push({ ref, from: b.from, sure: b.to, to: ref.valid_to ?? null, ...(announced ? { announced } : {}) });
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.ref.as_of < b.ref.as_of ? -1 : 1));
  // A daily series' run that starts within days of a stored decision of the same value is that decision's.
  for (const st of out) {
    if (st.announced) continue;
    const decision = out.find(
      (o) =>
        o.announced &&
        o.ref.value === st.ref.value &&
        o.from <= st.from &&
        st.from <= addDays(o.from, RUN_OF_DECISION_DAYS),
    );
    if (decision) st.announced = decision.announced;
  }
  // A step ends where the next begins, unless it ended earlier.
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]!;
    if (next.from === out[i]!.from) continue;
    const end = addDays(next.sure, -1);
    if (!out[i]!.to || out[i]!.to! > end) out[i]!.to = end;
  }
  return out;
}

/**
 * Rule in-force-on-the-date: the values that may have been in force on `day`. A month-dated
 * decision leaves its month ambiguous (both the old and the new value count); a measure past
 * its valid_to is not in force ("a 10% universal tariff" after it was struck down).
 */
export function inForce(all: Step[], day: string): Step[] {
  return all.filter((s) => s.from <= day && (!s.to || s.to >= day));
}

/** The step in force just before `s` took effect: "fell to 15% from 25%" speaks of it. */
export function stepBefore(all: Step[], s: Step): Step | null {
  let prev: Step | null = null;
  for (const x of all) if (x.from < s.from && x.ref.value !== s.ref.value) prev = x;
  return prev;
}
