import { asOfDay, indicatorClass, REVISION_CYCLE_DAYS, type DatasetView } from '../dataset-view';
import type { FigureRef, Judgement } from '../types';
import { addDays, previousPeriod } from '../dates';
import { compare } from './compare';
import type { JudgeInput } from './input';
import { gapText, num, verdictOf } from './explain';
import { knownOn, latestKnownPeriods, undatedRevision } from './vintage';
import { nextPeriodFigure } from './next-period-figure';
import { beyondRevision } from './revision-bound';
import { asQuarterJudgement, quarterOfMonth } from './month-in-quarter';
import { transposedDigits } from './transposition';
import { releaseDayEdition } from './release-day-edition';
import { revisedWithNextRelease } from './revised-with-next-release';
import { staleAsLatest } from './stale-as-latest';

/** How many of the latest released periods an undated claim ("inflation is 3.5%") may speak of. */
const UNDATED_RECENT_PERIODS = 3;

/**
 * A released figure (CPI, GDP, TIC holdings) stated as a level, against the vintage known on the
 * article's date (rule as-known-on-the-date, vintage.ts).
 */
export function judgePeriodicLevel(view: DatasetView, input: JudgeInput, current: FigureRef | null): Judgement {
  const { indicator, period, published } = input;
  if (period?.type === 'point') {
    const k = knownOn(view, indicator.id, period.period, published, indicatorClass(indicator) === 'market');
    if (k.status === 'none') {
      const quarter = quarterOfMonth(period);
      if (quarter?.type === 'point' && view.periods(indicator.id).includes(quarter.period))
        return asQuarterJudgement(
          judgePeriodicLevel(view, { ...input, period: quarter }, current),
          period.period,
          quarter.period,
        );
      return verdictOf('unverifiable', null, current, `No figure for ${period.period}.`);
    }
    if (k.status === 'not-yet') {
      const month = releaseMonthOf(input, k.first, current, period.period);
      if (month) return month;
      return verdictOf(
        'no-figure-yet',
        null,
        current,
        `No figure for ${period.period} was published by ${published}${k.first ? ` (first published ${k.first.as_of})` : ''}.`,
      );
    }
    // "rose 3.3% in March, up from 3.0%": the starting figure is the period before the one read.
    const prev = input.fromEnd ? previousPeriod(period.period) : null;
    const pk = prev ? knownOn(view, indicator.id, prev, published) : null;
    if (
      pk &&
      (pk.status === 'known' || pk.status === 'later-edition') &&
      compare(input, pk.ref.value) === 'matches' &&
      compare(input, k.ref.value) !== 'matches'
    ) {
      // Which period the starting figure belongs to is not sure ("from 4.5% in December"): a question.
      return verdictOf(
        'check',
        pk.ref,
        current,
        `${indicator.name}, ${period.period}: ${num(k.ref.value)}; the period before (${prev}) was ${num(pk.ref.value)}, as stated.`,
      );
    }
    const j = revisedWithNextRelease(
      view,
      input,
      nextPeriodFigure(
        view,
        input,
        withVintage(
          input,
          k.ref,
          k.revision,
          k.status === 'later-edition',
          current,
          `${indicator.name}, ${k.ref.period}`,
          k.status === 'known' ? (k.first ?? null) : null,
        ),
        current,
      ),
    );
    // latest-named-stale: "The latest CPI reading was 2.4%, for March" on 2025-06-06, April's 2.3% out since May 13:
    // the figure is right for its month, but the month named is not the latest, as the sentence says it is.
    if (input.calledLatest && (j.verdict === 'matches' || j.verdict === 'since-changed')) {
      const newest = latestKnownPeriods(view, indicator.id, published, 1)[0];
      const nk = newest && newest > period.period ? knownOn(view, indicator.id, newest, published) : null;
      if (nk?.status === 'known' && surelyOutBy(nk.ref, published))
        return {
          ...verdictOf(
            'differs',
            nk.ref,
            current,
            `Called the latest, but ${period.period}'s figure (${num(k.ref.value)}) was followed by ${newest}'s (${num(nk.ref.value)}, out ${nk.ref.as_of}) before ${published}.`,
          ),
          settledBy: 'stale-as-latest',
        };
    }
    if (j.verdict !== 'differs' || !input.preview || k.status !== 'known' || k.ref.as_of !== published) return j;
    return releaseDayEdition(
      j,
      judgePeriodicLevel(view, { ...input, published: addDays(published, -1) }, current),
      k.ref,
    );
  }
  // No period: the latest figures out by the article's date.
  const recent = latestKnownPeriods(view, indicator.id, published, UNDATED_RECENT_PERIODS);
  if (!recent.length) return verdictOf('no-figure-yet', null, current, `No figure published by ${published}.`);
  const picks = recent.map((p) => ({ p, k: knownOn(view, indicator.id, p, published) }));
  // "up from 3.0 per cent": the figure before the latest.
  if (input.fromEnd) {
    const prev = previousPeriod(recent[0]!);
    if (prev) {
      const k = knownOn(view, indicator.id, prev, published);
      if ((k.status === 'known' || k.status === 'later-edition') && compare(input, k.ref.value) === 'matches') {
        return verdictOf(
          'matches',
          k.ref,
          current,
          `The figure before the latest: ${indicator.name}, ${prev}: ${num(k.ref.value)}.`,
        );
      }
      // undated-revision-either: the first print, where the revision stored was read from a later edition.
      const first = k.status === 'known' && undatedRevision(k.ref, published) ? k.first : undefined;
      if (first && k.status === 'known' && compare(input, first.value) === 'matches') {
        return verdictOf(
          'matches',
          first,
          current,
          `The figure before the latest, as first printed: ${indicator.name}, ${prev}: ${num(first.value)} (${first.as_of}); revised to ${num(k.ref.value)} in an edition read ${k.ref.as_of}.`,
        );
      }
    }
  }
  for (const [i, { k }] of picks.entries()) {
    if ((k.status === 'known' || k.status === 'later-edition') && compare(input, k.ref.value) === 'matches') {
      if (i === 0) return sinceChanged(input, k.ref, k.status === 'known' ? k.revision : null, current);
      // Rule undated-is-latest: an undated figure that fits an older month may be stale or may say which month elsewhere.
      // Rule present-level: "inflation is running at 2.7%" says it is the latest: an older month's figure is stale.
      const newest = picks[0]!.k;
      const stale =
        input.presentLevel !== 'verb' &&
        (newest.status === 'known' || newest.status === 'later-edition') &&
        staleAsLatest(input.releaseWords, k.ref.period, newest.ref, published);
      if (input.presentLevel === 'verb' || stale) {
        const j = verdictOf(
          'differs',
          picks[0]!.k.status === 'known' || picks[0]!.k.status === 'later-edition' ? picks[0]!.k.ref : k.ref,
          current,
          `Stated as the present figure, but it is ${k.ref.period}'s (${num(k.ref.value)}); the latest out by ${published} was ${recent[0]}'s.`,
        );
        return stale ? { ...j, settledBy: 'stale-as-latest' } : j;
      }
      return verdictOf(
        'check',
        k.ref,
        current,
        `No period stated; it fits ${k.ref.period} (${num(k.ref.value)}), not the latest out by ${published} (${recent[0]}).`,
      );
    }
  }
  const first = picks[0]!.k;
  // present-first-print: "The unemployment rate stands at 4.6%" on 2026-01-15, November's first print (since revised
  // to 4.5) when December's 4.4 was out: an older month's figure as first printed, stated as the present one, is stale.
  if (first.status === 'known' || first.status === 'later-edition') {
    for (const { k } of picks.slice(1)) {
      if (k.status !== 'known' || !k.first || compare(input, k.first.value) !== 'matches') continue;
      const stale =
        input.presentLevel === 'verb' || staleAsLatest(input.releaseWords, k.ref.period, first.ref, published);
      if (!stale) break;
      return verdictOf(
        'differs',
        first.ref,
        current,
        `Stated as the present figure, but it is ${k.ref.period}'s first print (${num(k.first.value)}, since revised to ${num(k.ref.value)}); the latest out by ${published} was ${recent[0]}'s.`,
      );
    }
  }
  if (first.status !== 'known' && first.status !== 'later-edition')
    return verdictOf('unverifiable', null, current, `No figure published by ${published}.`);
  const verdict = compare(input, first.ref.value);
  // Rule transposed-digits: the latest figure with two digits swapped names its period itself.
  if (verdict === 'differs' && transposedDigits(input.value, first.ref.value, 2 * input.halfStep))
    return verdictOf(
      'differs',
      first.ref,
      current,
      `No period stated; the latest figure out by ${published} was ${num(first.ref.value)} (${first.ref.period}): two digits are swapped.`,
    );
  // Without a stated period the claim may speak of another month: a gap is a question, not an error.
  return verdictOf(
    verdict === 'close' ? 'close' : 'check',
    first.ref,
    current,
    `No period stated; the latest figure out by ${published} was ${num(first.ref.value)} (${first.ref.period}).${verdict === 'close' ? gapText(input.value, first.ref.value) : ''}`,
  );
}

