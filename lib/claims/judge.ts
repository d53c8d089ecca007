import type { Indicator } from '../dataset/schema';
import type { ClaimPeriod, FigureRef, Judgement, Verdict } from './types';
import { DatasetView, asOfDay, indicatorClass } from './dataset-view';
import { addDays, periodBounds, previousPeriod, toDay } from './dates';
import { tidy } from './numbers';

/**
 * Verdicts. A claim "matches" when the source's figure lies within the claim's own rounding
 * ("$1.13 trillion" covers 1.125–1.135 trillion). Beyond that, "close" tolerances by kind:
 * - levels in percent (rates, yields, inflation, shares): 0.25 points or 8% of the figure;
 * - other levels (money, index points, FX): 2% of the figure (1% for market prices);
 * - percentage changes: 0.3 points or 15% of the move, same direction;
 * - point changes: 10% of the move.
 * "since-changed" is a match at the claim's period where the latest figure is off by more than the
 * close tolerance. "unverifiable" is an indicator with no comparable figure for the period.
 */

export type Measure = 'level' | 'pctChange' | 'absChange' | 'ppChange';

export interface JudgeInput {
  indicator: Indicator;
  value: number;
  range?: [number, number];
  /** Half the claim's last written digit, in the value's unit. */
  halfStep: number;
  measure: Measure;
  period: ClaimPeriod | null;
  published: string;
}

function closeTolerance(measure: Measure, ind: Indicator, ref: number, halfStep: number): number {
  const abs = Math.abs(ref);
  switch (measure) {
    case 'pctChange':
    case 'ppChange':
      return Math.max(2 * halfStep, 0.3, 0.15 * abs);
    case 'absChange':
      return Math.max(2 * halfStep, 0.1 * abs);
    default:
      if (ind.unit === 'percent') return Math.max(2 * halfStep, 0.25, 0.08 * abs);
      return Math.max(2 * halfStep, (indicatorClass(ind) === 'market' ? 0.01 : 0.02) * abs);
  }
}

function compare(input: JudgeInput, ref: number): 'matches' | 'close' | 'differs' {
  const { value, range, halfStep, measure, indicator } = input;
  const eps = 1e-9 * Math.max(1, Math.abs(value));
  if (range) {
    if (ref >= range[0] - halfStep - eps && ref <= range[1] + halfStep + eps) return 'matches';
  } else if (Math.abs(ref - value) <= halfStep + eps) return 'matches';
  const tol = closeTolerance(measure, indicator, ref, halfStep);
  const sameSign = measure === 'level' || Math.sign(ref) === Math.sign(value) || ref === 0;
  return sameSign && Math.abs(ref - value) <= tol ? 'close' : 'differs';
}

function change(measure: Measure, from: number, to: number): number {
  if (measure === 'pctChange') return from === 0 ? NaN : tidy(((to - from) / Math.abs(from)) * 100, 4);
  return tidy(to - from, 6);
}

/** A figure for a sentence: 1191600000000 reads as 1.1916 trillion. */
function num(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e12) return `${tidy(v / 1e12, 4)} trillion`;
  if (a >= 1e9) return `${tidy(v / 1e9, 3)} billion`;
  if (a >= 1e6) return `${tidy(v / 1e6, 3)} million`;
  return String(tidy(v, 4));
}

const pct = (x: number) => `${x > 0 ? '+' : ''}${x}`;

function withChange(base: FigureRef, end: FigureRef, value: number): FigureRef {
  return { period: `${base.period}/${end.period}`, value, as_of: end.as_of, source: end.source, ...(end.note ? { note: end.note } : {}) };
}

