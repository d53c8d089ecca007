import type { ScanResult } from './page';
import type { Verdict } from '../claims/types';
import { ABSTAINING_VERDICTS, ALARM_VERDICTS } from '../claims/verdicts';

/** Label files: see tests/fixtures/README.md. */
interface LabelClaim {
  text: string;
  anchor: string;
  value: number;
  alt_values?: number[];
  unit: string;
  indicator: string | null;
  claim_kind?: string;
  period?: string | null;
  truth?: Truth;
}
export interface Labels {
  file: string;
  published: string;
  claims: LabelClaim[];
  non_claims: { text: string; anchor: string; why?: string }[];
}

export interface Score {
  labelled: number;
  found: number;
  marked: number;
  right: number;
  valuesRight: number;
  nonClaimsMarked: number;
  recall: number;
  precision: number;
  valueAccuracy: number;
  problems: string[];
}

// cell-separator: a table cell's sentence joins caption, headers and cell with " · " where the page shows
// only a gap, so a label's anchor read off the page ("Dollar index 105.23") spans the dot.
// cell-header-dash: the engine reads a header's spaced dash ("U.S. Federal Reserve — funds range") as a gap, so an
// anchor copied from the page with its dash still matches.
const norm = (s: string) =>
  s
    .replace(/(?:^|[\s\u00a0\u2009\u202f]+)[·–—](?=[\s\u00a0\u2009\u202f])/g, ' ')
    .replace(/[\s\u00a0\u2009\u202f]+/g, ' ')
    .trim();

/** Text overlap at token edges: "3.2 percent" does not overlap "2 percent". */
function overlaps(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  const within = (outer: string, inner: string) => {
    for (let i = outer.indexOf(inner); i >= 0; i = outer.indexOf(inner, i + 1)) {
      if (!/[\d.,]/.test(outer[i - 1] ?? '') && !/\d/.test(outer[i + inner.length] ?? '')) return true;
    }
    return false;
  };
  return within(x, y) || within(y, x);
}

function valueMatches(label: LabelClaim, value: number): boolean {
  const ok = (v: number) => Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(v));
  if (ok(label.value) || (label.alt_values ?? []).some(ok)) return true;
  // A bp change may be labelled in bp (-4.2) or in percent (-0.042).
  return label.unit === 'bp' && ok(label.value / 100);
}

/**
 * tile-anchor: a tile's name and value stand in boxes of their own ("<div>FTSE 100</div><div>9,593.70</div>"), so the
 * engine reads the value alone while the label's anchor, read off the page, spans both ("FTSE 100 9,593.70") or is
 * the tile's name ("S&P 500"). A sentence that is little more than the figure pairs with a label of its text and
 * indicator once no report holding the anchor is left.
 */
const TILE_EXTRA_CHARS = 6;
const WORD_RE = /\p{L}{2}/u;
function holdsAnchor(sentence: string, label: LabelClaim, tile = false): boolean {
  const s = norm(sentence);
  if (s.includes(norm(label.anchor))) return true;
  // figures-only-tile: "24,209.71 · +0.06%", a tile's level and move with its name in a box of its own.
  return tile && (s.length <= norm(label.text).length + TILE_EXTRA_CHARS || !WORD_RE.test(s));
}

/**
 * The reports a label may stand for, best first: of its indicator, overlapping its text, in a sentence holding its
 * anchor. exact-text-first: the label's own text holding the anchor, its own text in a tile, another overlapping text
 * holding the anchor, one in a tile; so a short anchor ("S&P 500") pairs a table's "-0.47%" with its cell, not with
 * the "0.47%" of a sentence before it that the cell's anchor also fits.
 */
function candidatesOf(result: ScanResult, label: LabelClaim): number[] {
  const byRank: number[][] = [[], [], [], []];
  for (let i = 0; i < result.claims.length; i++) {
    const c = result.claims[i]!;
    if (c.indicator !== label.indicator || !overlaps(c.text, label.text)) continue;
    const rank = holdsAnchor(c.sentence, label) ? 0 : holdsAnchor(c.sentence, label, true) ? 1 : -1;
    if (rank < 0) continue;
    byRank[c.text === label.text ? rank : rank + 2]!.push(i);
  }
  return byRank.flat();
}

/**
 * Which report each label (by its index in `labels.claims`) stands for. most-pairs: labels take their best report in
 * the file's order, and a label left without one may move an earlier label to its next-best report (an augmenting
 * path), so a tile's short anchor ("DAX"), which also fits the sentence a longer anchor ("The DAX added") was written
 * for, never leaves that sentence's label unpaired while the tile's own report goes spare.
 */
