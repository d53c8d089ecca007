import { describe, expect, it } from 'vitest';
import { claimsOf } from '../test-engine';

const ids = (blocks: string[], date: string) =>
  claimsOf(blocks, date).map((c) => `${c.text} ${c.indicator?.id ?? '-'}`);

describe('gauge-in-play', () => {
  it('after the PCE index is named, a generic "all-items index" or "headline inflation" is not the CPI', () => {
    const blocks = [
      'Personal consumption expenditures prices rose 3.9% in the year to May, the Commerce Department said.',
      'Headline inflation has run above 3% since March; the all-items index rose 0.4% in May alone.',
    ];
    expect(ids(blocks, '2026-06-26').filter((s) => s.includes('us.cpi'))).toEqual([]);
  });
  it('naming the CPI again hands the generic names back to it', () => {
    const blocks = [
      'The PCE report comes on Friday.',
      'Consumer prices, the CPI report showed, were up 3.0% in the year to April; headline inflation had been 3.3% in March.',
    ];
    expect(ids(blocks, '2026-05-13')).toContain('3.3% us.cpi_yoy');
  });
  it('a page that never names the PCE gauge keeps "headline inflation" as the CPI', () => {
    expect(ids(['Headline inflation was 3.3% in March.'], '2026-05-13')).toContain('3.3% us.cpi_yoy');
  });
});

describe('headline-pce-named', () => {
  it('under a core PCE headline, "It" after a sentence on the PCE price index is not the core measure', () => {
    const blocks = [
      'Core PCE inflation picks up in July',
      'Overall PCE prices firmed 0.2% in July. It was up from 2.3% in April.',
    ];
    expect(ids(blocks, '2025-08-29').filter((s) => s.startsWith('2.3%'))).toEqual(['2.3% -']);
  });
  it('without the headline index named, "It" still carries the core measure', () => {
    const blocks = [
      'Core PCE inflation picks up in July',
      'Spending rose 0.5% on the month. It was up from 2.3% in April.',
    ];
    expect(ids(blocks, '2025-08-29').filter((s) => s.startsWith('2.3%'))).toEqual(['2.3% us.core_pce_yoy']);
  });
});

describe('fed-preferred-gauge', () => {
  it('"core inflation", with the Fed\'s preferred gauge named in the sentence, is not the core CPI', () => {
    const s = "By the Fed's preferred gauge, core inflation held at 2.9% in July.";
    expect(claimsOf(s, '2025-08-29').find((c) => c.text === '2.9%')?.indicator?.id).not.toBe('us.core_cpi_yoy');
  });
  it('without it, "core inflation" stays the core CPI', () => {
    const s = 'Core inflation quickened to 3.1% in July, the Labor Department said on Tuesday.';
    expect(claimsOf(s, '2025-08-12').find((c) => c.text === '3.1%')?.indicator?.id).toBe('us.core_cpi_yoy');
  });
});
