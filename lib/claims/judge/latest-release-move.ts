import type { DatasetView } from '../dataset-view';
import { previousPeriod } from '../dates';
import { tidy } from '../numbers';
import type { FigureRef, Judgement } from '../types';
import { compare } from './compare';
import { changeRef, gapText, signed, verdictOf } from './explain';
import type { JudgeInput } from './input';
import { knownOn, latestKnownPeriods, undatedRevision } from './vintage';

/**
 * Rule latest-release-move: "China's holdings fell $0.4 billion" with no period, for a figure
 * released by month or quarter, is most often the move in the latest release out by the article's
 * date (both ends as known then). Agreement is said so; a gap is a question, never red, since the
 * sentence may mean another span.
 */
export function latestReleaseMove(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement | null {
  const { indicator, published, measure } = input;
  const latest = latestKnownPeriods(view, indicator.id, published, 1)[0];
  const prev = latest ? previousPeriod(latest) : null;
  if (!latest || !prev) return null;
  const cur = knownOn(view, indicator.id, latest, published);
  const old = knownOn(view, indicator.id, prev, published);
  if (
    (cur.status !== 'known' && cur.status !== 'later-edition') ||
    (old.status !== 'known' && old.status !== 'later-edition')
  )
    return null;
  const moveOf = (from: number): number =>
    measure === 'pctChange'
      ? from === 0
        ? Number.NaN
        : tidy(((cur.ref.value - from) / Math.abs(from)) * 100, 4)
      : tidy(cur.ref.value - from, 6);
  const unit = measure === 'pctChange' ? '%' : '';
  const first = old.status === 'known' && undatedRevision(old.ref, published) ? old.first : undefined;
  const firstValue = first ? moveOf(first.value) : Number.NaN;
  if (first && Number.isFinite(firstValue) && compare(input, firstValue) === 'matches') {
    const text = `No period given; read as the latest release (${prev} to ${latest}), from ${prev} as first printed (${first.as_of}): ${signed(firstValue)}${unit}; a revision stored from an edition of ${old.ref.as_of} may not have been out yet.`;
    return verdictOf('matches', changeRef(first, cur.ref, firstValue), current, text);
  }
  const value = moveOf(old.ref.value);
  if (!Number.isFinite(value)) return null;
  const ref = changeRef(old.ref, cur.ref, value);
  const text = `No period given; read as the latest release (${prev} to ${latest}): ${signed(value)}${unit}.`;
  const verdict = compare(input, value);
  if (verdict === 'differs') return verdictOf('check', ref, current, text);
  return verdictOf(verdict, ref, current, verdict === 'close' ? `${text}${gapText(input.value, value)}` : text);
}
