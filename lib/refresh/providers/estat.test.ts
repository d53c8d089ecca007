import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../fetch';
import type { ProviderContext } from '../types';
import { ESTAT_SERIES, estatPeriodDate, estatProvider, estatUrl, parseEstatJson } from './estat';
import { shapeSeries } from './shape';

const GDP = { code: '0705020501000040000', cycle: '2', adjustment: '2' } as const;
const CPI = { code: '0703010601010030010', cycle: '1', adjustment: '1' } as const;

type Row = Record<string, string>;
const row = (time: string, value: string, extra: Row = {}): Row => ({
  '@indicator': GDP.code,
  '@regionCode': '00000',
  '@time': time,
  '@cycle': '2',
  '@regionRank': '2',
  '@isSeasonal': '2',
  '@isProvisional': '0',
  $: value,
  ...extra,
});
const reply = (objs: unknown, result: Row = { status: '0', errorMsg: 'Success.' }) =>
  JSON.stringify({ GET_STATS: { RESULT: result, STATISTICAL_DATA: { DATA_INF: { DATA_OBJ: objs } } } });

describe('estatPeriodDate', () => {
  it('reads months as YYYYMM00 and quarters as YYYYnQ00', () => {
    expect(estatPeriodDate('20260300', '1')).toBe('2026-03-01');
    expect(estatPeriodDate('20261Q00', '2')).toBe('2026-01-01');
    expect(estatPeriodDate('20254Q00', '2')).toBe('2025-10-01');
  });
  it('refuses other period codes for the cycle asked', () => {
    expect(estatPeriodDate('20261300', '1')).toBeNull();
    expect(estatPeriodDate('2025CY00', '1')).toBeNull();
    expect(estatPeriodDate('20260300', '2')).toBeNull();
    expect(estatPeriodDate('20265Q00', '2')).toBeNull();
  });
});

describe('parseEstatJson', () => {
  it('reads the nationwide rows of the asked cycle and adjustment, oldest first', () => {
    const text = reply([
      { VALUE: row('20261Q00', '0.5') },
      { VALUE: row('20254Q00', '0.2') },
      { VALUE: row('20261Q00', '1.1', { '@isSeasonal': '1' }) },
      { VALUE: row('20261Q00', '9.9', { '@regionCode': '13000' }) },
    ]);
    expect(parseEstatJson(text, GDP)).toEqual([
      ['2025-10-01', 0.2],
      ['2026-01-01', 0.5],
    ]);
  });

  it('reads a one-value reply, where DATA_OBJ is a bare object', () => {
    expect(parseEstatJson(reply({ VALUE: row('20261Q00', '-0.6') }), GDP)).toEqual([['2026-01-01', -0.6]]);
  });

  it('reads the older capitalised result keys', () => {
    const text = reply([{ VALUE: row('20261Q00', '0.5') }], { STATUS: '0', ERROR_MSG: 'ok' });
    expect(parseEstatJson(text, GDP)).toEqual([['2026-01-01', 0.5]]);
  });

  it('reads a no-data status as no values, and says so for an error status', () => {
    const noData = JSON.stringify({ GET_STATS: { RESULT: { status: '1', errorMsg: 'No data' } } });
    expect(parseEstatJson(noData, GDP)).toEqual([]);
    expect(() => parseEstatJson(reply(undefined, { status: '100', errorMsg: 'Bad code' }), GDP)).toThrow(
      /e-Stat: status 100 for 0705020501000040000 \(Bad code\)/,
    );
    // "No data" that nevertheless carries data is not trusted either way.
    expect(() => parseEstatJson(reply([{ VALUE: row('20261Q00', '0.5') }], { status: '1' }), GDP)).toThrow(/status 1/);
  });

  it('says so when a bad parameter brings an HTML page instead of JSON', () => {
    expect(() => parseEstatJson('<!DOCTYPE html><html><body>Error</body></html>', CPI)).toThrow(
      /e-Stat: the reply for 0703010601010030010 is not JSON/,
    );
  });

  it('refuses a reply for another indicator than the one asked for', () => {
    expect(() => parseEstatJson(reply([{ VALUE: row('20261Q00', '0.5') }]), CPI)).toThrow(
      /asked for 0703010601010030010, got 0705020501000040000/,
    );
  });

  it('refuses a period it cannot read and a value that is not a number', () => {
    expect(() => parseEstatJson(reply([{ VALUE: row('2026Q1', '0.5') }]), GDP)).toThrow(/"2026Q1" .* is not a period/);
    expect(() => parseEstatJson(reply([{ VALUE: row('20261Q00', 'x0.5') }]), GDP)).toThrow(/is not a number/);
  });

  it('reads a reply with no nationwide rows as no values', () => {
    expect(parseEstatJson(reply([{ VALUE: row('20261Q00', '1', { '@regionCode': '13100' }) }]), GDP)).toEqual([]);
  });
});

