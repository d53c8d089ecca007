import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../dataset/schema';
import type { ClaimPeriod } from '../types';
import { DatasetView } from '../dataset-view';
import { judge, type JudgeInput } from './index';
import { verdictOf as verdictOfEngine } from '../test-engine';
import { pointsToOtherTime } from './other-time';
import { afterClose, latestCloseAt } from './after-close';
import { measuredFromDay } from './since-day';
import { hadStoodBefore } from './had-stood';
import { presentLevelBefore } from './present-level';
import { atNewYorkNoon, NY_NOON_SERIES } from './fixing';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { claimsOf } from '../test-engine';

// Synthetic figures (example.com sources): shaped like the real ones, made up for these tests.
const ind = (id: string, unit: Indicator['unit'], kind: Indicator['kind']): Indicator => ({
  id,
  name: id,
  unit,
  kind,
  category: 'macro',
  aliases: [],
});
const CPI = ind('xx.cpi', 'percent', 'inflation');
const HOLD = ind('xx.holdings', 'USD', 'level');
const RATE = ind('xx.rate', 'percent', 'rate');
const UPPER = ind('xx.target_upper', 'percent', 'rate');
const TARIFF = ind('xx.tariff', 'percent', 'tariff');
const IDX = ind('xx.index', 'points', 'index');
const BRENT = ind('cmd.brent_usd', 'USD per barrel', 'commodity');
const WTI = ind('cmd.wti_usd', 'USD per barrel', 'commodity');
const VIX = ind('idx.vix', 'points', 'index');
const USCPI = ind('us.cpi_yoy', 'percent', 'inflation');
const PAY = ind('xx.payrolls', 'percent', 'level');
const GDPQ = ind('xx.gdp_q', 'percent', 'growth');
const GOLD = ind('cmd.gold_usd', 'USD per troy ounce', 'commodity');
const DOW = ind('xx.dow', 'points', 'index');
const USDJPY = ind('fx.usdjpy', 'JPY per USD' as Indicator['unit'], 'fx');

const obs = (indicator: string, period: string, value: number, as_of: string, extra: { valid_to?: string } = {}) => ({
  indicator,
  period,
  value,
  unit: 'percent' as const,
  as_of,
  source: 0,
  ...extra,
});

const dataset = {
  sources: [{ name: 'Example statistics office', url: 'https://example.com/stats' }],
  indicators: [CPI, HOLD, RATE, UPPER, TARIFF, IDX, BRENT, WTI, VIX, USCPI, PAY, GOLD, GDPQ, DOW, USDJPY],
  observations: [
    // CPI: March first printed 2.4 on 2025-04-10, revised to 2.5 on 2025-05-12; April out 2025-05-12.
    obs('xx.cpi', '2025-03', 2.4, '2025-04-10'),
    obs('xx.cpi', '2025-03', 2.5, '2025-05-12'),
    obs('xx.cpi', '2025-04', 2.7, '2025-05-12'),
    // A quarterly figure: July-September first printed -1.8, revised to -2.3.
    obs('xx.gdp_q', '2025-Q3', -1.8, '2025-11-17'),
    obs('xx.gdp_q', '2025-Q3', -2.3, '2025-12-08'),
    // Only later editions stored: September's figure as published in 2026.
    obs('us.cpi_yoy', '2025-09', 3, '2026-01-13'),
    obs('xx.payrolls', '2025-09', 3, '2026-01-13'),
    obs('xx.holdings', '2025-01', 1_120_000_000_000, '2025-03-18'),
    obs('xx.holdings', '2025-02', 1_125_900_000_000, '2025-04-16'),
    // A policy rate: 4.5 from 2024-12-19, cut to 4.25 on 2025-09-17, to 4.0 on 2025-10-29.
    obs('xx.rate', '2024-12-19', 4.5, '2024-12-19'),
    obs('xx.rate', '2025-09-17', 4.25, '2025-09-17'),
    obs('xx.rate', '2025-10-29', 4, '2025-10-29'),
    obs('xx.target_upper', '2025-10-29', 4, '2025-10-29'),
    // A tariff: 25% from 2025-04-03, 15% from 2025-09-16; a 10% surcharge that was struck down.
    obs('xx.tariff', '2025-04-03', 25, '2025-04-03'),
    obs('xx.tariff', '2025-09-16', 15, '2025-09-16', { valid_to: '2026-02-23' }),
    // A futures quote for a day the spot series also covers (the series hides it in daily()).
    obs('cmd.wti_usd', '2025-05-21', 60.9, '2025-05-21'),
  ],
  series: [
    {
      indicator: 'fx.usdjpy',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2026-01-13', 159.06],
        ['2026-01-14', 158.13],
        ['2026-01-15', 158.5],
      ] as [string, number][],
    },
    {
      indicator: 'xx.dow',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2025-07-31', 44130.98],
        ['2025-08-01', 43588.58],
      ] as [string, number][],
    },
    {
      indicator: 'cmd.brent_usd',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2025-05-20', 65.38],
        ['2025-05-21', 64.91],
      ] as [string, number][],
    },
    {
      indicator: 'cmd.wti_usd',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2025-05-20', 62.56],
        ['2025-05-21', 61.57],
      ] as [string, number][],
    },
    {
      indicator: 'cmd.gold_usd',
      frequency: 'monthly' as const,
      source: 0,
      points: [['2025-09', 3600]] as [string, number][],
    },
    {
      indicator: 'idx.vix',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2025-06-26', 16.59],
        ['2025-06-27', 16.32],
      ] as [string, number][],
    },
    {
      indicator: 'xx.index',
      frequency: 'daily' as const,
      source: 0,
      points: [
        ['2025-05-19', 5963.6],
        ['2025-05-20', 5940.46],
        ['2025-05-21', 5844.61],
        ['2025-05-22', 5842.01],
      ] as [string, number][],
    },
  ],
} as unknown as Dataset;
const view = new DatasetView(dataset);

const day = (d: string, label = d): ClaimPeriod => ({ type: 'point', period: d, label });
function verdict(over: Partial<JudgeInput> & Pick<JudgeInput, 'indicator' | 'value' | 'published'>) {
  return judge(view, { halfStep: 0.05, measure: 'level', period: null, confidence: 0.95, ...over });
}