/** A release dated by its day, out before the article's day (not the same day, whose story may precede it). */
function surelyOutBy(ref: FigureRef, published: string): boolean {
  return ref.as_of.length === 10 && ref.as_of < published;
}

/** A figure stated to 1 part in 1,000 or finer ("$699.7 billion") does not equal another vintage by chance. */
const FINE_FIGURE_SHARE = 0.001;

/** A revision this small against the figure (0.2%) is rounding-sized: the first print quoted after it is close. */
const REVISION_NOISE_SHARE = 0.002;

/** How far a figure may stand from a stored vintage when a later release may have revised it unseen. */
const UNSTORED_REVISION_SHARE = 0.01;

function withVintage(
  input: JudgeInput,
  ref: FigureRef,
  revision: FigureRef | null,
  laterEdition: boolean,
  current: FigureRef | null,
  what: string,
  first: FigureRef | null = null,
): Judgement {
  const verdict = compare(input, ref.value);
  // first-release-named: a table "(TIC, first release)" or "as first reported" quotes the first print,
  // whatever revision came later: it is judged against that print.
  if (verdict === 'differs' && first && input.firstRelease && compare(input, first.value) === 'matches') {
    return verdictOf(
      'matches',
      first,
      current,
      `${what}: first published as ${num(first.value)} (${first.as_of}), the release the claim names; revised to ${num(ref.value)} (${ref.as_of}).`,
      null,
    );
  }
  // first-print-quoted: "$9,249 billion" for September, its first print, after a revision to 9,248:
  // a rounding-sized revision makes the first print close; after a real revision it is stale (red).
  if (
    verdict === 'differs' &&
    first &&
    compare(input, first.value) === 'matches' &&
    Math.abs(ref.value - first.value) <= REVISION_NOISE_SHARE * Math.abs(ref.value)
  ) {
    return verdictOf(
      'close',
      ref,
      current,
      `${what}: ${num(ref.value)} as revised by ${ref.as_of}; the claim is the first print, ${num(first.value)} (${first.as_of}).`,
      null,
    );
  }
  // first-print-before-undated-revision: "$865.0 billion" for September, its first print, in January, against
  // 862.5 stored from a table read in May: a revision known only by the month its edition was read may not
  // have been out on the article's date, so the first print is a question, not stale.
  if (
    verdict === 'differs' &&
    first &&
    ref.as_of.length < 10 &&
    input.published < asOfDay(ref.as_of).slice(0, 7) &&
    compare(input, first.value) === 'matches'
  ) {
    return verdictOf(
      'check',
      ref,
      current,
      `${what}: first published as ${num(first.value)} (${first.as_of}), as stated; revised to ${num(ref.value)} in a table read in ${ref.as_of}, which may not have been out by ${input.published}.`,
      null,
    );
  }
  let text = `${what}: ${num(ref.value)}${laterEdition ? ` (as stored from the ${ref.as_of} edition)` : ''}.`;
  if (verdict === 'close') text += gapText(input.value, ref.value);
  if (revision) text += ` Since revised to ${num(revision.value)} (${revision.as_of}).`;
  // revised-by-then: the claim is a later revision's figure exactly, and a release has come out since
  // the first print. Stored revisions are dated by the edition they were read from (often a month
  // only), not by the release that first printed them, so the writer most likely had it: matching
  // when that date is unsure, a question otherwise.
  if (
    verdict === 'differs' &&
    revision &&
    2 * input.halfStep <= FINE_FIGURE_SHARE * Math.abs(input.value) &&
    compare(input, revision.value) === 'matches'
  ) {
    // A figure this fine cannot equal a revision by chance, and the writer cannot have had one from
    // the future: either it was out (matches) or the stored dates cannot tell (a question).
    const unsure = revision.as_of.length < 10 && addDays(asOfDay(ref.as_of), REVISION_CYCLE_DAYS) <= input.published;
    return verdictOf(
      unsure ? 'matches' : 'check',
      revision,
      current,
      `${what}: first published as ${num(ref.value)} (${ref.as_of}); the claim is the revised figure, ${num(revision.value)}, stored from the ${revision.as_of} edition${unsure ? ', whose release day is not stored' : ''}.`,
      null,
    );
  }
  // coarse-revision-matched: "core PCE was 2.6% in April" in late August, against 2.5 first published and 2.6 in a
  // copy read later: the claim is the revised figure, out on some day the dataset does not keep; a figure this coarse
  // may equal it by chance, so a question, not red.
  if (
    verdict === 'differs' &&
    revision &&
    revision.as_of.length < 10 &&
    compare(input, revision.value) === 'matches' &&
    addDays(asOfDay(ref.as_of), REVISION_CYCLE_DAYS) <= input.published
  ) {
    return verdictOf(
      'check',
      ref,
      current,
      `${what}: first published as ${num(ref.value)} (${ref.as_of}); the claim is the revised figure, ${num(revision.value)}, stored from a copy read by ${revision.as_of}, whose release day is not stored.`,
      revision,
    );
  }
  // unstored-revision: "UK holdings of $864.7 billion in September" in a story a day after the next
  // release, against the $865.0 billion first print: that release may have revised the month, and the
  // dataset keeps no vintage from it. A small gap, not the first print itself, is a question.
  // A stored revision dated only by its edition's month is only assumed out by the article's date.
  const unsureRef = ref.as_of.length < 10 && !!first && first.as_of !== ref.as_of;
  if (
    verdict === 'differs' &&
    (revision || unsureRef) &&
    (!first || compare(input, first.value) !== 'matches') &&
    (unsureRef || addDays(asOfDay(ref.as_of), REVISION_CYCLE_DAYS) <= input.published) &&
    Math.abs(input.value - ref.value) <= UNSTORED_REVISION_SHARE * Math.abs(ref.value) &&
    !beyondRevision(input, ref.value)
  ) {
    return verdictOf(
      'check',
      ref,
      current,
      `${text} A release since ${ref.as_of} may have revised it; the dataset keeps no vintage from it.`,
      revision,
    );
  }
  // A later edition may hold a revised figure: a gap against it is not proof the claim was wrong then.
  if (verdict === 'differs' && laterEdition && !beyondRevision(input, ref.value)) {
    return verdictOf('check', ref, current, `${text} The figure first published may have differed.`, revision);
  }
  return verdictOf(verdict, ref, current, text, revision);
}

