import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Dataset } from '../../lib/dataset/schema';
import { checkFetchUrl, fetchWithLimits } from '../../lib/refresh/fetch';
import { ecbObservations, parseEcbDaily } from '../../lib/refresh/providers/ecb';
import { parseTreasuryXml, treasuryMonthUrl, treasuryProvider } from '../../lib/refresh/providers/treasury';
import { parseCoinbaseSpot, quoteTime } from '../../lib/refresh/providers/crypto';
import { mergeObservations, nextVersion } from '../../lib/refresh/merge';
import { originPattern, resolveSourceUrl } from '../../lib/refresh/config';
import { PROVIDER_ORIGINS, requiredOrigins } from '../../lib/refresh/sources';
import { NEWS_SITE_MATCHES } from '../../lib/sites';
import { PROVIDERS } from '../../lib/refresh/providers';
import { PROVIDER_IDS } from '../../lib/refresh/types';
import {
  ALL_PROVIDERS,
  DEFAULT_REFRESH_SETTINGS,
  PERIOD_MINUTES,
  refreshSettings,
  refreshStatus,
} from '../../lib/refresh/settings';
import { REFRESH_ALARM, onRefreshAlarm, syncRefreshAlarm } from '../../lib/refresh/schedule';
import type { ProviderObservation } from '../../lib/refresh/types';
import { payload } from './server';

const held: Dataset = JSON.parse(payload('held-dataset.json'));

describe('ECB adapter', () => {
  it('reads the daily file and derives the dollar crosses', () => {
    const day = parseEcbDaily(payload('ecb-eurofxref-daily-2024-06-28.xml'));
    expect(day.date).toBe('2024-06-28');
    expect(Object.keys(day.rates)).toHaveLength(30);
    expect(day.rates.GBP).toBe(0.84638);
    const obs = ecbObservations(day);
    const by = Object.fromEntries(obs.map((o) => [o.indicator, o]));
    expect(by['fx.eurusd'].value).toBe(1.0705);
    expect(by['fx.eurusd'].note).toBeUndefined();
    expect(by['fx.gbpusd'].value).toBe(1.2648); // 1.0705 / 0.84638
    expect(by['fx.usdcny'].value).toBe(7.2628); // 7.7748 / 1.0705
    expect(obs.every((o) => o.source.url.startsWith('https://'))).toBe(true);
  });
  it('refuses other documents and files without USD', () => {
    expect(() => parseEcbDaily('{"rates":{}}')).toThrow(/not an ECB reference-rate file/);
    const noUsd = payload('ecb-eurofxref-daily-2024-06-28.xml').replace(/<Cube currency='USD'[^>]*>/, '');
    expect(() => ecbObservations(parseEcbDaily(noUsd))).toThrow(/no USD rate/);
    const bad = payload('ecb-eurofxref-daily-2024-06-28.xml').replace("rate='171.94'", "rate='NaN'");
    expect(() => parseEcbDaily(bad)).toThrow(/JPY is not a positive number/);
  });
});

describe('Treasury adapter', () => {
  it('reads every day of the month feed', () => {
    const days = parseTreasuryXml(payload('treasury-par-yield-2025-03.xml'));
    expect(days.map((d) => d.date)).toEqual(['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07']);
    expect(days[0].yields).toEqual({ BC_2YEAR: 3.96, BC_10YEAR: 4.16 });
  });
  it('skips maturities published as null and rejects garbage', () => {
    const xml = payload('treasury-par-yield-2025-03.xml');
    const nulled = xml.replace(/<d:BC_2YEAR [^>]*>3\.96<\/d:BC_2YEAR>/, '<d:BC_2YEAR m:null="true"></d:BC_2YEAR>');
    expect(parseTreasuryXml(nulled)[0].yields).toEqual({ BC_10YEAR: 4.16 });
    expect(() => parseTreasuryXml(xml.replace('>4.16<', '>n/a<'))).toThrow(/BC_10YEAR on 2025-03-03 is not a number/);
    expect(() => parseTreasuryXml('<html>blocked</html>')).toThrow(/not the daily par yield curve feed/);
  });
  it('asks for last month too in the first week of a month', () => {
    expect(treasuryProvider.urls(new Date('2025-03-03T12:00:00Z'))).toEqual([
      treasuryMonthUrl(2025, 3),
      treasuryMonthUrl(2025, 2),
    ]);
    expect(treasuryProvider.urls(new Date('2025-01-05T12:00:00Z'))[1]).toMatch(/value_month=202412$/);
    expect(treasuryProvider.urls(new Date('2025-03-10T12:00:00Z'))).toHaveLength(1);
  });
});