describe('as-known-on-the-date (vintage.ts)', () => {
  it('uses the first print known on the article’s date and shows the later revision', () => {
    const j = verdict({ indicator: CPI, value: 2.4, period: day('2025-03', 'March'), published: '2025-04-20' });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.value).toBe(2.4);
    expect(j.revision?.value).toBe(2.5);
  });
  it('no-figure-yet: nothing for the period was published by the article’s date, even if a later figure agrees', () => {
    const j = verdict({ indicator: CPI, value: 2.7, period: day('2025-04', 'April'), published: '2025-05-02' });
    expect(j.verdict).toBe('no-figure-yet');
    expect(j.reference).toBeNull();
  });
});

describe('close-is-rounding (compare.ts)', () => {
  it('a figure the source states at the claim’s own precision differs by one digit: not close', () => {
    expect(verdict({ indicator: CPI, value: 2.5, period: day('2025-03'), published: '2025-04-20' }).verdict).toBe(
      'differs',
    );
  });
  it('a truncated last digit is close and the card carries the gap', () => {
    const j = verdict({
      indicator: HOLD,
      value: 1.12e12,
      halfStep: 5e9,
      period: day('2025-02'),
      published: '2025-05-01',
    });
    expect(j.verdict).toBe('close');
    expect(j.explanation).toMatch(/Off by 5\.9 billion/);
  });
});

describe('whole-percent-rate (rounding.ts)', () => {
  it('"4%" is not a 4.25% rate: a whole number covers ±0.125 points, not ±0.5', () => {
    expect(verdict({ indicator: RATE, value: 4, halfStep: 0.5, published: '2025-10-01' }).verdict).not.toBe('matches');
    expect(verdict({ indicator: RATE, value: 4, halfStep: 0.5, published: '2025-11-01' }).verdict).toBe('matches');
  });
});

describe('in-force-on-the-date (step.ts)', () => {
  it('a measure past its valid_to is not the reference', () => {
    const j = verdict({ indicator: TARIFF, value: 15, halfStep: 0.5, published: '2026-03-01' });
    expect(j.verdict).not.toBe('matches');
  });
  it('while in force it matches', () => {
    expect(verdict({ indicator: TARIFF, value: 15, halfStep: 0.5, published: '2025-10-01' }).verdict).toBe('matches');
  });
});

describe('since-changed (step-level.ts, periodic-level.ts)', () => {
  it('right on the article’s date, changed since: neutral since-changed, not differs', () => {
    expect(verdict({ indicator: TARIFF, value: 25, halfStep: 0.5, published: '2025-05-01' }).verdict).toBe(
      'since-changed',
    );
  });
});

describe('from-end (step-level.ts)', () => {
  it('"fell to 15% from 25%": the starting figure is judged against the value before the change', () => {
    const j = verdict({ indicator: TARIFF, value: 25, halfStep: 0.5, published: '2025-09-18', fromEnd: true });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.value).toBe(25);
  });
});

describe('threatened-rate (step-level.ts)', () => {
  it('"has threatened a fresh 100% duty on goods from China" is a question, not a wrong rate in force', () => {
    // threat-before (context.ts) now leaves the sentence's rate unjudged; the judge's own rule still makes
    // any rate read in a sentence of threats a question.
    const [threat] = claimsOf(['The White House has threatened a fresh 100% duty on goods from China.'], '2025-05-23');
    expect(threat?.judgement?.verdict ?? 'none').not.toBe('differs');
    expect(
      verdict({ indicator: TARIFF, value: 100, halfStep: 0.5, published: '2025-05-23', threatened: true }).verdict,
    ).toBe('check');
    const [stated] = claimsOf(['Goods from China face a 100% duty.'], '2025-05-23');
    expect(stated?.judgement?.verdict).toBe('differs');
  });
});

describe('sign-flipped (change.ts)', () => {
  // Stored DXY: 100.00 on 2025-05-02, 99.83 on 2025-05-05.
  it('an undated "rose 0.17%" where the last session fell exactly 0.17% is that move the wrong way: red', () => {
    const [c] = claimsOf(['The dollar index edged up 0.17% to 99.83.'], '2025-05-05');
    expect(c?.judgement?.verdict).toBe('differs');
    const [other] = claimsOf(['The dollar index edged up 0.4% to 99.83.'], '2025-05-05');
    expect(other?.judgement?.verdict).not.toBe('differs');
    // "0.2%" is too coarse to be that move rather than some other small one.
    const [coarse] = claimsOf(['The dollar index edged up 0.2% to 99.83.'], '2025-05-05');
    expect(coarse?.judgement?.verdict).not.toBe('differs');
  });
});

describe('cumulative-moves (rate-move.ts)', () => {
  it('"a combined 75 basis points at its last three meetings" is the run of the latest decisions', () => {
    const v = (text: string) => claimsOf([text], '2025-12-20')[0]?.judgement?.verdict;
    expect(v('The Fed has lowered its benchmark rate by a combined 75 basis points at its last three meetings.')).toBe(
      'matches',
    );
    expect(
      v('The Fed has lowered its benchmark rate by a combined 100 basis points at its last three meetings.'),
    ).not.toBe('matches');
    // Without words of a total, a 50 bp cut is no run of two decisions.
    expect(v('The Fed lowered its benchmark rate by 50 basis points.')).not.toBe('matches');
  });
});

describe('rate-move-exact (rate-move.ts)', () => {
  const move = (value: number, published: string, period: ClaimPeriod | null = null) =>
    verdict({ indicator: RATE, value, halfStep: 0.005, measure: 'ppChange', published, period });
  it('a 25 bp cut matches -0.25 only', () => {
    expect(move(-0.25, '2025-09-18', day('2025-09-17')).verdict).toBe('matches');
    expect(move(-0.5, '2025-09-18', day('2025-09-17')).verdict).toBe('differs');
  });
  it('never close to a change of zero: no decision that day is a question, not close', () => {
    expect(move(-0.25, '2025-06-20', day('2025-06-18')).verdict).toBe('check');
  });
  it('over a span the move is the rate at its end less its start', () => {
    const y2025: ClaimPeriod = { type: 'point', period: '2025', label: '2025' };
    expect(move(-0.5, '2025-11-01', y2025).verdict).toBe('matches');
    expect(move(-0.75, '2025-11-01', y2025).verdict).toBe('differs');
  });
});

