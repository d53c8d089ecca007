import type { Indicator } from '../dataset/schema';
import type { CheckFinding, Claim, ClaimKind, ClaimPeriod, Direction, FigureRef, MatchRecord, Verdict } from './types';

/**
 * Claims as they cross from the background to a page: columns of numbers that point into tables of
 * the strings, periods, figures and indicators they share. Chromium sends extension messages as
 * JSON, and the page's main thread parses every byte; a 1 MB article with 12,000 claims is about
 * 14 MB as plain claim objects (each repeating its indicator and the same "current" figure) and
 * about a tenth of that packed.
 */
export interface PackedClaims {
  strings: string[];
  periods: ClaimPeriod[];
  figures: FigureRef[];
  /** Without aliases: the page needs an indicator's name, not its spellings. */
  indicators: Indicator[];
  /** How each claim's subject was found: claims found the same way share one record. */
  matches: MatchRecord[];
  /** One entry per claim in each column; -1 is "none". */
  block: number[];
  start: number[];
  end: number[];
  value: number[];
  /** Index into strings. */
  text: number[];
  sentence: number[];
  unit: number[];
  kind: number[];
  alias: number[];
  /** Index into matches. */
  match: number[];
  verdict: number[];
  explanation: number[];
  /** Index into periods. */
  period: number[];
  /** Index into indicators. */
  indicator: number[];
  /** Index into figures. */
  reference: number[];
  revision: number[];
  current: number[];
  /** The last written digit's size (-1: none), the words' direction (index into strings), 1 for a figure kept to be reported as implausible. */
  step: number[];
  direction: number[];
  implausible: number[];
  /** Consistency findings, by claim index: few claims have any. */
  checks: Record<string, CheckFinding[]>;
}

class Table<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly keyOf: (item: T) => string) {}
  indexOf(key: string): number | undefined {
    return this.index.get(key);
  }
  add(item: T | null | undefined): number {
    if (item === null || item === undefined) return -1;
    const key = this.keyOf(item);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.push(item) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

const figureKey = (f: FigureRef) =>
  `${f.period}\u0000${f.value}\u0000${f.as_of}\u0000${f.source.url}\u0000${f.source.name}\u0000${f.note ?? ''}\u0000${f.valid_to ?? ''}`;

export function packClaims(claims: readonly Claim[]): PackedClaims {
  const strings = new Table<string>((s) => s);
  const periods = new Table<ClaimPeriod>((p) => JSON.stringify(p));
  const figures = new Table<FigureRef>(figureKey);
  const indicators = new Table<Indicator>((i) => i.id);
  const matches = new Table<MatchRecord>((m) => JSON.stringify(m));
  const out: PackedClaims = {
    strings: strings.items,
    periods: periods.items,
    figures: figures.items,
    indicators: indicators.items,
    matches: matches.items,
    block: [],
    start: [],
    end: [],
    value: [],
    text: [],
    sentence: [],
    unit: [],
    kind: [],
    alias: [],
    match: [],
    verdict: [],
    explanation: [],
    period: [],
    indicator: [],
    reference: [],
    revision: [],
    current: [],
    step: [],
    direction: [],
    implausible: [],
    checks: {},
  };
  for (const c of claims) {
    const j = c.judgement;
    out.block.push(c.block);
    out.start.push(c.start);
    out.end.push(c.end);
    out.value.push(c.value);
    out.text.push(strings.add(c.text));
    out.sentence.push(strings.add(c.sentence));
    out.unit.push(strings.add(c.unit));
    out.kind.push(strings.add(c.kind));
    out.alias.push(strings.add(c.matchedAlias));
    out.match.push(matches.add(c.match));
    out.verdict.push(strings.add(j?.verdict));
    out.explanation.push(strings.add(j?.explanation));
    out.period.push(periods.add(c.period));
    out.indicator.push(
      c.indicator ? (indicators.indexOf(c.indicator.id) ?? indicators.add({ ...c.indicator, aliases: [] })) : -1,
    );
    out.reference.push(figures.add(j?.reference));
    out.revision.push(figures.add(j?.revision));
    out.current.push(figures.add(j?.current));
    out.step.push(c.step ?? -1);
    out.direction.push(strings.add(c.direction));
    out.implausible.push(c.implausible ? 1 : 0);
    if (c.checks?.length) out.checks[out.block.length - 1] = c.checks;
  }
  return out;
}

/** The claims again; claims that shared a period, figure or indicator share one object for it. */
export function unpackClaims(p: PackedClaims): Claim[] {
  const claims: Claim[] = [];
  for (let k = 0; k < p.block.length; k++) claims.push(unpackClaim(p, k));
  return claims;
}

const str = (p: PackedClaims, i: number | undefined) => (i === undefined || i < 0 ? null : (p.strings[i] ?? null));
const at = <T>(list: T[], i: number | undefined): T | null => (i === undefined || i < 0 ? null : (list[i] ?? null));

/** The indicator of claim k, without building the claim: enough to filter and count it. */
export function packedIndicator(p: PackedClaims, k: number): Indicator | null {
  return at(p.indicators, p.indicator[k]);
}

/** The verdict of claim k, or null when it was not judged. */
export function packedVerdict(p: PackedClaims, k: number): string | null {
  return str(p, p.verdict[k]);
}

/** The text and sentence of claim k, without building the claim. */
export function packedText(p: PackedClaims, k: number): { text: string; sentence: string } {
  return { text: str(p, p.text[k]) ?? '', sentence: str(p, p.sentence[k]) ?? '' };
}

/** Claim k alone: a page with thousands of claims builds only those it marks. */
export function unpackClaim(p: PackedClaims, k: number): Claim {
  const verdict = str(p, p.verdict[k]) as Verdict | null;
  const claim: Claim = {
    block: p.block[k]!,
    start: p.start[k]!,
    end: p.end[k]!,
    text: str(p, p.text[k]) ?? '',
    sentence: str(p, p.sentence[k]) ?? '',
    value: p.value[k] ?? Number.NaN,
    unit: str(p, p.unit[k]) ?? '',
    kind: (str(p, p.kind[k]) ?? 'level') as ClaimKind,
    period: at(p.periods, p.period[k]),
    indicator: at(p.indicators, p.indicator[k]),
    matchedAlias: str(p, p.alias[k]),
    match: at(p.matches, p.match[k]),
    judgement: verdict
      ? {
          verdict,
          reference: at(p.figures, p.reference[k]),
          revision: at(p.figures, p.revision[k]),
          current: at(p.figures, p.current[k]),
          explanation: str(p, p.explanation[k]) ?? '',
        }
      : null,
  };
  // Written only where the engine gave them, as the engine's claim had them.
  const step = p.step?.[k];
  if (step !== undefined && step >= 0) claim.step = step;
  const direction = str(p, p.direction?.[k]) as Direction | null;
  if (direction) claim.direction = direction;
  if (p.implausible?.[k] === 1) claim.implausible = true;
  const checks = p.checks?.[k];
  if (checks) claim.checks = checks;
  return claim;
}