describe('Coinbase adapter', () => {
  it('reads the spot price and checks the pair', () => {
    expect(parseCoinbaseSpot(payload('coinbase-spot-BTC-USD.json'), 'BTC')).toBe(47154.45);
    expect(() => parseCoinbaseSpot(payload('coinbase-spot-ETH-USD.json'), 'BTC')).toThrow(
      /expected BTC-USD, got ETH-USD/,
    );
    expect(() => parseCoinbaseSpot('{"errors":[{"id":"not_found"}]}', 'BTC')).toThrow(/no data.amount/);
    expect(() => parseCoinbaseSpot('{"data":{"amount":"-1","base":"BTC","currency":"USD"}}', 'BTC')).toThrow(
      /positive/,
    );
  });
  it('dates the quote by the Date header', () => {
    const now = new Date('2025-03-10T12:00:00Z');
    expect(quoteTime('Fri, 09 Feb 2024 18:30:00 GMT', now).toISOString()).toBe('2024-02-09T18:30:00.000Z');
    expect(quoteTime(null, now)).toBe(now);
  });
});

describe('merge', () => {
  const obs = (p: Partial<ProviderObservation>): ProviderObservation => ({
    indicator: 'fx.eurusd',
    period: '2026-04-14',
    value: 1.17,
    unit: 'USD per EUR',
    as_of: '2026-04-14',
    source: { name: 'ECB', url: 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml' },
    ...p,
  });

  it('versions: today.1, or one past a held version dated today or later', () => {
    expect(nextVersion('2026-09-01', '2026.8.21')).toBe('2026.9.1.1');
    expect(nextVersion('2026-09-01', '2026.9.1.1')).toBe('2026.9.1.2');
    expect(nextVersion('2026-08-01', '2026.8.21')).toBe('2026.8.21.1');
  });
  it('adds, replaces and ignores as it should, never touching its input', () => {
    const before = JSON.stringify(held);
    const a = mergeObservations(held, [obs({})], '2026-09-01');
    expect(a.added).toBe(1);
    expect(a.dataset.version).toBe('2026.9.1.1');
    expect(a.dataset.snapshot).toBe('2026-08-21');
    expect(JSON.stringify(held)).toBe(before);
    const again = mergeObservations(a.dataset, [obs({})], '2026-09-01');
    expect(again.added + again.replaced).toBe(0);
    expect(again.dataset).toBe(a.dataset);
    const corrected = mergeObservations(a.dataset, [obs({ value: 1.171 })], '2026-09-01');
    expect(corrected.replaced).toBe(1);
    expect(
      corrected.dataset.observations.filter((o) => o.indicator === 'fx.eurusd' && o.period === '2026-04-14'),
    ).toHaveLength(1);
  });
  it('rejects unknown indicators, wrong units and implausible jumps', () => {
    const r = mergeObservations(
      held,
      [
        obs({ indicator: 'fx.usdchf' }),
        obs({ unit: 'JPY per USD' }),
        obs({ value: 11.7 }),
        obs({ indicator: 'us.ust_10y_yield', unit: 'percent', value: 14.3 }),
      ],
      '2026-09-01',
    );
    expect(r.added).toBe(0);
    expect(r.rejected.join('\n')).toMatch(/fx\.usdchf.*not in the dataset/);
    expect(r.rejected.join('\n')).toMatch(/unit JPY per USD differs/);
    expect(r.rejected.join('\n')).toMatch(/implausible: 11\.7 against 1\.1684/);
    expect(r.rejected.join('\n')).toMatch(/implausible: 14\.3%/);
  });
});

describe('fetch guards and permissions', () => {
  it('fetches https only, http just for loopback when allowed', async () => {
    expect(() => checkFetchUrl('http://example.com/x.json', true)).toThrow(/is not https/);
    expect(() => checkFetchUrl('http://127.0.0.1:9/x.json')).toThrow(/is not https/);
    expect(checkFetchUrl('http://127.0.0.1:9/x.json', true).port).toBe('9');
    expect(() => checkFetchUrl('file:///etc/passwd', true)).toThrow(/not https/);
    await expect(fetchWithLimits('http://example.com/')).rejects.toThrow(/not https/);
  });
  it('asks for one pattern per host, and only for the chosen sources', () => {
    const now = new Date('2025-03-10T00:00:00Z');
    const off = Object.fromEntries(Object.keys(ALL_PROVIDERS).map((id) => [id, false])) as typeof ALL_PROVIDERS;
    const s = {
      ...DEFAULT_REFRESH_SETTINGS,
      enabled: true,
      datasetUrl: '',
      providers: { ...off, ecb: true, treasury: true, coinbase: true },
    };
    expect(requiredOrigins(s, now, '')).toEqual([
      'https://www.ecb.europa.eu/*',
      'https://home.treasury.gov/*',
      'https://api.coinbase.com/*',
    ]);
    // The defaults: the published dataset's host and every provider's, each listed as an optional permission.
    const all = requiredOrigins({ ...DEFAULT_REFRESH_SETTINGS, enabled: true }, now, '');
    // One pattern per distinct provider host, plus the published dataset's host (counted, not
    // hard-coded, so adding a provider on a new host does not need this line edited).
    const hosts = new Set(PROVIDER_IDS.flatMap((id) => PROVIDERS[id].urls(now).map(originPattern)));
    expect(all).toHaveLength(hosts.size + 1);
    expect(all).toContain('https://dashboard.e-stat.go.jp/*');
    // p2: the SSE feed's port 32042 is not part of the pattern (a pattern grants every port).
    expect(all).toEqual(
      expect.arrayContaining(['https://yunhq.sse.com.cn/*', 'https://www.hsi.com.hk/*', 'https://ecos.bok.or.kr/*']),
    );
    expect(new Set(all).size).toBe(all.length);
    expect(all[0]).toBe('https://claimlens.github.io/*');
    expect(all).toContain('https://ticdata.treasury.gov/*');
    // stoxx
    expect(all).toContain('https://www.stoxx.com/*');
    // euronext
    expect(all).toContain('https://live.euronext.com/*');
    expect(all.every((o) => PROVIDER_ORIGINS.includes(o))).toBe(true);
    expect(all).not.toContain('https://api.stlouisfed.org/*');
    expect(requiredOrigins({ ...DEFAULT_REFRESH_SETTINGS, fredApiKey: 'abc' }, now, '')).toContain(
      'https://api.stlouisfed.org/*',
    );
    expect(
      requiredOrigins(
        { ...s, providers: { ...off, coinbase: true }, datasetUrl: 'https://data.example.org/cl/dataset.json' },
        now,
        '',
      ),
    ).toEqual(['https://data.example.org/*', 'https://api.coinbase.com/*']);
    expect(requiredOrigins(s, now, 'http://127.0.0.1:4000')).toEqual(['http://127.0.0.1/*']);
    expect(resolveSourceUrl('https://api.coinbase.com/v2/prices/BTC-USD/spot', 'http://127.0.0.1:4000')).toBe(
      'http://127.0.0.1:4000/api.coinbase.com/v2/prices/BTC-USD/spot',
    );
    expect(originPattern('https://home.treasury.gov:443/a?b')).toBe('https://home.treasury.gov/*');
  });
});

describe('manifest permissions', () => {
  it('every provider host is an optional host permission, and none is among the always-granted news sites', () => {
    const now = new Date('2026-12-03T00:00:00Z');
    for (const id of PROVIDER_IDS) {
      for (const u of PROVIDERS[id].urls(now)) expect(PROVIDER_ORIGINS, id).toContain(originPattern(u));
    }
    // host_permissions is NEWS_SITE_MATCHES (wxt.config.ts); a provider host there would be granted at install.
    const granted = (host: string) =>
      NEWS_SITE_MATCHES.some((m) => {
        const h = /^[^:]+:\/\/([^/]+)\//.exec(m)?.[1] ?? '';
        return h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))) || h === '*';
      });
    for (const o of PROVIDER_ORIGINS) expect(granted(new URL(o.replace('/*', '/')).hostname), o).toBe(false);
  });
});