describe('quote-on-its-day (quote.ts)', () => {
  it('a stale close a week old is never the reference', () => {
    expect(
      verdict({ indicator: IDX, value: 5842.01, halfStep: 0.005, period: day('2025-05-28'), published: '2025-05-28' })
        .verdict,
    ).toBe('unverifiable');
  });
  it('traded near: between the previous close and the day’s close matches', () => {
    const j = verdict({
      indicator: IDX,
      value: 5900,
      halfStep: 0.5,
      period: day('2025-05-21'),
      published: '2025-05-21',
    });
    expect(j.verdict).toBe('matches');
    expect(j.explanation).toMatch(/Traded near/);
  });
  it('at-close: "closing at" the previous day’s close is not traded near', () => {
    const j = verdict({
      indicator: IDX,
      value: 5963.6,
      halfStep: 0.005,
      period: day('2025-05-20'),
      published: '2025-05-21',
      atClose: true,
    });
    expect(j.verdict).toBe('differs');
  });
  it('on the article’s own day, a small gap may be intraday: check, never red', () => {
    expect(
      verdict({ indicator: IDX, value: 5800, halfStep: 0.5, period: day('2025-05-21'), published: '2025-05-21' })
        .verdict,
    ).toBe('check');
  });
});

describe('day-move (change.ts)', () => {
  it('a day’s move is that day’s close against the previous close', () => {
    const span: ClaimPeriod = { type: 'span', from: '2025-05-20', to: '2025-05-21', label: 'on Wednesday' };
    const j = verdict({
      indicator: IDX,
      value: -1.61,
      halfStep: 0.005,
      measure: 'pctChange',
      period: span,
      published: '2025-05-21',
    });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.period).toBe('2025-05-20/2025-05-21');
  });
  it('opposite-move: a move the other way, of another size, is a question about the period, not red', () => {
    const span: ClaimPeriod = { type: 'span', from: '2025-05-20', to: '2025-05-21', label: 'on Wednesday' };
    expect(
      verdict({
        indicator: IDX,
        value: 1.2,
        halfStep: 0.005,
        measure: 'pctChange',
        period: span,
        published: '2025-05-21',
      }).verdict,
    ).toBe('check');
  });
});

describe('bound (compare.ts)', () => {
  it('"above 5,900" holds for a close past it; "above 6,000" does not', () => {
    const at = (value: number) =>
      verdict({
        indicator: IDX,
        value,
        halfStep: 0.5,
        period: day('2025-05-19'),
        published: '2025-05-21',
        bound: 'above',
        atClose: true,
      });
    expect(at(5900).verdict).toBe('matches');
    expect(at(6000).verdict).toBe('differs');
  });
});

describe('past-level (quote.ts)', () => {
  it('"the 5,963.60 it stood at ...": an earlier close, not today’s', () => {
    expect(
      verdict({ indicator: IDX, value: 5963.6, halfStep: 0.005, published: '2025-05-22', pastLevel: true }).verdict,
    ).toBe('matches');
  });
});

describe('undated-is-latest (periodic-level.ts)', () => {
  it('an undated figure fitting an older month than the latest out is a question', () => {
    expect(verdict({ indicator: CPI, value: 2.5, published: '2025-05-20' }).verdict).toBe('check');
    expect(verdict({ indicator: CPI, value: 2.7, published: '2025-05-20' }).verdict).toBe('matches');
  });
});

describe('period-doubt (step-level.ts)', () => {
  it('wrong for the period read but in force on the article’s date: check', () => {
    expect(
      verdict({
        indicator: RATE,
        value: 4,
        halfStep: 0.005,
        period: day('2025-09', 'September'),
        published: '2025-10-30',
      }).verdict,
    ).toBe('check');
  });
});

describe('stale-over-span (step-level.ts)', () => {
  const held = (from: string) =>
    verdict({
      indicator: RATE,
      value: 4.5,
      halfStep: 0.005,
      period: { type: 'span', from, to: '2025-11-20', label: 'this month' },
      published: '2025-11-20',
    }).verdict;
  it('a rate that ended before the stated span began is differs, not a misread period', () => {
    // 4.5 was in force until 2025-09-16; "kept at 4.5% throughout November" is stale.
    expect(held('2025-11-01')).toBe('differs');
  });
  it('a rate in force during part of the span stays a question', () => {
    expect(held('2025-09-01')).toBe('check');
  });
});

describe('had-stood (had-stood.ts)', () => {
  const stood = (value: number, hadStood: boolean) =>
    verdict({ indicator: RATE, value, halfStep: 0.005, published: '2025-11-20', hadStood }).verdict;
  it('"the rate had stood at 4.5%" is a level before the last moves: it matches one in force in the year before', () => {
    expect(stood(4.5, true)).toBe('matches');
    expect(stood(4.5, false)).toBe('check');
  });
  it('a past level that matches none is a question, never red: its day is not stated', () => {
    expect(stood(5, true)).toBe('check');
  });
  it('reads the past perfect just before the figure', () => {
    expect(hadStoodBefore('The rate had stood at ')).toBe(true);
    expect(hadStoodBefore('The cash rate had sat at ')).toBe(true);
    expect(hadStoodBefore('The cash rate sits at ')).toBe(false);
  });
});

