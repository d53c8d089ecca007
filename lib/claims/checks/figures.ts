import type { Claim, CheckKind } from '../types';
import { indicatorClass, type DatasetView } from '../dataset-view';
import { addDays, SESSION_SPAN_DAYS, weekday } from '../dates';
import { CROSSING_VERBS, EXTREME_SET } from '../lexicon/threshold-words';
import type { Measure } from '../judge/compare';
import { datedRecordBefore, pastRecordBefore, RECORD_LEAD_CHARS } from '../judge/past-record';

export { moveBetween } from '../judge/compare';

/**
 * The claims of one article as the checks read them: each with how it measures its indicator,
 * where it stands in its sentence, and whether it is the level a move started from.
 */

export interface Figure {
  claim: Claim;
  measure: Measure;
  /** Offsets of the figure in its sentence (the claim's `sentence`). */
  at: number;
  end: number;
  /** "to 0.75% from 0.5%": the level a move started from. */
  from: boolean;
  /** "near $63,000", "above 10,400", "nearly 30%": a bound or a round figure, not a reading. */
  approx: boolean;
  /** The sentence's words between the previous figure (or the sentence's start) and this one, at most BEFORE_CHARS of them. */
  before: string;
}

/** A finding before it is written onto the claims. */
export interface Finding {
  kind: CheckKind;
  claims: Claim[];
  blamed: Claim[];
  expected: number;
  stated: number;
  words: string;
  /** The arithmetic fits another reading of the figure too: the blamed get a neutral 'check', not an alarm. */
  doubt?: true;
}

/** What every check is given. */
export interface CheckInput {
  view: DatasetView;
  published: string;
  /** Figures the checks may use, sentence by sentence, in page order. */
  sentences: Figure[][];
}

/** Below this the engine is unsure of the subject or the period (MatchRecord.confidence, where the engine gives one). */
const MIN_SUBJECT_CONFIDENCE = 0.6;

/** How much of the text before a figure the checks read: a clause's worth. */
const BEFORE_CHARS = 80;

/** Words before a figure that make it a bound or an estimate rather than a reading. */
const APPROX_BEFORE_RE = new RegExp(
  String.raw`\b(?:above|below|near|nearly|about|around|roughly|some|over|under|almost|close to|more than|less than|as much as|as little as|up to|beyond|past|toward|towards|approximately|circa|at least|at most|${CROSSING_VERBS})[\s\u00a0]*[$€£¥]?[\s\u00a0]*$`,
  'i',
);

/** "4.25%-4.50%", "$60 to $65": a range is no single figure to do arithmetic with. */
const RANGE_RE = /\d[\s\u00a0]*(?:[-–—]|to)[\s\u00a0]*[-+−]?[$€£¥]?[\s\u00a0]*\d/;
/** "... to 0.75% from 0.5%", "up from 3.0 per cent", "from Friday's 6,940.01". */
// from-previous-price: "from the previous afternoon price of $4,126.30", "from Tuesday's close of 1.3360".
const FROM_BEFORE_RE =
  /\bfrom(?:[\s\u00a0]+(?:about|around|roughly|nearly|its|the|a|an|[A-Z][a-z]+(?:'s|’s)?|\w+day(?:'s|’s)?)){0,2}(?:[\s\u00a0]+(?:previous|prior|earlier|last)(?:[\s\u00a0]+(?:afternoon|morning|noon|day's|session's))?[\s\u00a0]+(?:price|close|closing[\s\u00a0]+level|level|settlement|fix|fixing|reading)[\s\u00a0]+of)?[\s\u00a0]*$/;

/**
 * from-before-event: "down 3 bps at 4.21%, from 4.24% just ahead of the jobs report": a level the session
 * passed at some hour, not where the day's move began.
 */