describe('schedule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the settings: no alarm while off, daily or weekly when on, cleared when off again', async () => {
    await syncRefreshAlarm();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeFalsy();
    await refreshSettings.setValue({ ...DEFAULT_REFRESH_SETTINGS, enabled: true });
    await syncRefreshAlarm();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(PERIOD_MINUTES.daily);
    await refreshSettings.setValue({ ...DEFAULT_REFRESH_SETTINGS, enabled: true, frequency: 'weekly' });
    await syncRefreshAlarm();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(7 * 24 * 60);
    await refreshSettings.setValue({ ...DEFAULT_REFRESH_SETTINGS, enabled: false });
    await syncRefreshAlarm();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeFalsy();
  });

  it('keeps the rhythm of the last attempt when re-creating the alarm after a restart', async () => {
    const now = Date.parse('2025-03-10T12:00:00Z');
    await refreshSettings.setValue({ ...DEFAULT_REFRESH_SETTINGS, enabled: true });
    await refreshStatus.setValue({
      at: '2025-03-10T06:00:00Z',
      trigger: 'alarm',
      result: 'updated',
      reason: '',
      version: null,
      sources: [],
    });
    await syncRefreshAlarm(now);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.scheduledTime).toBe(Date.parse('2025-03-11T06:00:00Z'));
  });

  it('an alarm while switched off clears itself and fetches nothing', async () => {
    await fakeBrowser.alarms.create(REFRESH_ALARM, { periodInMinutes: 1440 });
    let loaded = 0;
    await onRefreshAlarm({
      loadBundled: async () => {
        loaded++;
        return held;
      },
    });
    expect(loaded).toBe(0);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeFalsy();
    expect(await refreshStatus.getValue()).toBeNull();
  });
});