export function judge(view: DatasetView, input: JudgeInput): Judgement {
  const { indicator, measure, period, published } = input;
  const current = view.latest(indicator.id);
  const none = (why: string): Judgement => ({ verdict: 'unverifiable', reference: null, revision: null, current, explanation: why });
  if (!view.hasData(indicator.id)) return none('No sourced figure yet for this indicator.');

  if (measure !== 'level') return judgeChange(view, input, current, none);

  const cls = indicatorClass(indicator);
  let reference: FigureRef | null = null;
  let revision: FigureRef | null = null;
  let verdict: Verdict = 'unverifiable';
  let explanation = '';

  if (cls === 'step') {
    const steps = view.observations(indicator.id);
    const at = period?.type === 'point' ? periodBounds(period.period).to : period?.type === 'span' ? period.to : published;
    let inEffect: FigureRef | null = null;
    for (let i = steps.length - 1; i >= 0 && !inEffect; i--) if (steps[i]!.period.length === 10 && steps[i]!.period <= at) inEffect = steps[i]!;
    // A rate in force at some point in the year before: "a 25% duty" cited while it stood.
    const windowFrom = period?.type === 'span' ? period.from : addDays(at, -400);
    // Decisions take effect days after they are announced (the ECB's a week later): a rate set
    // within two weeks after the claim's date counts as the one it reports. The latest such that matches.
    const announcedBy = addDays(at, 14);
    let hit: FigureRef | undefined;
    for (let i = steps.length - 1; i >= 0 && !hit; i--) {
      const o = steps[i]!;
      if (((o.period <= announcedBy && o.period >= windowFrom) || o === inEffect) && compare(input, o.value) === 'matches') hit = o;
    }
    reference = hit ?? inEffect;
    if (!reference) return none('No figure in force at the claim’s date.');
    verdict = compare(input, reference.value);
    explanation = hit
      ? hit === inEffect
        ? `In force on ${at}: ${hit.value}.`
        : `Set at ${hit.value} from ${hit.period}; ${inEffect ? `${inEffect.value} was in force on ${at}` : ''}.`
      : `In force on ${at}: ${reference.value}.`;
  } else if (cls === 'market' && (!period || period.type !== 'point' || period.period.length === 10)) {
    const date = period?.type === 'span' ? period.to : period?.type === 'point' ? period.period : published;
    const p = view.pointOnOrBefore(indicator.id, date);
    if (!p) {
      // Monthly data may still tell a month-level claim.
      return none(`No figure within a week before ${date}.`);
    }
    reference = p.ref;
    verdict = compare(input, p.value);
    explanation = `Figure for ${p.date}.`;
  } else {
    const obs = view.observations(indicator.id);
    const monthly = view.monthly(indicator.id);
    const periods = view.periods(indicator.id);
    const pick = (per: string): { ref: FigureRef; rev: FigureRef | null } | null => {
      const v = view.vintages(indicator.id, per, published);
      // A later vintage is a revision only if it changed the figure.
      if (v.known) return { ref: v.known, rev: v.latest && v.latest !== v.known && v.latest.value !== v.known.value ? v.latest : null };
      const m = monthly.find((x) => x.ref.period === per);
      return m ? { ref: m.ref, rev: null } : null;
    };
    let chosen: { ref: FigureRef; rev: FigureRef | null } | null = null;
    if (period?.type === 'point') {
      chosen = pick(period.period);
      if (!chosen) return none(`No figure for ${period.period}.`);
    } else {
      // The latest figures published by the article's date; else the latest periods ending before it.
      // The figures out by the article's date: those with a vintage dated before it, and periods
      // that ended two weeks before it (table editions are often dated long after first release).
      const cutoff = addDays(published, -14);
      // Periods are in order: walk back from the latest and stop at three.
      const recent: string[] = [];
      for (let i = periods.length - 1; i >= 0 && recent.length < 3; i--) {
        const per = periods[i]!;
        if (periodBounds(per).to <= cutoff || obs.some((o) => o.period === per && asOfDay(o.as_of) <= published)) recent.push(per);
      }
      if (!recent.length) return none(`No figure published by ${published}.`);
      const picks = recent.map(pick).filter((x): x is NonNullable<typeof x> => !!x);
      // A figure already published when the article appeared is the one it most likely cites.
      const knownFirst = [...picks.filter((c) => asOfDay(c.ref.as_of) <= published), ...picks.filter((c) => asOfDay(c.ref.as_of) > published)];
      chosen = knownFirst.find((c) => compare(input, c.ref.value) === 'matches') ?? picks[0] ?? null;
      if (!chosen) return none(`No figure published by ${published}.`);
    }
    reference = chosen.ref;
    revision = chosen.rev;
    verdict = compare(input, reference.value);
    explanation = `${indicator.name}, ${reference.period}${asOfDay(reference.as_of) > published ? ' (published after the article)' : ''}.`;
    if (revision) explanation += ` Since revised to ${num(revision.value)} (${revision.as_of}).`;
  }

  // A claim about a stated past period ("in Q1 2025") cannot go out of date; its revisions show instead.
  const statedPast = period?.type === 'point' && cls === 'periodic';
  if (verdict === 'matches' && !statedPast && current && reference && current !== reference) {
    const tol = closeTolerance('level', indicator, reference.value, input.halfStep);
    if (Math.abs(current.value - reference.value) > tol && current.period > reference.period) {
      verdict = 'since-changed';
      explanation += ` Now ${num(current.value)} (${current.period}).`;
    }
  }
  return { verdict, reference, revision, current, explanation: explanation.trim() };
}

