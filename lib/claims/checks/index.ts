import type { CheckFigure, Claim } from '../types';
import type { DatasetView } from '../dataset-view';
import { bySentence, type CheckInput, type Finding } from './figures';
import { checkLevelChange } from './level-change';
import { checkDirection } from './direction';
import { checkShareTotal } from './share-total';
import { checkOneValue } from './one-value';
import { checkImplausible } from './implausible';
import { quotedLevelMoves } from './quoted-level-move';
import { checkStaleLevel } from './stale-level';
import { moveSessionLevels } from './move-session-level';
import { mirroredMovesAtClose } from './mirrored-move-at-close';
import { levelRows, unsayRowDay } from './level-row';
import { undatedMoveLevels } from './undated-move-level';

/**
 * The consistency pass over one article's claims, after matching and judging and before the card:
 * the article's own figures must agree with each other. A finding is written on every claim it
 * involves (`checks`), and the claims it blames get the verdict 'inconsistent', with the
 * arithmetic in words as the explanation.
 */
export function runChecks(claims: Claim[], view: DatasetView, published: string): void {
  let judged = 0;
  for (const c of claims) if (c.judgement) judged++;
  if (!judged) return;
  const all: CheckInput = { view, published, sentences: bySentence(claims) };
  // Figures kept only to be reported as implausible take part in no arithmetic.
  // A row of one subject's levels that lost its table's dates takes part in no arithmetic.
  const row = levelRows(all.sentences);
  for (const c of row) unsayRowDay(c);
  const input =
    claims.some((c) => c.implausible) || row.size
      ? { ...all, sentences: all.sentences.map((s) => s.filter((f) => !f.claim.implausible && !row.has(f.claim))) }
      : all;
  // A move written with an intraday quote agrees with that quote, not the close: set right first.
  quotedLevelMoves(input);
  // A level beside a move read as an earlier session closes that session.
  moveSessionLevels(input);
  // A level that closes the session an undated move was read as settles the move's period.
  mirroredMovesAtClose(input);
  // A level that ends a move fitting no session is of that move's unknown time.
  undatedMoveLevels(input);
  const findings: Finding[] = [
    ...checkLevelChange(input),
    ...checkStaleLevel(input),
    ...checkDirection(input),
    ...checkShareTotal(input),
    ...checkOneValue(input),
    ...checkImplausible(all),
  ];
  for (const f of findings) apply(f);
  // A figure the engine kept only for the plausibility check, which did not find it implausible,
  // goes back to being unmatched, as the engine would have left it.
  for (const c of claims) {
    if (c.implausible && !c.checks?.some((f) => f.kind === 'implausible')) {
      c.indicator = null;
      c.matchedAlias = null;
      c.judgement = null;
      c.implausible = undefined;
    }
  }
}

const ref = (c: Claim): CheckFigure => ({ block: c.block, start: c.start, end: c.end, text: c.text });

function apply(f: Finding): void {
  if (f.doubt) {
    // A question about how to read the figure: said on the card, never an alarm or a listed check.
    for (const c of f.blamed) {
      if (!c.judgement || c.judgement.verdict === 'inconsistent') continue;
      c.judgement.verdict = 'check';
      c.judgement.explanation = f.words;
    }
    return;
  }
  const record = {
    kind: f.kind,
    claims: f.claims.map(ref),
    blamed: f.blamed.map(ref),
    expected: f.expected,
    stated: f.stated,
    words: f.words,
  };
  for (const c of f.claims) {
    // Two checks may find the same thing (a 38% daily move is also a second value for the day): keep both, once each.
    const list = (c.checks ??= []);
    if (!list.some((x) => x.kind === record.kind && x.words === record.words)) list.push(record);
  }
  for (const c of f.blamed) {
    if (!c.judgement) continue;
    if (c.judgement.verdict !== 'inconsistent') c.judgement.explanation = f.words;
    c.judgement.verdict = 'inconsistent';
  }
}
