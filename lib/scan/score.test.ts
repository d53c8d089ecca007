import { describe, expect, it } from 'vitest';
import { scoreFixture, sumScores, type Labels } from './score';
import type { ScanClaim, ScanResult } from './page';

function scanClaim(text: string, sentence: string, indicator: string | null, value: number): ScanClaim {
  return {
    text,
    sentence,
    value,
    unit: 'percent',
    indicator,
    period: null,
    verdict: 'matches',
    confidence: null,
    reasons: [],
    reference: null,
    current: null,
    source: null,
    checks: [],
  };
}

const labels: Labels = {
  file: 'page.html',
  published: '2025-05-23',
  claims: [
    { text: '$1.13 trillion', anchor: 'Japan held', value: 1.13e12, unit: 'USD', indicator: 'jp.ust_holdings' },
    { text: '2%', anchor: 'S&P 500 rose', value: 2, unit: 'percent', indicator: 'idx.sp500' },
    { text: '2 percent', anchor: 'inflation was', value: 2, unit: 'percent', indicator: 'us.cpi_yoy' },
    { text: '-4.2 bp', anchor: '10-year yield', value: -4.2, unit: 'bp', indicator: 'us.ust_10y_yield' },
    // Not about a catalogue indicator: not counted as labelled.
    { text: '40%', anchor: 'Widget sales', value: 40, unit: 'percent', indicator: null },
  ],
  non_claims: [{ text: '2025', anchor: 'Published May 3', why: 'date' }],
};

const result: ScanResult = {
  source: 'page.html',
  published: '2025-05-23',
  dataset: { version: '2025.6.1', snapshot: '2025-06-01' },
  claims: [
    scanClaim('$1.13 trillion', 'Japan held $1.13 trillion of Treasuries.', 'jp.ust_holdings', 1.13e12),
    // Right indicator and text, wrong sign.
    scanClaim('2%', 'The S&P 500 rose 2% this week.', 'idx.sp500', -2),
    // A labelled non-claim, marked.
    scanClaim('2025', 'Published May 3, 2025 in Tokyo.', 'idx.sp500', 2025),
    // "3.2 percent" does not overlap the labelled "2 percent" at a token edge: a wrong mark, and a miss.
    scanClaim('3.2 percent', 'US inflation was 3.2 percent, while core was 2.9 percent.', 'us.cpi_yoy', 3.2),
    // A bp change reported in percent points counts as the labelled bp value.
    scanClaim('-4.2 bp', 'The 10-year yield moved -4.2 bp.', 'us.ust_10y_yield', -0.042),
  ],
};

describe('scoreFixture', () => {
  it('counts found, values, non-claims and precision by hand', () => {
    const s = scoreFixture(labels, result);
    expect(s).toMatchObject({ labelled: 4, found: 3, marked: 5, right: 3, valuesRight: 2, nonClaimsMarked: 1 });
    expect(s.recall).toBeCloseTo(3 / 4, 12);
    expect(s.precision).toBeCloseTo(3 / 5, 12);
    expect(s.valueAccuracy).toBeCloseTo(2 / 3, 12);
    expect(s.problems).toHaveLength(4);
    expect(s.problems.filter((p) => p.startsWith('missed 2 percent'))).toHaveLength(1);
    expect(s.problems.filter((p) => p.startsWith('value 2%'))).toHaveLength(1);
    expect(s.problems.filter((p) => p.includes('(a labelled non-claim)'))).toHaveLength(1);
  });

  it('a claim for another indicator is not found', () => {
    const other: ScanResult = {
      ...result,
      claims: [scanClaim('$1.13 trillion', 'Japan held $1.13 trillion of Treasuries.', 'cn.ust_holdings', 1.13e12)],
    };
    const s = scoreFixture(labels, other);
    expect(s.found).toBe(0);
    expect(s.precision).toBe(0);
    expect(s.problems[0]).toContain('(got cn.ust_holdings)');
  });

  it('each reported claim is used for one label only', () => {
    const twice: Labels = { ...labels, claims: [labels.claims[0]!, labels.claims[0]!], non_claims: [] };
    const s = scoreFixture(twice, { ...result, claims: [result.claims[0]!] });
    expect(s).toMatchObject({ labelled: 2, found: 1, marked: 1, right: 1 });
  });

  it('empty results give NaN ratios, not zero', () => {
    const s = scoreFixture({ ...labels, claims: [] }, { ...result, claims: [] });
    expect(s.recall).toBeNaN();
    expect(s.precision).toBeNaN();
  });

  it('sumScores adds the counts and recomputes the ratios', () => {
    const a = scoreFixture(labels, result);
    const b = scoreFixture(labels, { ...result, claims: [result.claims[0]!] });
    const t = sumScores([a, b]);
    expect(t).toMatchObject({ labelled: 8, found: 4, marked: 6, right: 4, valuesRight: 3, nonClaimsMarked: 1 });
    expect(t.recall).toBeCloseTo(4 / 8, 12);
    expect(t.precision).toBeCloseTo(4 / 6, 12);
    expect(t.problems).toHaveLength(a.problems.length + b.problems.length);
  });
});

