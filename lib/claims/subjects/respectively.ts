import type { NumericExpression } from '../types';
import type { Occurrence } from '../match';

/**
 * Example: "the Nikkei and the Topix advanced 2.79% and 2.01%, respectively": 2.79% is the Nikkei's,
 * though the Topix stands nearer.
 *
 * The figures of a list closed by "respectively" go to the subjects named before them, in order, when
 * the counts agree and each subject is one indicator; otherwise the rule says nothing.
 */

/** How many members a group word counts, where the-two-in-sentence reads it (number words reach here as digits). */
const GROUP_COUNT: Readonly<Record<string, number>> = { 2: 2, 3: 3, two: 2, three: 3, both: 2 };
/**
 * group-words: "WTI ... while Brent ...; the two grades are down 10.3% and 11.0%, respectively": words after a count
 * ("the two grades", "both benchmarks") name the group the list belongs to, not one more member of it.
 */
const GROUP_WORDS: ReadonlySet<string> = new Set([...Object.keys(GROUP_COUNT), '4', 'four', 'all']);

/** Outranks any nearness score: the writer has said which figure is whose. */
export const RESPECTIVE_SCORE = 8;

const RESPECTIVELY_RE = /\brespectively\b/i;
/** each-then-list: ", to " between a shared move and the list of levels. */
const SHARED_MOVE_TO_RE = /^[\s\u00a0]*,?[\s\u00a0]*(?:to|at)[\s\u00a0]+$/i;
/** What joins the figures of the list: ", ", " and ", ", and ". */
const LIST_JOIN_RE = /^[\s\u00a0]*(?:,[\s\u00a0]*(?:and[\s\u00a0]+)?|and[\s\u00a0]+)$/i;
/**
 * What may stand between the last figure and "respectively": a comma, a unit word or a period ("for the
 * year", "below their final closes of 2024").
 */
const LIST_TAIL_RE = /^[\s\u00a0,]*(?:(?:[a-z]+|(?:19|20)\d\d)[\s\u00a0,]+){0,6}$/i;

/** ", weekly declines of ": a clause that restates moves of the figures before it. */
const MOVES_OF_GAP_RE =
  /^[\s\u00a0]*,[\s\u00a0]*(?:[a-z-]+[\s\u00a0]+)?(?:declines|drops|falls|losses|gains|rises|increases|advances|moves|jumps|slides)[\s\u00a0]+of[\s\u00a0]+(?:about[\s\u00a0]+|around[\s\u00a0]+|roughly[\s\u00a0]+)?$/i;

/**
 * The subject of each figure of a "respectively" list, by the figure's index in `exprs`.
 * `ranges` are the figures' first and last token indices; `occs` the sentence's alias occurrences.
 */