describe('present-level (present-level.ts, step-level.ts)', () => {
  const stands = (value: number, presentLevel: 'verb' | 'label' | undefined) =>
    verdict({ indicator: RATE, value, halfStep: 0.005, published: '2025-11-20', presentLevel }).verdict;
  it('"the rate stands at 4.5%" after it was cut is stale: differs, not history', () => {
    expect(stands(4.5, 'verb')).toBe('differs');
    // "Policy rate: 4.5%" in a facts box is the present level too.
    expect(stands(4.5, 'label')).toBe('differs');
    // Without the present tense the sentence may recall the earlier rate: a question.
    expect(stands(4.5, undefined)).toBe('check');
    expect(stands(4, 'verb')).toBe('matches');
  });
  it('"inflation is running at 2.5%" when that was the month before the latest out is stale: differs', () => {
    const running = (value: number, presentLevel: 'verb' | 'label' | undefined) =>
      verdict({ indicator: CPI, value, published: '2025-05-20', presentLevel }).verdict;
    expect(running(2.5, 'verb')).toBe('differs');
    expect(running(2.5, undefined)).toBe('check');
    // A table row's label is not taken as present for a released figure: its header may date it.
    expect(running(2.5, 'label')).toBe('check');
    expect(running(2.7, 'verb')).toBe('matches');
  });
  it('reads "stands at", "sits at", "remains at", "is running at" just before the figure', () => {
    expect(presentLevelBefore('headline inflation is running at ')).toBe('verb');
    expect(presentLevelBefore('the cash rate stands at ')).toBe('verb');
    expect(presentLevelBefore('Bank Rate sits at ')).toBe('verb');
    expect(presentLevelBefore('BOJ rate: ')).toBe('label');
    expect(presentLevelBefore('the rate had stood at ')).toBeUndefined();
  });
  it('reads "with the rate still at", "with X at" and a present "holds its range at" as the present level', () => {
    expect(presentLevelBefore('"With the policy rate still at ')).toBe('verb');
    expect(presentLevelBefore("With the ECB's deposit rate at ")).toBe('verb');
    expect(presentLevelBefore('The Federal Reserve holds its target range at ')).toBe('verb');
    // Past tense is history, not the present level.
    expect(presentLevelBefore('The Federal Reserve held its target range at ')).toBeUndefined();
  });
  it('a present-tense level is judged as of the article even when the sentence names another time', () => {
    const stale = (presentLevel?: 'verb') =>
      verdict({ indicator: RATE, value: 4.5, halfStep: 0.005, published: '2025-11-20', otherTime: true, presentLevel })
        .verdict;
    expect(stale('verb')).toBe('differs');
    expect(stale()).not.toBe('differs');
  });
});

describe('never-the-future (index.ts)', () => {
  it('a period that begins after the article is an expectation: check, never matches', () => {
    expect(
      verdict({ indicator: RATE, value: 4, halfStep: 0.005, period: day('2025-10-29'), published: '2025-10-20' })
        .verdict,
    ).toBe('check');
  });
});

describe('red-needs-confidence (gate.ts)', () => {
  it('a gap with an unsure subject is check, with the reason', () => {
    const j = verdict({ indicator: CPI, value: 3.5, period: day('2025-03'), published: '2025-04-20', confidence: 0.5 });
    expect(j.verdict).toBe('check');
    expect(j.explanation).toMatch(/subject is uncertain/);
    expect(verdict({ indicator: CPI, value: 3.5, period: day('2025-03'), published: '2025-04-20' }).verdict).toBe(
      'differs',
    );
  });
});

describe('close-without-a-day (quote.ts)', () => {
  it('"a record close of X" with no day named is one of the last sessions’ closes', () => {
    expect(
      verdict({ indicator: IDX, value: 5940.46, halfStep: 0.005, published: '2025-05-22', atClose: true }).verdict,
    ).toBe('matches');
    expect(
      verdict({ indicator: IDX, value: 6100, halfStep: 0.005, published: '2025-05-22', atClose: true }).verdict,
    ).toBe('check');
  });
});

describe('latest-close-truncated (quote.ts)', () => {
  it('"ended the day around 5,844" for a close of 5,844.61 is close; a wider gap stays a question', () => {
    const ended = (value: number) =>
      verdict({ indicator: IDX, value, halfStep: 0.5, published: '2025-05-21', atClose: true });
    const j = ended(5844);
    expect(j.verdict).toBe('close');
    expect(j.explanation).toMatch(/Off by 0\.61/);
    expect(ended(5850).verdict).toBe('check');
  });
});

describe('unnamed-oil (either-benchmark.ts)', () => {
  it('"oil settled at $61.57" is compared with both benchmarks and says which agreed', () => {
    const j = verdict({
      indicator: BRENT,
      alsoCompare: WTI,
      value: 61.57,
      halfStep: 0.005,
      period: day('2025-05-21'),
      published: '2025-05-21',
      atClose: true,
    });
    expect(j.verdict).toBe('matches');
    expect(j.explanation).toMatch(/cmd\.wti_usd agreed/);
    expect(
      verdict({
        indicator: BRENT,
        value: 61.57,
        halfStep: 0.005,
        period: day('2025-05-21'),
        published: '2025-05-21',
        atClose: true,
      }).verdict,
    ).toBe('check'); // not matches; not red either, the oil series is a spot price (spot-series.ts)
  });
});

describe('announced-rate (step-level.ts)', () => {
  it('"the 25% tariff announced in April" is right though 15% is in force now; unannounced it is a question', () => {
    expect(
      verdict({ indicator: TARIFF, value: 25, halfStep: 0.5, published: '2025-10-01', announced: true }).verdict,
    ).toBe('matches');
    expect(verdict({ indicator: TARIFF, value: 25, halfStep: 0.5, published: '2025-10-01' }).verdict).toBe('check');
    // announced-not-stored: an announced rate the dataset does not hold may be one it lacks (the 100% on
    // China announced in October 2025 was never imposed): a question, never red.
    const unheld = verdict({ indicator: TARIFF, value: 30, halfStep: 0.5, published: '2025-10-01', announced: true });
    expect(unheld.verdict).toBe('check');
    expect(unheld.explanation).toMatch(/announced rate the dataset does not hold/);
  });
});

describe('other-time (other-time.ts)', () => {
  it('no period read and the sentence speaks of another time: a gap is check, not differs', () => {
    const base = { indicator: IDX, value: 6100, halfStep: 0.005, published: '2025-05-22' };
    expect(verdict(base).verdict).toBe('differs');
    const j = verdict({ ...base, otherTime: true });
    expect(j.verdict).toBe('check');
    expect(j.explanation).toMatch(/speaks of another time/);
    // A stated period keeps the verdict: the other-time words no longer leave the date a guess.
    expect(verdict({ ...base, otherTime: true, period: day('2025-05-21') }).verdict).toBe('differs');
  });

  it('past-distance: a distance from an earlier level is check when it does not agree', () => {
    const move = {
      indicator: IDX,
      value: -27,
      measure: 'pctChange' as const,
      halfStep: 0.5,
      period: day('2025-05-21'),
      published: '2025-05-22',
    };
    expect(verdict(move).verdict).toBe('differs');
    expect(verdict({ ...move, pastDistance: true }).verdict).toBe('check');
  });

  it('pointsToOtherTime reads month names with their capital and time words', () => {
    expect(pointsToOtherTime('yields have climbed since early April, when the benchmark dipped')).toBe(true);
    expect(pointsToOtherTime('the Fed may cut again as the yield stands at 4.1%')).toBe(false);
  });
});

