import { describe, expect, it } from 'vitest';
import { fetchWithLimits } from './fetch';

/** "終値,TOPIX" in Shift_JIS: 終 = 8F 49, 値 = 92 6C, then ASCII. */
const SJIS = Uint8Array.from([0x8f, 0x49, 0x92, 0x6c, 0x2c, 0x54, 0x4f, 0x50, 0x49, 0x58]);
const serve = (bytes: Uint8Array<ArrayBuffer>) =>
  (async () => new Response(bytes, { status: 200 })) as unknown as typeof fetch;

describe('fetchWithLimits body encoding', () => {
  it('reads a Shift_JIS body when asked to', async () => {
    const res = await fetchWithLimits('https://www.jpx.co.jp/a.csv', { encoding: 'shift_jis', fetchImpl: serve(SJIS) });
    expect(res.status === 200 && res.text).toBe('終値,TOPIX');
  });
  it('refuses the same bytes as UTF-8, the default, saying so', async () => {
    await expect(fetchWithLimits('https://www.jpx.co.jp/a.csv', { fetchImpl: serve(SJIS) })).rejects.toThrow(
      /www\.jpx\.co\.jp sent a body that is not UTF-8 text/,
    );
  });
  it('refuses bytes that are not Shift_JIS either', async () => {
    const bad = Uint8Array.from([0x81, 0x20]);
    await expect(
      fetchWithLimits('https://www.jpx.co.jp/a.csv', { encoding: 'shift_jis', fetchImpl: serve(bad) }),
    ).rejects.toThrow(/not Shift_JIS text/);
  });
});