function pairLabels(labels: Labels, result: ScanResult): Map<number, number> {
  const cands = labels.claims.map((l) => (l.indicator ? candidatesOf(result, l) : []));
  const ownerOf = new Map<number, number>();
  const reportOf = new Map<number, number>();
  const pair = (li: number, r: number) => {
    ownerOf.set(r, li);
    reportOf.set(li, r);
  };
  // A free report first; only then one whose label can move to another.
  const take = (li: number, seen: Set<number>): boolean => {
    const free = cands[li]!.find((r) => !ownerOf.has(r));
    if (free !== undefined) {
      pair(li, free);
      return true;
    }
    for (const r of cands[li]!) {
      if (seen.has(r)) continue;
      seen.add(r);
      if (take(ownerOf.get(r)!, seen)) {
        pair(li, r);
        return true;
      }
    }
    return false;
  };
  for (let li = 0; li < cands.length; li++) {
    const free = cands[li]!.find((r) => !ownerOf.has(r));
    if (free !== undefined) pair(li, free);
  }
  for (let li = 0; li < cands.length; li++) if (!reportOf.has(li) && cands[li]!.length) take(li, new Set());
  return reportOf;
}

/**
 * A labelled claim is found when a reported claim overlaps its text, stands in a sentence holding
 * its anchor, and names the same indicator. Every other report counts against precision.
 */
export function scoreFixture(labels: Labels, result: ScanResult): Score {
  const withIndicator = labels.claims.filter((c) => c.indicator);
  const pairs = pairLabels(labels, result);
  const used = new Set(pairs.values());
  let found = 0;
  let valuesRight = 0;
  const problems: string[] = [];
  for (const [li, label] of labels.claims.entries()) {
    if (!label.indicator) continue;
    const idx = pairs.get(li) ?? -1;
    if (idx < 0) {
      const near = result.claims.find((c) => overlaps(c.text, label.text) && holdsAnchor(c.sentence, label));
      problems.push(
        `missed ${label.text} [${label.anchor}] → ${label.indicator}${near ? ` (got ${near.indicator})` : ''}`,
      );
      continue;
    }
    found++;
    const c = result.claims[idx]!;
    if (valueMatches(label, c.value)) valuesRight++;
    else problems.push(`value ${label.text} [${label.anchor}]: got ${c.value}, labelled ${label.value}`);
  }
  let nonClaimsMarked = 0;
  result.claims.forEach((c, i) => {
    if (used.has(i)) return;
    const isNon = labels.non_claims.some((n) => overlaps(c.text, n.text) && norm(c.sentence).includes(norm(n.anchor)));
    if (isNon) nonClaimsMarked++;
    problems.push(
      `wrong mark ${c.text} → ${c.indicator} in "${c.sentence.slice(0, 90)}"${isNon ? ' (a labelled non-claim)' : ''}`,
    );
  });
  const marked = result.claims.length;
  return {
    labelled: withIndicator.length,
    found,
    marked,
    right: used.size,
    valuesRight,
    nonClaimsMarked,
    recall: withIndicator.length ? found / withIndicator.length : NaN,
    precision: marked ? used.size / marked : NaN,
    valueAccuracy: found ? valuesRight / found : NaN,
    problems,
  };
}

export function sumScores(scores: Score[]): Score {
  const t = scores.reduce(
    (a, s) => ({
      labelled: a.labelled + s.labelled,
      found: a.found + s.found,
      marked: a.marked + s.marked,
      right: a.right + s.right,
      valuesRight: a.valuesRight + s.valuesRight,
      nonClaimsMarked: a.nonClaimsMarked + s.nonClaimsMarked,
    }),
    { labelled: 0, found: 0, marked: 0, right: 0, valuesRight: 0, nonClaimsMarked: 0 },
  );
  return {
    ...t,
    recall: t.labelled ? t.found / t.labelled : NaN,
    precision: t.marked ? t.right / t.marked : NaN,
    valueAccuracy: t.found ? t.valuesRight / t.found : NaN,
    problems: scores.flatMap((s) => s.problems),
  };
}

// ---- Verdict scoring (issue #11): is the verdict right for claims whose truth is labelled? ----

/** A label's truth on the publication date (tests/fixtures/README.md). */
type Truth = 'true' | 'false' | 'unclear';

export interface VerdictScore {
  /** Claims found by the scanner whose truth is labelled true or false. */
  known: number;
  /** Of those, a right verdict: agreement for a true claim, differs/inconsistent for a false one. */
  right: number;
  /** Of those, the judge abstained (check, no-figure-yet, unverifiable). */
  abstained: number;
  /** A true claim shown as differs or inconsistent. */
  falseAlarms: number;
  /** Found claims labelled false. */
  falseClaims: number;
  /** A false claim shown as matches, close or since-changed. */
  missedErrors: number;
  accuracy: number;
  problems: string[];
}

/** A verdict that says the figure agrees (matches, close, since-changed): neither an alarm nor an abstention. */
const agrees = (v: Verdict) => !ALARM_VERDICTS.has(v) && !ABSTAINING_VERDICTS.has(v);

/** Each labelled claim with the scanned claim found for it (the same test as scoreFixture's). */
export function pairClaims(
  labels: Labels,
  result: ScanResult,
): { label: LabelClaim; claim: ScanResult['claims'][number] }[] {
  const pairs = pairLabels(labels, result);
  const out: { label: LabelClaim; claim: ScanResult['claims'][number] }[] = [];
  for (const [li, label] of labels.claims.entries()) {
    const idx = pairs.get(li);
    if (idx !== undefined) out.push({ label, claim: result.claims[idx]! });
  }
  return out;
}