describe('spot-not-futures (spot-series.ts)', () => {
  it('an oil price that misses the spot series is check, a stock index that misses is still differs', () => {
    const oil = verdict({
      indicator: WTI,
      value: 58.1,
      halfStep: 0.005,
      period: day('2025-05-21'),
      published: '2025-05-22',
    });
    expect(oil.verdict).toBe('check');
    expect(oil.explanation).toMatch(/spot price/);
    expect(
      verdict({ indicator: IDX, value: 6100, halfStep: 0.005, period: day('2025-05-21'), published: '2025-05-22' })
        .verdict,
    ).toBe('differs');
  });
});

describe('same-day-fact (same-day-fact.ts)', () => {
  const wti = (value: number) =>
    verdict({ indicator: WTI, value, halfStep: 0.005, period: day('2025-05-21'), published: '2025-05-22' });
  it('a price that agrees with the futures quote stored for the day matches, though the spot close differs', () => {
    const j = wti(60.9);
    expect(j.verdict).toBe('matches');
    expect(j.explanation).toMatch(/quote stored for 2025-05-21/);
  });
  it('a price that agrees with neither stays a question', () => {
    expect(wti(60.5).verdict).toBe('check');
  });
});

describe('next-period-figure (next-period-figure.ts)', () => {
  it('a figure that is the next period’s, out by the article’s date, is check, not differs', () => {
    // Read as March (first print 2.4), but 2.7 is April's, published on 2025-05-12.
    const j = verdict({ indicator: CPI, value: 2.7, period: day('2025-03', 'March'), published: '2025-05-20' });
    expect(j.verdict).toBe('check');
    expect(j.explanation).toMatch(/figure for 2025-04/);
  });
  it('the next period not yet out, or the period before’s figure, keeps differs', () => {
    expect(verdict({ indicator: CPI, value: 2.7, period: day('2025-03'), published: '2025-04-20' }).verdict).toBe(
      'differs',
    );
    expect(verdict({ indicator: CPI, value: 2.5, period: day('2025-04'), published: '2025-05-20' }).verdict).toBe(
      'differs',
    );
  });
});

describe('after-the-close (after-close.ts)', () => {
  const vix = (value: number, publishedAt?: string) =>
    verdict({
      indicator: VIX,
      value,
      halfStep: 0.005,
      published: '2025-06-27',
      ...(publishedAt ? { publishedAt } : {}),
    });
  it('published after the New York close, a same-day quote is the close, not a trade between closes', () => {
    // 16.45 lies between the closes (16.59, 16.32): traded near while the market is open.
    expect(vix(16.45, '2025-06-27T14:00:00-04:00').verdict).toBe('matches');
    expect(vix(16.45).verdict).toBe('matches');
    // At 16:45 New York time the day's close is known: 16.45 is a different figure (off by 0.8%: check).
    const late = vix(16.45, '2025-06-27T20:45:00Z');
    expect(late.verdict).toBe('check');
    expect(late.explanation).toMatch(/Written after the close/);
    // Far off the close it is red; the close itself matches.
    expect(vix(16.55, '2025-06-27T20:45:00Z').verdict).toBe('differs');
    expect(vix(16.32, '2025-06-27T20:45:00Z').verdict).toBe('matches');
  });
  it('only the article’s own local day: a next-morning article is not after that close', () => {
    expect(afterClose('idx.vix', '2025-06-28T12:00:00Z', '2025-06-27')).toBe(false);
    expect(afterClose('idx.vix', '2025-06-27T20:31:00Z', '2025-06-27')).toBe(true);
    expect(afterClose('idx.vix', '2025-06-27T20:29:00Z', '2025-06-27')).toBe(false);
    // Winter: New York is UTC-5.
    expect(afterClose('idx.vix', '2025-12-10T21:00:00Z', '2025-12-10')).toBe(false);
    expect(afterClose('idx.vix', '2025-12-10T21:31:00Z', '2025-12-10')).toBe(true);
    // A market without a closing time written down is never "after the close".
    expect(afterClose('xx.index', '2025-06-27T23:00:00Z', '2025-06-27')).toBe(false);
    // dollar-index-close: ICE's 17:00 New York settlement (21:00 UTC in summer).
    expect(afterClose('fx.dxy', '2025-07-14T21:15:00Z', '2025-07-14')).toBe(true);
    expect(afterClose('fx.dxy', '2025-07-14T20:45:00Z', '2025-07-14')).toBe(false);
  });
  it("past-midnight: an evening story in New York is past midnight in Paris, and the CAC 40's close of its date is final", () => {
    expect(afterClose('idx.cac40', '2026-06-11T18:40:00-04:00', '2026-06-11')).toBe(true);
    // A story dated the next day is not about that close.
    expect(afterClose('idx.cac40', '2026-06-12T08:40:00+02:00', '2026-06-11')).toBe(false);
  });
});

describe('revision-bound (revision-bound.ts)', () => {
  const sept = day('2025-09', 'September');
  it('against a later edition, a gap larger than the indicator ever revises is differs', () => {
    // Year-over-year CPI is not revised: 3.2 against a stored 3.0 was wrong on any edition.
    expect(verdict({ indicator: USCPI, value: 3.2, period: sept, published: '2025-11-20' }).verdict).toBe('differs');
  });
  it('a market price against a stored monthly average is no revision: any gap stays check', () => {
    // Gold moves more than 3% within a month; a price said for September need not be its average.
    expect(
      verdict({ indicator: GOLD, value: 3708, halfStep: 0.5, period: sept, published: '2025-11-20' }).verdict,
    ).toBe('check');
  });
  it("a revision-sized gap on an indicator that is revised stays check; never-revised CPI's does not", () => {
    // Headline CPI before seasonal adjustment is never revised (never-revised.ts): a later edition holds the first print.
    expect(verdict({ indicator: USCPI, value: 3.1, period: sept, published: '2025-11-20' }).verdict).toBe('differs');
    expect(verdict({ indicator: PAY, value: 3.2, period: sept, published: '2025-11-20' }).verdict).toBe('check');
    expect(
      verdict({ indicator: GOLD, value: 3620, halfStep: 0.5, period: sept, published: '2025-11-20' }).verdict,
    ).toBe('check');
  });
});

