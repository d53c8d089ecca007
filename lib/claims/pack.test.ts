import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from './engine';
import { packClaims, unpackClaims } from './pack';
import type { Claim } from './types';
import { parseHtml } from '../scan/page';
import { collectBlocks, findPublishedDate } from '../dom/collect';
import { loadBundledDatasetFromDisk } from '../scan/load-dataset';
import { denseArticle } from '../../tests/robustness/generate';

let engine: Engine;
let claims: Claim[];

beforeAll(() => {
  engine = createEngine(loadBundledDatasetFromDisk());
  const doc = parseHtml(denseArticle(60_000));
  const blocks = collectBlocks(doc).map((b) => (b.context ? { text: b.text, context: b.context } : b.text));
  claims = engine.analyze(blocks, { published: findPublishedDate(doc) });
});

/** What the page should receive: every field as the engine gave it, the indicator without aliases. */
const expected = (c: Claim): Claim => ({ ...c, indicator: c.indicator ? { ...c.indicator, aliases: [] } : null });

describe('packClaims / unpackClaims', () => {
  it('gives back every claim field for field, matched or not, judged or not', () => {
    expect(claims.filter((c) => c.indicator).length).toBeGreaterThan(100);
    expect(claims.some((c) => !c.indicator)).toBe(true);
    expect(claims.some((c) => c.judgement?.reference)).toBe(true);
    expect(claims.some((c) => c.period)).toBe(true);
    const back = unpackClaims(JSON.parse(JSON.stringify(packClaims(claims))));
    expect(back).toEqual(claims.map(expected));
  });

  it('keeps a revision and a null judgement apart from absent ones', () => {
    const base = claims.find((c) => c.judgement?.current)!;
    const revised: Claim = {
      ...base,
      judgement: { ...base.judgement!, revision: { ...base.judgement!.current!, value: 1.5, note: 'revised' } },
    };
    const unjudged: Claim = {
      ...base,
      indicator: null,
      matchedAlias: null,
      match: null,
      judgement: null,
      period: null,
    };
    const back = unpackClaims(JSON.parse(JSON.stringify(packClaims([revised, unjudged]))));
    expect(back).toEqual([revised, unjudged].map(expected));
  });

  it('sends shared figures, periods and indicators once, and far fewer bytes than plain claims', () => {
    const matched = claims.filter((c) => c.indicator);
    const packed = packClaims(matched);
    expect(packed.indicators.length).toBe(new Set(matched.map((c) => c.indicator!.id)).size);
    expect(packed.indicators.every((i) => i.aliases.length === 0)).toBe(true);
    const plain = JSON.stringify(matched.map(expected)).length;
    const small = JSON.stringify(packed).length;
    expect(small).toBeLessThan(plain / 4);
    // Claims that share an indicator share its object on the page, as they did in the engine.
    const back = unpackClaims(packed);
    const byId = new Map<string, unknown>();
    for (const c of back) {
      const seen = byId.get(c.indicator!.id);
      if (seen) expect(c.indicator).toBe(seen);
      else byId.set(c.indicator!.id, c.indicator);
    }
  });

  it('reads a truncated or empty packet as fewer claims, not as a crash', () => {
    const packed = packClaims(claims.slice(0, 3));
    expect(unpackClaims({ ...packed, strings: [] }).every((c) => c.text === '')).toBe(true);
    expect(unpackClaims({ ...packClaims([]) })).toEqual([]);
  });
});