const BEFORE_EVENT_AFTER_RE =
  /^[\s\u00a0]*(?:just[\s\u00a0]+)?(?:before|ahead[\s\u00a0]+of|prior[\s\u00a0]+to)[\s\u00a0]+(?:the[\s\u00a0]+)?(?:[\w-]+(?:'s|’s)?[\s\u00a0]+){0,2}(?:release|report|data|announcement|decision|figures|numbers|print|statement)\b/i;

/** The words of a "when" clause before its level: ", when the pair stood at ". */
const WHEN_CLAUSE_BEFORE_RE = /,[\s\u00a0]*when\b[^.;!?\d]{0,40}$/i;

/** record-it-set-after: a figure right before "record it set ..." is that record, another day's level. */
const PAST_EXTREME_AFTER_RE = new RegExp(`^[\\s\\u00a0]+${EXTREME_SET}`, 'i');
/**
 * records-they-had-set: "topped the records they had set a day earlier, 6,512.61 and 21,879.49": the figures after
 * such words (the first, or the second of a pair) are those records.
 */
const PAST_EXTREME_BEFORE_RE = new RegExp(
  `${EXTREME_SET}(?:[^.;!?\\d]{0,30}|[^.;!?]{0,60},[\\s\\u00a0]*[\\d.,]+[\\s\\u00a0]+and[\\s\\u00a0]+)$`,
  'i',
);

function measureOf(c: Claim): Measure {
  if (c.kind !== 'change') return 'level';
  if (c.unit !== 'percent') return 'absChange';
  return c.indicator?.unit === 'percent' ? 'ppChange' : 'pctChange';
}

/** Whether the checks may use a claim: a judged figure with a sure subject, not a target or a range. */
const UNCHECKED_RULES: ReadonlySet<string> = new Set(['earlier-subject', 'pronoun-it', 'its-level']);

function usable(c: Claim): boolean {
  if (!c.indicator || !c.judgement || c.kind === 'target') return false;
  // A subject carried from another sentence is too loose to do arithmetic with; a past level
  // ("its record closing high at 6,041") is not the day's.
  const rule = c.match?.rule;
  if (rule && UNCHECKED_RULES.has(rule)) return false;
  const confidence = c.match?.confidence;
  if (confidence !== undefined && confidence < MIN_SUBJECT_CONFIDENCE) return false;
  return !RANGE_RE.test(c.text);
}

/**
 * restates-unchecked: "leaving it up $1.35, or 4.5%, from a week earlier": a percentage that restates a move the
 * checks may not use (its subject carried by "it") is that move's, and is not paired with the day's figures.
 */
const RESTATED_GAP_RE = /^[\s\u00a0]*,?[\s\u00a0]*or[\s\u00a0]*\(?[\s\u00a0]*$/;

/** The usable claims, sentence by sentence. Claims come in page order, so a sentence's claims are adjacent. */
export function bySentence(claims: readonly Claim[]): Figure[][] {
  const out: Figure[][] = [];
  let current: Figure[] = [];
  let key: Claim | null = null;
  let cursor = 0;
  let prevEnd = 0;
  let prevUnused = false;
  for (const c of claims) {
    if (!key || c.block !== key.block || c.sentence !== key.sentence) {
      if (current.length) out.push(current);
      current = [];
      key = c;
      cursor = 0;
      prevEnd = 0;
      prevUnused = false;
    }
    // Every claim moves the cursor, used or not: the words between figures are read from it.
    const at = c.sentence.indexOf(c.text, cursor);
    const start = at < 0 ? cursor : at;
    const end = at < 0 ? cursor : at + c.text.length;
    const from = Math.max(prevEnd, start - BEFORE_CHARS);
    const restatesUnused: boolean = prevUnused && RESTATED_GAP_RE.test(c.sentence.slice(prevEnd, start));
    cursor = end;
    prevEnd = end;
    prevUnused = at < 0 || !usable(c) || restatesUnused;
    if (prevUnused) continue;
    // A past record ("clearing the 7,480.25 record it set on June 2") is no end of the day's move.
    if (
      PAST_EXTREME_AFTER_RE.test(c.sentence.slice(end, end + 40)) ||
      PAST_EXTREME_BEFORE_RE.test(c.sentence.slice(Math.max(0, start - 90), start))
    )
      continue;
    // past-record-level: "9.9% below the January record of $5,405.00", "below its previous high of $126,200": a record
    // of another day (judge/past-record.ts) is no end of the day's move.
    if (c.kind === 'level') {
      const lead = c.sentence.slice(Math.max(0, start - RECORD_LEAD_CHARS), start);
      if (datedRecordBefore(lead) || pastRecordBefore(lead)) continue;
    }
    // End-anchored patterns try every start: they are given the clause's last words only.
    const tail = c.sentence.slice(from, start);
    // when-clause-level: "its strongest close since July 23, when the pair stood at 146.55": a level another time's
    // clause gives is no end of the day's move.
    if (WHEN_CLAUSE_BEFORE_RE.test(tail)) continue;
    const isFrom = FROM_BEFORE_RE.test(tail);
    if (isFrom && BEFORE_EVENT_AFTER_RE.test(c.sentence.slice(end, end + 60))) continue;
    current.push({
      claim: c,
      measure: measureOf(c),
      at: start,
      end,
      from: isFrom,
      approx: APPROX_BEFORE_RE.test(tail),
      before: tail,
    });
  }
  if (current.length) out.push(current);
  return out;
}

/** The one figure of a list that passes `test`, or null when none or several do. */
export function single(figs: readonly Figure[], test: (f: Figure) => boolean): Figure | null {
  let hit: Figure | null = null;
  for (const f of figs) {
    if (!test(f)) continue;
    if (hit) return null;
    hit = f;
  }
  return hit;
}

/** Figures grouped by indicator id. */
export function byIndicator(figs: readonly Figure[]): Map<string, Figure[]> {
  const m = new Map<string, Figure[]>();
  for (const f of figs) {
    const id = f.claim.indicator!.id;
    const list = m.get(id);
    if (list) list.push(f);
    else m.set(id, [f]);
  }
  return m;
}

/** Whether a move's stated period is the one its sentence's level closes (a day, a month), or unstated. */
export function samePeriod(move: Claim, level: Claim, published: string): boolean {
  const p = move.period;
  if (!p) return true;
  if (p.type === 'window') return false;
  // week-so-far: "lost 0.85% this week" on a Thursday spans Sunday to Thursday, four days but no session.
  if (p.type === 'span')
    return (
      p.from >= addDays(p.to, -SESSION_SPAN_DAYS) &&
      !(weekday(p.from) > 4 && p.to > addDays(p.from, 1)) &&
      p.to === dayOf(level, published)
    );
  const l = level.period;
  return !!l && l.type === 'point' && l.period === p.period;
}

/** The day a claim about a daily figure speaks of: its stated day, the end of its span, or the article's date. */
export function dayOf(c: Claim, published: string): string | null {
  const p = c.period;
  if (!p) return c.sessionDay ?? published;
  if (p.type === 'point') return p.period.length === 10 ? p.period : null;
  if (p.type === 'span') return p.to;
  return null;
}

/**
 * Which figures to blame. A figure the dataset contradicts is wrong; failing that, one the dataset
 * cannot speak to; when the dataset confirms every figure, nothing is (the arithmetic must then
 * be within a rounding the tolerances did not foresee, and a right figure is never flagged).
 */
export function blame(figs: readonly { claim: Claim; agrees: boolean | null }[]): Claim[] {
  const wrong = figs.filter((f) => f.agrees === false).map((f) => f.claim);
  if (wrong.length) return wrong;
  return figs.filter((f) => f.agrees === null).map((f) => f.claim);
}

/** The judge's word on a claim, as agreement: a match (then or now) agrees, a figure outside the rounding does not. */
export function judged(c: Claim): boolean | null {
  const v = c.judgement?.verdict;
  if (v === 'matches' || v === 'since-changed') return true;
  if (v === 'differs' || v === 'close') return false;
  return null;
}

/**
 * The market figures of each sentence grouped by indicator, where a group holds one level (not a level a
 * move started from, nor a bound) and something beside it: what the level-and-move checks read.
 */
/**
 * The one level of a subject in a sentence; dated-level-aside: "slid 0.85% to 5,742.79 ...; the former had
 * closed at a record 5,787.31 on Wednesday": a level dated another day is an aside, the undated one the day's.
 */
export function* marketLevelGroups(sentences: readonly Figure[][]): Generator<{ group: Figure[]; level: Figure }> {
  for (const figs of sentences) {
    if (figs.length < 2) continue;
    for (const group of byIndicator(figs).values()) {
      if (group.length < 2 || indicatorClass(group[0]!.claim.indicator!) !== 'market') continue;
      const level =
        single(group, (f) => f.measure === 'level' && !f.from && !f.approx) ??
        single(group, (f) => f.measure === 'level' && !f.from && !f.approx && !f.claim.period);
      if (level) yield { group, level };
    }
  }
}
