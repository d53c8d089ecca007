import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../schema';
import { allowedBand, figureProblem, heldRanges, implausibleProblem, MAX_ABS_VALUE, RATIO_MARGIN } from './plausible';

// A trimmed copy of the bundled dataset (FX, Treasury yields, crypto), as the refresh tests hold it.
const held: Dataset = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../tests/refresh/payloads/held-dataset.json', import.meta.url)), 'utf8'),
);
const TEN_Y = 'us.ust_10y_yield';

function withValue(id: string, value: number): Dataset {
  const d = structuredClone(held);
  const o = d.observations.find((x) => x.indicator === id)!;
  o.value = value;
  return d;
}

describe('rule: a downloaded dataset stays near the history of the dataset held', () => {
  it('passes the held figures themselves and an ordinary move', () => {
    expect(implausibleProblem(structuredClone(held), held)).toBeNull();
    const r = heldRanges(held).get(TEN_Y)!;
    expect(implausibleProblem(withValue(TEN_Y, r.hi + 0.75), held)).toBeNull();
  });

  it('refuses a 0.00% ten-year yield next to a held range of about 4%', () => {
    const why = implausibleProblem(withValue(TEN_Y, 0), held);
    expect(why).toMatch(/^implausible figures: us\.ust_10y_yield .*: 0 is far outside its held range/);
  });

  it('refuses 1e300 whatever the history', () => {
    expect(implausibleProblem(withValue('fx.usdjpy', 1e300), held)).toMatch(/1\.00e\+300 is beyond any figure/);
    expect(implausibleProblem(withValue('fx.usdjpy', 1e300), null)).toMatch(/beyond any figure/);
    expect(figureProblem('USD', undefined, MAX_ABS_VALUE * 10)).not.toBeNull();
  });

  it('refuses an all-zero dataset, naming three figures and counting the rest', () => {
    const d = structuredClone(held);
    for (const o of d.observations) o.value = 0;
    for (const s of d.series) s.points = s.points.map(([day]) => [day, 0] as [string, number]);
    const why = implausibleProblem(d, held)!;
    expect(why.split('; ')).toHaveLength(3);
    expect(why).toMatch(/and \d+ more$/);
  });

  it('refuses a price jump far outside its history (the yen at 1.45)', () => {
    expect(implausibleProblem(withValue('fx.usdjpy', 1.45), held)).toMatch(/fx\.usdjpy .*1\.45 is far outside/);
  });

  it('names its weights: positive levels within a factor of the held low and high', () => {
    expect(allowedBand('USD', { lo: 100, hi: 200 })).toEqual({ lo: 100 / RATIO_MARGIN, hi: 200 * RATIO_MARGIN });
    // Percent: at least 1.5 points, half the level, or the range's width beyond it.
    expect(allowedBand('percent', { lo: 3.6, hi: 5 })).toEqual({ lo: 3.6 - 2.5, hi: 5 + 2.5 });
    expect(allowedBand('percent', { lo: 0.25, hi: 5.5 })).toEqual({ lo: 0.25 - 5.25, hi: 5.5 + 5.25 });
    // Signed counts (payroll changes) get twice the range's width or magnitude.
    expect(allowedBand('jobs', { lo: -100, hi: 300 })).toEqual({ lo: -900, hi: 1100 });
  });

  it('checks an indicator the held dataset lacks only against the absolute bound', () => {
    expect(figureProblem('percent', undefined, 80)).toBeNull();
  });
});
