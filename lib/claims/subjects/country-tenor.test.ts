import { describe, expect, it } from 'vitest';
import { idsOf } from '../test-engine';
import { countryOfTenor } from './country-tenor';

describe('country-tenor: the country word before a tenor decides whose yield', () => {
  it('"Japan\'s 10-year yield, at 2.41%" is the JGB, not the Treasury', () => {
    const ids = idsOf("A strategist at the bank notes that Japan's 10-year yield, at 2.41%, is near its highs.");
    expect(ids['2.41%']).toBe('jp.jgb_10y_yield');
  });

  it('"the Japanese 10-year was around 2.1%" after the Bund is Japan\'s', () => {
    const ids = idsOf("Germany's 10-year Bund yield was near 2.85% and the Japanese 10-year was around 2.1% early on.");
    expect(ids['2.85%']).toBe('de.bund_10y_yield');
    expect(ids['2.1%']).toBe('jp.jgb_10y_yield');
  });

  it('reads the country and tenor, and nothing from other words', () => {
    expect(countryOfTenor("that Japan's 10-year yield, at ")).toEqual({ country: 'japan', years: 10 });
    expect(countryOfTenor('the benchmark 10-year yield rose to ')).toBeNull();
  });

  it('bond-market-lead: "Japanese government bonds sold off modestly: the 10-year yield rose ..." is the JGB', () => {
    const ids = idsOf(
      'Japanese government bonds sold off modestly: the 10-year yield rose 2.3 basis points to 2.26%.',
      '2026-02-03',
    );
    expect(ids['2.3 basis points']).toBe('jp.jgb_10y_yield');
    expect(ids['2.26%']).toBe('jp.jgb_10y_yield');
  });

  it("bond-market-lead adds the yield when another country's alias was dropped (a page about Japan)", () => {
    const ids = idsOf(
      'The yen weakened to around 155.6 per dollar. Japanese government bonds sold off modestly: the 10-year yield rose 2.3 basis points to 2.26%.',
      '2026-02-03',
    );
    expect(ids['2.26%']).toBe('jp.jgb_10y_yield');
  });

  it('tenor-country-carried: "Germany\'s 10-year ... Meanwhile, the 30-year yield remained stable at 3.49%" is not the U.S. 30-year', () => {
    const ids = idsOf(
      "Germany's 10-year government bond yield, serving as the euro zone's benchmark, edged up to 2.89% as output grew. Meanwhile, the 30-year yield remained stable at 3.49%, primed for a 7 basis point weekly climb.",
      '2026-01-23',
    );
    expect(ids['3.49%'] ?? '-').toBe('-');
    expect(ids['7 basis point'] ?? '-').toBe('-');
    // A sentence before about another market carries nothing.
    expect(idsOf('The S&P 500 rose 1%. The 30-year yield rose to 4.8%.', '2026-01-23')['4.8%']).toBe(
      'us.ust_30y_yield',
    );
  });
});

describe('benchmark-between', () => {
  it('"Japan\'s benchmark 10-year yield" is the JGB yield', () => {
    expect(idsOf(["Japan's benchmark 10-year yield rose to 2.645% on Wednesday."], '2026-06-03')['2.645%']).toBe(
      'jp.jgb_10y_yield',
    );
  });
});

describe('bond-market-label', () => {
  it('a "JGBs." label before the paragraph makes its bare 10-year yield Japan\'s', () => {
    expect(idsOf(['JGBs. The benchmark 10-year yield rose to 2.645% on Wednesday.'], '2026-06-03')['2.645%']).toBe(
      'jp.jgb_10y_yield',
    );
  });
});

describe('country-bond-yield', () => {
  // Stored JGB 10-year, 2024-05-20: 0.975%.
  it("a short paragraph naming Japan's bond yield makes the next paragraph's bare 10-year yield Japan's", () => {
    const blocks = [
      "Japan's government bond yield touched a ten-year peak.",
      'The 10-year yield rose to 0.975% on Monday.',
    ];
    expect(idsOf(blocks, '2024-05-20')['0.975%']).toBe('jp.jgb_10y_yield');
  });
  it('the country adjective does the same: "Japanese bond yields" in the sentence before', () => {
    const sentences = [
      'The yen weakened against the dollar while Japanese bond yields kept rising.',
      'The ten-year yield climbed to 0.975%.',
    ];
    expect(idsOf(sentences.join(' '), '2024-05-20')['0.975%']).toBe('jp.jgb_10y_yield');
  });
});
