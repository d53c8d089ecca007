import type { FigureRef } from '../types';
import { asOfDay, effectiveAsOf, type DatasetView } from '../dataset-view';
import { addDays, periodBounds } from '../dates';
import { storedIsFirstPrint } from './annual-revision';
import { neverRevised } from './never-revised';
import {
  FIRST_PRINTS_STORED,
  RELEASE_LAG_BY_INDICATOR,
  RELEASE_LAG_DAYS,
  SERIES_RELEASE_LAG_DAYS,
  SURE_RELEASE_LAG_BY_INDICATOR,
} from './tolerances';

/**
 * Rule as-known-on-the-date: the reference for a released figure (CPI, payrolls, GDP, TIC) is
 * the newest vintage published on or before the article's date; a later revision is shown
 * beside it, never used instead; a period with nothing out yet has "no figure yet".
 */
export type Known =
  | { status: 'known'; ref: FigureRef; revision: FigureRef | null; first?: FigureRef }
  /** Only a later edition is stored, but the period ended long enough before the article that its figure was out. */
  | { status: 'later-edition'; ref: FigureRef; revision: null }
  | { status: 'not-yet'; first: FigureRef | null }
  | { status: 'none' };

function frequency(period: string): keyof typeof RELEASE_LAG_DAYS {
  if (period.length === 10) return 'day';
  if (period.length === 7) return /Q/.test(period) ? 'quarter' : /H/.test(period) ? 'half' : 'month';
  return 'year';
}

/** Whether a period's first figure was surely out by `published` (its release lag has passed). */
function surelyReleased(id: string, period: string, published: string): boolean {
  return (
    addDays(periodBounds(period).to, RELEASE_LAG_BY_INDICATOR[id] ?? RELEASE_LAG_DAYS[frequency(period)]) <= published
  );
}

/**
 * first-print-stored: "an unemployment rate of 4.3%" on 2025-10-05, when September's report was put off by the
 * shutdown to 2025-11-20: for an indicator whose stored rows are each release's own first print, dated by day, the
 * oldest row's day is when the month's figure came out, whatever the usual calendar says.
 */
function firstPrintStored(id: string, oldest: FigureRef): boolean {
  return FIRST_PRINTS_STORED.has(id) && oldest.as_of.length === 10;
}

/**
 * release-lag-sure: Japan's February 2025 core CPI is stored as of 2025-03-21, 21 days after the month, within the
 * days its releases come (SURE_RELEASE_LAG_BY_INDICATOR): that day is the release, so on 2025-03-19 the figure was
 * not out, though the earliest calendar day had passed. A row dated later than that window is a later source's copy.
 */
function datedAsRelease(id: string, period: string, oldest: FigureRef): boolean {
  const sure = SURE_RELEASE_LAG_BY_INDICATOR[id];
  return sure !== undefined && oldest.as_of.length === 10 && oldest.as_of <= addDays(periodBounds(period).to, sure);
}

/** `lastMonthly`: the last month the stored copy holds (the copy's edition is at least that recent). */
type Index = { obs: Map<string, FigureRef[]>; monthly: Map<string, FigureRef>; lastMonthly: string };
const indexes = new WeakMap<DatasetView, Map<string, Index>>();

/** Observations and monthly points by period, built once per indicator: judging asks for them per claim. */
function indexOf(view: DatasetView, id: string): Index {
  let byId = indexes.get(view);
  if (!byId) indexes.set(view, (byId = new Map()));
  let ix = byId.get(id);
  if (!ix) {
    ix = { obs: new Map(), monthly: new Map(), lastMonthly: '' };
    for (const o of view.observations(id)) {
      const list = ix.obs.get(o.period);
      if (list) list.push(o);
      else ix.obs.set(o.period, [o]);
    }
    for (const m of view.monthly(id)) {
      if (!ix.monthly.has(m.ref.period)) ix.monthly.set(m.ref.period, m.ref);
      if (m.ref.period > ix.lastMonthly) ix.lastMonthly = m.ref.period;
    }
    byId.set(id, ix);
  }
  return ix;
}

export function knownOn(view: DatasetView, id: string, period: string, published: string, market = false): Known {
  const ix = indexOf(view, id);
  const list = ix.obs.get(period) ?? [];
  if (list.length) {
    const before = list.filter((o) => effectiveAsOf(o, list) <= published);
    const latest = list[list.length - 1]!;
    if (before.length) {
      const ref = before[before.length - 1]!;
      // A later vintage is a revision only if it changed the figure.
      const revision =
        latest !== ref && latest.value !== ref.value ? latest : laterEditionRevision(ix, id, period, ref);
      return before.length > 1 && before[0]!.value !== ref.value
        ? { status: 'known', ref, revision, first: before[0]! }
        : { status: 'known', ref, revision };
    }
    // A figure never revised is, in whatever edition it was read, the one first printed.
    if (
      surelyReleased(id, period, published) &&
      !firstPrintStored(id, list[0]!) &&
      !datedAsRelease(id, period, list[0]!)
    )
      return { status: neverRevised(id) ? 'known' : 'later-edition', ref: list[0]!, revision: null };
    return { status: 'not-yet', first: list[0]! };
  }
  const m = ix.monthly.get(period);
  if (m) {
    // A monthly series carries no release dates: its month is out some days after it ends.
    const lag = market ? 0 : (RELEASE_LAG_BY_INDICATOR[id] ?? SERIES_RELEASE_LAG_DAYS);
    if (addDays(periodBounds(period).to, lag) <= published)
      return storedIsFirstPrint(id, period, ix.lastMonthly)
        ? { status: 'known', ref: m, revision: null }
        : { status: 'later-edition', ref: m, revision: null };
    return { status: 'not-yet', first: m };
  }
  return { status: 'none' };
}

/**
 * later-edition-revision: core PCE for April 2025 was first published as 2.5 (stored with its release day), and the
 * monthly copy read later holds 2.6: that copy's figure is a revision whose release day is not stored, dated by the
 * copy's last month (a month only, so never taken as known on a given day).
 */
function laterEditionRevision(ix: Index, id: string, period: string, ref: FigureRef): FigureRef | null {
  const m = ix.monthly.get(period);
  if (!m || m.value === ref.value || ix.lastMonthly <= period || storedIsFirstPrint(id, period, ix.lastMonthly))
    return null;
  return { ...m, as_of: ix.lastMonthly };
}

/** The periods with a figure out by `published`, latest first (at most `n`). */
export function latestKnownPeriods(view: DatasetView, id: string, published: string, n: number): string[] {
  const periods = view.periods(id);
  const out: string[] = [];
  for (let i = periods.length - 1; i >= 0 && out.length < n; i--) {
    const k = knownOn(view, id, periods[i]!, published);
    if (k.status === 'known' || k.status === 'later-edition') out.push(periods[i]!);
  }
  return out;
}

/**
 * undated-revision-either: China's October holdings first printed $688.7 billion (2025-12-18) and stored as
 * $687.7 billion from a table read in 2026-05: before that month the revision's day is a guess, so the first
 * print may be what a release of the article's day still gave ("cut its position by $6.1 billion").
 */
export function undatedRevision(ref: FigureRef, published: string): boolean {
  return ref.as_of.length === 7 && published < asOfDay(ref.as_of);
}
