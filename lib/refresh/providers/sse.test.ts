import { describe, expect, it } from 'vitest';
import type { ProviderContext } from '../types';
import { parseSseDayk, SSE_URL, sseProvider } from './sse';

const PLAIN = '{"code":"000001","total":3,"begin":1,"end":3,"kline":[[20260820,3850.123],[20260821,3861.2]]}';

function ctxAt(now: string, text: string): ProviderContext {
  return {
    now: new Date(now),
    get: async (url) => ({ status: 200, url, text, validators: {}, date: null }),
    resolve: (u) => u,
  };
}

describe('SSE day bars', () => {
  it('reads a JSONP-wrapped reply (callback=…) exactly as the plain JSON one', () => {
    expect(parseSseDayk(`jQuery1112_1542185571865(${PLAIN});`)).toEqual(parseSseDayk(PLAIN));
    expect(parseSseDayk(PLAIN)).toEqual([
      ['2026-08-20', 3850.123],
      ['2026-08-21', 3861.2],
    ]);
  });
  it('refuses the bars of another code and bars with more columns than date and close', () => {
    expect(() => parseSseDayk(PLAIN.replace('"000001"', '"600519"'))).toThrow(/not the day bars of index 000001/);
    expect(() => parseSseDayk(PLAIN.replace('[20260820,3850.123]', '[20260820,3801,3850.123]'))).toThrow(
      /not \[date, close\]/,
    );
  });
  it('stores the bar of today only once the Shanghai close is final', async () => {
    const during = await sseProvider.fetch(ctxAt('2026-08-21T05:00:00Z', PLAIN));
    expect(during.observations.map((o) => o.period)).toEqual(['2026-08-20']);
    const after = await sseProvider.fetch(ctxAt('2026-08-21T08:00:00Z', PLAIN));
    expect(after.observations.map((o) => [o.period, o.value])).toEqual([
      ['2026-08-20', 3850.123],
      ['2026-08-21', 3861.2],
    ]);
  });
  it('asks for the last ten bars, date and close only, over https', () => {
    expect(SSE_URL).toMatch(/^https:\/\/yunhq\.sse\.com\.cn:32042\/.*select=date,close&begin=-10&end=-1$/);
  });
});
