import type { Indicator, Source } from '../dataset/schema';

/** What a number on the page is measured in, before it is tied to an indicator. */
export type NumberUnit =
  | 'currency' // $1.13 trillion, ¥145.62, EUR 3bn
  | 'percent' // 24%, 3.2 per cent
  | 'pp' // percentage points
  | 'bp' // basis points
  | 'pips' // a currency pair's smallest quoted step: 0.0001, or 0.01 for a yen pair
  | 'points' // explicit "points"
  | 'number'; // a bare number: index levels, FX quotes, ratios

/** A number expression found in a block of text, with its offsets in that block. */
export interface NumericExpression {
  start: number;
  end: number;
  /** Exactly the block text between start and end. */
  text: string;
  /** The value in base units: $1.13 trillion is 1.13e12, 24% is 24, 25bp is 25. */
  value: number;
  unit: NumberUnit;
  /** ISO code for currency amounts (USD, JPY, EUR, GBP, CNY). */
  currency: string | undefined;
  /** For ranges ("4.25%-4.50%"), both bounds in base units. */
  range: [number, number] | undefined;
  /** Sign written in the number itself (-0.2%, +1.5%). */
  explicitSign: -1 | 1 | undefined;
  /** Quote unit for FX phrasings: "145.62 per dollar" gives 'USD'. */
  per: string | undefined;
  /** Decimal places as written: gives the claim's own rounding. */
  decimals: number;
  /** Magnitude of the last written digit in base units (1.13 trillion → 1e10). */
  precision: number;
}

export type ClaimKind = 'level' | 'change' | 'rate' | 'share' | 'target';
export type Direction = 'up' | 'down';

/** A period a claim speaks of, resolved against the article's date. */
export type ClaimPeriod =
  // "Q1 2025", "February 2025", "2024"; `reviewed`: a year a review's headline names ("2024 in review:"), whose level is
  // its last close (judge/month-end-close.ts).
  | { type: 'point'; period: string; label: string; reviewed?: true }
  // "this week", "year-to-date", "on Tuesday"; `lastSession`: "ended 2025 at": the market's last session on or before `to`.
  | { type: 'span'; from: string; to: string; label: string; lastSession?: true }
  | { type: 'window'; sessions: number; within: { from: string; to: string }; label: string }; // "in four days"

export interface ClaimContext {
  period: ClaimPeriod | null;
  direction: Direction | null;
  kind: ClaimKind;
  /** The number is hypothetical, a forecast or conditional ("would erase", "could reach"). */
  hypothetical: boolean;
  /** The number is the size of a move: "by 0.25%", "a 0.25% cut" (percent-points-rate-move). */
  moveSize?: boolean;
}

export type Verdict =
  | 'matches'
  | 'close'
  | 'differs'
  | 'since-changed'
  | 'no-figure-yet'
  | 'check'
  | 'unverifiable'
  | 'inconsistent';

export interface FigureRef {
  period: string;
  value: number;
  as_of: string;
  source: Source;
  note?: string;
  /** Step indicators: the last day this value was in force (absent while in force). */
  valid_to?: string;
}

export interface Judgement {
  verdict: Verdict;
  /** The source's figure for the claim's period (the vintage known at publication). */
  reference: FigureRef | null;
  /** A later revision of that same period, if one exists. */
  revision: FigureRef | null;
  /** The latest figure in the dataset. */
  current: FigureRef | null;
  /** One line saying how the verdict was reached. */
  explanation: string;
  /** A rule whose verdict rests on the sentence's own words of time: refiners that doubt the period leave it. */
  settledBy?: 'stale-as-latest' | 'digits-swapped' | 'sign-flipped';
  /** market-day: the session an undated market figure was read against, when before the article's date. */
  readDay?: string;
}

/** How a claim's subject was found and how sure the engine is of it. */
export interface MatchRecord {
  /** The rule that found the subject, e.g. 'alias-in-sentence', 'earlier-subject', 'heading', 'table-header'. */
  rule: string;
  /** The catalogue alias or name that matched. */
  alias: string | null;
  /** Words between the subject and the figure (0 when adjacent). */
  distance: number;
  /** Whether the subject was in the figure's own sentence or carried from earlier text. */
  scope: 'sentence' | 'discourse';
  /** 0 to 1: how sure the engine is of the subject and the period together. */
  confidence: number;
  /** Short reasons a reader can read ("period inferred from the article's date"). */
  reasons: string[];
}

/** The five consistency checks run over one article's claims (lib/claims/checks/). */
export type CheckKind = 'level-change' | 'direction' | 'share-total' | 'one-value' | 'implausible';

/** Where a figure of a finding stands on the page: enough to find its claim again after packing or filtering. */
export interface CheckFigure {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** A contradiction among an article's own figures (or a figure far outside anything the indicator has done). */
export interface CheckFinding {
  kind: CheckKind;
  /** Every figure the arithmetic uses, in page order. */
  claims: CheckFigure[];
  /** The figures the arithmetic (and, where it can tell, the dataset) points to as wrong: they get the verdict 'inconsistent'. */
  blamed: CheckFigure[];
  /** What the other figures imply for the blamed one, and what the article states, in the blamed claim's unit. */
  expected: number;
  stated: number;
  /** The arithmetic in words: "6,846.61 + 4.31 = 6,850.92, not 6,860.92". */
  words: string;
}

export interface Claim {
  /** Index of the text block the claim is in. */
  block: number;
  /** Offsets of the marked text within that block's text. */
  start: number;
  end: number;
  text: string;
  sentence: string;
  /** In the indicator's unit; signed for changes. */
  value: number;
  /** The unit of `value`: the indicator's unit, or 'percent' / 'points' for changes. */
  unit: string;
  kind: ClaimKind;
  period: ClaimPeriod | null;
  indicator: Indicator | null;
  /** The alias or name that matched, shown on the card as "why it matched". */
  matchedAlias: string | null;
  match: MatchRecord | null;
  judgement: Judgement | null;
  /** The size of the figure's last written digit, in the unit of `value` (0.01 for "4.31 points", 0.01 for "14 bp"). */
  step?: number;
  /** Which way the words around the figure say it moved ("rose to 3.52%": up). */
  direction?: Direction;
  /** An undated market figure's last possible day, when the page was written before the article's date began in its market (market-day). */
  sessionDay?: string;
  /** Matched although far outside anything the indicator has done: kept for the plausibility check to report. */
  implausible?: boolean;
  /** Findings of the consistency checks that involve this figure. */
  checks?: CheckFinding[];
}