export function scoreVerdicts(labels: Labels, result: ScanResult): VerdictScore {
  const s = { known: 0, right: 0, abstained: 0, falseAlarms: 0, falseClaims: 0, missedErrors: 0 };
  const problems: string[] = [];
  for (const { label, claim } of pairClaims(labels, result)) {
    if (label.truth !== 'true' && label.truth !== 'false') continue;
    s.known++;
    const v = claim.verdict;
    const where = `${label.text} [${label.anchor}] ${label.truth}, shown ${v}`;
    if (label.truth === 'false') s.falseClaims++;
    if (label.truth === 'true' ? agrees(v) : ALARM_VERDICTS.has(v)) s.right++;
    else if (agrees(v)) {
      s.missedErrors++;
      problems.push(`missed error ${where}`);
    } else if (ALARM_VERDICTS.has(v)) {
      s.falseAlarms++;
      problems.push(`false alarm ${where}`);
    } else {
      s.abstained++;
      problems.push(`abstained ${where}`);
    }
  }
  return { ...s, accuracy: s.known ? s.right / s.known : NaN, problems };
}

export function sumVerdictScores(scores: VerdictScore[]): VerdictScore {
  const keys = ['known', 'right', 'abstained', 'falseAlarms', 'falseClaims', 'missedErrors'] as const;
  const t = { known: 0, right: 0, abstained: 0, falseAlarms: 0, falseClaims: 0, missedErrors: 0 };
  for (const s of scores) for (const k of keys) t[k] += s[k];
  return { ...t, accuracy: t.known ? t.right / t.known : NaN, problems: scores.flatMap((s) => s.problems) };
}

// ---- Consistency checks (issue #16): slips caught and correct figures flagged ----

/** Per-claim labels for the consistency checks (tests/fixtures/README.md). */
interface CheckLabel {
  truth?: 'true' | 'false' | 'unclear';
  slip?: 'level-change' | 'direction' | 'share-total' | 'one-value' | 'implausible';
}

export interface SlipScore {
  /** Claims labelled as planted slips, and those the scanner marked 'inconsistent'. */
  slips: number;
  caught: number;
  /** Claims labelled `truth: "true"` that the scanner marked 'inconsistent': a correct figure flagged. */
  falseFlags: number;
  /** Labelled claims with no truth label (and no slip) marked 'inconsistent': to be looked at, not counted against the bar. */
  unconfirmed: number;
  problems: string[];
}

/**
 * Pairs labels with reported claims exactly as scoreFixture does, then counts slips caught (the
 * slip's claim is 'inconsistent') and false flags (any other labelled claim that is).
 */
export function scoreSlips(labels: Labels, result: ScanResult): SlipScore {
  const pairs = pairLabels(labels, result);
  const used = new Set(pairs.values());
  let slips = 0;
  let caught = 0;
  let falseFlags = 0;
  let unconfirmed = 0;
  const problems: string[] = [];
  for (const [li, label] of (labels.claims as (LabelClaim & CheckLabel)[]).entries()) {
    if (!label.indicator) continue;
    const idx = pairs.get(li) ?? -1;
    const flagged = idx >= 0 && result.claims[idx]!.verdict === 'inconsistent';
    if (label.slip) {
      slips++;
      if (flagged) caught++;
      else
        problems.push(
          `slip not caught (${label.slip}): ${label.text} [${label.anchor}]${idx < 0 ? ' (not found)' : ` → ${result.claims[idx]!.verdict}`}`,
        );
    } else if (flagged && label.truth !== 'false') {
      const words = result.claims[idx]!.checks.map((f) => f.words).join('; ');
      if (label.truth === 'true') falseFlags++;
      else unconfirmed++;
      problems.push(
        `${label.truth === 'true' ? 'false flag' : 'flag on a figure without a truth label'}: ${label.text} [${label.anchor}]: ${words}`,
      );
    }
  }
  result.claims.forEach((c, i) => {
    if (!used.has(i) && c.verdict === 'inconsistent')
      problems.push(`unlabelled flag: ${c.text} → ${c.indicator}: ${c.checks.map((f) => f.words).join('; ')}`);
  });
  return { slips, caught, falseFlags, unconfirmed, problems };
}

export function sumSlipScores(scores: SlipScore[]): SlipScore {
  return scores.reduce(
    (a, s) => ({
      slips: a.slips + s.slips,
      caught: a.caught + s.caught,
      falseFlags: a.falseFlags + s.falseFlags,
      unconfirmed: a.unconfirmed + s.unconfirmed,
      problems: a.problems.concat(s.problems),
    }),
    { slips: 0, caught: 0, falseFlags: 0, unconfirmed: 0, problems: [] as string[] },
  );
}

/** The bar for the consistency checks: at least 90% of planted slips caught, and no correct figure flagged. */
export const SLIPS_CAUGHT_BAR = 0.9;

export function slipsPass(t: SlipScore): boolean {
  return (t.slips === 0 || t.caught / t.slips >= SLIPS_CAUGHT_BAR) && t.falseFlags === 0;
}