describe('latest-close (quote.ts, after-close.ts)', () => {
  const ended = (value: number, publishedAt?: string) =>
    verdict({
      indicator: VIX,
      value,
      halfStep: 0.005,
      published: '2025-06-27',
      atClose: true,
      ...(publishedAt ? { publishedAt } : {}),
    });
  it('"ended at" with no day, published after that day’s close and before the next: that close', () => {
    expect(ended(16.8, '2025-06-28T00:55:00Z').verdict).toBe('differs');
    expect(ended(16.32, '2025-06-28T00:55:00Z').verdict).toBe('matches');
  });
  it('latest-close-only: published after the day’s close, the day before’s close is not what "ended at" says', () => {
    // 16.59 was the close on 2025-06-26; at 20:55 New York time on the 27th that day's close (16.32) was out.
    expect(ended(16.59, '2025-06-28T00:55:00Z').verdict).toBe('differs');
    // Published before the 27th's close, the 26th's close is still the latest: it matches.
    expect(ended(16.59, '2025-06-27T15:00:00Z').verdict).toBe('matches');
  });
  it('without the time of publication, or before that close, it stays a question', () => {
    expect(ended(16.8).verdict).toBe('check');
    expect(ended(16.8, '2025-06-27T15:00:00Z').verdict).toBe('check');
    expect(latestCloseAt('idx.topix', '2025-06-27T20:38:00Z', '2025-06-27')).toBe(true);
    expect(latestCloseAt('idx.topix', '2025-06-28T07:00:00Z', '2025-06-27')).toBe(false);
  });
});

describe('month-in-quarter (month-in-quarter.ts)', () => {
  const july = day('2025-07', 'July');
  it('a month read for a quarterly indicator stands for its quarter', () => {
    const j = verdict({ indicator: GDPQ, value: -2.3, period: july, published: '2025-12-19' });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.period).toBe('2025-Q3');
  });
  it('a gap against that quarter is check, never differs: the month may be the release’s', () => {
    expect(verdict({ indicator: GDPQ, value: -1.8, period: july, published: '2025-12-19' }).verdict).toBe('check');
  });
});

describe('from-to-both-ends (quote.ts, periodic-level.ts)', () => {
  it('"jumped to X from Y": the starting level is an earlier close, not the day’s range', () => {
    const j = verdict({
      indicator: IDX,
      value: 5963.6,
      halfStep: 0.005,
      period: day('2025-05-21'),
      published: '2025-05-21',
      fromEnd: true,
    });
    expect(j.verdict).toBe('matches');
    expect(j.explanation).toMatch(/starting level/);
  });
  it('"up from 2.5%" with no period: the figure before the latest out', () => {
    const j = verdict({ indicator: CPI, value: 2.5, published: '2025-05-20', fromEnd: true });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.period).toBe('2025-03');
  });
  it('"2.7% in April, up from 2.5%": the starting figure read as April’s is a question, not differs', () => {
    expect(
      verdict({ indicator: CPI, value: 2.5, period: day('2025-04', 'April'), published: '2025-05-20', fromEnd: true })
        .verdict,
    ).toBe('check');
  });
});

describe('latest-release-move (latest-release-move.ts)', () => {
  const move = (value: number) =>
    verdict({ indicator: HOLD, value, halfStep: 0.05e9, measure: 'absChange', published: '2025-05-01' });
  it('a released figure’s move with no period is the latest release’s, as known on the date', () => {
    const j = move(5.9e9);
    expect(j.verdict).toBe('matches');
    expect(j.reference?.period).toBe('2025-01/2025-02');
  });
  it('a gap is a question, never red: the sentence may mean another span', () => {
    expect(move(9e9).verdict).toBe('check');
  });
});

describe('range-limit (compare.ts)', () => {
  it('a stated range is judged by the limit the indicator names, not as a band around the figure', () => {
    // "held at 3.75%-4.00%" when the range was 3.50%-3.75%... here the upper limit in force is 4.
    const right = verdict({ indicator: UPPER, value: 4, range: [3.75, 4], published: '2025-11-20' });
    expect(right.verdict).toBe('matches');
    const stale = verdict({ indicator: UPPER, value: 4.25, range: [4, 4.25], published: '2025-11-20' });
    expect(stale.verdict).not.toBe('matches');
    // A plain rate's range stays a band: "between 3.75% and 4.25%" holds for 4.
    expect(verdict({ indicator: RATE, value: 4.25, range: [3.75, 4.25], published: '2025-11-20' }).verdict).toBe(
      'matches',
    );
  });
});

describe('month-end-close (month-end-close.ts)', () => {
  it('"closed out May at X" is judged on May\'s last close, once May is over', () => {
    const may = day('2025-05', 'May 2025');
    const last = verdict({
      indicator: IDX,
      value: 5842.01,
      halfStep: 0.005,
      period: may,
      published: '2025-06-05',
      atClose: true,
    });
    expect(last.verdict).toBe('matches');
    expect(last.reference?.period).toBe('2025-05-22');
    const earlier = verdict({
      indicator: IDX,
      value: 5940.46,
      halfStep: 0.005,
      period: may,
      published: '2025-06-05',
      atClose: true,
    });
    expect(earlier.verdict).not.toBe('matches');
    // Not written as a close: a month's level stays the month's figure, not its last day.
    expect(
      verdict({ indicator: IDX, value: 5842.01, halfStep: 0.005, period: may, published: '2025-06-05' }).reference
        ?.period,
    ).not.toBe('2025-05-22');
  });
});

