import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../../tests/helpers/mini-dataset';
import { createEngine, type Engine } from '../../claims/engine';
import type { Dataset } from '../schema';
import { canaryProblem, canarySentences, MIN_CANARIES } from './canary';

describe('rule: a dataset is installed only if an engine built from it finds claims in sentences written from its own figures', () => {
  it('writes one sentence per category from that category’s best-covered indicator and its latest figure', () => {
    const ds = miniDataset();
    const canaries = canarySentences(ds);
    const categories = new Set(
      ds.indicators.filter((i) => ds.observations.some((o) => o.indicator === i.id)).map((i) => i.category),
    );
    expect(canaries.map((c) => c.category).sort()).toEqual([...categories].sort());
    const fx = canaries.find((c) => c.category === 'fx')!;
    expect(fx.text).toMatch(/^The .+ stood at [\d,.]+\.$/);
    expect(ds.observations.some((o) => o.indicator === fx.indicator && o.value === fx.value)).toBe(true);
  });

  it('passes a working dataset', () => {
    const ds = miniDataset();
    expect(canaryProblem(ds, createEngine(ds))).toBeNull();
  });

  it('refuses a valid dataset whose names the engine cannot read', () => {
    const ds: Dataset = { ...miniDataset() };
    ds.indicators = ds.indicators.map((i) => ({ ...i, name: '—', aliases: [] }));
    expect(canaryProblem(ds, createEngine(ds))).toMatch(
      /^a test engine built from it found no claim in 5 of 5 test sentences/,
    );
  });

  it('refuses when the engine throws or finds the wrong indicator', () => {
    const ds = miniDataset();
    const throwing = {
      analyze: () => {
        throw new Error('boom');
      },
    } as unknown as Engine;
    expect(canaryProblem(ds, throwing)).toMatch(/no claim in 5 of 5/);
    const real = createEngine(ds);
    const wrong = {
      analyze: (b: never, o: never) => real.analyze(b, o).map((c) => ({ ...c, indicator: ds.indicators[0] })),
    } as unknown as Engine;
    expect(canaryProblem(ds, wrong)).toMatch(/no claim in 4 of 5/);
  });

  it(`refuses a dataset with figures in fewer than ${MIN_CANARIES} categories`, () => {
    const ds = miniDataset();
    const keep = new Set(ds.indicators.filter((i) => i.category === 'fx' || i.category === 'indices').map((i) => i.id));
    ds.observations = ds.observations.filter((o) => keep.has(o.indicator));
    ds.series = ds.series.filter((s) => keep.has(s.indicator));
    expect(canaryProblem(ds, createEngine(ds))).toMatch(/only 2 categories have a figure/);
  });
});

describe('canary-quote-decimals', () => {
  it('a whole-number exchange rate is written with its decimals, which the engine reads as the rate', () => {
    const ds = miniDataset();
    const fx = canarySentences(ds).find((c) => c.category === 'fx')!;
    const whole = {
      ...ds,
      observations: ds.observations.map((o) => (o.indicator === fx.indicator ? { ...o, value: 7 } : o)),
    };
    const canary = canarySentences(whole).find((c) => c.category === 'fx')!;
    expect(canary.text).toMatch(/stood at 7\.00\.$/);
    expect(canaryProblem(whole, createEngine(whole))).toBeNull();
  });
});