describe('estatProvider', () => {
  const NO_DATA = JSON.stringify({ GET_STATS: { RESULT: { status: '1', errorMsg: 'No data' } } });
  const cpiRow = (code: string, time: string, v: string) => ({
    VALUE: { ...row(time, v), '@indicator': code, '@cycle': '1', '@isSeasonal': '1' },
  });
  const gdpReply = (code: string) => reply([{ VALUE: row('20261Q00', '0.5', { '@indicator': code }) }]);
  /** Answers each Dashboard request from `byCode`, and records the codes asked. */
  function ctxFor(byCode: Record<string, string>) {
    const asked: string[] = [];
    const ctx: ProviderContext = {
      now: new Date('2026-08-24T12:00:00Z'),
      resolve: (u) => u,
      get: async (url) => {
        const code = /IndicatorCode=(\d+)/.exec(url)![1]!;
        asked.push(code);
        return { status: 200, url, text: byCode[code] ?? NO_DATA, validators: {}, date: null } as FetchResult;
      },
    };
    return { ctx, asked };
  }

  it('reads core CPI from the previous base when the current base has no data, and says which base', async () => {
    const { ctx, asked } = ctxFor({
      '0703010501010030010': reply([cpiRow('0703010501010030010', '20260300', '1.8')]),
      '0705020501000040000': gdpReply('0705020501000040000'),
      '0705020501000060000': gdpReply('0705020501000060000'),
    });
    const out = await estatProvider.fetch(ctx);
    const cpi = out.observations.find((o) => o.indicator === 'jp.core_cpi_yoy')!;
    expect([cpi.period, cpi.value]).toEqual(['2026-03', 1.8]);
    expect(cpi.note).toMatch(/2020-base series/);
    expect(asked.slice(0, 2)).toEqual(['0703010601010030010', '0703010501010030010']);
  });

  it('does not ask the previous base when the current base answers', async () => {
    const { ctx, asked } = ctxFor({
      '0703010601010030010': reply([cpiRow('0703010601010030010', '20260900', '2.9')]),
      '0705020501000040000': gdpReply('0705020501000040000'),
      '0705020501000060000': gdpReply('0705020501000060000'),
    });
    const out = await estatProvider.fetch(ctx);
    expect(out.observations.find((o) => o.indicator === 'jp.core_cpi_yoy')?.note).toMatch(/2025-base series/);
    expect(asked).not.toContain('0703010501010030010');
  });

  it('fails with a readable error when no code of a series has data', async () => {
    const { ctx } = ctxFor({
      '0705020501000040000': gdpReply('0705020501000040000'),
      '0705020501000060000': gdpReply('0705020501000060000'),
    });
    await expect(estatProvider.fetch(ctx)).rejects.toThrow(
      /e-Stat: the reply for 0703010601010030010 or 0703010501010030010 has no nationwide values/,
    );
  });
});

describe('estat series', () => {
  it('asks each series for the nationwide figures with its cycle and adjustment, and no TimeFrom', () => {
    const urls = ESTAT_SERIES.map(estatUrl);
    expect(urls[0]).toBe(
      'https://dashboard.e-stat.go.jp/api/1.0/Json/getData?Lang=EN&IndicatorCode=0703010601010030010&RegionCode=00000&Cycle=1&IsSeasonalAdjustment=1',
    );
    for (const u of urls) expect(u).not.toMatch(/TimeFrom/);
  });

  it('keeps published figures as they are and names the publisher, with the Dashboard as via', () => {
    const cpi = ESTAT_SERIES.find((s) => s.indicator === 'jp.core_cpi_yoy')!;
    const out = shapeSeries(
      'e-Stat',
      cpi,
      [
        ['2026-02-01', 1.6],
        ['2026-03-01', 1.8],
      ],
      '2026-08-24',
    );
    expect(out.map((o) => [o.period, o.value])).toEqual([
      ['2026-02', 1.6],
      ['2026-03', 1.8],
    ]);
    expect(out[0]!.source.url).toBe('https://www.stat.go.jp/english/data/cpi/index.html');
    expect(out[0]!.source.via).toBe('https://dashboard.e-stat.go.jp/en/');
  });
});