describe('cell-separator', () => {
  it('an anchor read off the page matches a table cell whose sentence joins its headers with " · "', () => {
    const cellLabels: Labels = {
      file: 'table.html',
      published: '2024-05-09',
      claims: [{ text: '105.23', anchor: 'Dollar index 105.23', value: 105.23, unit: 'points', indicator: 'fx.dxy' }],
      non_claims: [],
    };
    const cell = scanClaim('105.23', 'Closing snapshot · Last · Dollar index · 105.23', 'fx.dxy', 105.23);
    const s = scoreFixture(cellLabels, { ...result, source: 'table.html', claims: [cell] });
    expect([s.right, s.marked]).toEqual([1, 1]);
  });
});

describe('tile-anchor', () => {
  const tileLabels: Labels = {
    file: 'tiles.html',
    published: '2025-11-24',
    claims: [
      { text: '9,593.70', anchor: 'FTSE 100 9,593.70', value: 9593.7, unit: 'points', indicator: 'idx.ftse100' },
    ],
    non_claims: [],
  };
  it("a tile's value read alone pairs with a label whose anchor spans the tile's name and value", () => {
    const tile = scanClaim('9,593.70', '9,593.70', 'idx.ftse100', 9593.7);
    const s = scoreFixture(tileLabels, { ...result, source: 'tiles.html', claims: [tile] });
    expect([s.right, s.marked]).toEqual([1, 1]);
  });
  it("a tile's value read alone pairs with a label anchored on the tile's name", () => {
    const named: Labels = { ...tileLabels, claims: [{ ...tileLabels.claims[0]!, anchor: 'FTSE 100' }] };
    const tile = scanClaim('9,593.70', '9,593.70', 'idx.ftse100', 9593.7);
    const s = scoreFixture(named, { ...result, source: 'tiles.html', claims: [tile] });
    expect([s.right, s.marked]).toEqual([1, 1]);
  });
  it("a tile's label takes the tile's own text before a prose figure its anchor also fits", () => {
    const two: Labels = {
      ...tileLabels,
      claims: [
        { text: '−1.12%', anchor: 'Nasdaq', value: -1.12, unit: 'percent', indicator: 'idx.nasdaq_composite' },
        { text: '1.12%', anchor: 'the Nasdaq jumped', value: 1.12, unit: 'percent', indicator: 'idx.nasdaq_composite' },
      ],
    };
    const prose = scanClaim('1.12%', 'And the Nasdaq jumped 1.12%.', 'idx.nasdaq_composite', 1.12);
    const tile = scanClaim('−1.12%', '−1.12%', 'idx.nasdaq_composite', -1.12);
    const s = scoreFixture(two, { ...result, source: 'tiles.html', claims: [prose, tile] });
    expect([s.right, s.valuesRight]).toEqual([2, 2]);
  });
  it('a sentence with more than the figure must hold the anchor', () => {
    const prose = scanClaim('9,593.70', 'The index ended at 9,593.70 on Friday.', 'idx.ftse100', 9593.7);
    const s = scoreFixture(tileLabels, { ...result, source: 'tiles.html', claims: [prose] });
    expect([s.right, s.marked]).toEqual([0, 1]);
  });
});

