import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../engine';
import { loadBundledDatasetFromDisk } from '../../scan/load-dataset';

let engine: Engine;
beforeAll(() => {
  engine = createEngine(loadBundledDatasetFromDisk());
});

const HEADLINE = 'JGB yield crosses 2% for the first time since 1999';

describe('link-only-block', () => {
  it("a link to another story is that story's headline: its figure is reported bare, never matched", () => {
    const [claim] = engine.analyze([{ text: HEADLINE, link: true }], { published: '2026-01-06' });
    expect(claim?.text).toBe('2%');
    expect(claim?.indicator).toBeNull();
  });

  it('the same words as running text are still read', () => {
    const claims = engine.analyze([HEADLINE], { published: '2026-01-06' });
    expect(claims.find((c) => c.text === '2%')?.indicator?.id).toBe('jp.jgb_10y_yield');
  });
});
