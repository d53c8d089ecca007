import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator } from '../../dataset/schema';
import type { ClaimPeriod } from '../types';
import { DatasetView } from '../dataset-view';
import { judge } from './index';
import { verdictOf } from '../test-engine';

// Synthetic figures (example.com source), shaped like the real ones.
const ind = (id: string, unit: Indicator['unit'], kind: Indicator['kind']): Indicator => ({
  id,
  name: id,
  unit,
  kind,
  category: 'crypto',
  aliases: [],
});
const COIN = ind('xx.coin', 'USD', 'crypto');
const YIELD = ind('xx.yield', 'percent', 'yield');
const view = new DatasetView({
  sources: [{ name: 'Example exchange', url: 'https://example.com/prices' }],
  indicators: [COIN, YIELD],
  observations: [],
  series: [
    {
      indicator: 'xx.coin',
      frequency: 'daily',
      source: 0,
      // Every calendar day: Friday 8 May to Friday 15 May 2026.
      points: [
        ['2026-05-08', 80150.27],
        ['2026-05-09', 80645.62],
        ['2026-05-10', 82103.78],
        ['2026-05-11', 81734.25],
        ['2026-05-12', 80414.77],
        ['2026-05-13', 79371.63],
        ['2026-05-14', 79142.38],
        ['2026-05-15', 79026.0],
      ],
    },
    {
      indicator: 'xx.yield',
      frequency: 'daily',
      source: 0,
      points: [
        ['2026-05-08', 3.9],
        ['2026-05-11', 3.95],
        ['2026-05-15', 4.09],
      ],
    },
  ],
} as unknown as Dataset);

const week: ClaimPeriod = { type: 'span', from: '2026-05-10', to: '2026-05-15', label: 'this week' };
const move = (indicator: Indicator, value: number, measure: 'pctChange' | 'ppChange') =>
  judge(view, {
    indicator,
    value,
    halfStep: 0.005,
    measure,
    period: week,
    published: '2026-05-15',
    confidence: 0.95,
  });

describe('seven-day-week (seven-day-week.ts)', () => {
  it('a coin that trades every day: a week counted from the same weekday a week before matches', () => {
    // From Sunday 10 May it is -3.75%; from Friday 8 May, as the table counts, -1.40%.
    expect(move(COIN, -1.4, 'pctChange').verdict).toBe('matches');
    expect(move(COIN, -3.75, 'pctChange').verdict).toBe('matches');
    expect(move(COIN, -2.6, 'pctChange').verdict).toBe('differs');
  });
});

describe('close-pp-change (tolerances.ts closePpChangePoints)', () => {
  it('a yield move in bp off the closes by ten basis points differs; by a few it is close', () => {
    // Friday to Friday the yield rose 19 bp (3.90 -> 4.09).
    expect(move(YIELD, 0.19, 'ppChange').verdict).toBe('matches');
    expect(move(YIELD, 0.22, 'ppChange').verdict).toBe('close');
    expect(move(YIELD, 0.29, 'ppChange').verdict).toBe('differs');
  });
});

describe('midweek-week', () => {
  it('"down 1.0% this week" on a Wednesday may be the seven days from last Wednesday\'s close', () => {
    // 2026-08-12 close 26,588.49 → 2026-08-19 close 26,331.09 is −0.97%; since Friday's close it is −1.49%.
    expect(
      verdictOf("The Nasdaq Composite is down 1.0% this week even after Wednesday's small gain.", '1.0%', '2026-08-19'),
    ).toBe('matches');
    expect(
      verdictOf("The Nasdaq Composite is down 1.5% this week even after Wednesday's small gain.", '1.5%', '2026-08-19'),
    ).toBe('matches');
    expect(
      verdictOf("The Nasdaq Composite is down 3.0% this week even after Wednesday's small gain.", '3.0%', '2026-08-19'),
    ).toBe('differs');
  });
});
