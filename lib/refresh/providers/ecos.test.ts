import { describe, expect, it } from 'vitest';
import { ecosKospiUrl, parseEcosKospi } from './ecos';

const row = (time: string, value: string, item = '0001000') =>
  `{"STAT_CODE":"802Y001","ITEM_CODE1":"${item}","TIME":"${time}","DATA_VALUE":"${value}"}`;

describe('ECOS KOSPI', () => {
  it('asks for the 14 days ending today in Seoul, never more than the sample key’s 10 rows of trading days', () => {
    // 20:00 UTC on 24 August is already 25 August in Seoul.
    expect(ecosKospiUrl(new Date('2026-08-24T20:00:00Z'))).toBe(
      'https://ecos.bok.or.kr/api/StatisticSearch/sample/json/en/1/10/802Y001/D/20260812/20260825/0001000',
    );
    for (let d = 0; d < 7; d++) {
      const m = /\/D\/(\d{8})\/(\d{8})\//.exec(ecosKospiUrl(new Date(Date.UTC(2026, 7, 17 + d, 3))))!;
      const from = Date.parse(`${m[1]!.slice(0, 4)}-${m[1]!.slice(4, 6)}-${m[1]!.slice(6)}`);
      let weekdays = 0;
      for (let t = from; t <= from + 13 * 86_400_000; t += 86_400_000) {
        const wd = new Date(t).getUTCDay();
        if (wd !== 0 && wd !== 6) weekdays++;
      }
      expect(weekdays).toBeLessThanOrEqual(10);
    }
  });
  it('reads TIME and DATA_VALUE; a window without rows (INFO-200) is no figures, not an error', () => {
    const ok = `{"StatisticSearch":{"list_total_count":1,"row":[${row('20260116', '4840.74')}]}}`;
    expect(parseEcosKospi(ok)).toEqual([['2026-01-16', 4840.74]]);
    expect(parseEcosKospi('{"RESULT":{"CODE":"INFO-200","MESSAGE":"no data"}}')).toEqual([]);
  });
  it('reports any other ECOS result code, and refuses a row that is not KOSPI', () => {
    expect(() => parseEcosKospi('{"RESULT":{"CODE":"ERROR-602","MESSAGE":"too many calls"}}')).toThrow(
      /ERROR-602 too many calls/,
    );
    const kosdaq = `{"StatisticSearch":{"list_total_count":1,"row":[${row('20260116', '950.1', '0089000')}]}}`;
    expect(() => parseEcosKospi(kosdaq)).toThrow(/not KOSPI/);
  });
});