export function respectiveSubjects(
  text: string,
  start: number,
  end: number,
  exprs: readonly NumericExpression[],
  ranges: readonly (readonly [number, number])[],
  occs: readonly Occurrence[],
  tokens: readonly { norm: string; end: number }[],
): Map<number, Occurrence> | null {
  const sentence = text.slice(start, end);
  const m = RESPECTIVELY_RE.exec(sentence);
  if (!m) return null;
  const at = start + m.index;
  let last = -1;
  for (let k = 0; k < exprs.length; k++) if (exprs[k]!.end <= at) last = k;
  if (last < 0 || !LIST_TAIL_RE.test(text.slice(exprs[last]!.end, at))) return null;
  let first = last;
  while (first > 0 && LIST_JOIN_RE.test(text.slice(exprs[first - 1]!.end, exprs[first]!.start))) first--;
  const n = last - first + 1;
  if (n < 2) return null;
  // Subjects: aliases after the figure before the list (or the sentence's start) and before the list.
  const from = first > 0 ? ranges[first - 1]![1] : -1;
  const to = ranges[first]![0];
  // label-before-list: "Oil: Brent and WTI futures traded at ...": a label's name heads the list, it is no member.
  const named = occs
    .filter(
      (o) =>
        o.first > from &&
        o.last < to &&
        !labelAt(text, tokens[o.last]!.end) &&
        !GROUP_WORDS.has(tokens[o.first - 1]?.norm ?? ''),
    )
    .sort((a, b) => a.first - b.first);
  let subjects = orderedSubjects(named);
  // clause-list: "Across the sessions since the tariff schedule was unveiled on April 2, the DAX and the FTSE
  // 100 gave up 11.6% and 10.5%": names in an opening clause, before a comma, are no members of the list.
  for (let c = text.indexOf(',', start); (!subjects || subjects.length !== n) && c >= 0; c = text.indexOf(',', c + 1)) {
    if (c >= exprs[first]!.start) break;
    subjects = orderedSubjects(named.filter((o) => tokens[o.first]!.end > c));
  }
  // the-two-in-sentence: "WTI has dropped from $77.76 ..., while Brent has given up more; the two grades are down
  // 10.3% and 11.0%, respectively": "the two" are the sentence's own subjects named before them, in order.
  if (!subjects || subjects.length !== n) {
    const g = tokens.findIndex(
      (t, i) => i < to && (i === 0 || tokens[i - 1]!.norm === 'the' || t.norm === 'both') && GROUP_COUNT[t.norm] === n,
    );
    if (g >= 0) {
      const before = orderedSubjects(
        occs.filter((o) => o.last < g && !labelAt(text, tokens[o.last]!.end)).sort((a, b) => a.first - b.first),
      );
      if (before?.length === n && before.every((o) => o.entry.indicator.kind === before[0]!.entry.indicator.kind))
        subjects = before;
    }
  }
  // each-then-list: "Frankfurt's DAX and Paris's CAC 40 each rose 0.29%, to 23,836.79 and 8,122.71 respectively":
  // a move both share stands between the names and the list of levels it took them to.
  // paired-moves-list: "the Euro Stoxx 50 and the CAC 40 climbed 0.93% and 0.90%, to 5,581.21 and 7,966.95
  // respectively": a list of as many moves stands there instead, and pairs the same way.
  let movesFirst = -1;
  if (
    (!subjects || subjects.length !== n) &&
    first > 0 &&
    SHARED_MOVE_TO_RE.test(text.slice(exprs[first - 1]!.end, exprs[first]!.start))
  ) {
    let mfirst = first - 1;
    while (mfirst > 0 && LIST_JOIN_RE.test(text.slice(exprs[mfirst - 1]!.end, exprs[mfirst]!.start))) mfirst--;
    const moves = first - mfirst;
    if (moves === 1 || moves === n) {
      const from2 = mfirst > 0 ? ranges[mfirst - 1]![1] : -1;
      const to2 = ranges[mfirst]![0];
      subjects = orderedSubjects(
        occs
          .filter((o) => o.first > from2 && o.last < to2 && !labelAt(text, tokens[o.last]!.end))
          .sort((a, b) => a.first - b.first),
      );
      if (moves === n) movesFirst = mfirst;
    }
  }
  // levels-then-moves: "Brent fell to $103.48 and WTI to $98.87, weekly declines of 12.5% and 6.2% respectively":
  // the moves restate, in the same order, as many figures before them, each after its own name.
  // moves-then-levels: "The Hang Seng rose 0.7% and the Shanghai Composite fell 0.7%, to 25,180.10 and 4,070.20,
  // respectively": the levels those named moves took each to, in the same order.
  const gap = first > 0 ? text.slice(exprs[first - 1]!.end, exprs[first]!.start) : '';
  if (
    (!subjects || subjects.length !== n) &&
    first >= n &&
    (MOVES_OF_GAP_RE.test(gap) || SHARED_MOVE_TO_RE.test(gap))
  ) {
    const own: Occurrence[] = [];
    for (let k = first - n; k < first; k++) {
      const lo = k > 0 ? ranges[k - 1]![1] : -1;
      const hi = ranges[k]![0];
      const before = occs.filter((o) => o.first > lo && o.last < hi);
      const o = before.at(-1);
      if (!o || own.some((x) => x.entry.indicator.id === o.entry.indicator.id)) break;
      own.push(o);
    }
    if (own.length === n) subjects = own;
  }
  if (!subjects || subjects.length !== n) return null;
  const out = new Map<number, Occurrence>();
  for (let i = 0; i < n; i++) out.set(first + i, subjects[i]!);
  if (movesFirst >= 0) for (let i = 0; i < n; i++) out.set(movesFirst + i, subjects[i]!);
  // second-list: "advanced 0.81% and 1.35%, respectively, finishing at 8,429.03 and 6,103.37": as many
  // figures listed after "respectively", with no name between, pair the same way.
  const second = last + 1;
  const end2 = second + n - 1;
  if (end2 < exprs.length && !occs.some((o) => o.first > ranges[last]![1] && o.last < ranges[second]![0])) {
    let list = true;
    for (let k = second; k < end2 && list; k++)
      list = LIST_JOIN_RE.test(text.slice(exprs[k]!.end, exprs[k + 1]!.start));
    const longer = end2 + 1 < exprs.length && LIST_JOIN_RE.test(text.slice(exprs[end2]!.end, exprs[end2 + 1]!.start));
    if (list && !longer) for (let i = 0; i < n; i++) out.set(second + i, subjects[i]!);
  }
  return out;
}

/** Whether the last word of `o` is the first word of the alias `next` names ("Euro" of "Euro Stoxx 50"). */
function headsName(o: Occurrence, next: Occurrence): boolean {
  const word = o.entry.alias
    .split(/[\s\u00a0]+/)
    .at(-1)
    ?.toLowerCase();
  return !!word && next.entry.alias.toLowerCase().startsWith(`${word} `);
}

/** Whether the name ending at `end` is a label: a colon right after it. */
function labelAt(text: string, end: number): boolean {
  return /^[\s\u00a0]*:/.test(text.slice(end, end + 3));
}

/**
 * The distinct subjects a run of names gives, in order: the longer of two readings of the same words
 * ("the Euro Stoxx 50", not "the euro" then "Stoxx 50"), one entry per indicator named twice running;
 * null when two indicators are read from the same words (whose figure is whose is not known).
 * `named` is sorted by position.
 */
export function orderedSubjects(named: readonly Occurrence[]): Occurrence[] | null {
  const subjects: Occurrence[] = [];
  for (const [i, o] of named.entries()) {
    // name-head: "the Euro Stoxx 50" is read as "the euro" then "Stoxx 50"; the word heads the longer name.
    const next = named[i + 1];
    if (next && next.first === o.last + 1 && headsName(o, next)) continue;
    const prev = subjects.at(-1);
    if (prev && o.first <= prev.last) {
      if (prev.entry.indicator !== o.entry.indicator) return null;
      if (o.last - o.first > prev.last - prev.first) subjects[subjects.length - 1] = o;
      continue;
    }
    if (prev && prev.entry.indicator === o.entry.indicator) continue;
    subjects.push(o);
  }
  return subjects;
}