/**
 * Rule since-changed: an undated figure that was the latest on the article's date, where a newer
 * period has come out since with another value, is "since changed" (neutral), not an error.
 */
function sinceChanged(
  input: JudgeInput,
  ref: FigureRef,
  revision: FigureRef | null,
  current: FigureRef | null,
): Judgement {
  const text = `${input.indicator.name}, ${ref.period}: ${num(ref.value)} (the latest out by ${input.published}).`;
  if (
    current &&
    current.period > ref.period &&
    asOfDay(current.as_of) > input.published &&
    compare(input, current.value) !== 'matches'
  ) {
    return verdictOf('since-changed', ref, current, `${text} Now ${num(current.value)} (${current.period}).`, revision);
  }
  return verdictOf('matches', ref, current, text, revision);
}

/**
 * month-dated-release. Example: "Japan's real GDP rose 0.5% in January-March" on 2026-05-19, when the stored first print
 * is dated only "2026-05": released some day that month, it may have been out; the claim that states it matches
 * it, and one that does not is a question, never "no figure yet".
 */
function releaseMonthOf(
  input: JudgeInput,
  first: FigureRef | null | undefined,
  current: FigureRef | null,
  period: string,
): Judgement | null {
  if (first?.as_of.length !== 7 || !input.published.startsWith(first.as_of)) return null;
  const said = `${input.indicator.name}, ${period}: ${num(first.value)}, first published in ${first.as_of} (the day is not stored)`;
  return compare(input, first.value) === 'matches'
    ? verdictOf('matches', first, current, `${said}, as stated.`)
    : verdictOf('check', first, current, `${said}; whether it was out by ${input.published} is not known.`);
}