describe('cell-header-dash', () => {
  it('an anchor with a spaced dash matches a cell whose headers the engine read with the dash as a gap', () => {
    const cellLabels: Labels = {
      file: 'table.html',
      published: '2025-09-18',
      claims: [
        {
          text: '2.00%',
          anchor: 'ECB — deposit facility',
          value: 2,
          unit: 'percent',
          indicator: 'ea.ecb_deposit_rate',
        },
      ],
      non_claims: [],
    };
    const cell = scanClaim(
      '2.00%',
      'Where banks stand · Rate · ECB   deposit facility · 2.00%',
      'ea.ecb_deposit_rate',
      2,
    );
    const s = scoreFixture(cellLabels, { ...result, source: 'table.html', claims: [cell] });
    expect([s.right, s.marked]).toEqual([1, 1]);
  });
});

describe('exact-text-first', () => {
  it("a table cell's label with a short anchor pairs with its own cell, not with the prose figure its anchor also fits", () => {
    const pair: Labels = {
      file: 'pair.html',
      published: '2025-01-29',
      claims: [
        { text: '-0.47%', anchor: 'S&P 500', value: -0.47, unit: 'percent', indicator: 'idx.sp500' },
        { text: '0.47%', anchor: 'The S&P 500 fell 0.47%', value: -0.47, unit: 'percent', indicator: 'idx.sp500' },
      ],
      non_claims: [],
    };
    const prose = scanClaim('0.47%', 'The S&P 500 fell 0.47% on the day.', 'idx.sp500', -0.47);
    const cell = scanClaim('-0.47%', 'Closing snapshot · Day change · S&P 500 · -0.47%', 'idx.sp500', -0.47);
    const s = scoreFixture(pair, { ...result, source: 'pair.html', claims: [prose, cell] });
    expect([s.found, s.right, s.marked]).toEqual([2, 2, 2]);
  });
});

describe('most-pairs', () => {
  it("a table row's short anchor that also fits a prose sentence does not take that sentence's report from its label", () => {
    const labels: Labels = {
      file: 'table.html',
      published: '2024-11-21',
      claims: [
        { text: '4,729.71', anchor: 'Euro Stoxx 50', value: 4729.71, unit: 'points', indicator: 'idx.stoxx50' },
        { text: '4,729.71', anchor: 'Euro Stoxx 50 ends at', value: 4729.71, unit: 'points', indicator: 'idx.stoxx50' },
      ],
      non_claims: [],
    };
    const prose = scanClaim('4,729.71', 'The Euro Stoxx 50 ends at 4,729.71.', 'idx.stoxx50', 4729.71);
    const cell = scanClaim('4,729.71', 'Closing levels · Close · Euro Stoxx 50 · 4,729.71', 'idx.stoxx50', 4729.71);
    const s = scoreFixture(labels, { ...result, source: 'table.html', claims: [prose, cell] });
    expect([s.found, s.right]).toEqual([2, 2]);
  });
  it('a label keeps a free report of its own rather than moving another label off its report', () => {
    const labels: Labels = {
      file: 'two.html',
      published: '2025-10-24',
      claims: [
        { text: '1 basis point', anchor: 'edged up', value: 1, unit: 'bp', indicator: 'us.ust_30y_yield' },
        { text: '1 basis point', anchor: 'yield', value: -1, unit: 'bp', indicator: 'us.ust_30y_yield' },
      ],
      non_claims: [],
    };
    const up = scanClaim('1 basis point', 'The yield edged up 1 basis point.', 'us.ust_30y_yield', 0.01);
    const down = scanClaim('1 basis point', 'The yield fell 1 basis point on the week.', 'us.ust_30y_yield', -0.01);
    const s = scoreFixture(labels, { ...result, source: 'two.html', claims: [up, down] });
    expect([s.found, s.valuesRight]).toEqual([2, 2]);
  });
});

describe('figures-only-tile', () => {
  it("a tile holding a level and its move, and no words, pairs with a label anchored on the tile's name", () => {
    const labels: Labels = {
      file: 'tiles.html',
      published: '2026-06-11',
      claims: [{ text: '24,209.71', anchor: 'DAX', value: 24209.71, unit: 'points', indicator: 'idx.dax' }],
      non_claims: [],
    };
    const tile = scanClaim('24,209.71', '24,209.71 · +0.06%', 'idx.dax', 24209.71);
    expect(scoreFixture(labels, { ...result, source: 'tiles.html', claims: [tile] }).right).toBe(1);
  });
});