describe('quarter-end-close (month-end-close.ts)', () => {
  it('"up 1.2% in Q2 to 5,842.01" is the quarter\'s last close, not an earlier one', () => {
    const q2 = { type: 'point' as const, period: '2025-Q2', label: 'Q2 2025' };
    const at = (value: number, moveEnd?: boolean) =>
      verdict({ indicator: IDX, value, halfStep: 0.005, period: q2, published: '2025-07-03', moveEnd });
    expect(at(5842.01, true).verdict).toBe('matches');
    expect(at(5842.01, true).reference?.period).toBe('2025-05-22');
    expect(at(5940.46, true).verdict).not.toBe('matches');
    // Without the move's words, a quarter's level is no day's close.
    expect(at(5842.01).reference?.period).not.toBe('2025-05-22');
  });
});

describe('since-named-day (since-day.ts)', () => {
  // Wednesday 2025-05-21's story: "down 1.61% from Tuesday" is Tuesday's close (5,940.46) to Wednesday's (5,844.61).
  const tuesday: ClaimPeriod = { type: 'span', from: '2025-05-19', to: '2025-05-20', label: 'Tuesday' };
  const move = (over: Partial<JudgeInput>) =>
    verdict({
      indicator: IDX,
      value: -1.61,
      halfStep: 0.005,
      measure: 'pctChange',
      period: tuesday,
      published: '2025-05-21',
      ...over,
    });
  it('a move from a named day runs from that day’s close to the latest close by the article’s date', () => {
    const j = move({ sinceDay: true });
    expect(j.verdict).toBe('matches');
    expect(j.reference?.period).toBe('2025-05-20/2025-05-21');
    // Read as Tuesday's own move (-0.39%), the right figure was red.
    expect(move({}).verdict).toBe('differs');
    expect(move({ sinceDay: true, value: -2.5 }).verdict).toBe('differs');
  });
  it('reads "from Tuesday", "versus Monday’s close", not a span "from Monday to Wednesday"', () => {
    expect(measuredFromDay(' from Tuesday and the highest close')).toBe(true);
    expect(measuredFromDay(' versus Monday’s close')).toBe(true);
    expect(measuredFromDay(' from Monday to Wednesday')).toBe(false);
    expect(measuredFromDay(' on Tuesday')).toBe(false);
  });
});

describe('transposed-digits (transposition.ts)', () => {
  it('a day’s move with two digits swapped is differs, not close; a rounding-sized gap stays close', () => {
    // 44,130.98 to 43,588.58 is -1.2291%: "-1.32%" swaps the 2 and the 3.
    const dow = (value: number) =>
      verdict({
        indicator: DOW,
        value,
        halfStep: 0.005,
        measure: 'pctChange',
        period: day('2025-08-01', 'Friday'),
        published: '2025-08-01',
      }).verdict;
    expect(dow(-1.32)).toBe('differs');
    expect(dow(-1.22)).toBe('close');
    expect(dow(-1.23)).toBe('matches');
  });
  it('an undated level that is the latest figure with two digits swapped is differs, another gap a question', () => {
    // The latest out on 2025-05-01 is February's 1,125.9 billion.
    const held = (value: number) =>
      verdict({ indicator: HOLD, value, halfStep: 0.05e9, published: '2025-05-01' }).verdict;
    expect(held(1_152.9e9)).toBe('differs');
    expect(held(1_135.9e9)).toBe('check');
  });
  it('a move with no period that is the last session’s with two digits swapped is differs', () => {
    // 2025-08-01: 44,130.98 to 43,588.58 is -542.40 points; "-524.40" swaps the 4 and the 2.
    const lost = (value: number) =>
      verdict({ indicator: DOW, value, halfStep: 0.005, measure: 'absChange', published: '2025-08-01' }).verdict;
    expect(lost(-524.4)).toBe('differs');
    expect(lost(-530.4)).toBe('check');
  });
  it('"ended at" with no day, the latest close with two digits swapped is differs', () => {
    // The close on 2025-05-21 was 5,844.61: "5,484.61" swaps the 8 and the 4.
    const ended = (value: number) =>
      verdict({ indicator: IDX, value, halfStep: 0.005, published: '2025-05-21', atClose: true }).verdict;
    expect(ended(5484.61)).toBe('differs');
    expect(ended(5494.61)).toBe('check');
  });
});

describe('named-fixing (fixing.ts)', () => {
  const noon = (value: number, publishedAt: string, atNoonFixing = true) =>
    verdict({ indicator: USDJPY, value, halfStep: 0.005, published: '2026-01-15', publishedAt, atNoonFixing }).verdict;
  it('a rate "at the New York noon fixing" is the day’s noon rate: an earlier day’s is differs, not intraday', () => {
    expect(noon(159.06, '2026-01-15T21:48:00Z')).toBe('differs');
    expect(noon(158.5, '2026-01-15T21:48:00Z')).toBe('matches');
    // Without the cue the same figure may be a price during the day: a question.
    expect(noon(159.06, '2026-01-15T21:48:00Z', false)).toBe('check');
  });
  it('published before that noon, the story means an earlier fixing: a question, never red', () => {
    expect(noon(159.06, '2026-01-15T11:00:00Z')).toBe('check');
  });
  it('reads the cue right after the figure, not a named day’s fixing', () => {
    expect(atNewYorkNoon(' yen at the New York noon fixing, close to')).toBe(true);
    expect(atNewYorkNoon(' at noon in New York, a touch')).toBe(true);
    expect(atNewYorkNoon(' yen per dollar at Wednesday’s New York noon fixing')).toBe(false);
    // day-named-fixing: the article's own weekday (2025-06-20 is a Friday), not another's.
    expect(atNewYorkNoon(" at Friday's New York noon fixing.", '', '2025-06-20')).toBe(true);
    expect(atNewYorkNoon(" at Wednesday's New York noon fixing.", '', '2025-06-20')).toBe(false);
    // A two-word currency name may stand between: "1.3750 Canadian dollars at noon in New York".
    expect(atNewYorkNoon(' Canadian dollars at noon in New York, against')).toBe(true);
    // noon-lead: the cue opening the clause, before the figure.
    expect(atNewYorkNoon(', against', 'At noon in New York the greenback fetched ')).toBe(true);
    expect(atNewYorkNoon(', against', 'The greenback fetched ')).toBe(false);
  });
  it('every daily FX series read from the H.10 noon rates (FRED DEX*) is a noon series, and no other', () => {
    const bundled = loadBundledDatasetFromDisk();
    const noon = new Set(
      bundled.series
        .filter(
          (s) => s.frequency === 'daily' && /fred\.stlouisfed\.org\/series\/DEX/.test(bundled.sources[s.source]!.url),
        )
        .map((s) => s.indicator),
    );
    // The won's DEXKOUS too: "1,370.58 won at noon in New York" is that day's one rate.
    expect(noon.has('fx.usdkrw')).toBe(true);
    expect([...NY_NOON_SERIES].sort()).toEqual([...noon].sort());
  });
  it("fixing-pins-day: a named noon rate is the day's, though the sentence names another time", () => {
    const before = (otherTime: boolean) =>
      verdict({
        indicator: USDJPY,
        value: 159.06,
        halfStep: 0.005,
        published: '2026-01-15',
        publishedAt: '2026-01-15T21:48:00Z',
        atNoonFixing: true,
        otherTime,
      }).verdict;
    expect(before(true)).toBe('differs');
  });
});

