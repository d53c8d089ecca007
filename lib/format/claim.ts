import type { Claim, FigureRef, Verdict } from '../claims/types';
import { VERDICT_WORDS, type VerdictTone } from '../verdicts';
import { formatDay, formatPeriod } from './date';
import { describeGap, formatValue } from './value';

/**
 * A judged claim in words, built from its structured record (never from the judge's display
 * strings): the card's first line, its latest-figure line, what was inferred, and a mark's name.
 */

/** The units a claim's figures are written in: a change is compared as a change, the latest figure is a level. */
export function claimUnits(claim: Claim): { claim: string; reference: string; current: string; signed: boolean } {
  const level = claim.indicator?.unit ?? claim.unit;
  const signed = claim.kind === 'change';
  return { claim: claim.unit, reference: signed ? claim.unit : level, current: level, signed };
}

function verdictOf(claim: Claim): Verdict {
  return claim.judgement?.verdict ?? 'unverifiable';
}

export interface VerdictLine {
  verdict: Verdict;
  icon: string;
  word: string;
  tone: VerdictTone;
  /** The comparison in words, after the word: "article 3.6%, official 3.2% for Mar 2025 (0.4 pt higher)". */
  comparison: string;
}

function official(ref: FigureRef, unit: string, signed: boolean): string {
  return `official ${formatValue(ref.value, unit, { signed })} for ${formatPeriod(ref.period)}`;
}

/**
 * The card's first line. "✗ Differs — article 3.6%, official 3.2% for Mar 2025 (0.4 pt higher)";
 * "✓ Matches — $1.13 trillion; official $1.126 trillion for Feb 2025".
 */
export function verdictLine(claim: Claim): VerdictLine {
  const verdict = verdictOf(claim);
  const { icon, word, tone } = VERDICT_WORDS[verdict];
  const u = claimUnits(claim);
  const said = formatValue(claim.value, u.claim, { signed: u.signed });
  const ref = claim.judgement?.reference ?? null;
  const gap = ref ? describeGap(claim.value, ref.value, u.reference) : null;
  const period = claim.period?.label;
  let comparison: string;
  switch (verdict) {
    case 'matches':
      comparison = ref ? `${said}; ${official(ref, u.reference, u.signed)}` : said;
      break;
    case 'close':
    case 'differs':
      comparison = ref
        ? `article ${said}, ${official(ref, u.reference, u.signed)}${gap ? ` (${gap})` : ''}`
        : `article ${said}`;
      break;
    case 'since-changed':
      comparison = ref
        ? `${said}; official ${formatValue(ref.value, u.reference, { signed: u.signed })} for ${formatPeriod(ref.period)}, since moved`
        : `${said} was right when written; the figure has moved since`;
      break;
    case 'check':
      comparison = ref
        ? `article ${said}, ${official(ref, u.reference, u.signed)}; the match is uncertain`
        : `article ${said}; the match is uncertain`;
      break;
    case 'no-figure-yet':
      comparison = `article ${said}; nothing published for ${period ?? 'that period'} by the article’s date`;
      break;
    case 'inconsistent': {
      // The arithmetic itself, as the consistency pass wrote it ("6,846.61 + 4.31 = 6,850.92, not 6,860.92").
      const words = claim.checks?.find((f) =>
        f.blamed.some((b) => b.block === claim.block && b.start === claim.start),
      )?.words;
      comparison = words ?? `article ${said} disagrees with the article’s other figures`;
      break;
    }
    default:
      comparison = `article ${said}; no official figure to compare with`;
  }
  return { verdict, icon, word, tone, comparison };
}

/** The whole first line as text, as a screen reader and the tests read it. */
export function verdictLineText(claim: Claim): string {
  const l = verdictLine(claim);
  return `${l.icon} ${l.word} — ${l.comparison}`;
}

/**
 * The latest figure when it is not the one compared: "Latest 4.25% for Sep 2025 (as of 18 Sep 2025)".
 * Null when the latest is the reference itself or says the same.
 */
export function latestLine(claim: Claim): string | null {
  const j = claim.judgement;
  const cur = j?.current;
  if (!cur) return null;
  const u = claimUnits(claim);
  const ref = j.reference;
  // A change's reference is a move, not a level: the latest level is news only when the claim is a level.
  if (ref && !u.signed && ref.period === cur.period && ref.value === cur.value) return null;
  if (ref && !u.signed && formatValue(ref.value, u.current) === formatValue(cur.value, u.current)) return null;
  const asOf = formatDay(cur.as_of) ?? formatPeriod(cur.as_of);
  // "as of" only when it says more than the period: a June figure dated 1 June needs no second date.
  const when = cur.as_of.startsWith(cur.period) ? '' : ` (as of ${asOf})`;
  return `Latest ${formatValue(cur.value, u.current)} for ${formatPeriod(cur.period)}${when}`;
}

/** Rules whose subject is the figure's own words; any other rule carried the subject from elsewhere. */
const OWN_SENTENCE_RULES = new Set(['alias-in-sentence']);

/**
 * What the engine inferred rather than read, for a reader to weigh:
 * ["subject from earlier text", "period not stated: compared with Feb 2025"].
 */
export function inferredNotes(claim: Claim): string[] {
  const out: string[] = [];
  const m = claim.match;
  if (m && (m.scope === 'discourse' || !OWN_SENTENCE_RULES.has(m.rule))) {
    out.push(m.scope === 'discourse' ? 'subject taken from earlier text' : `subject from the ${ruleWords(m.rule)}`);
  }
  const ref = claim.judgement?.reference;
  if (!claim.period && ref) out.push(`period not stated: compared with ${formatPeriod(ref.period)}`);
  return out;
}

/** A match rule in words: 'table-header' → "table header", 'earlier-subject' → "earlier subject". */
export function ruleWords(rule: string): string {
  return rule.replace(/[-_]+/g, ' ').trim();
}

/** "82%": a confidence as a reader reads it; null when there is none. */
export function confidenceWords(claim: Claim): string | null {
  const c = claim.match?.confidence;
  if (typeof c !== 'number' || !Number.isFinite(c)) return null;
  return `${Math.round(Math.min(1, Math.max(0, c)) * 100)}%`;
}

/** A mark's accessible name: "claim 3.6%, differs, official 3.2% for Mar 2025". */
export function markLabel(claim: Claim): string {
  const verdict = verdictOf(claim);
  const u = claimUnits(claim);
  const ref = claim.judgement?.reference;
  // The claim's own text, so the name contains what the mark shows (WCAG 2.5.3, label in name).
  const parts = [`claim ${claim.text}`, VERDICT_WORDS[verdict].word.toLowerCase()];
  if (ref) parts.push(official(ref, u.reference, u.signed));
  return parts.join(', ');
}
