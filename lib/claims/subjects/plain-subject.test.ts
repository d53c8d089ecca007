import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

describe('plain-subject: "it" after a sentence without figures points to its fullest name', () => {
  it('"the 10-year Treasury yield" is not the German 10-year yield', () => {
    const blocks = ['How did the 10-year Treasury yield finish?', 'It closed on Wednesday at 4.15%.'];
    const c = claimsOf(blocks, '2024-03-13').find((x) => x.text === '4.15%');
    expect(c?.indicator?.id).toBe('us.ust_10y_yield');
  });
});

describe('it-after-plain: "it" may point to a sentence without figures', () => {
  it('"The Nikkei 225 climbed. It ended at ..." is the Nikkei', () => {
    const c = claimsOf(['The Nikkei 225 climbed. It ended at 38,807.38.'], '2024-03-14').find(
      (x) => x.text === '38,807.38',
    );
    expect(c?.indicator?.id).toBe('idx.nikkei225');
  });
});

describe('plain-subject: the last noun phrase', () => {
  it('"What is Japan’s core inflation rate? It was 3.1%" is Japan’s core CPI, not a policy rate', () => {
    const claims = claimsOf(['What is Japan’s core inflation rate?', 'It was 2.7% in August.'], '2025-09-19');
    expect(claims.find((c) => c.text === '2.7%')?.indicator?.id).toBe('jp.core_cpi_yoy');
  });
});

describe('whole-name-first', () => {
  it('a caption "Benchmark 10-year JGB yield, %." names the JGB yield, not the U.S. "benchmark 10-year yield"', () => {
    const blocks = [
      'Tokyo shares slipped on Monday.',
      'Benchmark 10-year JGB yield, %. The yield has climbed back from 1.15% on April 7.',
    ];
    expect(claimsOf(blocks, '2025-05-19').find((c) => c.text === '1.15%')?.indicator?.id).toBe('jp.jgb_10y_yield');
  });
});