describe('silver-auction-gap', () => {
  it("a year-to-date silver move far from the auction's on a wild day is a question; gold's tighter gap still holds", () => {
    const v = (t: string) =>
      claimsOf(['Silver has climbed 174% so far this year and gold 74%.'], '2025-12-29').find((c) => c.text === t)!
        .judgement!.verdict;
    expect(v('174%')).toBe('check');
    expect(claimsOf(['Silver has climbed 230% so far this year.'], '2025-12-29')[0]!.judgement!.verdict).toBe(
      'differs',
    );
  });
});

describe('auction-day-sign', () => {
  it("a metal's day move the same size the other way from the auction's is a question, unless the auction is named", () => {
    // 2025-10-31: the LBMA silver price rose 1.62% on the day.
    const v = (s: string) => claimsOf([s], '2025-10-31').find((c) => c.text === '1.6%')!.judgement!.verdict;
    expect(v('Silver slipped 1.6% in New York trading.')).toBe('check');
    expect(v('The LBMA silver price fell 1.6% at the London auction.')).toBe('differs');
  });
});

describe('fixing-from-end', () => {
  it('"fell to 1.1678 from 1.1734": the starting end of a fixing move is the day before\'s fixing', () => {
    const cs = claimsOf(["The ECB's euro reference rate fell to 1.1678 from 1.1734 on Monday."], '2025-10-06');
    expect(cs.find((c) => c.text === '1.1734')!.judgement!.verdict).toBe('matches');
  });
});

describe('after-the-close: Tokyo bonds and other markets', () => {
  it("a JGB yield that 'ended at' the day before's close, in a story out after Tokyo's close, is not matched", async () => {
    const { latestCloseAt } = await import('./after-close');
    // 19:20 New York on Friday 2024-08-23 is Saturday morning in Tokyo: Friday's JGB close is the latest.
    expect(latestCloseAt('jp.jgb_10y_yield', '2024-08-23T19:20:00-04:00', '2024-08-23')).toBe(true);
    expect(latestCloseAt('idx.kospi', '2025-07-10T16:30:00+09:00', '2025-07-10')).toBe(true);
    expect(latestCloseAt('idx.kospi', '2025-07-10T10:00:00+09:00', '2025-07-10')).toBe(false);
  });
});

describe('cumulative-moves: cycle and peak words, and "the rate" carried', () => {
  it('"the rate has come down 100 basis points in total" after the bank is named is the run of its cuts', () => {
    const cs = claimsOf(
      [
        'The Bank of England cut Bank Rate to 4.25% on Thursday.',
        'Since the first cut in August 2024 the rate has come down 100 basis points in total.',
      ],
      '2025-05-08',
    );
    expect(cs.find((c) => c.text === '100 basis points')!.judgement!.verdict).toBe('matches');
  });
  it('"100 bps below its 5.25% peak" is the run since the peak', () => {
    const cs = claimsOf(['Bank Rate now sits 100 bps below its 5.25% peak of last summer.'], '2025-05-08');
    expect(cs.find((c) => c.text === '100 bps')!.judgement!.verdict).toBe('matches');
  });
});

describe('fx-source-gap', () => {
  // GBP/USD: stored noon rates give +7.40% over 2025; a London close gives about 7.7%.
  it('"gained 7.7% in 2025" is a question, not red', () => {
    const c = claimsOf(['The pound gained 7.7% in 2025, its best year in a while.'], '2026-01-03').find(
      (x) => x.text === '7.7%',
    )!;
    expect(c.judgement?.verdict).toBe('check');
  });
  it("a year's move well off the stored one stays red", () => {
    const c = claimsOf(['The pound gained 9.7% in 2025, its best year in a while.'], '2026-01-03').find(
      (x) => x.text === '9.7%',
    )!;
    expect(c.judgement?.verdict).toBe('differs');
  });
});

describe('holiday-gap-session', () => {
  // Tokyo closed May 4-6, 2026: the Nikkei closed 59,513.12 on May 1 and 62,833.84 on May 7.
  it('"Nikkei 225 · +3,320.72" dated May 7 is the move from May 1, the session before', () => {
    const c = claimsOf(
      [{ text: '+3,320.72', context: 'Thursday, May 7, 2026 · local close · Chg · Nikkei 225' }],
      '2026-05-07',
    )[0]!;
    expect(c.judgement?.verdict).toBe('matches');
  });
});

describe('double-the-move', () => {
  // 2-year Treasury yield 3.88% on 2026-03-27, 3.84% on 2026-04-03 (data/series): -4 bp on the week.
  it('"slipped 8 basis points on the week" when the 2-year fell 4 is another move, not a rounding', () => {
    const s = 'The two-year yield slipped 8 basis points on the week to 3.84%.';
    expect(verdictOfEngine(s, '8 basis points', '2026-04-03')).toBe('differs');
    expect(
      verdictOfEngine(
        'The two-year yield slipped 5 basis points on the week to 3.84%.',
        '5 basis points',
        '2026-04-03',
      ),
    ).toBe('close');
  });
});
