import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';
import { claimsOf } from '../test-engine';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadBundledDatasetFromDisk());
});

const HEADLINE = 'JGB yield climbs to 2.1% for the first time since 1999';

describe('link-only-block', () => {
  it("a link to another story is that story's headline: its figure is reported bare, never matched", () => {
    const [claim] = engine.analyze([{ text: HEADLINE, link: true }], { published: '2026-01-06' });
    expect(claim?.text).toBe('2.1%');
    expect(claim?.indicator).toBeNull();
  });

  it('the same words as running text are still read', () => {
    const claims = engine.analyze([HEADLINE], { published: '2026-01-06' });
    expect(claims.find((c) => c.text === '2.1%')?.indicator?.id).toBe('jp.jgb_10y_yield');
  });
});

describe('heading-subject', () => {
  it('"USD/JPY" as a heading, then "The pair finished Thursday at 157.58": the pair is the heading\'s', () => {
    const claims = engine.analyze(['USD/JPY', 'The pair finished Thursday at 157.58.'], { published: '2026-03-06' });
    expect(claims.find((c) => c.text === '157.58')?.indicator?.id).toBe('fx.usdjpy');
  });
  it('a long block without figures is not taken as a heading', () => {
    const long = `USD/JPY ${'and more words about the day '.repeat(4)}`;
    const claims = engine.analyze([long, 'The pair finished Thursday at 157.58.'], { published: '2026-03-06' });
    expect(claims.find((c) => c.text === '157.58')?.indicator?.id ?? null).toBeNull();
  });
});

describe('percent-column-first', () => {
  it('a bare figure under "Chg %" in a row labelled with a price unit is a percent move', () => {
    // Stored LBMA gold: 2,360.60 on 2024-06-06, 2,310.80 on 2024-06-07 (-2.11%).
    const [c] = claimsOf([{ context: 'Markets, Friday · Chg % · Gold, LBMA PM ($/oz)', text: '-2.11' }], '2024-06-07');
    expect(c?.unit).toBe('percent');
    expect(c?.judgement?.verdict).toBe('matches');
  });
});