function judgeChange(
  view: DatasetView,
  input: JudgeInput,
  current: FigureRef | null,
  none: (why: string) => Judgement,
): Judgement {
  const { indicator, measure, period, published } = input;
  const between = (from: string, to: string): { base: FigureRef; end: FigureRef; value: number } | null => {
    const b = view.pointOnOrBefore(indicator.id, from);
    const e = view.pointOnOrBefore(indicator.id, to);
    if (!b || !e || b.date >= e.date) return null;
    const value = change(measure, b.value, e.value);
    return Number.isFinite(value) ? { base: b.ref, end: e.ref, value } : null;
  };

  if (!period) {
    const lastDay = view.pointOnOrBefore(indicator.id, published, 4);
    const daily = lastDay ? between(addDays(lastDay.date, -1), lastDay.date) : null;
    // A market story's "up 80 cents" with no period is most often the last session's move: said so
    // when the figures agree, left unverifiable (with the session's move shown) when they do not.
    if (daily && toDay(published) - toDay(lastDay!.date) <= 3) {
      const verdict = compare(input, daily.value);
      if (verdict === 'matches' || verdict === 'close') {
        return {
          verdict,
          reference: withChange(daily.base, daily.end, daily.value),
          revision: null,
          current,
          explanation: `No period given; read as the last session (${daily.end.period}): ${pct(daily.value)}${measure === 'pctChange' ? '%' : ''}.`,
        };
      }
    }
    return none(
      daily
        ? `No period given; the last session (${daily.end.period}) moved ${pct(daily.value)}.`
        : 'No period given and no daily figures to compare.',
    );
  }

  if (period.type === 'window') {
    const pts = view.daily(indicator.id).filter((p) => p.date >= addDays(period.within.from, -7) && p.date <= period.within.to);
    let best: { i: number; v: number; d: number } | null = null;
    let extreme: { i: number; v: number } | null = null;
    const dir = Math.sign(input.value) || 1;
    for (let i = period.sessions; i < pts.length; i++) {
      if (pts[i]!.date < period.within.from) continue;
      const v = change(measure, pts[i - period.sessions]!.value, pts[i]!.value);
      const d = Math.abs(v - input.value);
      if (!best || d < best.d) best = { i, v, d };
      if (!extreme || v * dir > extreme.v * dir) extreme = { i, v };
    }
    if (!best || !extreme) return none(`No daily figures for ${period.within.from}–${period.within.to}.`);
    const pickI = compare(input, best.v) === 'differs' ? extreme.i : best.i;
    const v = pickI === best.i ? best.v : extreme.v;
    const reference = withChange(pts[pickI - period.sessions]!.ref, pts[pickI]!.ref, v);
    const verdict = compare(input, v);
    return {
      verdict,
      reference,
      revision: null,
      current,
      explanation:
        verdict === 'differs'
          ? `The largest ${period.sessions}-session move that way in ${period.within.from.slice(0, 4)} was ${pct(v)}.`
          : `${period.sessions} sessions to ${pts[pickI]!.date}: ${pct(v)}.`,
    };
  }

  let result: { base: FigureRef; end: FigureRef; value: number } | null = null;
  if (period.type === 'span') {
    result = between(period.from, period.to);
  } else {
    const prev = previousPeriod(period.period);
    const cur = view.vintages(indicator.id, period.period, published);
    const old = prev ? view.vintages(indicator.id, prev, published) : null;
    if (cur.known && old?.known) {
      result = { base: old.known, end: cur.known, value: change(measure, old.known.value, cur.known.value) };
    } else {
      const b = periodBounds(period.period);
      result = between(addDays(b.from, -1), b.to);
    }
  }
  if (!result || !Number.isFinite(result.value)) {
    return none(`No figures at both ends of ${period.label}.`);
  }
  const reference = withChange(result.base, result.end, result.value);
  const verdict = compare(input, result.value);
  const days = period.type === 'span' ? toDay(period.to) - toDay(period.from) : 0;
  return {
    verdict,
    reference,
    revision: null,
    current,
    explanation: `${result.base.period} to ${result.end.period}${days ? ` (${period.label})` : ''}: ${pct(result.value)}${measure === 'pctChange' ? '%' : ''}.`,
  };
}
